import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Harness, TestTenant } from '@portico/testing';
import { BACKOFF_MS, MAX_ATTEMPTS } from '../src/deliveries.js';
import { call, signedBy, startReceiver, startWebhooksHarness } from './support.js';

const MINUTE = 60_000;

describe('delivering events to endpoints', () => {
  let h: Harness;
  // Each test has a tenant and a receiver of its own: a task run sends for every tenant.
  let t: TestTenant;
  let staff: string;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  const receivers: Awaited<ReturnType<typeof startReceiver>>[] = [];
  let tenants = 0;

  beforeAll(async () => {
    h = await startWebhooksHarness();
  });
  beforeEach(async () => {
    t = await h.tenant(`delivery-${++tenants}`);
    staff = h.staff(t, h.allPermissions());
    receiver = await startReceiver();
    receivers.push(receiver);
  });
  afterAll(async () => {
    for (const r of receivers) await r.close();
    await h?.close();
  });

  /** Emits a probe event and waits until the dispatcher has handled it (and sent what it queued). */
  const emit = async (n: number, type = 'probe.thing.changed', thingId: string = randomUUID()) => {
    await call(h, staff, 'POST', '/probe/emit', { type, thingId, n }, 204);
    await h.server.events.drain();
    return thingId;
  };
  const endpoint = async (events: string[], url = receiver.url) => call(h, staff, 'POST', '/webhooks/endpoints', { url, events, description: 'test' }, 201);
  const deliveries = async (endpointId: string) => (await call(h, staff, 'GET', `/webhooks/endpoints/${endpointId}/deliveries?limit=100`, undefined, 200)).items;
  const disable = (endpointId: string) => call(h, staff, 'PATCH', `/webhooks/endpoints/${endpointId}`, { enabled: false }, 200);
  const bodies = () => receiver.received.map((r) => JSON.parse(r.body));

  it('signs each delivery following Standard Webhooks, with the event id, and sends only the events an endpoint asked for', async () => {
    const made = await endpoint(['probe.thing.changed']);
    const all = await endpoint(['*']);
    expect(made.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const thingId = await emit(1);
    await emit(2, 'probe.other.happened');

    // The first endpoint got the one event it wants; the `*` endpoint both.
    expect(receiver.received).toHaveLength(3);
    const mine = (await deliveries(made.endpoint.id)).map((d: { eventType: string }) => d.eventType);
    expect(mine).toEqual(['probe.thing.changed']);
    expect((await deliveries(all.endpoint.id)).map((d: { eventType: string }) => d.eventType)).toEqual(['probe.other.happened', 'probe.thing.changed']);

    const first = receiver.received[0];
    expect(JSON.parse(first.body)).toEqual({ type: 'probe.thing.changed', timestamp: expect.any(String), data: { thingId, n: 1 } });
    expect(first.headers['content-type']).toBe('application/json');
    const event = await h.server.database.knex('outbox_events').where({ type: 'probe.thing.changed' }).orderBy('created_at', 'desc').first('id');
    expect(first.headers['webhook-id']).toBe(event.id);
    expect(Math.abs(Number(first.headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(300);
    const signer = receiver.received.filter((r) => r.headers['webhook-id'] === event.id);
    expect(signer.some((r) => signedBy(r, made.secret))).toBe(true);
    expect(signer.some((r) => signedBy(r, all.secret))).toBe(true);
    // A signature by another secret does not verify: the check can fail.
    expect(signedBy(first, `whsec_${Buffer.alloc(32, 7).toString('base64')}`)).toBe(false);
    const [delivered] = await deliveries(made.endpoint.id);
    expect(delivered).toMatchObject({ status: 'succeeded', attempts: 1, responseStatus: 200, eventId: event.id });
  });

  it('retries a failed delivery with backoff, keeps the later ones behind it, and sends them in order once it succeeds', async () => {
    const { endpoint: e, secret } = await endpoint(['probe.thing.changed']);
    receiver.answer(500);
    const thing = randomUUID();
    await emit(1, 'probe.thing.changed', thing);
    await emit(2, 'probe.thing.changed', thing);
    // The first attempt failed; the second event waits behind it.
    expect(receiver.received).toHaveLength(1);
    const [second, first] = await deliveries(e.id);
    expect(first).toMatchObject({ status: 'pending', attempts: 1, responseStatus: 500 });
    expect(second).toMatchObject({ status: 'pending', attempts: 0 });
    const retryAt = new Date(first.nextAttemptAt).getTime();
    expect(retryAt - Date.now()).toBeGreaterThan(BACKOFF_MS[0] - 5_000);
    expect((await call(h, staff, 'GET', `/webhooks/endpoints/${e.id}`, undefined, 200)).failingSince).not.toBeNull();

    // Before the retry is due, nothing goes.
    await h.runTask('webhooks', 'send', new Date(retryAt - 1_000));
    expect(receiver.received).toHaveLength(1);
    // Once due: the first again (same id), then the second, in order.
    await h.runTask('webhooks', 'send', new Date(retryAt + 1_000));
    expect(bodies().map((b) => b.data.n)).toEqual([1, 1, 2]);
    expect(receiver.received[1].headers['webhook-id']).toBe(receiver.received[0].headers['webhook-id']);
    expect(receiver.received.every((r) => signedBy(r, secret))).toBe(true);
    const detail = await call(h, staff, 'GET', `/webhooks/deliveries/${first.id}`, undefined, 200);
    expect(detail).toMatchObject({ status: 'succeeded', attempts: 2, responseStatus: 200 });
    expect(detail.history.map((a: { responseStatus: number }) => a.responseStatus)).toEqual([500, 200]);
    expect(JSON.parse(detail.body).data.n).toBe(1);
    expect(detail.responseBody).toContain('received');
    expect((await call(h, staff, 'GET', `/webhooks/endpoints/${e.id}`, undefined, 200)).failingSince).toBeNull();
  });

  it('gives a delivery up after the last attempt, then goes on with the next', async () => {
    const { endpoint: e } = await endpoint(['probe.thing.changed']);
    receiver.always(503);
    await emit(1);
    await emit(2);
    let at = Date.now();
    for (const wait of BACKOFF_MS) {
      at += wait + MINUTE;
      await h.runTask('webhooks', 'send', new Date(at));
    }
    const [second, first] = await deliveries(e.id);
    expect(first).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS, nextAttemptAt: null, responseStatus: 503 });
    // Given up on the first, the sender moved to the second (which failed its first attempt too).
    expect(second).toMatchObject({ status: 'pending', attempts: 1 });
    expect(receiver.received.filter((r) => JSON.parse(r.body).data.n === 1)).toHaveLength(MAX_ATTEMPTS);
    receiver.always(null);
  });

  it('replays a delivery: the same body and event id, sent again, marked as a replay', async () => {
    const { endpoint: e, secret } = await endpoint(['probe.thing.changed']);
    await emit(7);
    const [original] = await deliveries(e.id);
    const replay = await call(h, staff, 'POST', `/webhooks/deliveries/${original.id}/replay`, undefined, 201);
    expect(replay).toMatchObject({ replayOf: original.id, eventId: original.eventId, status: 'pending' });
    // Sent after the answer, once the request committed.
    await vi.waitFor(() => expect(receiver.received).toHaveLength(2), { timeout: 10_000 });
    expect(receiver.received[1].body).toBe(receiver.received[0].body);
    expect(receiver.received[1].headers['webhook-id']).toBe(original.eventId);
    expect(signedBy(receiver.received[1], secret)).toBe(true);
    await vi.waitFor(async () => expect((await deliveries(e.id))[0]).toMatchObject({ id: replay.id, status: 'succeeded' }), { timeout: 10_000 });
    const audit = await h.server.database.knex('audit_events').where({ action: 'webhooks.delivery.replayed', targetId: e.id });
    expect(audit).toHaveLength(1);
  });

  it('signs with the old and the new secret while a rotation overlaps, then with the new one only', async () => {
    const { endpoint: e, secret: old } = await endpoint(['probe.thing.changed']);
    const rotated = await call(h, staff, 'POST', `/webhooks/endpoints/${e.id}/rotate-secret`, { overlapHours: 24 }, 200);
    expect(rotated.secret).not.toBe(old);
    expect(new Date(rotated.endpoint.previousSecretExpiresAt).getTime() - Date.now()).toBeGreaterThan(23 * 3_600_000);
    receiver.answer(500); // the first attempt fails, so that the retry is sent after the overlap
    await emit(1);
    const during = receiver.received[0];
    expect(String(during.headers['webhook-signature']).split(' ')).toHaveLength(2);
    expect(signedBy(during, old)).toBe(true);
    expect(signedBy(during, rotated.secret)).toBe(true);
    await h.runTask('webhooks', 'send', new Date(Date.now() + 25 * 3_600_000));
    const after = receiver.received[1];
    expect(String(after.headers['webhook-signature']).split(' ')).toHaveLength(1);
    expect(signedBy(after, rotated.secret)).toBe(true);
    expect(signedBy(after, old)).toBe(false);
    // Without an overlap, the old secret stops at once.
    const sharp = await call(h, staff, 'POST', `/webhooks/endpoints/${e.id}/rotate-secret`, { overlapHours: 0 }, 200);
    expect(sharp.endpoint.previousSecretExpiresAt).toBeNull();
    await emit(2);
    expect(signedBy(receiver.received[2], sharp.secret)).toBe(true);
    expect(signedBy(receiver.received[2], rotated.secret)).toBe(false);
  });

  it('disables an endpoint that failed every delivery for the tenant’s days, tells the administrators, and queues nothing more for it', async () => {
    const { endpoint: e } = await endpoint(['probe.thing.changed']);
    receiver.always(502);
    await emit(1);
    const failing = await call(h, staff, 'GET', `/webhooks/endpoints/${e.id}`, undefined, 200);
    const since = new Date(failing.failingSince).getTime();
    // Four days on it still tries; after five (the default) it is disabled.
    await h.runTask('webhooks', 'send', new Date(since + 4 * 86_400_000));
    expect((await call(h, staff, 'GET', `/webhooks/endpoints/${e.id}`, undefined, 200)).enabled).toBe(true);
    await h.runTask('webhooks', 'send', new Date(since + 5 * 86_400_000 + MINUTE));
    const disabled = await call(h, staff, 'GET', `/webhooks/endpoints/${e.id}`, undefined, 200);
    expect(disabled).toMatchObject({ enabled: false, disabledReason: expect.stringContaining('5 days') });
    const [mail] = await h.mailTo(`staff@${t.slug}.test`, 'webhooks.endpoint-disabled');
    expect(mail.subject).toBe(`Webhook endpoint disabled: ${receiver.url}`);
    expect(mail.text).toContain(`/settings/webhooks/${e.id}`);
    expect(await h.server.database.knex('outbox_events').where({ type: 'webhooks.endpoint.disabled' }).whereRaw("payload->>'endpointId' = ?", [e.id])).toHaveLength(1);
    expect(await h.server.database.knex('audit_events').where({ action: 'webhooks.endpoint.disabled', targetId: e.id })).toHaveLength(1);
    const before = (await deliveries(e.id)).length;
    receiver.always(null);
    await emit(2);
    expect(await deliveries(e.id)).toHaveLength(before);
    // Enabled again: what waited goes out.
    const sent = receiver.received.length;
    await call(h, staff, 'PATCH', `/webhooks/endpoints/${e.id}`, { enabled: true }, 200);
    await vi.waitFor(() => expect(receiver.received.length).toBeGreaterThan(sent), { timeout: 10_000 });
  });
});
