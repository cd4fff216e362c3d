/**
 * The partner side of deal registration: submit, list, read, edit and withdraw. Domain rules only:
 * no Koa here, so tasks, seeds and tests can call the same functions the routes call.
 */
import type { Knex } from 'knex';
import { isStaff, problems, type Actor, type AuditEntry } from '@portico/core';
import { keysetPage, type SortKey } from '@portico/core/server';
import { findCompetingDeals, flagCompetitors, type CustomerKeys } from './collisions.js';
import { assertCurrency, decimalToMinor } from './money.js';
import { customerDomainKey, customerKey } from './normalise.js';
import { P } from './permissions.js';
import { allDeals, findVisibleDeal, toDeal, toPartnerDeal, visibleDeals, type DealRow } from './queries.js';
import type { Deal, DealListQuery, EditDeal, SubmitDeal } from './schemas.js';
import type { DealSettings } from './settings.js';
import type { DealsEmit } from './types.js';
import { isCountry, isOutOfTerritory } from './territories.js';

/** What the deal rules need from a request: its transaction, who asks, and how to record. */
export interface DealsContext {
  db: Knex.Transaction;
  tenant: { id: string };
  actor: Actor;
  settings: DealSettings;
  audit(entry: AuditEntry): Promise<void>;
  emit: DealsEmit;
}

// ---------------------------------------------------------------------------------------------
// Input rules

type DealFields = Omit<SubmitDeal, 'amount' | 'amountMinor' | 'currency'> & { amountMinor: number; currency: string };

function amountFrom(input: { amountMinor?: number; amount?: string }, currency: string): number {
  if (input.amountMinor !== undefined && input.amount !== undefined) {
    throw problems.invalidField('/amount', 'Give the amount once: either `amountMinor` (integer minor units) or `amount` (decimal string).');
  }
  if (input.amount !== undefined) return decimalToMinor(input.amount, currency, '/amount');
  if (input.amountMinor === undefined) throw problems.invalidField('/amountMinor', 'The expected amount is required.');
  return input.amountMinor;
}

/** Today's date (YYYY-MM-DD) where the person is: their time zone, else the tenant's setting. */
async function todayFor(ctx: DealsContext): Promise<string> {
  const person = ctx.actor.personId ? await ctx.db('people').where({ tenantId: ctx.tenant.id, id: ctx.actor.personId }).first('timeZone') : null;
  for (const timeZone of [person?.timeZone, ctx.settings.timeZone, 'UTC']) {
    if (!timeZone) continue;
    try {
      return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
    } catch {
      // an unknown zone stored on a profile: fall back to the next
    }
  }
  return new Date().toISOString().slice(0, 10);
}

async function checkCloseDate(ctx: DealsContext, closeDate: string | null | undefined): Promise<void> {
  if (!closeDate) return;
  if (new Date(`${closeDate}T00:00:00Z`).toISOString().slice(0, 10) !== closeDate) throw problems.invalidField('/closeDate', 'is not a calendar date.');
  if (closeDate < (await todayFor(ctx))) throw problems.invalidField('/closeDate', 'The expected close date cannot be in the past.');
}

function cleanText(value: string, field: string): string {
  const text = value.trim();
  if (!text) throw problems.invalidField(field, 'cannot be blank.');
  return text;
}

function customerKeysOf(fields: { customerName: string; customerDomain?: string | null }): CustomerKeys {
  let domainKey: string | null = null;
  if (fields.customerDomain) {
    domainKey = customerDomainKey(fields.customerDomain);
    if (!domainKey) throw problems.invalidField('/customerDomain', 'is not a domain name (e.g. "acme.com").');
  }
  return { customerKey: customerKey(fields.customerName) || fields.customerName.toLowerCase(), customerDomainKey: domainKey };
}

function countryOf(value: string | null | undefined): string | null {
  if (!value) return null;
  const code = value.toUpperCase();
  if (!isCountry(code)) throw problems.invalidField('/customerCountry', `"${value}" is not an ISO 3166-1 alpha-2 country code.`);
  return code;
}

/** Validates and completes a full set of deal fields (a submission, or a deal with edits applied). */
async function checkedFields(ctx: DealsContext, input: DealFields): Promise<DealFields & CustomerKeys> {
  assertCurrency(input.currency, '/currency');
  await checkCloseDate(ctx, input.closeDate);
  const customerName = cleanText(input.customerName, '/customerName');
  const customerDomain = input.customerDomain?.trim() || null;
  return {
    ...input,
    customerName,
    title: cleanText(input.title, '/title'),
    description: input.description?.trim() ?? '',
    customerDomain,
    customerCountry: countryOf(input.customerCountry),
    closeDate: input.closeDate ?? null,
    ...customerKeysOf({ customerName, customerDomain }),
  };
}

