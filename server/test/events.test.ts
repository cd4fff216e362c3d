import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { definePlugin, type DomainEvent } from '@portico/core';
import { startHarness, type Harness, type TestTenant } from '@portico/testing';
import { notesPlugin } from './fixtures/notes-plugin.js';

describe('domain events through the outbox', () => {
  let h: Harness;
  let alpha: TestTenant;
  let writer: string;
  const received: DomainEvent[] = [];
  const everything: DomainEvent[] = [];
  let failuresToCome = 0;

  /** Hears every event any plugin declares (as webhooks do), and calls out once its delivery committed. */
  const calledOut: string[] = [];
  let recorderFails = false;
  const recorder = definePlugin({
    id: 'recorder',
    version: '1.0.0',
    events: {
      handlesAll: async (event, ctx) => {
        everything.push(event);
        ctx.afterCommit(async () => {
          // A slow outside call, holding no connection; its outcome recorded in a transaction of its own.
          calledOut.push(event.id);
          await ctx.transaction((db) => db('audit_events').insert({ tenantId: event.tenantId, action: 'recorder.called-out', targetType: 'event', targetId: event.id }));
        });
        if (recorderFails) throw new Error('the delivery fails after asking for work after commit');
      },
    },
  });

  const listener = definePlugin({
    id: 'listener',
    version: '1.0.0',
    requires: ['notes'],
    events: {
      handles: {
        'notes.note.created': async (event, ctx) => {
          // Database work of a handler commits with its delivery, or not at all.
          await ctx.db('audit_events').insert({ tenantId: event.tenantId, action: 'listener.saw', targetType: 'note', targetId: (event.payload as { noteId: string }).noteId });
          if (failuresToCome > 0) {
            failuresToCome--;
            throw new Error('downstream unavailable');
          }
          received.push(event);
        },
      },
    },
  });

  beforeAll(async () => {
    h = await startHarness({ plugins: [notesPlugin, listener, recorder], config: { outboxRetryBaseMs: 0, outboxMaxAttempts: 3 } });
    alpha = await h.tenant('alpha');
    writer = h.member(alpha, ['notes.write']);
  });
  afterAll(() => h?.close());

  const sawCount = async (noteId: string) =>
    Number((await h.server.database.knex('audit_events').where({ action: 'listener.saw', targetId: noteId }).count({ n: '*' }))[0].n);

  it('delivers an emitted event to the declared handler after the commit, without being asked', async () => {
    const made = await h.api('POST', '/api/v1/notes', { auth: writer, body: { title: 'hello' } });
    await vi.waitFor(() => expect(received.map((e) => e.payload)).toContainEqual({ noteId: made.body.id, title: 'hello' }));
    const event = received.find((e) => (e.payload as { noteId: string }).noteId === made.body.id)!;
    expect(event).toMatchObject({ type: 'notes.note.created', tenantId: alpha.id, actorPersonId: alpha.memberId });
    const delivery = await h.server.database.knex('outbox_deliveries').where({ eventId: event.id, handler: 'listener' }).first();
    expect(delivery).toMatchObject({ handler: 'listener', status: 'done', attempts: 1 });
    expect(await sawCount(made.body.id)).toBe(1);
  });

  it('emits nothing for a change that was rolled back', async () => {
    const knex = h.server.database.knex;
    const before = Number((await knex('outbox_events').count({ n: '*' }))[0].n);
    const refused = await h.api('POST', '/api/v1/notes', { auth: writer, body: { title: '' } });
    expect(refused.status).toBe(400);
    await h.server.events.drain();
    expect(Number((await knex('outbox_events').count({ n: '*' }))[0].n)).toBe(before);
  });

  it('retries a failing handler, rolling back its partial work each time, until it succeeds', async () => {
    failuresToCome = 2;
    const made = await h.api('POST', '/api/v1/notes', { auth: writer, body: { title: 'flaky' } });
    await h.server.events.drain(); // first attempt fails
    await h.server.events.drain(); // second fails
    await h.server.events.drain(); // third succeeds
    const delivery = await h.server.database.knex('outbox_deliveries as d').join('outbox_events as e', 'e.id', 'd.event_id').whereRaw("e.payload->>'noteId' = ?", [made.body.id]).where('d.handler', 'listener').first('d.*');
    expect(delivery).toMatchObject({ status: 'done', attempts: 3 });
    expect(await sawCount(made.body.id)).toBe(1); // the two failed attempts left nothing behind
  });

  it('records a delivery that keeps failing as failed, with its last error', async () => {
    failuresToCome = 100;
    const made = await h.api('POST', '/api/v1/notes', { auth: writer, body: { title: 'doomed' } });
    for (let i = 0; i < 4; i++) await h.server.events.drain();
    failuresToCome = 0;
    const delivery = await h.server.database.knex('outbox_deliveries as d').join('outbox_events as e', 'e.id', 'd.event_id').whereRaw("e.payload->>'noteId' = ?", [made.body.id]).where('d.handler', 'listener').first('d.*');
    expect(delivery).toMatchObject({ status: 'failed', attempts: 3 });
    expect(delivery.lastError).toMatch(/downstream unavailable/);
    expect(await sawCount(made.body.id)).toBe(0);
  });

  it('delivers every declared event to a plugin that handles them all, beside the named handlers', async () => {
    const made = await h.api('POST', '/api/v1/notes', { auth: writer, body: { title: 'for everyone' } });
    await h.server.events.drain();
    expect(everything.map((e) => [e.type, (e.payload as { noteId: string }).noteId])).toContainEqual(['notes.note.created', made.body.id]);
    const handlers = await h.server.database.knex('outbox_deliveries as d').join('outbox_events as e', 'e.id', 'd.event_id').whereRaw("e.payload->>'noteId' = ?", [made.body.id]).pluck('d.handler');
    expect(handlers.sort()).toEqual(['listener', 'recorder']);
  });

  it('runs what a handler asks to run after its delivery committed, with transactions of its own, and never for a delivery rolled back', async () => {
    const made = await h.api('POST', '/api/v1/notes', { auth: writer, body: { title: 'call out' } });
    await h.server.events.drain();
    const event = everything.find((e) => (e.payload as { noteId: string }).noteId === made.body.id)!;
    expect(calledOut).toContain(event.id);
    expect(await h.server.database.knex('audit_events').where({ action: 'recorder.called-out', targetId: event.id })).toHaveLength(1);

    recorderFails = true;
    try {
      const failing = await h.api('POST', '/api/v1/notes', { auth: writer, body: { title: 'no call out' } });
      await h.server.events.drain();
      const failed = everything.find((e) => (e.payload as { noteId: string }).noteId === failing.body.id)!;
      expect(calledOut).not.toContain(failed.id);
    } finally {
      recorderFails = false;
    }
  });
});
