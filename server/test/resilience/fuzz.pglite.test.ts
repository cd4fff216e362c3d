/**
 * Fuzzing every registered route from its own schemas (fast-check): malformed and boundary bodies
 * and queries — wrong types, huge strings, deep nesting, unicode, prototype-pollution keys, extra
 * fields, injected `tenant_id` / `role` — sent by people holding every permission. Every answer must be
 * a 4xx problem+json or a valid 2xx (the server checks 2xx answers against their schema in tests);
 * never a 5xx; and a field the route's schema does not name is never accepted.
 *
 * Input handling does not depend on the database, so this suite runs on the embedded one only
 * (`*.pglite.test.ts`). Deterministic by default; `FUZZ_SEED=<n>` replays or varies a run, `FUZZ_RUNS=<n>` sets the number
 * of inputs per route (the seed is printed, so a failure can be replayed).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { MountedRoute } from '../../src/registry/registry.js';
import { defaultPlugins } from '../../src/plugins.js';
import { serverRegistry } from '../../src/server.js';
import { startHarness, type Harness, type TestTenant } from '../support/harness.js';
import { createTestActors } from '../support/test-auth.js';
import { notesPlugin } from '../fixtures/notes-plugin.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20261123);
const RUNS = Number(process.env.FUZZ_RUNS ?? 60);

const plugins = [...defaultPlugins(), notesPlugin];
const routes = serverRegistry([createTestActors().plugin, ...plugins]).routes.filter((r) => r.plugin.id !== 'test-auth');

/** Keys an attacker would try to slip in. */
const INJECTED_KEYS = ['tenant_id', 'tenantId', 'role', 'roles', 'partnerId', 'partner_id', 'personId', 'permissions', 'isAdmin', 'constructor', 'prototype', 'id', 'createdAt', 'status'];

const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('', ' ', '\u0000', '\ud800', '‮evil', '../../../etc/passwd', '<script>alert(1)</script>', "' or 1=1 --", '{{7*7}}', '00000000-0000-0000-0000-000000000000', '2026-02-30', '9999-12-31T23:59:59Z', '-1', '1e400', 'NaN'),
  fc.constantFrom(0, -1, 1.5, 2 ** 31, -(2 ** 31) - 1, 2 ** 53 + 1, Number.MAX_VALUE, -Number.MIN_VALUE),
  fc.integer({ min: 1_000, max: 300_000 }).map((n) => 'x'.repeat(n)),
  fc.integer({ min: 50, max: 3_000 }).map((depth) => nest(depth)),
  fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 5 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.anything({ maxDepth: 1 }), { maxKeys: 4 }),
);

function nest(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
}

interface Input {
  /** The body as sent (text), or undefined for none. */
  text?: string;
  query: Record<string, string>;
  /** A key the route's schema does not name was added (it must be refused). */
  foreignKey: string | null;
}

function schemaKeys(schema: unknown): Set<string> {
  return new Set(Object.keys((schema as { properties?: object } | undefined)?.properties ?? {}));
}

function bodyArbitrary(mounted: MountedRoute): fc.Arbitrary<Input> {
  const schema = mounted.route.schemas.body as { examples?: unknown[] } | undefined;
  const example = (schema?.examples?.[0] ?? {}) as Record<string, unknown>;
  const known = schemaKeys(schema);
  const keys = Object.keys(example);
  const sendJson = (value: unknown, foreignKey: string | null = null): Input => ({ text: JSON.stringify(value), query: {}, foreignKey });
  const variants: fc.Arbitrary<Input>[] = [
    hostile.map((value) => sendJson(value)),
    fc.constantFrom(...INJECTED_KEYS).chain((key) => hostile.map((value) => sendJson({ ...example, [key]: value }, known.has(key) ? null : key))),
    fc.constantFrom('{"__proto__":{"isAdmin":true}}', '{"constructor":{"prototype":{"isAdmin":true}}}').map((text): Input => {
      const merged = { ...JSON.parse(text.replace('__proto__', '__proto_placeholder__')), ...example };
      return { text: JSON.stringify(merged).replace('__proto_placeholder__', '__proto__'), query: {}, foreignKey: text.includes('__proto__') ? '__proto__' : 'constructor' };
    }),
    fc.constantFrom('{', '[]', 'null', '"text"', '{"a":1,"a":2}', '\u0000', '{"x":' + '['.repeat(5000) + ']'.repeat(5000) + '}').map((text): Input => ({ text, query: {}, foreignKey: null })),
  ];
  if (keys.length > 0) {
    variants.push(fc.constantFrom(...keys).chain((key) => hostile.map((value) => sendJson({ ...example, [key]: value }))));
    variants.push(fc.constantFrom(...keys).map((key) => sendJson(Object.fromEntries(Object.entries(example).filter(([k]) => k !== key)))));
  }
  return fc.oneof(...variants);
}

