/**
 * Billing accounts: one per partner organisation, made the first time its billing details are saved.
 * Who sees which (a partner's people their own organisation's, staff every one) is decided here, in
 * `accountsQuery`, and nowhere else; a partner asking about another organisation gets a 404.
 */
import type { Knex } from 'knex';
import { isStaff, problems } from '@portico/core';
import { keysetPage } from '@portico/core/server';
import type { BillingContext } from './context.js';
import { money, type Money } from './money.js';
import type { AccountListQuery, BillingAccount, BillingDetails } from './schemas.js';
import { dayOf, override, type OverrideInput } from './standing.js';
import { checkTaxId } from './tax-ids.js';
import type { Cause } from './enforcement.js';

const NO_PARTNER = '00000000-0000-0000-0000-000000000000';

/** Every partner of the tenant the actor may see, with its account (if any), plan and amounts owed at `ctx.now`. */
export function accountsQuery(ctx: Pick<BillingContext, 'db' | 'tenant' | 'actor' | 'now'>): Knex.QueryBuilder {
  const { db } = ctx;
  const today = dayOf(ctx.now);
  const amounts = (pastDueOnly: boolean) =>
    db.raw(
      `(select coalesce(json_agg(json_build_object('currency', d.currency, 'minor', d.due::text) order by d.currency), '[]'::json)
          from (select i.currency, sum(i.amount_minor - i.amount_paid_minor) as due from billing_invoices i
                 where i.account_id = a.id and i.status = 'open' ${pastDueOnly ? 'and i.due_date < ?::date' : ''} group by i.currency) d) as ${pastDueOnly ? 'amount_overdue' : 'amount_due'}`,
      pastDueOnly ? [today] : [],
    );
  const query = db('partners as p')
    .leftJoin('billing_accounts as a', (on) => on.on('a.partner_id', 'p.id').andOn('a.tenant_id', 'p.tenant_id'))
    .leftJoin('billing_plans as pl', 'pl.id', 'a.plan_id')
    .where('p.tenant_id', ctx.tenant.id)
    .select(
      'a.id',
      'p.id as partner_id',
      'p.name as partner_name',
      'p.created_at as partner_created_at',
      'a.contact_name',
      'a.contact_email',
      'a.address_line1',
      'a.address_line2',
      'a.city',
      'a.postal_code',
      'a.region',
      'a.country',
      'a.tax_id',
      'a.tax_id_kind',
      'a.payment_method_status',
      'a.provider',
      'a.provider_customer_id',
      'a.state',
      'a.state_since',
      'a.state_cause',
      'a.grace_ends_at',
      'a.waived_until',
      'a.waiver_reason',
      'a.created_at',
      'a.updated_at',
      'pl.id as plan_id',
      'pl.name as plan_name',
      db.raw('pl.price_minor::text as plan_price_minor'),
      'pl.currency as plan_currency',
      'pl.period as plan_period',
      db.raw('to_json(pl.features) as plan_features'),
      'pl.active as plan_active',
      amounts(false),
      amounts(true),
      db.raw(
        `(select json_build_object('invoiceId', i.id, 'number', i.number, 'minor', (i.amount_minor - i.amount_paid_minor)::text, 'currency', i.currency, 'dueDate', to_char(i.due_date, 'YYYY-MM-DD'))
            from billing_invoices i where i.account_id = a.id and i.status = 'open' and i.due_date < ?::date order by i.due_date, i.number limit 1) as past_due`,
        [today],
      ),
    );
  if (!isStaff(ctx.actor)) query.where('p.id', ctx.actor?.partnerId ?? NO_PARTNER);
  return query;
}

