/**
 * Request verification for cookie sessions, on every mutating route the registry mounts (found from
 * the registry, so a new route is covered without a new test): a missing or wrong verification token,
 * a cross-site Sec-Fetch-Site, a foreign Origin and a text/plain body each get 403 and change nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRegistry } from '@portico/server';
import { builtInPlugins } from '../../../portico.config.js';
import { startHarness, type Harness, type TestTenant } from '@portico/testing';
import { sessionFor, type TestSession } from '@portico/testing';

const PLACEHOLDER = '00000000-0000-4000-8000-000000000000';
const routes = createRegistry(builtInPlugins()).routes.filter((r) => r.method !== 'GET' && !r.route.public && r.route.verifyRequest !== false);

describe('request verification on every mutating route (cookie sessions)', () => {
  let h: Harness;
  let alpha: TestTenant;

  beforeAll(async () => {
    h = await startHarness({ plugins: builtInPlugins() });
    alpha = await h.tenant('alpha');
  });
  afterAll(() => h?.close());

  it('covers the mutating routes of the registry', () => {
    expect(routes.length).toBeGreaterThan(5);
  });

  const auditedBy = async (requestId: string | null) => Number((await h.server.database.knex('audit_events').where({ requestId }).count({ n: '*' }))[0].n);

  for (const mounted of routes) {
    const path = mounted.path.replace(/:[A-Za-z0-9_]+/g, PLACEHOLDER);
    const example = (mounted.route.schemas.body as { examples?: unknown[] } | undefined)?.examples?.[0];
    const body = example === undefined ? undefined : JSON.stringify(example);
    const json: Record<string, string> = body === undefined ? {} : { 'content-type': 'application/json' };

    it(`${mounted.method} ${mounted.path}: refuses forged requests with 403 and changes nothing`, async () => {
      // A fresh session each time: the genuine request at the end may end it (sign out everywhere).
      const session: TestSession = await sessionFor(h, alpha.id, alpha.staffId); // a tenant_admin: every permission
      const cases: [string, Record<string, string>, string | undefined][] = [
        ['no token', { ...session.headers(json), 'x-portico-verification': '' }, body],
        ['a wrong token', session.headers({ ...json, 'x-portico-verification': 'forged-token' }), body],
        ['a cross-site fetch', session.headers({ ...json, 'sec-fetch-site': 'cross-site' }), body],
        ['a foreign origin', session.headers({ ...json, origin: 'https://evil.example' }), body],
        ['a text/plain body', session.headers({ 'content-type': 'text/plain' }), body ?? 'x'],
      ];
      for (const [label, headers, payload] of cases) {
        if (label === 'no token') delete headers['x-portico-verification'];
        const answer = await fetch(h.url + path, { method: mounted.method, headers, body: payload });
        expect(answer.status, `${label}: ${await answer.clone().text()}`).toBe(403);
        expect(await auditedBy(answer.headers.get('x-request-id'))).toBe(0);
      }
      // The same request from the portal itself passes verification (whatever the handler then says).
      const genuine = await fetch(h.url + path, { method: mounted.method, headers: session.headers({ ...json, 'sec-fetch-site': 'same-origin', origin: h.url }), body });
      const answer = genuine.status === 403 ? ((await genuine.json()) as { detail?: string }) : null;
      expect(answer?.detail ?? '').not.toMatch(/verification|Cross-site|another origin|as JSON/);
    });
  }
});

const publicRoutes = createRegistry(builtInPlugins()).routes.filter((r) => r.method !== 'GET' && r.route.public && r.route.verifyRequest !== false);

describe('public changes (the sign-in forms and API) come only from the portal’s own pages', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness({ plugins: builtInPlugins(), config: { defaultTenant: 'alpha' } });
    await h.tenant('alpha');
  });
  afterAll(() => h?.close());

  it('covers the public sign-in routes', () => {
    expect(publicRoutes.map((r) => `${r.method} ${r.path}`)).toEqual(expect.arrayContaining(['POST /sign-in', 'POST /sign-in/link', 'POST /api/v1/access/sign-in']));
  });

  for (const mounted of publicRoutes) {
    const example = ((mounted.route.schemas.body as { examples?: unknown[] } | undefined)?.examples?.[0] ?? {}) as Record<string, unknown>;
    const form = mounted.route.bodyType === 'form';
    const body = form ? new URLSearchParams(Object.entries(example).map(([k, v]): [string, string] => [k, String(v)])).toString() : JSON.stringify(example);
    const contentType = { 'content-type': form ? 'application/x-www-form-urlencoded' : 'application/json' };

    it(`${mounted.method} ${mounted.path}: refuses a post from another site with 403, writes nothing and sets no cookie`, async () => {
      for (const [label, headers] of [
        ['a cross-site post', { ...contentType, 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' }],
        ['a foreign origin', { ...contentType, origin: 'https://evil.example' }],
        ['a same-site post from another origin', { ...contentType, 'sec-fetch-site': 'same-site' }],
      ] as const) {
        const answer = await fetch(h.url + mounted.path, { method: mounted.method, headers, body, redirect: 'manual' });
        expect(answer.status, `${label}: ${await answer.clone().text()}`).toBe(403);
        expect(answer.headers.getSetCookie()).toEqual([]);
        const audited = await h.server.database.knex('audit_events').where({ requestId: answer.headers.get('x-request-id') });
        expect(audited).toEqual([]);
      }
      const genuine = await fetch(h.url + mounted.path, { method: mounted.method, headers: { ...contentType, 'sec-fetch-site': 'same-origin', origin: h.url }, body, redirect: 'manual' });
      const detail = genuine.status === 403 ? (((await genuine.json()) as { detail?: string }).detail ?? '') : '';
      expect(detail).not.toMatch(/Cross-site|another origin/);
    });
  }
});