/** Flags of a deal at this moment: competing registrations of other partners, territory. */
async function flagsFor(ctx: DealsContext, partnerId: string, fields: CustomerKeys & { customerCountry?: string | null }, dealId?: string) {
  const competingDealIds = await findCompetingDeals(ctx.db, ctx.tenant.id, partnerId, fields, dealId);
  const outOfTerritory = await isOutOfTerritory(ctx.db, ctx.tenant.id, partnerId, fields.customerCountry ?? null);
  return { competingDealIds, outOfTerritory, flagged: competingDealIds.length > 0 || outOfTerritory };
}

/**
 * Records the flags for staff. The entry has no partner, so only staff read it in the audit trail:
 * a partner must not learn from its own audit trail that another partner registered the customer.
 */
/** The columns a submission and an edit both write: the customer, the deal, and its flags. */
function storedColumns(db: DealsContext['db'], fields: DealFields & CustomerKeys, flags: Awaited<ReturnType<typeof flagsFor>>) {
  return {
    customerName: fields.customerName,
    customerKey: fields.customerKey,
    customerDomain: fields.customerDomain,
    customerDomainKey: fields.customerDomainKey,
    customerCountry: fields.customerCountry,
    title: fields.title,
    description: fields.description,
    amountMinor: fields.amountMinor,
    currency: fields.currency,
    closeDate: fields.closeDate,
    competingDealIds: db.raw('?::uuid[]', [`{${flags.competingDealIds.join(',')}}`]),
    outOfTerritory: flags.outOfTerritory,
    flagged: flags.flagged,
  };
}

async function auditFlags(ctx: DealsContext, dealId: string, flags: { competingDealIds: string[]; outOfTerritory: boolean }, competitorsFlagged: string[]) {
  if (flags.competingDealIds.length === 0 && !flags.outOfTerritory) return;
  await ctx.audit({ action: 'deals.deal.flagged', targetType: 'deal', targetId: dealId, partnerId: null, after: { ...flags, competitorsFlagged } });
}

/** Reads a deal back after a write (its visibility was checked before the write). */
const rowOf = async (ctx: DealsContext, id: string): Promise<DealRow> => (await allDeals(ctx.db, ctx.tenant.id).where('deals.id', id).first()) as DealRow;

// ---------------------------------------------------------------------------------------------
// Submit, list, read

export async function submitDeal(ctx: DealsContext, input: SubmitDeal): Promise<Deal> {
  const { actor } = ctx;
  if (isStaff(actor) || !actor.partnerId || !actor.personId) {
    throw problems.forbidden('Deals are registered by the people of a partner.');
  }
  const currency = input.currency ?? ctx.settings.currency;
  const fields = await checkedFields(ctx, { ...input, currency, amountMinor: amountFrom(input, currency) });
  const flags = await flagsFor(ctx, actor.partnerId, fields);
  const [{ id }] = await ctx.db('deals')
    .insert({
      tenantId: ctx.tenant.id,
      partnerId: actor.partnerId,
      submittedBy: actor.personId,
      ...storedColumns(ctx.db, fields, flags),
    })
    .returning('id');
  const competitorsFlagged = await flagCompetitors(ctx.db, ctx.tenant.id, id, flags.competingDealIds);
  const deal = toPartnerDeal(await rowOf(ctx, id));
  await ctx.audit({ action: 'deals.deal.submitted', targetType: 'deal', targetId: id, after: deal });
  await auditFlags(ctx, id, flags, competitorsFlagged);
  await ctx.emit('deals.deal.submitted', { dealId: id, partnerId: actor.partnerId, submittedBy: actor.personId, customerName: deal.customerName, title: deal.title });
  return deal;
}

const SORTS: Record<NonNullable<DealListQuery['sort']>, SortKey[]> = {
  '-createdAt': [{ column: 'deals.created_at', direction: 'desc' }, { column: 'deals.id', direction: 'desc' }],
  createdAt: [{ column: 'deals.created_at', direction: 'asc' }, { column: 'deals.id', direction: 'asc' }],
  '-amount': [{ column: 'deals.amount_minor', direction: 'desc' }, { column: 'deals.id', direction: 'desc' }],
  amount: [{ column: 'deals.amount_minor', direction: 'asc' }, { column: 'deals.id', direction: 'asc' }],
  customerName: [{ column: 'deals.customer_name', direction: 'asc' }, { column: 'deals.id', direction: 'asc' }],
};