export interface AccountRow {
  id: string | null;
  partnerId: string;
  partnerName: string;
  partnerCreatedAt: Date | string;
  contactName: string | null;
  contactEmail: string | null;
  addressLine1: string | null;
  addressLine2: string | null;
  city: string | null;
  postalCode: string | null;
  region: string | null;
  country: string | null;
  taxId: string | null;
  taxIdKind: 'eu_vat' | 'us_ein' | 'other' | null;
  paymentMethodStatus: 'none' | 'on-file' | 'failed' | null;
  provider: 'manual' | 'stripe' | null;
  providerCustomerId: string | null;
  state: BillingAccount['standing']['state'] | null;
  stateSince: Date | string | null;
  stateCause: Cause | null;
  graceEndsAt: Date | string | null;
  waivedUntil: Date | string | null;
  waiverReason: string | null;
  createdAt: Date | string | null;
  updatedAt: Date | string | null;
  planId: string | null;
  planName: string | null;
  planPriceMinor: string | null;
  planCurrency: string | null;
  planPeriod: 'month' | 'year' | null;
  planFeatures: string[] | null;
  planActive: boolean | null;
  amountDue: { currency: string; minor: string }[];
  amountOverdue: { currency: string; minor: string }[];
  pastDue: { invoiceId: string; number: string; minor: string; currency: string; dueDate: string } | null;
}

const iso = (value: Date | string | null | undefined): string | null => (value === null || value === undefined ? null : new Date(value).toISOString());
const amounts = (list: { currency: string; minor: string }[] | null): Money[] => (list ?? []).map((a) => money(a.minor, a.currency));

/** Whether the account has what gated features first need: a billing contact and a plan. */
export const isSetUp = (row: Pick<AccountRow, 'id' | 'contactEmail' | 'planId'>) => !!(row.id && row.contactEmail && row.planId);

