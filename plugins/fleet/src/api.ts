/**
 * What other plugins may read of the fleet (a supervision plugin showing deadlines, inbox items and
 * alerts per client, fed by the tenant with its own external ids). Stable: change these signatures
 * only with a major version of the plugin.
 *
 * Each function runs in the caller's transaction (already scoped to the tenant) and is one query,
 * whatever the number of ids.
 */
import type { Knex } from 'knex';
import type { Actor } from '@portico/core';
import type { Terms } from './schemas.js';
import { dayColumn } from './time.js';

/** What another plugin may show of a client company. */
export interface ClientReference {
  id: string;
  partnerId: string;
  name: string;
  externalId: string | null;
}

const references = (db: Knex.Transaction) => db('clients as c').select('c.id', 'c.partner_id', 'c.name', 'c.external_id');
const toReference = (row: Record<string, string | null>): ClientReference => ({ id: row.id!, partnerId: row.partnerId!, name: row.name!, externalId: row.externalId ?? null });

/**
 * The clients among `ids` that the actor may see, by id: staff every partner's, a partner's people
 * their organisation's. Others (another partner's, another tenant's, no client) are absent, exactly
 * like ids of nothing, so an id reveals nothing. API keys see none.
 */
export async function visibleClientReferences(reader: { db: Knex.Transaction; actor: Actor }, ids: readonly string[]): Promise<Map<string, ClientReference>> {
  const wanted = [...new Set(ids)];
  const { actor } = reader;
  if (wanted.length === 0 || (actor.kind !== 'staff' && !(actor.kind === 'member' && actor.partnerId))) return new Map();
  const query = references(reader.db).whereIn('c.id', wanted);
  if (actor.kind === 'member') query.where('c.partner_id', actor.partnerId!);
  return new Map((await query).map((row: Record<string, string | null>) => [row.id!, toReference(row)]));
}

/**
 * Every partner's row of each company the tenant knows by `externalIds` (a company served by several
 * partners has one row per partner). For a tenant's own feed, which names companies by its ids; no
 * actor: the caller decides who may see the answer. Unknown ids are absent.
 */
export async function clientsByExternalId(db: Knex.Transaction, externalIds: readonly string[]): Promise<Map<string, ClientReference[]>> {
  const wanted = [...new Set(externalIds)];
  const out = new Map<string, ClientReference[]>();
  if (wanted.length === 0) return out;
  for (const row of await references(db).whereIn('c.external_id', wanted).orderBy([{ column: 'c.partner_id' }, { column: 'c.id' }])) {
    const reference = toReference(row);
    out.set(reference.externalId!, [...(out.get(reference.externalId!) ?? []), reference]);
  }
  return out;
}

/** The current terms of each client's mandate, by client id; a client without one is absent. */
export async function mandatesOf(db: Knex.Transaction, clientIds: readonly string[]): Promise<Map<string, Terms>> {
  const wanted = [...new Set(clientIds)];
  if (wanted.length === 0) return new Map();
  const rows = await db('fleet_mandates as m')
    .whereIn('m.client_id', wanted)
    .select('m.client_id', db.raw('to_json(m.scope) as scope'), dayColumn(db, 'm.valid_from', 'valid_from'), dayColumn(db, 'm.valid_until', 'valid_until'), 'm.status');
  return new Map(rows.map((row: Record<string, any>) => [row.clientId, { scope: row.scope, validFrom: row.validFrom, validUntil: row.validUntil, status: row.status }]));
}
