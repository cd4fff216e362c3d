import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type TestTenant } from '@portico/testing';
import { notesPlugin } from './fixtures/notes-plugin.js';

describe('HTTP conventions', () => {
  let h: Harness;
  let alpha: TestTenant;
  let writer: string;

  beforeAll(async () => {
    h = await startHarness({ plugins: [notesPlugin], config: { bodyLimitBytes: 2048 } });
    alpha = await h.tenant('alpha');
    writer = h.member(alpha, ['notes.read', 'notes.write']);
  });
  afterAll(() => h?.close());

  it('answers validation errors as problem+json naming every field at fault', async () => {
    const answer = await h.api('POST', '/api/v1/notes', { auth: writer, body: { priority: 9, colour: 'red' } });
    expect(answer.status).toBe(400);
    expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(answer.body.type).toBe('https://portico.dev/problems/validation');
    expect(answer.body.requestId).toBe(answer.headers.get('x-request-id'));
    expect(answer.body.errors).toEqual(
      expect.arrayContaining([
        { in: 'body', field: '/title', message: 'is required' },
        { in: 'body', field: '/colour', message: 'is not a known field' },
        expect.objectContaining({ in: 'body', field: '/priority' }),
      ]),
    );
  });

  it('refuses a body over the limit with 413, and writes nothing', async () => {
    const answer = await h.api('POST', '/api/v1/notes', { auth: writer, body: { title: 'x'.repeat(5000) } });
    expect(answer.status).toBe(413);
    expect(answer.body.type).toMatch(/payload-too-large/);
    const list = await h.api('GET', '/api/v1/notes', { auth: writer });
    expect(list.body.items).toEqual([]);
  });

  it('refuses non-JSON bodies (such as text/plain from a cross-site form) with 415', async () => {
    const answer = await h.api('POST', '/api/v1/notes', { auth: writer, rawBody: '{"title":"x"}', headers: { 'content-type': 'text/plain' } });
    expect(answer.status).toBe(415);
  });

  it('refuses prototype-poisoning keys with 400, and writes nothing', async () => {
    for (const rawBody of ['{"title":"x","__proto__":{"isAdmin":true}}', '{"title":"x","constructor":{"prototype":{"isAdmin":true}}}']) {
      const answer = await h.api('POST', '/api/v1/notes', { auth: writer, rawBody, headers: { 'content-type': 'application/json' } });
      expect(answer.status, answer.text).toBe(400);
      expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    }
    expect((await h.api('GET', '/api/v1/notes', { auth: writer })).body.items).toEqual([]);
  });

  it('answers headers too large for the HTTP parser with a 431 problem, not a bare status line', async () => {
    const answer = await h.api('GET', `/api/v1/notes?title=${'q'.repeat(20_000)}`, { auth: writer, headers: { 'x-padding': 'p'.repeat(50_000) } });
    expect(answer.status).toBe(431);
    expect(answer.headers.get('content-type')).toBe('application/problem+json');
    expect(answer.body).toMatchObject({ status: 431, title: 'Request headers too large' });
    // Written before Koa sees the request, yet with the same security headers as every answer.
    const usual = await h.api('GET', '/api/v1/notes', { auth: writer });
    for (const name of ['content-security-policy', 'x-frame-options', 'x-content-type-options', 'strict-transport-security', 'referrer-policy', 'cross-origin-resource-policy']) {
      expect(answer.headers.get(name), name).toBe(usual.headers.get(name));
      expect(answer.headers.get(name), name).toBeTruthy();
    }
    expect(answer.headers.get('cache-control')).toBe('no-store');
  });

  it('answers a malformed id as not found, and an unknown route as problem+json 404', async () => {
    expect((await h.api('GET', '/api/v1/notes/not-a-uuid', { auth: writer })).status).toBe(404);
    const unknown = await h.api('GET', '/api/v1/nowhere');
    expect(unknown.status).toBe(404);
    expect(unknown.body.type).toMatch(/not-found/);
  });

  it('pages lists by cursor, with a hard cap on page size', async () => {
    for (let i = 0; i < 7; i++) {
      const made = await h.api('POST', '/api/v1/notes', { auth: writer, body: { title: `note ${i}`, priority: i % 3 } });
      expect(made.status).toBe(201);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: any = await h.api('GET', `/api/v1/notes?limit=3${cursor ? `&cursor=${cursor}` : ''}`, { auth: writer });
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.body.items.map((n: { title: string }) => n.title));
      cursor = page.body.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(['note 6', 'note 5', 'note 4', 'note 3', 'note 2', 'note 1', 'note 0']);

    const filtered = await h.api('GET', '/api/v1/notes?minPriority=2', { auth: writer });
    expect(filtered.body.items.map((n: { title: string }) => n.title)).toEqual(['note 5', 'note 2']);

    const tooMany = await h.api('GET', '/api/v1/notes?limit=1000', { auth: writer });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.errors[0]).toMatchObject({ in: 'query', field: '/limit' });

    const forged = await h.api('GET', '/api/v1/notes?cursor=bm90LWEtY3Vyc29y', { auth: writer });
    expect(forged.status).toBe(400);
    expect(forged.body.errors[0]).toMatchObject({ in: 'query', field: '/cursor' });
  });

  it('replays the first answer for a retried Idempotency-Key instead of creating again', async () => {
    const headers = { 'idempotency-key': 'retry-key-0001' };
    const first = await h.api('POST', '/api/v1/notes', { auth: writer, headers, body: { title: 'once' } });
    const retry = await h.api('POST', '/api/v1/notes', { auth: writer, headers, body: { title: 'once' } });
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body.id).toBe(first.body.id);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    const reused = await h.api('POST', '/api/v1/notes', { auth: writer, headers, body: { title: 'something else' } });
    expect(reused.status).toBe(422);
    const count = await h.server.database.knex('test_notes').where({ title: 'once' }).count({ n: '*' });
    expect(Number(count[0].n)).toBe(1);
  });

  it('creates exactly one object under 10 concurrent retries with one Idempotency-Key', async () => {
    const headers = { 'idempotency-key': 'concurrent-key-0001' };
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => h.api('POST', '/api/v1/notes', { auth: writer, headers, body: { title: 'raced' } })),
    );
    const created = answers.filter((a) => a.status === 201);
    // Every retry either got the one answer or was told the first is still in progress.
    expect(answers.every((a) => a.status === 201 || a.status === 409)).toBe(true);
    expect(new Set(created.map((a) => a.body.id)).size).toBe(1);
    const count = await h.server.database.knex('test_notes').where({ title: 'raced' }).count({ n: '*' });
    expect(Number(count[0].n)).toBe(1);
  });

  it('keeps an Idempotency-Key per person: another person with the same key creates their own', async () => {
    const other = h.actors.mint({ kind: 'member', tenantId: alpha.id, personId: alpha.staffId, partnerId: alpha.partnerId, roles: [], permissions: ['notes.write'] });
    const headers = { 'idempotency-key': 'shared-key-0001' };
    const a = await h.api('POST', '/api/v1/notes', { auth: writer, headers, body: { title: 'mine' } });
    const b = await h.api('POST', '/api/v1/notes', { auth: other, headers, body: { title: 'mine' } });
    expect(a.body.id).not.toBe(b.body.id);
  });

  it('rolls back everything when a handler fails half-way (no note, no audit, no event)', async () => {
    const knex = h.server.database.knex;
    const before = await Promise.all(['test_notes', 'audit_events', 'outbox_events'].map((t) => knex(t).count({ n: '*' })));
    // The settings lookup says titles over 5 characters are refused — after validation, inside the handler.
    await knex('tenants').where({ id: alpha.id }).update({ settings: JSON.stringify({ notes: { maxTitleLength: 5 } }) });
    const answer = await h.api('POST', '/api/v1/notes', { auth: writer, body: { title: 'far too long' } });
    await knex('tenants').where({ id: alpha.id }).update({ settings: '{}' });
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0]).toMatchObject({ field: '/title', message: 'must be at most 5 characters' });
    const after = await Promise.all(['test_notes', 'audit_events', 'outbox_events'].map((t) => knex(t).count({ n: '*' })));
    expect(after).toEqual(before);
  });

  it('returns the request id it was given, or a new one', async () => {
    const given = await h.api('GET', '/healthz', { headers: { 'x-request-id': 'trace-abc-123456' } });
    expect(given.headers.get('x-request-id')).toBe('trace-abc-123456');
    const fresh = await h.api('GET', '/healthz', { headers: { 'x-request-id': 'bad id with spaces' } });
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends security headers, with X-Frame-Options saying what CSP frame-ancestors says', async () => {
    const answer = await h.api('GET', '/api/v1/notes', { auth: writer });
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    expect(answer.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(answer.headers.get('x-frame-options')).toBe('DENY');
    expect(answer.headers.get('strict-transport-security')).toBeTruthy();
  });

  it('lets no cache keep an API answer (credentials, personal data), unless the route says so', async () => {
    const ok = await h.api('GET', '/api/v1/notes', { auth: writer });
    expect(ok.headers.get('cache-control')).toBe('no-store');
    const refused = await h.api('GET', '/api/v1/notes');
    expect(refused.status).toBe(401);
    expect(refused.headers.get('cache-control')).toBe('no-store');
    expect((await h.api('GET', '/api/v1/nowhere')).headers.get('cache-control')).toBe('no-store');
  });

  it('reports health and readiness', async () => {
    expect((await h.api('GET', '/healthz')).body).toEqual({ status: 'ok' });
    expect((await h.api('GET', '/readyz')).body).toEqual({ status: 'ready' });
  });

  it('records who did what in the audit trail, with ip and request id', async () => {
    const made = await h.api('POST', '/api/v1/notes', { auth: writer, body: { title: 'audited' } });
    const row = await h.server.database.knex('audit_events').where({ targetId: made.body.id }).first();
    expect(row).toMatchObject({
      tenantId: alpha.id,
      partnerId: alpha.partnerId,
      actorPersonId: alpha.memberId,
      action: 'notes.note.created',
      requestId: made.headers.get('x-request-id'),
    });
    expect(row.ip).toMatch(/127\.0\.0\.1/);
    expect(row.after).toMatchObject({ title: 'audited' });
  });
});
