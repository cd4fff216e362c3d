/**
 * What no route may accept, whatever its schema: a NUL character or a lone UTF-16 surrogate in any
 * string (PostgreSQL cannot store NUL; a lone surrogate would be kept as U+FFFD), a non-finite number
 * (`1e309` is `Infinity` to JSON.parse), an integer beyond the column it maps to. Each is refused
 * with 400 problem+json naming the field, in the shape of every validation problem — in the search
 * parameters, JSON bodies, forms and multipart text fields of real plugin routes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInPlugins } from '../../portico.config.js';
import { startHarness, type ApiAnswer, type Harness, type TestTenant } from '@portico/testing';

function expectRefused(answer: ApiAnswer, where: 'query' | 'body', field: string, message: RegExp) {
  expect(answer.status, answer.text).toBe(400);
  expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(answer.body.errors).toContainEqual({ in: where, field, message: expect.stringMatching(message) });
}

const NUL = /NUL character/;
const SURROGATE = /unpaired UTF-16 surrogate/;

describe('input no route may accept is a 400 naming the field, never a 500', () => {
  let h: Harness;
  let alpha: TestTenant;
  let staff: string;
  let member: string;

  beforeAll(async () => {
    h = await startHarness({ plugins: builtInPlugins(), config: { defaultTenant: 'alpha' } });
    alpha = await h.tenant('alpha');
    staff = h.staff(alpha, h.allPermissions());
    member = h.member(alpha, h.allPermissions());
  });
  afterAll(() => h?.close());

  it('refuses a NUL or a lone surrogate in a search parameter', async () => {
    expectRefused(await h.api('GET', '/api/v1/access/people?q=%00', { auth: staff }), 'query', '/q', NUL);
    expectRefused(await h.api('GET', '/api/v1/access/people?q=ab%00cd', { auth: staff }), 'query', '/q', NUL);
    expectRefused(await h.api('GET', '/api/v1/documents/library?q=%00', { auth: staff }), 'query', '/q', NUL);
    expectRefused(await h.api('GET', '/api/v1/deals?q=%00', { auth: member }), 'query', '/q', NUL);
    // A plain search still works.
    expect((await h.api('GET', '/api/v1/access/people?q=staff', { auth: staff })).status).toBe(200);
  });

  it('refuses a NUL or a lone surrogate in a JSON body field, and keeps nothing', async () => {
    expectRefused(await h.api('PATCH', '/api/v1/access/profile', { auth: staff, rawBody: '{"name":"a\\u0000b"}', headers: { 'content-type': 'application/json' } }), 'body', '/name', NUL);
    expectRefused(await h.api('PATCH', '/api/v1/access/profile', { auth: staff, rawBody: '{"name":"a\\ud800b"}', headers: { 'content-type': 'application/json' } }), 'body', '/name', SURROGATE);
    expectRefused(await h.api('PATCH', '/api/v1/access/profile', { auth: staff, rawBody: '{"name":"a\\udfffb"}', headers: { 'content-type': 'application/json' } }), 'body', '/name', SURROGATE);
    const profile = await h.api('GET', '/api/v1/access/profile', { auth: staff });
    expect(profile.body.name).toBe('Staff');

    expectRefused(await h.api('POST', '/api/v1/questions', { auth: member, body: { subject: 'Hello', body: 'a\u0000b' } }), 'body', '/body', NUL);
    expectRefused(await h.api('POST', '/api/v1/questions', { auth: member, body: { subject: 'Hello\ud83d', body: 'text' } }), 'body', '/subject', SURROGATE);
    expect((await h.api('GET', '/api/v1/questions', { auth: member })).body.items).toEqual([]);
    // A well-formed pair (an emoji) is text like any other.
    expect((await h.api('POST', '/api/v1/questions', { auth: member, body: { subject: 'Hello 👋', body: 'text' } })).status).toBe(201);
  });

  it('names the field deep in a body and in an object key', async () => {
    const quiz = [{ prompt: 'Q', kind: 'single', points: 1, options: [{ text: 'A', correct: true }, { text: 'B\u0000', correct: false }] }];
    expectRefused(await h.api('POST', '/api/v1/training/modules', { auth: staff, body: { title: 'Module', quiz } }), 'body', '/quiz/0/options/1/text', NUL);
    const answer = await h.api('POST', '/api/v1/questions', { auth: member, rawBody: '{"subject":"Hi","body":"x","a\\u0000b":1}', headers: { 'content-type': 'application/json' } });
    expect(answer.status, answer.text).toBe(400);
  });

  it('refuses a non-finite or out-of-range number in a quiz submission', async () => {
    const made = await h.api('POST', '/api/v1/training/modules', { auth: staff, body: { title: 'Module', quiz: [{ prompt: 'Q', kind: 'single', points: 1, options: [{ text: 'A', correct: true }, { text: 'B', correct: false }] }] } });
    expect(made.status, made.text).toBe(201);
    const published = await h.api('POST', `/api/v1/training/modules/${made.body.id}/publish`, { auth: staff });
    expect(published.status, published.text).toBe(200);
    const question = published.body.quiz[0];
    const answers = JSON.stringify([{ questionId: question.id, optionIds: [question.options[0].id] }]);
    const submit = (version: string) =>
      h.api('POST', `/api/v1/training/catalog/${made.body.id}/attempts`, { auth: member, rawBody: `{"version":${version},"answers":${answers}}`, headers: { 'content-type': 'application/json' } });

    expectRefused(await submit('1e309'), 'body', '/version', /./);
    expectRefused(await submit('-1e309'), 'body', '/version', /./);
    expectRefused(await submit('123456789012345678901234567890'), 'body', '/version', /must be <= 2147483647/);
    expectRefused(await submit('2147483648'), 'body', '/version', /must be <= 2147483647/);
    // Nothing was recorded, and a real submission still goes through.
    const done = await submit('1');
    expect(done.status, done.text).toBe(201);
  });

  it('says in the OpenAPI document how integers are bounded, as they are enforced', async () => {
    const doc = (await h.api('GET', '/api/v1/openapi.json')).body;
    const attempt = doc.paths['/api/v1/training/catalog/{id}/attempts'].post;
    const version = attempt.requestBody.content['application/json'].schema.properties.version;
    expect(version).toMatchObject({ type: 'integer', minimum: 1, maximum: 2147483647 });
    // A field that bounds itself keeps its own bounds (amounts in minor units are bigint).
    const deal = doc.paths['/api/v1/deals'].post.requestBody.content['application/json'].schema;
    expect(deal.properties.amountMinor).toMatchObject({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER });
    const limit = doc.paths['/api/v1/deals'].get.parameters.find((p: { name: string }) => p.name === 'limit');
    expect(limit.schema).toMatchObject({ minimum: 1, maximum: 100 });
  });

  it('refuses a NUL in a multipart text field', async () => {
    const space = await h.api('POST', '/api/v1/documents/spaces', { auth: staff, body: { title: 'Space', visibility: 'all', allowedRoles: ['partner_admin'] } });
    expect(space.status, space.text).toBe(201);
    const form = new FormData();
    form.append('description', 'a\u0000b');
    form.append('file', new Blob(['hello, world'], { type: 'text/plain' }), 'hello.txt');
    const response = await fetch(`${h.url}/api/v1/documents/spaces/${space.body.id}/files`, { method: 'POST', headers: { authorization: staff }, body: form });
    const body: any = await response.json();
    expect(response.status, JSON.stringify(body)).toBe(400);
    expect(body.errors).toContainEqual({ in: 'body', field: '/description', message: expect.stringMatching(NUL) });
  });

  it('answers 404 to a path parameter holding a NUL, as to any malformed id', async () => {
    expect((await h.api('GET', '/api/v1/documents/spaces/%00', { auth: staff })).status).toBe(404);
  });
});
