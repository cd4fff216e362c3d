/**
 * PostgreSQL goes away under load and comes back. Between the server and the database sits a TCP
 * proxy of the suite's own, which the test cuts mid-load and restores. (PostgreSQL only: the embedded
 * database lives in the server's own process and cannot be cut off from it.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type TestTenant } from '@portico/testing';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy.js';
import { notesPlugin } from '../fixtures/notes-plugin.js';

interface Outcome {
  title: string;
  status: number;
  requestId: string | null;
  ms: number;
  contentType: string | null;
  retryAfter: string | null;
}

describe('database faults', () => {
  let h: Harness;
  let proxy: TcpProxy;
  let alpha: TestTenant;
  let writer: string;

  beforeAll(async () => {
    proxy = await startTcpProxy({ host: '127.0.0.1', port: 5432 });
    h = await startHarness({
      plugins: [notesPlugin],
      reachDatabase: (db) => {
        if (db.kind !== 'postgres') throw new Error('this suite needs PostgreSQL');
        const url = new URL(db.url);
        url.port = String(proxy.port);
        return { ...db, url: url.toString() };
      },
    });
    alpha = await h.tenant('alpha');
    writer = h.member(alpha, ['notes.write', 'notes.read']);
  });
  afterAll(async () => {
    await h?.close();
    await proxy?.close();
  });

  async function create(title: string): Promise<Outcome> {
    const started = performance.now();
    const answer = await h.api('POST', '/api/v1/notes', { auth: writer, body: { title } });
    return {
      title,
      status: answer.status,
      requestId: answer.headers.get('x-request-id'),
      ms: performance.now() - started,
      contentType: answer.headers.get('content-type'),
      retryAfter: answer.headers.get('retry-after'),
    };
  }

  it('fails fast with 503 while the database is away, recovers without a restart, and loses or half-applies nothing', async () => {
    const outcomes: Outcome[] = [];
    let phase: 'before' | 'cut' | 'after' = 'before';
    let stop = false;
    let counter = 0;
    const worker = async (w: number) => {
      while (!stop) outcomes.push({ ...(await create(`w${w}-${counter++}-${phase}`)) });
    };
    const workers = Array.from({ length: 6 }, (_, w) => worker(w));

    const until = async (condition: () => boolean, ms: number) => {
      const deadline = Date.now() + ms;
      while (!condition() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    };
    await until(() => outcomes.filter((o) => o.status === 201).length >= 30, 15_000);

    phase = 'cut';
    await proxy.cut();
    const cutAt = outcomes.length;
    await new Promise((r) => setTimeout(r, 1500));
    const ready = await h.api('GET', '/readyz');
    expect(ready.status).toBe(503);
    expect(ready.headers.get('retry-after')).toBeTruthy();
    const health = await h.api('GET', '/healthz');
    expect(health.status).toBe(200); // the process is alive and answering

    phase = 'after';
    await proxy.restore();
    const restoredAt = outcomes.length;
    await until(() => outcomes.slice(restoredAt).filter((o) => o.status === 201).length >= 20, 20_000);
    stop = true;
    await Promise.all(workers);

    // While cut: every failure is a fast 503 problem with Retry-After, never a 500 or a hang.
    const duringCut = outcomes.slice(cutAt, restoredAt);
    const failures = outcomes.filter((o) => o.status >= 500);
    expect(failures.length).toBeGreaterThan(0);
    expect(duringCut.length).toBeGreaterThan(0);
    for (const failure of failures) {
      expect(failure.status).toBe(503);
      expect(failure.contentType).toMatch(/^application\/problem\+json/);
      expect(failure.retryAfter).toMatch(/^\d+$/);
      expect(failure.ms).toBeLessThan(3000);
    }
    expect(outcomes.every((o) => o.status === 201 || o.status === 503), JSON.stringify(outcomes.filter((o) => o.status !== 201 && o.status !== 503))).toBe(true);

    // Served again without a restart.
    expect(outcomes.slice(restoredAt).filter((o) => o.status === 201).length).toBeGreaterThanOrEqual(20);
    expect((await h.api('GET', '/readyz')).status).toBe(200);

    // Nothing answered 2xx is missing; nothing answered 5xx is half-applied (a note without its audit
    // event or the reverse). A write whose commit raced the cut may exist whole though answered 503.
    const knex = h.server.database.knex;
    const notes: { id: string; title: string }[] = await knex('test_notes').where({ tenantId: alpha.id }).select('id', 'title');
    const titles = new Set(notes.map((n) => n.title));
    for (const ok of outcomes.filter((o) => o.status === 201)) expect(titles.has(ok.title), ok.title).toBe(true);
    const audited = new Set<string>((await knex('audit_events').where({ tenantId: alpha.id, action: 'notes.note.created' }).select('target_id')).map((r: { targetId: string }) => r.targetId));
    for (const note of notes) expect(audited.has(note.id), `note ${note.title} lacks its audit event`).toBe(true);
    expect(audited.size).toBe(notes.length);
  });
});
