/**
 * The delivery queue. Every event becomes one delivery per enabled endpoint that wants it, written in
 * the event handler's transaction (so it exists exactly once the event is handled); the HTTP attempts
 * run after commit, holding no database connection while they wait, and each outcome is recorded in a
 * transaction of its own.
 *
 * Order: an endpoint's deliveries are sent one at a time, oldest first; while the oldest waits for its
 * retry the later ones wait behind it, so a receiver sees an object's events in the order they
 * happened. A lease on the delivery being sent keeps two senders (the after-commit one and the retry
 * task, or two servers) from sending it at once. At least once: a receiver that answered but whose
 * answer was lost gets the delivery again, with the same `webhook-id` to de-duplicate by.
 *
 * Retries: after a failure, 1 minute, 5 minutes, 30 minutes, 2 hours, 5 hours, then 10 hours twice —
 * eight attempts over about a day and a half; then the delivery is failed (staff may replay it).
 */
import type { Knex } from 'knex';
import type { DomainEvent } from '@portico/core';
import type { WebhooksContext } from './context.js';
import { postDelivery, type AttemptResult } from './sender.js';
import { signatureHeaders } from './signing.js';

export const BACKOFF_MS = [60_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000] as const;
export const MAX_ATTEMPTS = BACKOFF_MS.length + 1;

/** The body every delivery of an event carries (Standard Webhooks' recommended shape). */
export function envelope(event: Pick<DomainEvent, 'type' | 'occurredAt' | 'payload'>): string {
  return JSON.stringify({ type: event.type, timestamp: event.occurredAt, data: event.payload });
}

/** Queues the event for every enabled endpoint that wants it; answers those endpoints. */
export async function enqueue(ctx: Pick<WebhooksContext, 'db' | 'tenant'>, event: DomainEvent): Promise<string[]> {
  const endpoints: string[] = await ctx.db('webhook_endpoints')
    .where({ tenantId: ctx.tenant.id, enabled: true })
    .whereNotNull('secret_sealed')
    .where((w) => w.whereRaw('? = any(events)', [event.type]).orWhereRaw("'*' = any(events)"))
    .pluck('id');
  if (endpoints.length === 0) return [];
  const body = envelope(event);
  await ctx.db('webhook_deliveries').insert(
    endpoints.map((endpointId) => ({ tenantId: ctx.tenant.id, endpointId, eventId: event.id, eventType: event.type, body, nextAttemptAt: ctx.db.fn.now() })),
  );
  return endpoints;
}

interface Claimed {
  id: string;
  endpointId: string;
  eventId: string;
  body: string;
  attempts: number;
  url: string;
  secrets: string[];
}

/**
 * Takes an endpoint's oldest pending delivery if it is due and nobody is sending it, leasing it for
 * the time an attempt may take. Nothing when the endpoint is disabled or has no secret.
 */
async function claimHead(ctx: WebhooksContext, db: Knex.Transaction, endpointId: string, now: Date): Promise<Claimed | null> {
  const head = await db('webhook_deliveries as d')
    .join('webhook_endpoints as e', 'e.id', 'd.endpoint_id')
    .where({ 'd.tenant_id': ctx.tenant.id, 'd.endpoint_id': endpointId, 'd.status': 'pending' })
    .orderBy('d.seq')
    .forUpdate('d')
    .first('d.id', 'd.event_id', 'd.body', 'd.attempts', 'd.next_attempt_at', 'd.lease_until', 'e.url', 'e.enabled', 'e.secret_sealed', 'e.previous_secret_sealed', 'e.previous_secret_expires_at');
  if (!head || !head.enabled || !head.secretSealed) return null;
  if (head.nextAttemptAt && new Date(head.nextAttemptAt) > now) return null;
  if (head.leaseUntil && new Date(head.leaseUntil) > now) return null;
  await db('webhook_deliveries').where({ id: head.id }).update({ leaseUntil: new Date(now.getTime() + ctx.options.timeoutMs + 30_000) });
  const secrets = [ctx.keys.open(head.secretSealed)];
  if (head.previousSecretSealed && head.previousSecretExpiresAt && new Date(head.previousSecretExpiresAt) > now) secrets.push(ctx.keys.open(head.previousSecretSealed));
  return { id: head.id, endpointId, eventId: head.eventId, body: head.body, attempts: head.attempts, url: head.url, secrets };
}

/** Records an attempt; answers whether the delivery still waits for a retry (and so holds back the later ones). */
async function recordAttempt(ctx: WebhooksContext, db: Knex.Transaction, delivery: Claimed, result: AttemptResult, now: Date): Promise<boolean> {
  const attempts = delivery.attempts + 1;
  await db('webhook_attempts').insert({ tenantId: ctx.tenant.id, deliveryId: delivery.id, at: now, responseStatus: result.responseStatus, durationMs: result.durationMs, error: result.error });
  const outcome = { attempts, leaseUntil: null, responseStatus: result.responseStatus, durationMs: result.durationMs, responseBody: result.responseBody ?? result.error, updatedAt: now };
  if (result.ok) {
    await db('webhook_deliveries').where({ id: delivery.id }).update({ ...outcome, status: 'succeeded', nextAttemptAt: null });
    await db('webhook_endpoints').where({ id: delivery.endpointId }).whereNotNull('failing_since').update({ failingSince: null, updatedAt: now });
    return false;
  }
  const failed = attempts >= ctx.options.maxAttempts;
  await db('webhook_deliveries')
    .where({ id: delivery.id })
    .update({ ...outcome, status: failed ? 'failed' : 'pending', nextAttemptAt: failed ? null : new Date(now.getTime() + BACKOFF_MS[Math.min(attempts, BACKOFF_MS.length) - 1]) });
  await db('webhook_endpoints').where({ id: delivery.endpointId }).whereNull('failing_since').update({ failingSince: now, updatedAt: now });
  return !failed;
}

/**
 * Sends what is due to each endpoint, oldest first, stopping at a failure that will be retried (the
 * rest wait behind it) or after `limit` deliveries. Run after commit: every step is its own transaction.
 * Answers how many attempts were made.
 */
export async function sendDue(ctx: WebhooksContext, endpointIds: readonly string[], now: () => Date, limit = 200): Promise<number> {
  let made = 0;
  for (const endpointId of endpointIds) {
    let delivery = await ctx.transaction((db) => claimHead(ctx, db, endpointId, now()));
    for (let sent = 0; delivery && sent < limit; sent++) {
      // Signed at the moment of sending: receivers refuse old timestamps (replay protection).
      const result = await postDelivery(delivery.url, delivery.body, signatureHeaders(delivery.eventId, new Date(), delivery.body, delivery.secrets), ctx.options);
      made++;
      const claimed: Claimed = delivery;
      // The outcome and the next claim share a transaction: one round of BEGIN/set_config/COMMIT less a delivery.
      delivery = await ctx.transaction(async (db) => {
        const waits = await recordAttempt(ctx, db, claimed, result, now());
        return waits || sent + 1 >= limit ? null : claimHead(ctx, db, endpointId, now());
      });
    }
  }
  return made;
}

/** The endpoints with a delivery due at `now`. */
export async function endpointsDue(ctx: Pick<WebhooksContext, 'db' | 'tenant'>, now: Date): Promise<string[]> {
  return ctx.db('webhook_deliveries as d')
    .join('webhook_endpoints as e', 'e.id', 'd.endpoint_id')
    .where({ 'd.tenant_id': ctx.tenant.id, 'd.status': 'pending', 'e.enabled': true })
    .where('d.next_attempt_at', '<=', now)
    .distinct('d.endpoint_id')
    .pluck('d.endpoint_id');
}
