/**
 * What staff see of deliveries — newest first, by status, each with its attempts, the body as sent and
 * the last answer — and the replay of one: a new delivery of the same body under the same event id,
 * queued behind what the endpoint already has.
 */
import { problems } from '@portico/core';
import { keysetPage } from '@portico/core/server';
import type { WebhooksContext } from './context.js';
import type { Delivery, DeliveryDetail, DeliveryListQuery } from './schemas.js';

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

interface DeliveryRow {
  id: string;
  endpointId: string;
  eventId: string;
  eventType: string;
  status: Delivery['status'];
  attempts: number;
  nextAttemptAt: Date | null;
  responseStatus: number | null;
  durationMs: number | null;
  replayOf: string | null;
  createdAt: Date;
}

const COLUMNS = ['d.id', 'd.endpoint_id', 'd.event_id', 'd.event_type', 'd.status', 'd.attempts', 'd.next_attempt_at', 'd.response_status', 'd.duration_ms', 'd.replay_of', 'd.created_at'];

function toDelivery(row: DeliveryRow): Delivery {
  return {
    id: row.id,
    endpointId: row.endpointId,
    eventId: row.eventId,
    eventType: row.eventType,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.status === 'pending' ? iso(row.nextAttemptAt) : null,
    responseStatus: row.responseStatus,
    durationMs: row.durationMs,
    replayOf: row.replayOf,
    createdAt: iso(row.createdAt)!,
  };
}

export async function listDeliveries(ctx: WebhooksContext, endpointId: string, query: DeliveryListQuery) {
  const endpoint = await ctx.db('webhook_endpoints').where({ tenantId: ctx.tenant.id, id: endpointId }).first('id');
  if (!endpoint) throw problems.notFound('No such webhook endpoint.');
  const q = ctx.db('webhook_deliveries as d').where({ 'd.tenant_id': ctx.tenant.id, 'd.endpoint_id': endpointId }).select(COLUMNS);
  if (query.status) q.where('d.status', query.status);
  // `seq` orders by when each was queued, even within one transaction.
  const page = await keysetPage<DeliveryRow & Record<string, unknown>>(q, [{ column: 'd.seq', direction: 'desc' }], query);
  return { items: page.items.map(toDelivery), nextCursor: page.nextCursor };
}

async function findDelivery(ctx: WebhooksContext, id: string) {
  const row = await ctx.db('webhook_deliveries as d').where({ 'd.tenant_id': ctx.tenant.id, 'd.id': id }).first([...COLUMNS, 'd.body', 'd.response_body']);
  if (!row) throw problems.notFound('No such delivery.');
  return row as DeliveryRow & { body: string; responseBody: string | null };
}

export async function getDelivery(ctx: WebhooksContext, id: string): Promise<DeliveryDetail> {
  const row = await findDelivery(ctx, id);
  const attempts = (await ctx.db('webhook_attempts').where({ deliveryId: id }).orderBy([{ column: 'at' }, { column: 'created_at' }]).select('at', 'response_status', 'duration_ms', 'error')) as {
    at: Date;
    responseStatus: number | null;
    durationMs: number;
    error: string | null;
  }[];
  return {
    ...toDelivery(row),
    body: row.body,
    responseBody: row.responseBody,
    history: attempts.map((a) => ({ at: iso(a.at)!, responseStatus: a.responseStatus, durationMs: a.durationMs, error: a.error })),
  };
}

/** Queues the delivery's body again for its endpoint (enabled or not: it goes once the endpoint is). */
export async function replayDelivery(ctx: WebhooksContext, id: string): Promise<{ delivery: Delivery; endpointId: string }> {
  const original = await findDelivery(ctx, id);
  const [row] = (await ctx.db('webhook_deliveries')
    .insert({ tenantId: ctx.tenant.id, endpointId: original.endpointId, eventId: original.eventId, eventType: original.eventType, body: original.body, replayOf: original.replayOf ?? original.id, nextAttemptAt: ctx.now })
    .returning(COLUMNS.map((c) => c.slice(2)))) as DeliveryRow[];
  await ctx.audit({ action: 'webhooks.delivery.replayed', targetType: 'webhook-endpoint', targetId: original.endpointId, partnerId: null, after: { deliveryId: row.id, replayOf: id, eventId: original.eventId, eventType: original.eventType } });
  return { delivery: toDelivery(row), endpointId: original.endpointId };
}