function queryArbitrary(mounted: MountedRoute): fc.Arbitrary<Input> {
  const known = [...schemaKeys(mounted.route.schemas.query)];
  const text = fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 20 }), fc.constantFrom('', '-1', '0', '101', '1e9', 'abc', 'true', '\u0000', '%', '../', 'null', 'eyJ4IjoxfQ', '2026-13-45'), fc.integer({ min: 1000, max: 20_000 }).map((n) => 'q'.repeat(n)));
  const name = known.length > 0 ? fc.oneof(fc.constantFrom(...known), fc.constantFrom(...INJECTED_KEYS)) : fc.constantFrom(...INJECTED_KEYS);
  return fc.dictionary(name, text, { minKeys: 1, maxKeys: 4 }).map((query) => ({
    query,
    foreignKey: Object.keys(query).find((k) => !known.includes(k)) ?? null,
  }));
}

describe('fuzzing every route from its schemas', () => {
  let h: Harness;
  let alpha: TestTenant;

  beforeAll(async () => {
    h = await startHarness({ plugins, config: { defaultTenant: 'alpha' } });
    alpha = await h.tenant('alpha');
    console.log(`fuzz: seed ${SEED}, ${RUNS} inputs per route over ${routes.length} routes (replay with FUZZ_SEED=${SEED})`);
  });
  afterAll(() => h?.close());

  for (const mounted of routes) {
    const takesBody = !!mounted.route.schemas.body;
    if (!takesBody && mounted.method !== 'GET') continue; // nothing to fuzz but the path, which the route suite covers
    it(`${mounted.method} ${mounted.path}`, async () => {
      const arbitrary = fc.tuple(takesBody ? bodyArbitrary(mounted) : queryArbitrary(mounted), fc.constantFrom('member', 'staff'));
      await fc.assert(
        fc.asyncProperty(arbitrary, async ([input, kind]) => {
          const auth = mounted.route.public ? undefined : kind === 'member' ? h.member(alpha, h.allPermissions()) : h.staff(alpha, h.allPermissions());
          const path = mounted.path.replace(/:[a-zA-Z]+/g, '00000000-0000-4000-8000-000000000000');
          const search = new URLSearchParams(input.query).toString();
          const headers: Record<string, string> = {};
          if (input.text !== undefined) headers['content-type'] = mounted.route.bodyType === 'form' ? 'application/x-www-form-urlencoded' : 'application/json';
          const answer = await h.api(mounted.method, search ? `${path}?${search}` : path, { auth, rawBody: input.text, headers });
          expect(answer.status, `${answer.status} ${answer.text.slice(0, 300)}`).toBeLessThan(500);
          // Pages (the magic-link page) answer people with HTML; the API always with problem+json.
          if (answer.status >= 400) expect(answer.headers.get('content-type')).toMatch(mounted.version === 'pages' ? /^(application\/problem\+json|text\/html)/ : /^application\/problem\+json/);
          if (input.foreignKey) expect(answer.status, `accepted the unknown field ${input.foreignKey}`).toBeGreaterThanOrEqual(400);
        }),
        { seed: SEED, numRuns: RUNS, endOnFailure: true },
      );
    });
  }
});
