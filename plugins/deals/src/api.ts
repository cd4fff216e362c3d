/**
 * What other plugins may read of deals (the questions plugin links a question to a deal). Stable:
 * change these signatures only with a major version of the plugin.
 *
 * Each function runs in the caller's transaction (already scoped to the tenant) and applies deals'
 * own visibility rule, the one in `queries.ts`: staff see every deal of the tenant; a partner's person
 * sees their organisation's deals, and under the `own` visibility setting only those they submitted
 * unless they hold `deals.partner-wide`. A deal outside that is not an error: it is simply absent
 * from the answer, exactly like a deal that does not exist, so an id reveals nothing. Each call is
 * one query (two when the tenant's visibility setting must be read), whatever the number of ids.
 */
import type { Knex } from 'knex';
import { isStaff, type Actor } from '@portico/core';
import { P } from './permissions.js';
import { visibleDeals } from './queries.js';
import type { DealSettings } from './settings.js';

/** Who asks, in which transaction: any plugin's route context fits. */
export interface DealsReader {
  db: Knex.Transaction;
  tenant: { id: string };
  actor: Actor;
}

/** What another plugin may show of a deal it links to. */
export interface DealReference {
  id: string;
  title: string;
  customerName: string;
}

/** The tenant's visibility setting, read only when it can matter for this actor. */
async function visibilityFor(reader: DealsReader): Promise<Pick<DealSettings, 'visibility'>> {
  if (isStaff(reader.actor) || reader.actor.permissions.has(P.partnerWide)) return { visibility: 'partner' };
  const tenant = await reader.db('tenants').where({ id: reader.tenant.id }).first('settings');
  return { visibility: tenant?.settings?.deals?.visibility === 'own' ? 'own' : 'partner' };
}

function references(query: Knex.QueryBuilder): Knex.QueryBuilder {
  return query.clearSelect().select('deals.id', 'deals.title', 'deals.customer_name');
}

/**
 * The deals among `ids` that the actor may see, by id. Ids of deals they may not see, of another
 * tenant or of no deal are left out (no refusal: the caller shows "no deal").
 */
export async function visibleDealReferences(reader: DealsReader, ids: readonly (string | null | undefined)[]): Promise<Map<string, DealReference>> {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  if (wanted.length === 0) return new Map();
  const settings = await visibilityFor(reader);
  const rows: DealReference[] = await references(visibleDeals(reader.db, reader.tenant.id, reader.actor, settings as DealSettings)).whereIn('deals.id', wanted);
  return new Map(rows.map((row) => [row.id, { id: row.id, title: row.title, customerName: row.customerName }]));
}

/**
 * The deal `id` if the actor may link something of their organisation to it: a deal of their own
 * organisation that they may see. Null otherwise, also for staff and API keys (who belong to no
 * organisation): the caller refuses, with the answer it gives for a deal that does not exist.
 */
export async function linkableDeal(reader: DealsReader, id: string): Promise<DealReference | null> {
  if (isStaff(reader.actor) || !reader.actor.partnerId) return null;
  const found = await visibleDealReferences(reader, [id]);
  return found.get(id) ?? null;
}

/**
 * The first deals a partner registered, oldest first, at most `limit` (for demo data that links to
 * one). No actor: the caller (a demo seed) acts for the tenant.
 */
export async function dealReferencesOfPartner(db: Knex.Transaction, tenantId: string, partnerId: string, limit = 20): Promise<DealReference[]> {
  const rows: DealReference[] = await db('deals')
    .where({ tenantId, partnerId })
    .orderBy([{ column: 'created_at' }, { column: 'id' }])
    .limit(limit)
    .select('id', 'title', 'customer_name');
  return rows.map((row) => ({ id: row.id, title: row.title, customerName: row.customerName }));
}