const likeEscape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function listDeals(ctx: Omit<DealsContext, 'audit' | 'emit'>, query: DealListQuery): Promise<{ items: Deal[]; nextCursor: string | null }> {
  const { actor } = ctx;
  if (!isStaff(actor) && query.flagged !== undefined) {
    throw problems.invalidField('/flagged', 'Only the programme’s staff can filter by review flags.', 'query');
  }
  const q = visibleDeals(ctx.db, ctx.tenant.id, actor, ctx.settings);
  if (query.status) q.where('deals.status', query.status);
  if (query.partnerId) q.where('deals.partner_id', query.partnerId);
  if (query.flagged !== undefined) q.where('deals.flagged', query.flagged);
  if (query.submittedFrom) q.where('deals.created_at', '>=', `${query.submittedFrom}T00:00:00Z`);
  if (query.submittedTo) q.whereRaw(`deals.created_at < (?::date + 1)::timestamp at time zone 'UTC'`, [query.submittedTo]);
  if (query.submittedFrom && query.submittedTo && query.submittedFrom > query.submittedTo) {
    throw problems.invalidField('/submittedTo', 'must not be before submittedFrom.', 'query');
  }
  if (query.q) {
    const key = customerKey(query.q);
    q.where((search) => {
      search.whereRaw(`deals.customer_name ilike ? escape '\\'`, [`%${likeEscape(query.q!)}%`]);
      if (key) search.orWhereRaw(`deals.customer_key like ? escape '\\'`, [`%${likeEscape(key)}%`]);
    });
  }
  const page = await keysetPage<DealRow & Record<string, unknown>>(q, SORTS[query.sort ?? '-createdAt'], query);
  return { items: page.items.map((row) => toDeal(actor, row)), nextCursor: page.nextCursor };
}

export async function getDeal(ctx: Omit<DealsContext, 'audit' | 'emit'>, id: string): Promise<Deal> {
  return toDeal(ctx.actor, await findVisibleDeal(ctx.db, ctx.tenant.id, ctx.actor, ctx.settings, id));
}

// ---------------------------------------------------------------------------------------------
// Edit and withdraw, while pending

/** The submitter may change their pending deal; so may holders of deals.partner-wide (principals). */
async function changeablePendingDeal(ctx: DealsContext, id: string): Promise<DealRow> {
  const { actor } = ctx;
  if (isStaff(actor)) throw problems.forbidden('A deal is changed or withdrawn by its partner; staff approve or reject it.');
  const row = await findVisibleDeal(ctx.db, ctx.tenant.id, actor, ctx.settings, id, true);
  if (row.submittedBy !== actor.personId && !actor.permissions.has(P.partnerWide)) {
    throw problems.forbidden('Only the person who submitted this deal, or a principal of your organisation, can change it.');
  }
  if (row.status !== 'pending') throw problems.conflict(`This deal is ${row.status}; only a pending deal can be changed or withdrawn.`, 'deal-not-pending');
  return row;
}

export async function editDeal(ctx: DealsContext, id: string, changes: EditDeal): Promise<Deal> {
  const row = await changeablePendingDeal(ctx, id);
  const before = toPartnerDeal(row);
  const currency = changes.currency ?? row.currency;
  let amountMinor = Number(row.amountMinor);
  if (changes.amountMinor !== undefined || changes.amount !== undefined) amountMinor = amountFrom(changes, currency);
  else if (currency !== row.currency) throw problems.invalidField('/amountMinor', 'Give the amount again when changing the currency.');
  const pick = <K extends keyof EditDeal>(key: K, current: EditDeal[K]) => (changes[key] !== undefined ? changes[key] : current);
  // The close date may stay as it was even if that day has passed; a new one must not be in the past.
  const closeDate = pick('closeDate', row.closeDate);
  const fields = await checkedFields(ctx, {
    customerName: pick('customerName', row.customerName)!,
    title: pick('title', row.title)!,
    description: pick('description', row.description),
    customerDomain: pick('customerDomain', row.customerDomain),
    customerCountry: pick('customerCountry', row.customerCountry),
    closeDate: changes.closeDate !== undefined ? closeDate : null,
    currency,
    amountMinor,
  });
  fields.closeDate = closeDate ?? null;
  const flags = await flagsFor(ctx, row.partnerId, fields, id);
  await ctx.db('deals')
    .where({ tenantId: ctx.tenant.id, id })
    .update({
      ...storedColumns(ctx.db, fields, flags),
      updatedAt: ctx.db.fn.now(),
    });
  const competitorsFlagged = await flagCompetitors(ctx.db, ctx.tenant.id, id, flags.competingDealIds);
  const after = toPartnerDeal(await rowOf(ctx, id));
  await ctx.audit({ action: 'deals.deal.edited', targetType: 'deal', targetId: id, partnerId: row.partnerId, before, after });
  await auditFlags(ctx, id, flags, competitorsFlagged);
  return after;
}

export async function withdrawDeal(ctx: DealsContext, id: string): Promise<Deal> {
  const row = await changeablePendingDeal(ctx, id);
  await ctx.db('deals').where({ tenantId: ctx.tenant.id, id }).update({ status: 'withdrawn', updatedAt: ctx.db.fn.now() });
  const after = toPartnerDeal(await rowOf(ctx, id));
  await ctx.audit({ action: 'deals.deal.withdrawn', targetType: 'deal', targetId: id, partnerId: row.partnerId, before: toPartnerDeal(row), after });
  await ctx.emit('deals.deal.withdrawn', { dealId: id, partnerId: row.partnerId, withdrawnBy: ctx.actor.personId });
  return after;
}