export function toAccount(row: AccountRow, now: Date): BillingAccount {
  const waived = row.waivedUntil !== null && new Date(row.waivedUntil) > now;
  const state = row.state ?? 'active';
  return {
    id: row.id,
    partnerId: row.partnerId,
    partnerName: row.partnerName,
    setUp: isSetUp(row),
    contactName: row.contactName,
    contactEmail: row.contactEmail,
    addressLine1: row.addressLine1,
    addressLine2: row.addressLine2,
    city: row.city,
    postalCode: row.postalCode,
    region: row.region,
    country: row.country,
    taxId: row.taxId,
    taxIdKind: row.taxIdKind,
    plan:
      row.planId && row.planCurrency
        ? { id: row.planId, name: row.planName!, price: money(row.planPriceMinor ?? 0, row.planCurrency), period: row.planPeriod!, features: row.planFeatures ?? [], active: !!row.planActive }
        : null,
    paymentMethod: { status: row.paymentMethodStatus ?? 'none', provider: row.provider ?? 'manual' },
    standing: {
      state,
      since: iso(row.stateSince ?? row.partnerCreatedAt)!,
      graceEndsAt: state === 'grace' || state === 'restricted' ? iso(row.graceEndsAt) : null,
      waivedUntil: waived ? iso(row.waivedUntil) : null,
      waiverReason: waived ? row.waiverReason : null,
      cause: row.stateCause ? { code: row.stateCause.code, invoiceNumber: row.stateCause.invoiceNumber ?? null, reason: row.stateCause.reason ?? null } : null,
      restricted: state === 'restricted',
    },
    pastDue: row.pastDue ? { invoiceId: row.pastDue.invoiceId, number: row.pastDue.number, amountDue: money(row.pastDue.minor, row.pastDue.currency), dueDate: row.pastDue.dueDate } : null,
    amountDue: amounts(row.amountDue),
    amountOverdue: amounts(row.amountOverdue),
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

/** The account of a partner the actor may see; 404 for a partner of another organisation or tenant. */
export async function findAccount(ctx: Pick<BillingContext, 'db' | 'tenant' | 'actor' | 'now'>, partnerId: string): Promise<AccountRow> {
  const row = (await accountsQuery(ctx).where('p.id', partnerId).first()) as AccountRow | undefined;
  if (!row) throw problems.notFound('No such partner organisation.');
  return row;
}

export async function getAccount(ctx: Pick<BillingContext, 'db' | 'tenant' | 'actor' | 'now'>, partnerId: string): Promise<BillingAccount> {
  return toAccount(await findAccount(ctx, partnerId), ctx.now);
}

/** The caller's own organisation's account (partners' people only). */
export async function ownAccount(ctx: Pick<BillingContext, 'db' | 'tenant' | 'actor' | 'now'>): Promise<BillingAccount> {
  return getAccount(ctx, ownPartner(ctx));
}

export function ownPartner(ctx: Pick<BillingContext, 'actor'>): string {
  if (isStaff(ctx.actor) || !ctx.actor?.partnerId) throw problems.notFound('Billing accounts belong to partner organisations; the programme’s staff open them under /billing/accounts.');
  return ctx.actor.partnerId;
}

export async function listAccounts(ctx: Pick<BillingContext, 'db' | 'tenant' | 'actor' | 'now'>, query: AccountListQuery): Promise<{ items: BillingAccount[]; nextCursor: string | null }> {
  const q = accountsQuery(ctx).whereNot('p.status', 'archived');
  if (query.state) q.whereRaw(`coalesce(a.state, 'active') = ?`, [query.state]);
  if (query.setUp === true) q.whereNotNull('a.contact_email').whereNotNull('a.plan_id');
  if (query.setUp === false) q.where((w) => w.whereNull('a.id').orWhereNull('a.contact_email').orWhereNull('a.plan_id'));
  if (query.q) q.whereRaw(`p.name ilike ? escape '\\'`, [`%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`]);
  const page = await keysetPage<AccountRow & Record<string, unknown>>(q, [{ column: 'p.name', direction: 'asc' }, { column: 'p.id', direction: 'asc' }], query);
  return { items: page.items.map((row) => toAccount(row, ctx.now)), nextCursor: page.nextCursor };
}

// ---------------------------------------------------------------------------------------------
// Billing details: the contact, the address, the tax id

let regionNames: Intl.DisplayNames | null = null;
/** ISO 3166-1 alpha-2, as the runtime knows the world's regions. */
function isCountryCode(code: string): boolean {
  regionNames ??= new Intl.DisplayNames(['en'], { type: 'region' });
  if (!/^[A-Z]{2}$/.test(code) || ['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ'].includes(code)) return false;
  const name = regionNames.of(code);
  return !!name && name !== code;
}

const blankIsNull = (value: string | null | undefined) => (value === undefined ? undefined : value === null ? null : value.trim() || null);

function required(value: string, field: string): string {
  const text = value.trim();
  if (!text) throw problems.invalidField(field, 'cannot be blank.');
  return text;
}

type DetailsInput = Partial<Omit<BillingDetails, 'planId'>> & { paymentMethodStatus?: 'none' | 'on-file' | 'failed' };

/** The columns a change of details writes, checked: trimmed text, a real country, a tax id of the right shape for it. */
function detailColumns(input: DetailsInput, current: AccountRow): Record<string, unknown> {
  const columns: Record<string, unknown> = {};
  if (input.contactName !== undefined) columns.contactName = required(input.contactName, '/contactName');
  if (input.contactEmail !== undefined) columns.contactEmail = required(input.contactEmail, '/contactEmail').toLowerCase();
  if (input.addressLine1 !== undefined) columns.addressLine1 = required(input.addressLine1, '/addressLine1');
  if (input.addressLine2 !== undefined) columns.addressLine2 = blankIsNull(input.addressLine2);
  if (input.city !== undefined) columns.city = required(input.city, '/city');
  if (input.postalCode !== undefined) columns.postalCode = required(input.postalCode, '/postalCode');
  if (input.region !== undefined) columns.region = blankIsNull(input.region);
  if (input.country !== undefined) {
    const country = input.country.trim().toUpperCase();
    if (!isCountryCode(country)) throw problems.invalidField('/country', `"${input.country}" is not an ISO 3166-1 alpha-2 country code.`);
    columns.country = country;
  }
  const country = (columns.country as string | undefined) ?? current.country;
  const taxIdGiven = input.taxId !== undefined ? input.taxId : undefined;
  if (taxIdGiven === null || (typeof taxIdGiven === 'string' && !taxIdGiven.trim())) {
    columns.taxId = null;
    columns.taxIdKind = null;
  } else if (typeof taxIdGiven === 'string' || (columns.country !== undefined && current.taxId)) {
    // A new tax id, or a new country for the one on file: checked against the country.
    const check = checkTaxId(taxIdGiven ?? current.taxId!, country);
    if (!check.ok) throw problems.invalidField('/taxId', `"${taxIdGiven ?? current.taxId}" ${check.message}`);
    columns.taxId = check.value;
    columns.taxIdKind = check.kind;
  }
  if (input.paymentMethodStatus !== undefined) columns.paymentMethodStatus = input.paymentMethodStatus;
  return columns;
}

const DETAIL_FIELDS = ['contactName', 'contactEmail', 'addressLine1', 'addressLine2', 'city', 'postalCode', 'region', 'country', 'taxId', 'taxIdKind', 'paymentMethodStatus'] as const;
const detailsOf = (account: BillingAccount) => ({
  ...Object.fromEntries(DETAIL_FIELDS.filter((f) => f !== 'paymentMethodStatus').map((f) => [f, account[f as keyof BillingAccount]])),
  paymentMethodStatus: account.paymentMethod.status,
  planId: account.plan?.id ?? null,
});

/**
 * Saves some of a partner's billing details (and, with `planId`, its plan), opening its account the
 * first time. A partner's people change their own organisation's; staff any (route decides who may).
 */
export async function saveDetails(ctx: BillingContext, partnerId: string, input: DetailsInput & { planId?: string | null }): Promise<BillingAccount> {
  const current = await findAccount(ctx, partnerId);
  const before = toAccount(current, ctx.now);
  const columns = detailColumns(input, current);
  let accountId = current.id;
  if (!accountId) {
    const [row] = await ctx.db('billing_accounts')
      .insert({ tenantId: ctx.tenant.id, partnerId, ...columns, stateSince: ctx.now, provider: ctx.settings.provider })
      .onConflict(['tenant_id', 'partner_id'])
      .merge({ ...columns, updatedAt: ctx.now })
      .returning('id');
    accountId = row.id as string;
  } else if (Object.keys(columns).length > 0) {
    await ctx.db('billing_accounts').where({ tenantId: ctx.tenant.id, id: accountId }).update({ ...columns, updatedAt: ctx.now });
  }
  if (input.planId !== undefined) await changePlan(ctx, accountId, partnerId, current.planId, input.planId);
  const after = await getAccount(ctx, partnerId);
  await ctx.audit({
    action: current.id ? 'billing.account.details-updated' : 'billing.account.opened',
    targetType: 'billing-account',
    targetId: accountId,
    partnerId,
    before: current.id ? detailsOf(before) : null,
    after: detailsOf(after),
  });
  return after;
}

/** Puts the account on a plan (an active one of the catalogue, or the retired one it already has), or on none. */
async function changePlan(ctx: BillingContext, accountId: string, partnerId: string, previous: string | null, planId: string | null): Promise<void> {
  if (planId === previous) return;
  if (planId) {
    const plan = await ctx.db('billing_plans').where({ tenantId: ctx.tenant.id, id: planId }).first('id', 'active');
    if (!plan) throw problems.invalidField('/planId', 'No plan with this id was found.');
    if (!plan.active) throw problems.invalidField('/planId', 'This plan is retired; choose a current one.');
  }
  await ctx.db('billing_accounts').where({ tenantId: ctx.tenant.id, id: accountId }).update({ planId, updatedAt: ctx.now });
  await ctx.emit('billing.account.plan-changed', { accountId, partnerId, planId, previousPlanId: previous });
}

/** Staff put a partner on a plan (or none), opening its account if it has none yet. */
export async function setPlan(ctx: BillingContext, partnerId: string, planId: string | null): Promise<BillingAccount> {
  assertStaff(ctx, 'Setting a partner’s plan');
  const current = await findAccount(ctx, partnerId);
  const before = toAccount(current, ctx.now);
  let accountId = current.id;
  if (!accountId) {
    const [row] = await ctx.db('billing_accounts').insert({ tenantId: ctx.tenant.id, partnerId, stateSince: ctx.now, provider: ctx.settings.provider }).returning('id');
    accountId = row.id as string;
  }
  await changePlan(ctx, accountId, partnerId, current.planId, planId);
  const after = await getAccount(ctx, partnerId);
  await ctx.audit({ action: 'billing.account.plan-changed', targetType: 'billing-account', targetId: accountId, partnerId, before: { planId: before.plan?.id ?? null, plan: before.plan?.name ?? null }, after: { planId: after.plan?.id ?? null, plan: after.plan?.name ?? null } });
  return after;
}

export function assertStaff(ctx: Pick<BillingContext, 'actor'>, what: string): void {
  if (!isStaff(ctx.actor)) throw problems.forbidden(`${what} is for the programme’s staff.`);
}

/** Staff waive enforcement or extend the grace period of a partner's account. */
export async function overrideAccount(ctx: BillingContext, partnerId: string, kind: 'waive' | 'extend-grace', input: OverrideInput): Promise<BillingAccount> {
  const current = await findAccount(ctx, partnerId);
  assertStaff(ctx, kind === 'waive' ? 'Waiving enforcement' : 'Extending a grace period');
  if (!current.id) throw problems.conflict('This partner has no billing account yet: nothing is owed.', 'account-not-open');
  await override(ctx, current.id, kind, input);
  return getAccount(ctx, partnerId);
}

// ---------------------------------------------------------------------------------------------
// The staff's overview

export async function overview(ctx: Pick<BillingContext, 'db' | 'tenant' | 'actor' | 'now'>) {
  assertStaff(ctx, 'The billing overview');
  const today = dayOf(ctx.now);
  const [counts] = (await ctx.db.raw(
    `select count(*)::int as partners,
            count(*) filter (where a.id is null or a.contact_email is null or a.plan_id is null)::int as not_set_up,
            count(*) filter (where coalesce(a.state, 'active') = 'active')::int as active,
            count(*) filter (where a.state = 'overdue')::int as overdue,
            count(*) filter (where a.state = 'grace')::int as grace,
            count(*) filter (where a.state = 'restricted')::int as restricted,
            count(*) filter (where a.waived_until > ?)::int as waived
       from partners p left join billing_accounts a on a.partner_id = p.id and a.tenant_id = p.tenant_id
      where p.tenant_id = ? and p.status <> 'archived'`,
    [ctx.now, ctx.tenant.id],
  )).rows as { partners: number; not_set_up: number; active: number; overdue: number; grace: number; restricted: number; waived: number }[];
  const sums = async (pastDueOnly: boolean) => {
    const q = ctx.db('billing_invoices').where({ tenantId: ctx.tenant.id, status: 'open' }).groupBy('currency').orderBy('currency').select('currency', ctx.db.raw('sum(amount_minor - amount_paid_minor)::text as due'));
    if (pastDueOnly) q.where('dueDate', '<', today);
    return ((await q) as { currency: string; due: string }[]).map((r) => money(r.due, r.currency));
  };
  return {
    partners: counts.partners,
    notSetUp: counts.not_set_up,
    byState: { active: counts.active, overdue: counts.overdue, grace: counts.grace, restricted: counts.restricted },
    waived: counts.waived,
    amountOverdue: await sums(true),
    amountDue: await sums(false),
  };
}
