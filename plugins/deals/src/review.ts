/**
 * The staff side: the deal with its competing registrations side by side, approve, reject, extend,
 * and lapsing approvals past their expiry. Reviewing is for the programme's staff: a partner's person
 * is refused even if an access group granted them deals.review.
 */
import type { Knex } from 'knex';
import { isStaff, problems, type AuditEntry } from '@portico/core';
import { amountOf } from './money.js';
import { allDeals, toPartnerDeal, toStaffDeal, type DealRow } from './queries.js';
import type { Deal } from './schemas.js';
import type { DealsContext } from './service.js';
import type { DealsEmit } from './types.js';

async function dealForReview(ctx: Pick<DealsContext, 'db' | 'tenant' | 'actor'>, id: string, lock = false): Promise<DealRow> {
  const query = allDeals(ctx.db, ctx.tenant.id).where('deals.id', id);
  if (lock) query.forUpdate('deals');
  const row = (await query.first()) as DealRow | undefined;
  // Existence is checked first so that a deal of another tenant is a 404 whoever asks.
  if (!row) throw problems.notFound('No such deal.');
  if (!isStaff(ctx.actor)) throw problems.forbidden('Deals are reviewed by the programme’s staff.');
  return row;
}

/** The staff detail: the deal, its flags, and every competing registration beside it. */
export async function reviewDetail(ctx: Pick<DealsContext, 'db' | 'tenant' | 'actor'>, row: DealRow): Promise<Deal> {
  const deal = toStaffDeal(row);
  const competitors = row.competingDealIds.length
    ? ((await allDeals(ctx.db, ctx.tenant.id).whereIn('deals.id', row.competingDealIds).orderBy('deals.created_at')) as DealRow[])
    : [];
  deal.review!.competing = competitors.map((c) => ({
    id: c.id,
    partnerId: c.partnerId,
    partnerName: c.partnerName,
    customerName: c.customerName,
    customerDomain: c.customerDomain,
    title: c.title,
    amount: amountOf(Number(c.amountMinor), c.currency),
    status: c.status,
    submittedByName: c.submitterName,
    createdAt: new Date(c.createdAt).toISOString(),
    expiresAt: c.expiresAt ? new Date(c.expiresAt).toISOString() : null,
  }));
  return deal;
}

async function decide(ctx: DealsContext, id: string, decision: 'approved' | 'rejected', reason: string | null): Promise<Deal> {
  const row = await dealForReview(ctx, id, true);
  if (row.status !== 'pending') throw problems.conflict(`This deal is already ${row.status}.`, 'deal-not-pending');
  await ctx.db('deals')
    .where({ tenantId: ctx.tenant.id, id })
    .update({
      status: decision,
      decisionReason: reason,
      decidedBy: ctx.actor.personId,
      decidedAt: ctx.db.fn.now(),
      expiresAt: decision === 'approved' ? ctx.db.raw('now() + make_interval(days => ?)', [ctx.settings.approvalDays]) : null,
      updatedAt: ctx.db.fn.now(),
    });
  const after = (await allDeals(ctx.db, ctx.tenant.id).where('deals.id', id).first()) as DealRow;
  // The partner reads this entry in its audit trail: it carries the partner's view only.
  await ctx.audit({ action: `deals.deal.${decision}`, targetType: 'deal', targetId: id, partnerId: row.partnerId, before: toPartnerDeal(row), after: toPartnerDeal(after) });
  await ctx.emit('deals.deal.decided', { dealId: id, partnerId: row.partnerId, submittedBy: row.submittedBy, status: decision, reason });
  return reviewDetail(ctx, after);
}

export const approveDeal = (ctx: DealsContext, id: string, reason?: string) => decide(ctx, id, 'approved', reason?.trim() || null);

export function rejectDeal(ctx: DealsContext, id: string, reason: string): Promise<Deal> {
  const text = reason.trim();
  if (!text) throw problems.invalidField('/reason', 'Say why the deal is rejected; the partner sees it.');
  return decide(ctx, id, 'rejected', text);
}

export async function extendDeal(ctx: DealsContext, id: string, days: number): Promise<Deal> {
  const row = await dealForReview(ctx, id, true);
  if (row.status !== 'approved') throw problems.conflict(`This deal is ${row.status}; only an approved registration can be extended.`, 'deal-not-approved');
  await ctx.db('deals')
    .where({ tenantId: ctx.tenant.id, id })
    .update({ expiresAt: ctx.db.raw('expires_at + make_interval(days => ?)', [days]), updatedAt: ctx.db.fn.now() });
  const after = (await allDeals(ctx.db, ctx.tenant.id).where('deals.id', id).first()) as DealRow;
  await ctx.audit({ action: 'deals.deal.extended', targetType: 'deal', targetId: id, partnerId: row.partnerId, before: toPartnerDeal(row), after: toPartnerDeal(after) });
  return reviewDetail(ctx, after);
}

export async function staffDetail(ctx: Pick<DealsContext, 'db' | 'tenant' | 'actor'>, id: string): Promise<Deal> {
  return reviewDetail(ctx, await dealForReview(ctx, id));
}

/**
 * Lapses approved registrations whose expiry has passed at `now`. Idempotent: a second run finds
 * nothing left to lapse. Returns how many lapsed.
 */
export async function expireRegistrations(
  ctx: { db: Knex.Transaction; tenant: { id: string }; now: Date; audit(entry: AuditEntry): Promise<void>; emit: DealsEmit },
): Promise<number> {
  const lapsed = await ctx.db('deals')
    .where({ tenantId: ctx.tenant.id, status: 'approved' })
    .where('expiresAt', '<=', ctx.now)
    .update({ status: 'expired', updatedAt: ctx.now })
    .returning(['id', 'partnerId', 'submittedBy', 'expiresAt']);
  for (const deal of lapsed) {
    const expiresAt = new Date(deal.expiresAt).toISOString();
    await ctx.audit({ action: 'deals.deal.expired', targetType: 'deal', targetId: deal.id, partnerId: deal.partnerId, before: { status: 'approved', expiresAt }, after: { status: 'expired', expiresAt } });
    await ctx.emit('deals.deal.expired', { dealId: deal.id, partnerId: deal.partnerId, submittedBy: deal.submittedBy, expiresAt });
  }
  return lapsed.length;
}
