/**
 * Fuzzing every registered route from its own schemas (fast-check): malformed and boundary bodies
 * and queries — wrong types, huge strings, deep nesting, unicode, prototype-pollution keys, extra
 * fields, injected `tenant_id` / `role` — sent by people holding every permission. Every answer must be
 * a 4xx problem+json or a valid 2xx (the server checks 2xx answers against their schema in tests);
 * never a 5xx; and a field the route's schema does not name is never accepted.
 *
 * What the database cannot hold is mixed into otherwise plausible input, where a schema would let
 * it through: a NUL or a lone UTF-16 surrogate inserted into one string of the route's example body
 * (at any depth) or into a search parameter, a number of the example sent as raw JSON text that
 * `JSON.stringify` cannot write (`1e309`) or beyond PostgreSQL's integer (30 digits, 2^31), and the
 * same in path parameters. Multipart routes get multipart bodies built from their example — valid,
 * cut off at any byte, without or with a wrong boundary, two files where one is allowed, a text part
 * or a file larger than its limit, part headers without a name, malformed headers, random bytes —
 * sent to a real space and file; a refused one must leave nothing in storage.
 *
 * Input handling does not depend on the database, so this suite runs on the embedded one only
 * (`*.pglite.test.ts`). Deterministic by default; `FUZZ_SEED=<n>` replays or varies a run, `FUZZ_RUNS=<n>` sets the number
 * of inputs per route (the seed is printed, so a failure can be replayed).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createDocumentsPlugin } from '@portico/plugin-documents';
import type { MountedRoute } from '../../src/registry/registry.js';
import { filePartsOf } from '../../src/http/read-multipart.js';
import { builtInPlugins } from '../../../portico.config.js';
import { serverRegistry } from '../../src/server.js';
import { startHarness, type Harness, type TestTenant } from '@portico/testing';
import { createTestActors } from '@portico/testing';
import { notesPlugin } from '../fixtures/notes-plugin.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20261123);
const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
/** A deep run takes longer per route than the suite's usual limit: allow for it (generously). */
const ROUTE_TIMEOUT = Math.max(30_000, RUNS * 150);

/** Uploads go to a folder of this suite's own, so that what a refused upload left there can be seen. */
const storageRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'portico-fuzz-files-'));
const plugins = [...builtInPlugins().map((p) => (p.id === 'documents' ? createDocumentsPlugin({ storage: storageRoot }) : p)), notesPlugin];
const routes = serverRegistry([createTestActors().plugin, ...plugins]).registry.routes.filter((r) => r.plugin.id !== 'test-auth');

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

/** What no column can hold: NUL, lone high and low surrogates (JSON.stringify sends them as `\ud800`). */
const UNSTORABLE = ['\u0000', '\ud800', '\udfff', '\udbff'];
/** Numbers as raw JSON text: non-finite to JSON.parse, or beyond PostgreSQL's `integer` and `bigint`. */
const RAW_NUMBERS = ['1e309', '-1e309', '123456789012345678901234567890', '-123456789012345678901234567890', '2147483648', '-2147483649', '9223372036854775808', '1e400', '4.9e-325'];
/** The same, percent-encoded for a URL (`%ED%A0%80` is a surrogate's UTF-8 bytes, which are not UTF-8). */
const RAW_URL_VALUES = ['%00', 'a%00b', '%00%00', '%ED%A0%80', 'x%ED%B3%BF', '%C0%80', ...RAW_NUMBERS.map(encodeURIComponent)];

/** `base` with a NUL or a lone surrogate at some place in it (or instead of it). */
const poisoned = (base: string): fc.Arbitrary<string> =>
  fc.tuple(fc.constantFrom(...UNSTORABLE), fc.nat(), fc.boolean()).map(([bad, at, alone]) => (alone ? bad : base.slice(0, at % (base.length + 1)) + bad + base.slice(at % (base.length + 1))));

type Leaf = { path: (string | number)[]; value: unknown };

