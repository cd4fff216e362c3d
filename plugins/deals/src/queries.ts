/**
 * Reading deals: who may see which (the one place visibility is decided), and how a row becomes
 * the API's `Deal` — with the staff-only review block for staff and never for partners.
 */
import type { Knex } from 'knex';
import { isStaff, problems, type Actor } from '@portico/core';
import { amountOf } from './money.js';
import { P } from './permissions.js';
import type { Deal, DealStatus } from './schemas.js';
import type { DealSettings } from './settings.js';

/** Columns read for a deal; text and JSON casts make pg and PGlite return the same values. */
export function dealColumns(db: Knex.Transaction): (string | Knex.Raw)[] {
  return [
    'deals.id',
    'deals.partner_id',
    'deals.submitted_by',
    'people.name as submitter_name',
    'partners.name as partner_name',
    'deals.customer_name',
    'deals.customer_domain',
    'deals.customer_country',
    'deals.title',
    'deals.description',
    db.raw('deals.amount_minor::text as amount_minor'),
    'deals.currency',
    db.raw(`to_char(deals.close_date, 'YYYY-MM-DD') as close_date`),
    'deals.status',
    'deals.decision_reason',
    'deals.decided_at',
    'deals.expires_at',
    'deals.created_at',
    'deals.updated_at',
    db.raw('to_json(deals.competing_deal_ids) as competing_deal_ids'),
    'deals.out_of_territory',
    'deals.flagged',
  ];
}

export interface DealRow {
  id: string;
  partnerId: string;
  submittedBy: string;
  submitterName: string;
  partnerName: string;
  customerName: string;
  customerDomain: string | null;
  customerCountry: string | null;
  title: string;
  description: string;
  amountMinor: string;
  currency: string;
  closeDate: string | null;
  status: DealStatus;
  decisionReason: string | null;
  decidedAt: Date | string | null;
  expiresAt: Date | string | null;
  createdAt: Date | string;
  updatedAt: Date | string;
  competingDealIds: string[];
  outOfTerritory: boolean;
  flagged: boolean;
}

const iso = (value: Date | string | null): string | null => (value === null ? null : new Date(value).toISOString());

/** The deal as its partner sees it: nothing about other partners, not even that a collision exists. */
export function toPartnerDeal(row: DealRow): Deal {
  return {
    id: row.id,
    partnerId: row.partnerId,
    submittedBy: { id: row.submittedBy, name: row.submitterName },
    customerName: row.customerName,
    customerDomain: row.customerDomain,
    customerCountry: row.customerCountry,
    title: row.title,
    description: row.description,
    amount: amountOf(Number(row.amountMinor), row.currency),
    closeDate: row.closeDate,
    status: row.status,
    decisionReason: row.decisionReason,
    decidedAt: iso(row.decidedAt),
    expiresAt: iso(row.expiresAt),
    createdAt: iso(row.createdAt)!,
    updatedAt: iso(row.updatedAt)!,
  };
}

export function toStaffDeal(row: DealRow): Deal {
  return {
    ...toPartnerDeal(row),
    review: { partnerName: row.partnerName, flagged: row.flagged, outOfTerritory: row.outOfTerritory, competingDealIds: row.competingDealIds },
  };
}

/** The view the actor is entitled to. */
export function toDeal(actor: Actor, row: DealRow): Deal {
  return isStaff(actor) ? toStaffDeal(row) : toPartnerDeal(row);
}

/** Every deal of the tenant, with submitter and partner names. */
export function allDeals(db: Knex.Transaction, tenantId: string): Knex.QueryBuilder {
  return db('deals')
    .join('people', 'people.id', 'deals.submitted_by')
    .join('partners', 'partners.id', 'deals.partner_id')
    .where('deals.tenant_id', tenantId)
    .select(dealColumns(db));
}

/**
 * The deals the actor may see. Staff: all of the tenant's. A partner's person: the partner's, and
 * under the `own` visibility setting only those they submitted — unless they hold deals.partner-wide
 * (principals). Every read and every change starts here, so a deal one may not see is a 404.
 */
export function visibleDeals(db: Knex.Transaction, tenantId: string, actor: Actor, settings: DealSettings): Knex.QueryBuilder {
  const query = allDeals(db, tenantId);
  if (isStaff(actor)) return query;
  if (!actor.partnerId) return query.whereRaw('false');
  query.where('deals.partner_id', actor.partnerId);
  if (settings.visibility === 'own' && !actor.permissions.has(P.partnerWide)) query.where('deals.submitted_by', actor.personId);
  return query;
}

export async function findVisibleDeal(db: Knex.Transaction, tenantId: string, actor: Actor, settings: DealSettings, id: string, lock = false): Promise<DealRow> {
  const query = visibleDeals(db, tenantId, actor, settings).where('deals.id', id);
  if (lock) query.forUpdate('deals');
  const row = (await query.first()) as DealRow | undefined;
  if (!row) throw problems.notFound('No such deal.');
  return row;
}
