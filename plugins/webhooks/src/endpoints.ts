/**
 * Endpoints: registered, changed, disabled and enabled, deleted, their secret rotated — each audited
 * (never with the secret). A URL is checked by the address guard when saved; every event type named
 * must be one a registered plugin declares (or `*`).
 */
import type { Knex } from 'knex';
import { problems } from '@portico/core';
import { checkEndpointUrl } from './address-guard.js';
import type { WebhooksContext } from './context.js';
import type { Endpoint, EndpointChanges, NewEndpoint } from './schemas.js';
import { newSecret } from './signing.js';

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

interface EndpointRow {
  id: string;
  url: string;
  description: string;
  events: string[];
  enabled: boolean;
  disabledReason: string | null;
  disabledBy: 'staff' | 'failing' | 'setup' | null;
  secretSealed: string | null;
  previousSecretExpiresAt: Date | null;
  failingSince: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** The endpoints with how many deliveries wait and how the last one went (two queries for any number). */
async function present(db: Knex.Transaction, rows: EndpointRow[], now: Date): Promise<Endpoint[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const pending = new Map<string, number>(
    ((await db('webhook_deliveries').whereIn('endpoint_id', ids).where({ status: 'pending' }).groupBy('endpoint_id').select('endpoint_id', db.raw('count(*)::int as n'))) as { endpointId: string; n: number }[]).map((r) => [r.endpointId, r.n]),
  );
  const last = new Map<string, { status: 'pending' | 'succeeded' | 'failed'; updatedAt: Date; responseStatus: number | null }>(
    ((await db('webhook_deliveries')
      .whereIn('endpoint_id', ids)
      .where('attempts', '>', 0)
      .distinctOn('endpoint_id')
      .orderBy([{ column: 'endpoint_id' }, { column: 'updated_at', order: 'desc' }, { column: 'seq', order: 'desc' }])
      .select('endpoint_id', 'status', 'updated_at', 'response_status')) as { endpointId: string; status: 'pending' | 'succeeded' | 'failed'; updatedAt: Date; responseStatus: number | null }[]).map((r) => [r.endpointId, r]),
  );
  return rows.map((row) => {
    const latest = last.get(row.id);
    return {
      id: row.id,
      url: row.url,
      description: row.description,
      events: row.events,
      enabled: row.enabled,
      disabledReason: row.disabledReason,
      disabledBy: row.disabledBy,
      hasSecret: !!row.secretSealed,
      previousSecretExpiresAt: row.previousSecretExpiresAt && new Date(row.previousSecretExpiresAt) > now ? iso(row.previousSecretExpiresAt) : null,
      failingSince: iso(row.failingSince),
      pending: pending.get(row.id) ?? 0,
      lastDelivery: latest ? { status: latest.status, at: iso(latest.updatedAt)!, responseStatus: latest.responseStatus } : null,
      createdAt: iso(row.createdAt)!,
      updatedAt: iso(row.updatedAt)!,
    };
  });
}

const COLUMNS = ['id', 'url', 'description', 'events', 'enabled', 'disabled_reason', 'disabled_by', 'secret_sealed', 'previous_secret_expires_at', 'failing_since', 'created_at', 'updated_at'];

async function findRow(ctx: Pick<WebhooksContext, 'db' | 'tenant'>, id: string, lock = false): Promise<EndpointRow> {
  const query = ctx.db('webhook_endpoints').where({ tenantId: ctx.tenant.id, id });
  if (lock) query.forUpdate();
  const row = (await query.first(COLUMNS)) as EndpointRow | undefined;
  if (!row) throw problems.notFound('No such webhook endpoint.');
  return row;
}

export async function listEndpoints(ctx: WebhooksContext): Promise<Endpoint[]> {
  const rows = (await ctx.db('webhook_endpoints').where({ tenantId: ctx.tenant.id }).orderBy([{ column: 'created_at' }, { column: 'id' }]).select(COLUMNS)) as EndpointRow[];
  return present(ctx.db, rows, ctx.now);
}

export async function getEndpoint(ctx: WebhooksContext, id: string): Promise<Endpoint> {
  return (await present(ctx.db, [await findRow(ctx, id)], ctx.now))[0];
}

function checkEvents(ctx: WebhooksContext, events: readonly string[]): string[] {
  events.forEach((type, index) => {
    if (type !== '*' && !ctx.eventCatalog.has(type)) throw problems.invalidField(`/events/${index}`, `"${type}" is no event of this programme: see GET /api/v1/webhooks/events.`);
  });
  // `*` already says everything.
  return events.includes('*') ? ['*'] : [...events].sort();
}

const snapshot = (row: Pick<EndpointRow, 'url' | 'description' | 'events' | 'enabled'>) => ({ url: row.url, description: row.description, events: row.events, enabled: row.enabled });

export async function createEndpoint(ctx: WebhooksContext, input: NewEndpoint): Promise<{ endpoint: Endpoint; secret: string }> {
  const url = await checkEndpointUrl(input.url, ctx.options);
  const events = checkEvents(ctx, input.events);
  const secret = newSecret();
  const [row] = (await ctx.db('webhook_endpoints')
    .insert({ tenantId: ctx.tenant.id, url, description: input.description?.trim() ?? '', events, secretSealed: ctx.keys.seal(secret), createdBy: ctx.personId })
    .returning(COLUMNS)) as EndpointRow[];
  await ctx.audit({ action: 'webhooks.endpoint.created', targetType: 'webhook-endpoint', targetId: row.id, partnerId: null, after: snapshot(row) });
  return { endpoint: (await present(ctx.db, [row], ctx.now))[0], secret };
}

/** Changes an endpoint; enabling one again clears why it was disabled and answers true (send what waits). */
export async function updateEndpoint(ctx: WebhooksContext, id: string, changes: EndpointChanges): Promise<{ endpoint: Endpoint; reenabled: boolean }> {
  const before = await findRow(ctx, id, true);
  const update: Record<string, unknown> = { updatedAt: ctx.now };
  if (changes.url !== undefined) update.url = await checkEndpointUrl(changes.url, ctx.options);
  if (changes.description !== undefined) update.description = changes.description.trim();
  if (changes.events !== undefined) update.events = checkEvents(ctx, changes.events);
  const reenabled = changes.enabled === true && !before.enabled;
  if (changes.enabled === true && !before.secretSealed) throw problems.conflict('This endpoint has no secret yet: rotate its secret first, then enable it.', 'no-secret');
  if (changes.enabled !== undefined && changes.enabled !== before.enabled) {
    Object.assign(update, changes.enabled ? { enabled: true, disabledReason: null, disabledBy: null, failingSince: null } : { enabled: false, disabledReason: 'Disabled by the programme’s staff.', disabledBy: 'staff' });
  }
  const [after] = (await ctx.db('webhook_endpoints').where({ id }).update(update).returning(COLUMNS)) as EndpointRow[];
  // What waited while it was off goes now, not at the retry times it had.
  if (reenabled) await ctx.db('webhook_deliveries').where({ endpointId: id, status: 'pending' }).update({ nextAttemptAt: ctx.now, leaseUntil: null });
  const action = changes.enabled === undefined || changes.enabled === before.enabled ? 'webhooks.endpoint.updated' : changes.enabled ? 'webhooks.endpoint.enabled' : 'webhooks.endpoint.disabled';
  await ctx.audit({ action, targetType: 'webhook-endpoint', targetId: id, partnerId: null, before: snapshot(before), after: snapshot(after) });
  return { endpoint: (await present(ctx.db, [after], ctx.now))[0], reenabled };
}

export async function deleteEndpoint(ctx: WebhooksContext, id: string): Promise<void> {
  const row = await findRow(ctx, id, true);
  await ctx.db('webhook_endpoints').where({ id }).delete();
  await ctx.audit({ action: 'webhooks.endpoint.deleted', targetType: 'webhook-endpoint', targetId: id, partnerId: null, before: snapshot(row) });
}

/**
 * A new secret; the old one keeps signing for `overlapHours` (both signatures go out meanwhile), so a
 * receiver can take the new one at its pace. With no overlap the old one stops at once.
 */
export async function rotateSecret(ctx: WebhooksContext, id: string, overlapHours: number | undefined): Promise<{ endpoint: Endpoint; secret: string }> {
  const row = (await ctx.db('webhook_endpoints').where({ tenantId: ctx.tenant.id, id }).forUpdate().first([...COLUMNS, 'previous_secret_sealed'])) as (EndpointRow & { previousSecretSealed: string | null }) | undefined;
  if (!row) throw problems.notFound('No such webhook endpoint.');
  const hours = overlapHours ?? ctx.settings.rotationOverlapHours;
  const secret = newSecret();
  const keepsOld = !!row.secretSealed && hours > 0;
  const [after] = (await ctx.db('webhook_endpoints')
    .where({ id })
    .update({
      secretSealed: ctx.keys.seal(secret),
      previousSecretSealed: keepsOld ? row.secretSealed : null,
      previousSecretExpiresAt: keepsOld ? new Date(ctx.now.getTime() + hours * 3_600_000) : null,
      updatedAt: ctx.now,
    })
    .returning(COLUMNS)) as EndpointRow[];
  await ctx.audit({ action: 'webhooks.endpoint.secret-rotated', targetType: 'webhook-endpoint', targetId: id, partnerId: null, after: { overlapHours: keepsOld ? hours : 0 } });
  return { endpoint: (await present(ctx.db, [after], ctx.now))[0], secret };
}