/** Every string and number in `value`, with the path to it. */
function leavesOf(value: unknown, at: (string | number)[] = []): Leaf[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leavesOf(v, [...at, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leavesOf(v, [...at, k]));
  return typeof value === 'string' || typeof value === 'number' ? [{ path: at, value }] : [];
}

function withLeaf(value: unknown, at: (string | number)[], leaf: unknown): unknown {
  if (at.length === 0) return leaf;
  const copy: any = Array.isArray(value) ? [...value] : { ...(value as object) };
  copy[at[0]] = withLeaf(copy[at[0]], at.slice(1), leaf);
  return copy;
}

/** JSON text of `value` with the leaf at `at` written as `raw` (text JSON.stringify cannot make). */
function withRawLeaf(value: unknown, at: (string | number)[], raw: string): string {
  const marker = '\u2063fuzz-raw\u2063';
  return JSON.stringify(withLeaf(value, at, marker)).replace(JSON.stringify(marker), raw);
}

interface Input {
  /** The body as sent (text), or undefined for none. */
  text?: string;
  query: Record<string, string>;
  /** Appended to the query string as it is (percent-encoded already). */
  rawQuery?: string;
  /** A multipart body, sent as these bytes with this content type. */
  multipart?: { bytes: Buffer; contentType: string };
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
  // One leaf of the example, however deep, made what no column can hold; the rest stays valid.
  const leaves = leavesOf(example);
  if (leaves.length > 0) {
    const leaf = fc.constantFrom(...leaves);
    variants.push(leaf.chain(({ path: at, value }) => poisoned(typeof value === 'string' ? value : String(value)).map((text) => sendJson(withLeaf(example, at, text)))));
    variants.push(fc.tuple(leaf, fc.constantFrom(...RAW_NUMBERS)).map(([{ path: at }, raw]): Input => ({ text: withRawLeaf(example, at, raw), query: {}, foreignKey: null })));
  }
  // Each top-level field the schema names, with a poisoned text or a raw number (also those the example leaves out).
  const named = [...known].filter((k) => !filePartsOf(mounted.route).has(k));
  if (named.length > 0) {
    variants.push(fc.constantFrom(...named).chain((key) => poisoned('text').map((text) => sendJson({ ...example, [key]: text }))));
    variants.push(fc.tuple(fc.constantFrom(...named), fc.constantFrom(...RAW_NUMBERS)).map(([key, raw]): Input => ({ text: withRawLeaf({ ...example, [key]: 0 }, [key], raw), query: {}, foreignKey: null })));
  }
  return fc.oneof(...variants);
}

const BOUNDARY = fc.constantFrom('fuzzboundary', '----WebKitFormBoundary7MA4YWxkTrZu0gW', 'x', "'()+_,-.");

type Part = { name: string | null; filename?: string; type?: string; content: Buffer | string };

function partBytes(boundary: string, part: Part): Buffer {
  const disposition = ['form-data', part.name === null ? null : `name="${part.name}"`, part.filename === undefined ? null : `filename="${part.filename}"`].filter(Boolean).join('; ');
  const type = part.type ? `\r\nContent-Type: ${part.type}` : '';
  return Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}${type}\r\n\r\n`), Buffer.from(part.content), Buffer.from('\r\n')]);
}

const formBytes = (boundary: string, parts: Part[], closed = true) => Buffer.concat([...parts.map((p) => partBytes(boundary, p)), Buffer.from(closed ? `--${boundary}--\r\n` : '')]);

/** Multipart bodies built from the route's example: valid, and malformed in every way the parser must survive. */
function multipartArbitrary(mounted: MountedRoute): fc.Arbitrary<Input> {
  const schema = mounted.route.schemas.body as { examples?: unknown[] } | undefined;
  const example = (schema?.examples?.[0] ?? {}) as Record<string, string>;
  const fileNames = [...filePartsOf(mounted.route)];
  const fileOf = (name: string, content: Buffer | string = example[name] ?? 'content'): Part => ({ name, filename: `${name}.pdf`, type: 'application/pdf', content });
  const textNames = Object.keys(example).filter((k) => !fileNames.includes(k));
  const valid = (): Part[] => [...textNames.map((name): Part => ({ name, content: example[name] })), ...fileNames.map((name) => fileOf(name))];
  const form = (parts: Part[], closed = true) => BOUNDARY.map((boundary) => ({ boundary, bytes: formBytes(boundary, parts, closed) }));
  const send = (arbitrary: fc.Arbitrary<{ boundary: string; bytes: Buffer }>, contentType = (b: string) => `multipart/form-data; boundary=${b}`) =>
    arbitrary.map(({ boundary, bytes }): Input => ({ query: {}, foreignKey: null, multipart: { bytes, contentType: contentType(boundary) } }));
  const aFile = fileNames[0] ?? 'file';
  const variants: fc.Arbitrary<Input>[] = [
    send(form(valid())),
    // Cut off at any byte: inside a header, inside the file, before the closing boundary.
    send(fc.tuple(form(valid()), fc.double({ min: 0, max: 1, noNaN: true })).map(([{ boundary, bytes }, at]) => ({ boundary, bytes: bytes.subarray(0, Math.floor(bytes.length * at)) }))),
    send(form(valid(), false)),
    // No boundary, a boundary the body does not use, an empty one.
    send(form(valid()), () => 'multipart/form-data'),
    send(form(valid()), () => 'multipart/form-data; boundary=not-the-one'),
    send(form(valid()), () => 'multipart/form-data; boundary='),
    // Two files where the route takes one: the same part twice, or another field.
    send(form([...valid(), fileOf(aFile, 'second')])),
    send(form([...valid(), { name: 'other', filename: 'other.pdf', type: 'application/pdf', content: example[aFile] ?? 'x' }])),
    // A text part over the 64 KiB limit, a file over the tenant's limit (set low for this suite).
    send(fc.constantFrom(...(textNames.length ? textNames : ['description'])).chain((name) => form([{ name, content: 't'.repeat(70 * 1024) }, ...valid().filter((p) => p.name !== name)]))),
    send(form([...valid().filter((p) => p.name !== aFile), fileOf(aFile, Buffer.concat([Buffer.from(example[aFile] ?? '%PDF-1.4\n'), Buffer.alloc(8 * 1024, 0x20)]))])),
    // Part headers without a name, without a disposition, malformed, or with a control character.
    send(form([{ ...fileOf(aFile), name: null }, ...valid().filter((p) => p.name !== aFile)])),
    send(form([{ name: null, content: 'nameless' }, ...valid()])),
    send(form([{ name: '', content: 'empty name' }, ...valid()])),
    send(BOUNDARY.map((boundary) => ({ boundary, bytes: Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Type: text/plain\r\n\r\nno disposition\r\n`), formBytes(boundary, valid())]) }))),
    send(BOUNDARY.map((boundary) => ({ boundary, bytes: Buffer.concat([Buffer.from(`--${boundary}\r\nthis is not a header\r\n\r\nx\r\n`), formBytes(boundary, valid())]) }))),
    send(form([{ ...fileOf(aFile), filename: 'bell\u0007.pdf' }])),
    // What no column can hold, in a text part or a file name.
    ...(textNames.length ? [send(fc.constantFrom(...textNames).chain((name) => poisoned(example[name]).chain((text) => form([...valid().filter((p) => p.name !== name), { name, content: text }]))))] : []),
    send(form([{ ...fileOf(aFile), filename: 'a\u0000b.pdf' }])),
    // Random bytes, with or without a boundary in them.
    send(fc.tuple(BOUNDARY, fc.uint8Array({ maxLength: 2_000 }), fc.boolean()).map(([boundary, random, framed]) => ({ boundary, bytes: framed ? Buffer.concat([Buffer.from(`--${boundary}\r\n`), Buffer.from(random)]) : Buffer.from(random) }))),
    send(BOUNDARY.map((boundary) => ({ boundary, bytes: Buffer.alloc(0) }))),
  ];
  return fc.oneof(...variants);
}

