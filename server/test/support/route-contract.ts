/**
 * The registry-driven route suite. For every route the registry mounts — found from the registry, so
 * a new route is covered without a new test — it proves:
 *   - anonymous → 401 (unless public);
 *   - a person of the same tenant without the route's permission → 403;
 *   - a malformed body, unknown field or unknown query parameter → 400 problem+json naming the field;
 *   - a person of another tenant, holding every permission → 404 for objects of the first tenant,
 *     and lists that never contain them;
 *   - every successful mutation writes an audit event in its transaction;
 *   - and never a 5xx.
 * Objects for path parameters are made through the plugin's own create route (`POST` on the
 * collection), with the example body its schema declares.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PluginDefinition } from '@portico/core';
import { createRegistry, type MountedRoute } from '../../src/registry/registry.js';
import { createTestActors } from './test-auth.js';
import { startHarness, type ApiAnswer, type Harness, type TestTenant } from './harness.js';

type Kind = 'member' | 'staff';

let uniqueness = 0;

/** Email addresses in an example are made unique per call, so that creates do not collide. */
function uniqueEmails(value: unknown): unknown {
  if (typeof value === 'string' && /^[^@\s]+@[^@\s]+$/.test(value)) return value.replace('@', `+${++uniqueness}@`);
  if (Array.isArray(value)) return value.map(uniqueEmails);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, uniqueEmails(v)]));
  return value;
}

function exampleBody(mounted: MountedRoute): unknown {
  const examples = (mounted.route.schemas.body as { examples?: unknown[] } | undefined)?.examples;
  return examples ? uniqueEmails(structuredClone(examples[0])) : undefined;
}

/** The example body, sent the way the route takes it (JSON, or an HTML form). */
function send(mounted: MountedRoute, body: unknown): { body?: unknown; form?: Record<string, string> } {
  if (body === undefined) return {};
  if (mounted.route.bodyType === 'form') return { form: Object.fromEntries(Object.entries(body as object).map(([k, v]) => [k, String(v)])) };
  return { body };
}

function expectProblem(answer: ApiAnswer, status: number): void {
  expect(answer.status, answer.text).toBe(status);
  expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(answer.body).toMatchObject({ status, title: expect.any(String), type: expect.any(String) });
}

