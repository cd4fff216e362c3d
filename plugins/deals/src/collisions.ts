/**
 * Collision detection, run when a deal is submitted or edited (not only at review): an open or
 * approved deal of ANOTHER partner for the same customer — same normalised name, or same domain —
 * is a competing registration. Both deals are flagged and point at each other, so the reviewer of
 * either sees the other side by side. Partners are never told (see `toDeal`: flags are staff-only).
 */
import type { Knex } from 'knex';

export interface CustomerKeys {
  customerKey: string;
  customerDomainKey: string | null;
}

export async function findCompetingDeals(db: Knex.Transaction, tenantId: string, partnerId: string, keys: CustomerKeys, exceptId?: string): Promise<string[]> {
  const rows = await db('deals')
    .where({ tenantId })
    .whereIn('status', ['pending', 'approved'])
    .whereNot('partnerId', partnerId)
    .where((match) => {
      match.where('customerKey', keys.customerKey);
      if (keys.customerDomainKey) match.orWhere('customerDomainKey', keys.customerDomainKey);
    })
    .modify((q) => (exceptId ? q.whereNot('id', exceptId) : q))
    .orderBy('createdAt')
    .limit(50)
    .select('id');
  return rows.map((r: { id: string }) => r.id);
}

/**
 * Adds `dealId` to each competitor's list and flags it. Returns the ids that changed, for the audit.
 * `updated_at` is left alone: a partner must not notice that its deal was touched by another's.
 */
export async function flagCompetitors(db: Knex.Transaction, tenantId: string, dealId: string, competitorIds: readonly string[]): Promise<string[]> {
  if (competitorIds.length === 0) return [];
  const rows = await db('deals')
    .where({ tenantId })
    .whereIn('id', competitorIds)
    .whereRaw('not (? = any(competing_deal_ids))', [dealId])
    .update({ competingDealIds: db.raw('array_append(competing_deal_ids, ?::uuid)', [dealId]), flagged: true })
    .returning('id');
  return rows.map((r: { id: string }) => r.id);
}