function queryArbitrary(mounted: MountedRoute): fc.Arbitrary<Input> {
  const known = [...schemaKeys(mounted.route.schemas.query)];
  const text = fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 20 }), fc.constantFrom('', '-1', '0', '101', '1e9', 'abc', 'true', '\u0000', '%', '../', 'null', 'eyJ4IjoxfQ', '2026-13-45'), fc.integer({ min: 1000, max: 20_000 }).map((n) => 'q'.repeat(n)));
  const name = known.length > 0 ? fc.oneof(fc.constantFrom(...known), fc.constantFrom(...INJECTED_KEYS)) : fc.constantFrom(...INJECTED_KEYS);
  const plain = fc.dictionary(name, text, { minKeys: 1, maxKeys: 4 }).map((query) => ({
    query,
    foreignKey: Object.keys(query).find((k) => !known.includes(k)) ?? null,
  }));
  if (known.length === 0) return plain;
  // A known parameter given what no column can hold, raw in the URL (a lone surrogate cannot be
  // percent-encoded from a JS string); or a plausible value with a NUL in it.
  const raw = fc.tuple(fc.constantFrom(...known), fc.oneof(fc.constantFrom(...RAW_URL_VALUES), fc.string({ maxLength: 10 }).map((t) => encodeURIComponent(t) + '%00')));
  return fc.oneof(
    plain,
    raw.map(([key, value]): Input => ({ query: {}, rawQuery: `${encodeURIComponent(key)}=${value}`, foreignKey: null })),
    fc.tuple(fc.constantFrom(...known), poisoned('search')).map(([key, value]): Input => ({ query: { [key]: value.replace(/[\ud800-\udfff]/g, '') }, foreignKey: null })),
  );
}