export function routeContractSuite(label: string, plugins: PluginDefinition[]): void {
  const registry = createRegistry([createTestActors().plugin, ...plugins]);
  const routes = registry.routes.filter((r) => r.plugin.id !== 'test-auth');

  describe(`route contract: ${label}`, () => {
    let h: Harness;
    let alpha: TestTenant;
    let beta: TestTenant;

    beforeAll(async () => {
      h = await startHarness({ plugins, config: { defaultTenant: 'alpha' } });
      alpha = await h.tenant('alpha');
      beta = await h.tenant('beta');
    });
    afterAll(() => h?.close());

    const everything = (t: TestTenant, kind: Kind) => (kind === 'member' ? h.member(t, h.allPermissions()) : h.staff(t, h.allPermissions()));

    const creatorOf = (collectionPath: string) => routes.find((r) => r.method === 'POST' && r.path === collectionPath);

    /** Fills each path parameter with a fresh object of the tenant, made through its create route. */
    async function concretePath(mounted: MountedRoute, t: TestTenant, kind: Kind): Promise<{ path: string; made: boolean }> {
      const parts = mounted.path.split('/');
      let made = true;
      for (let i = 0; i < parts.length; i++) {
        if (!parts[i].startsWith(':')) continue;
        const collection = parts.slice(0, i).join('/');
        const creator = creatorOf(collection);
        let id = '00000000-0000-4000-8000-000000000000';
        if (creator) {
          const answer = await h.api('POST', collection, { auth: everything(t, kind), body: exampleBody(creator) });
          if (answer.status === 201 && typeof answer.body?.id === 'string') id = answer.body.id;
          else made = false;
        } else made = false;
        parts[i] = id;
      }
      return { path: parts.join('/'), made };
    }

    /** The kind of person the route is for: the one for whom its create route (if any) succeeds. */
    async function kindFor(mounted: MountedRoute): Promise<Kind> {
      const collection = mounted.path.includes(':') ? mounted.path.slice(0, mounted.path.indexOf('/:')) : mounted.path;
      const creator = creatorOf(collection) ?? (mounted.method === 'POST' ? mounted : undefined);
      if (!creator) return 'member';
      for (const kind of ['member', 'staff'] as const) {
        const { path, made } = await concretePath(creator, alpha, kind);
        if (!made) continue;
        const answer = await h.api('POST', path, { auth: everything(alpha, kind), body: exampleBody(creator) });
        if (answer.status < 300) return kind;
      }
      return 'member';
    }

    for (const mounted of routes) {
      const title = `${mounted.method} ${mounted.path} (${mounted.operationId})`;
      describe(title, () => {
        if (!mounted.route.public) {
          it('answers 401 to anonymous callers', async () => {
            const { path } = await concretePath(mounted, alpha, 'member');
            expectProblem(await h.api(mounted.method, path, send(mounted, exampleBody(mounted))), 401);
          });

          it(`answers 403 without ${mounted.route.permission}`, async () => {
            const kind = await kindFor(mounted);
            const { path } = await concretePath(mounted, alpha, kind);
            const others = h.allPermissions().filter((p) => p !== mounted.route.permission);
            const auth = kind === 'member' ? h.member(alpha, others) : h.staff(alpha, others);
            expectProblem(await h.api(mounted.method, path, { auth, ...send(mounted, exampleBody(mounted)) }), 403);
          });
        } else {
          it('serves anonymous callers without a server error', async () => {
            const { path } = await concretePath(mounted, alpha, 'member');
            const answer = await h.api(mounted.method, path, send(mounted, exampleBody(mounted)));
            expect(answer.status, answer.text).toBeLessThan(500);
            expect(answer.status).not.toBe(401);
          });
        }

        it('refuses malformed input with 400 problem+json naming the field', async () => {
          const kind = mounted.route.public ? 'member' : await kindFor(mounted);
          const { path } = await concretePath(mounted, alpha, kind);
          const auth = mounted.route.public ? undefined : everything(alpha, kind);
          if (mounted.route.schemas.body) {
            const unknownField = await h.api(mounted.method, path, { auth, ...send(mounted, { ...(exampleBody(mounted) as object), __unexpected: true }) });
            expectProblem(unknownField, 400);
            expect(unknownField.body.errors).toContainEqual(expect.objectContaining({ in: 'body', field: '/__unexpected' }));
            if (mounted.route.bodyType === 'form') {
              expectProblem(await h.api(mounted.method, path, { auth, body: exampleBody(mounted) }), 415);
            } else {
              expectProblem(await h.api(mounted.method, path, { auth, body: [] }), 400);
              expectProblem(await h.api(mounted.method, path, { auth, rawBody: '{"broken": ', headers: { 'content-type': 'application/json' } }), 400);
            }
          } else {
            const unknownParameter = await h.api(mounted.method, `${path}?__unexpected=1`, { auth });
            expectProblem(unknownParameter, 400);
            expect(unknownParameter.body.errors).toContainEqual(expect.objectContaining({ in: 'query', field: '/__unexpected' }));
            if (mounted.method !== 'GET') expectProblem(await h.api(mounted.method, path, { auth, body: { anything: 1 } }), 400);
          }
        });

        if (!mounted.route.public) {
          if (mounted.path.includes(':')) {
            it('answers 404 to a person of another tenant, even with every permission', async () => {
              const kind = await kindFor(mounted);
              // Where the plugin has a create route the id is a real object of tenant alpha; otherwise
              // (objects made by other flows, e.g. sessions) a placeholder, and the plugin's own tests
              // prove the cross-tenant case with real objects.
              const { path } = await concretePath(mounted, alpha, kind);
              const answer = await h.api(mounted.method, path, { auth: everything(beta, kind), ...send(mounted, exampleBody(mounted)) });
              expectProblem(answer, 404);
            });
          } else if (mounted.method === 'GET') {
            it("never lists another tenant's objects", async () => {
              const kind = await kindFor(mounted);
              const creator = creatorOf(mounted.path);
              const made = creator ? await h.api('POST', mounted.path, { auth: everything(alpha, kind), body: exampleBody(creator) }) : null;
              const answer = await h.api('GET', mounted.path, { auth: everything(beta, kind) });
              expect(answer.status, answer.text).toBe(200);
              if (made?.body?.id) expect(answer.text).not.toContain(made.body.id);
            });
          }
        }

        if (mounted.method !== 'GET') {
          it('audits a successful call in its transaction, and never answers 5xx', async () => {
            const kind = mounted.route.public ? 'member' : await kindFor(mounted);
            const { path } = await concretePath(mounted, alpha, kind);
            const answer = await h.api(mounted.method, path, { auth: mounted.route.public ? undefined : everything(alpha, kind), ...send(mounted, exampleBody(mounted)) });
            expect(answer.status, answer.text).toBeLessThan(500);
            if (answer.status < 300) {
              const requestId = answer.headers.get('x-request-id');
              const rows = await h.server.database.knex('audit_events').where({ requestId });
              expect(rows.length, `no audit event for ${title}`).toBeGreaterThan(0);
            }
          });
        }
      });
    }
  });
}