const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';
/** Real objects of the tenant by plugin and path parameter (a published quiz, a space and its file, a question), made before the suite. */
const realObjects: Record<string, Record<string, string>> = {};

/**
 * A value for each path parameter: a well-formed id of nothing, the id of a real object of the
 * route's plugin (so that the route reads past its lookup with the hostile body), or what no column
 * can hold (raw in the URL).
 */
const pathValues = fc.array(
  fc.oneof({ weight: 2, arbitrary: fc.constant(NO_SUCH_ID) }, { weight: 2, arbitrary: fc.constant('real' as const) }, { weight: 1, arbitrary: fc.constantFrom(...RAW_URL_VALUES, 'abc') }),
  { minLength: 3, maxLength: 3 },
);

/** Every file under the suite's storage folder. */
const storedFiles = () => (fs.readdirSync(storageRoot, { recursive: true, withFileTypes: true }) as fs.Dirent[]).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));

describe('fuzzing every route from its schemas', () => {
  let h: Harness;
  let alpha: TestTenant;

  /** Real objects for the multipart routes, whose bodies are only read once the caller is admitted to one. */
  const realIds: Record<string, string> = {};
  let inputs = 0;
  let started = 0;

  beforeAll(async () => {
    h = await startHarness({ plugins, config: { defaultTenant: 'alpha' } });
    alpha = await h.tenant('alpha');
    const staff = h.staff(alpha, h.allPermissions());
    const settings = await h.api('GET', '/api/v1/documents/settings', { auth: staff });
    // A low file limit, so that a file over it is cheap to send.
    const limited = await h.api('PATCH', '/api/v1/documents/settings', { auth: staff, body: { ...settings.body, maxUploadBytes: 4096 } });
    expect(limited.status, limited.text).toBe(200);
    const space = await h.api('POST', '/api/v1/documents/spaces', { auth: staff, body: { title: 'Fuzz', visibility: 'all', allowedRoles: ['partner_admin'] } });
    expect(space.status, space.text).toBe(201);
    const form = new FormData();
    form.append('file', new Blob(['%PDF-1.4\n%%EOF\n'], { type: 'application/pdf' }), 'seed.pdf');
    const file = await fetch(`${h.url}/api/v1/documents/spaces/${space.body.id}/files`, { method: 'POST', headers: { authorization: staff }, body: form });
    expect(file.status).toBe(201);
    Object.assign(realIds, { spaceId: space.body.id, fileId: ((await file.json()) as { id: string }).id });
    // Objects for the other routes to act on (they may change or remove them: these are not the ones above).
    const module = await h.api('POST', '/api/v1/training/modules', { auth: staff, body: { title: 'Fuzz module', quiz: [{ prompt: 'Q', kind: 'single', points: 1, options: [{ text: 'A', correct: true }, { text: 'B', correct: false }] }] } });
    expect(module.status, module.text).toBe(201);
    expect((await h.api('POST', `/api/v1/training/modules/${module.body.id}/publish`, { auth: staff })).status).toBe(200);
    const otherSpace = await h.api('POST', '/api/v1/documents/spaces', { auth: staff, body: { title: 'Fuzz, other', visibility: 'all', allowedRoles: ['partner_admin'] } });
    const otherFile = await fetch(`${h.url}/api/v1/documents/spaces/${otherSpace.body.id}/files`, { method: 'POST', headers: { authorization: staff }, body: form });
    const question = await h.api('POST', '/api/v1/questions', { auth: h.member(alpha, h.allPermissions()), body: { subject: 'Fuzz', body: 'A question' } });
    expect(question.status, question.text).toBe(201);
    Object.assign(realObjects, {
      training: { id: module.body.id },
      documents: { spaceId: otherSpace.body.id, fileId: ((await otherFile.json()) as { id: string }).id },
      questions: { id: question.body.id },
    });
    console.log(`fuzz: seed ${SEED}, ${RUNS} inputs per route over ${routes.length} routes (replay with FUZZ_SEED=${SEED})`);
    started = performance.now();
  });
  afterAll(async () => {
    if (started) console.log(`fuzz: ${inputs} inputs sent in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    await h?.close();
    fs.rmSync(storageRoot, { recursive: true, force: true });
  });

  for (const mounted of routes) {
    const takesBody = !!mounted.route.schemas.body;
    const multipart = mounted.route.bodyType === 'multipart';
    if (!takesBody && mounted.method !== 'GET') continue; // nothing to fuzz but the path, which the route suite covers
    it(`${mounted.method} ${mounted.path}`, async () => {
      const arbitrary = fc.tuple(multipart ? multipartArbitrary(mounted) : takesBody ? bodyArbitrary(mounted) : queryArbitrary(mounted), fc.constantFrom('member', 'staff'), pathValues);
      await fc.assert(
        fc.asyncProperty(arbitrary, async ([input, kind, values]) => {
          inputs++;
          const auth = mounted.route.public ? undefined : kind === 'member' ? h.member(alpha, h.allPermissions()) : h.staff(alpha, h.allPermissions());
          let param = 0;
          const valueOf = (name: string, v: (typeof values)[number]) => (v === 'real' ? (realObjects[mounted.plugin.id]?.[name] ?? NO_SUCH_ID) : v);
          const path = mounted.path.replace(/:([a-zA-Z]+)/g, (_, name: string) => (multipart ? realIds[name] : valueOf(name, values[param++ % values.length])));
          const search = [new URLSearchParams(input.query).toString(), input.rawQuery].filter(Boolean).join('&');
          const url = search ? `${path}?${search}` : path;
          const before = multipart ? storedFiles() : [];
          let answer: { status: number; headers: Headers; text: string };
          if (input.multipart) {
            const response = await fetch(h.url + url, { method: mounted.method, headers: { ...(auth ? { authorization: auth } : {}), 'content-type': input.multipart.contentType }, body: input.multipart.bytes });
            answer = { status: response.status, headers: response.headers, text: await response.text() };
          } else {
            const headers: Record<string, string> = {};
            if (input.text !== undefined) headers['content-type'] = mounted.route.bodyType === 'form' ? 'application/x-www-form-urlencoded' : 'application/json';
            answer = await h.api(mounted.method, url, { auth, rawBody: input.text, headers });
          }
          expect(answer.status, `${answer.status} ${answer.text.slice(0, 300)}`).toBeLessThan(500);
          // Pages (the magic-link page) answer people with HTML; the API always with problem+json.
          if (answer.status >= 400) expect(answer.headers.get('content-type')).toMatch(mounted.version === 'pages' ? /^(application\/problem\+json|text\/html)/ : /^application\/problem\+json/);
          if (input.foreignKey) expect(answer.status, `accepted the unknown field ${input.foreignKey}`).toBeGreaterThanOrEqual(400);
          if (multipart) {
            // A refused upload keeps nothing, not even a partial file; an accepted one keeps one file.
            const after = storedFiles();
            expect(after.filter((f) => f.endsWith('.partial')), 'a partial file was left').toEqual([]);
            expect(after.length, `${answer.status} ${answer.text.slice(0, 200)}`).toBe(before.length + (answer.status < 300 ? 1 : 0));
          }
        }),
        { seed: SEED, numRuns: RUNS, endOnFailure: true },
      );
    }, ROUTE_TIMEOUT);
  }
});
