/**
 * The tenant's catalogue of plans: a name, a price in one currency per month or year, and the gated
 * features each unlocks. Staff keep it; partners see the current plans to choose from. A plan in use
 * is retired (`active: false`) rather than deleted, so accounts keep the plan they have.
 */
import { isStaff, problems } from '@portico/core';
import { keysetPage } from '@portico/core/server';
import type { BillingContext } from './context.js';
import { checkCurrency, money, parseDecimal } from './money.js';
import type { NewPlan, Plan, PlanChanges } from './schemas.js';
import { assertStaff } from './accounts.js';

interface PlanRow {
  id: string;
  name: string;
  description: string;
  priceMinor: string;
  currency: string;
  period: 'month' | 'year';
  features: string[];
  active: boolean;
  createdAt: Date | string;
  updatedAt: Date | string;
}

const planColumns = (db: BillingContext['db']) => ['id', 'name', 'description', db.raw('price_minor::text as price_minor'), 'currency', 'period', db.raw('to_json(features) as features'), 'active', 'createdAt', 'updatedAt'];

export function toPlan(row: PlanRow): Plan {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    price: money(row.priceMinor, row.currency),
    period: row.period,
    features: row.features ?? [],
    active: row.active,
    createdAt: new Date(row.createdAt).toISOString(),
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}

async function findPlan(ctx: Pick<BillingContext, 'db' | 'tenant'>, id: string, lock = false): Promise<PlanRow> {
  const query = ctx.db('billing_plans').where({ tenantId: ctx.tenant.id, id }).first(planColumns(ctx.db));
  if (lock) query.forUpdate();
  const row = (await query) as PlanRow | undefined;
  if (!row) throw problems.notFound('No such plan.');
  return row;
}

function priceOf(input: { priceMinor?: number; price?: string }, currency: string, required: boolean): number | undefined {
  if (input.priceMinor !== undefined && input.price !== undefined) throw problems.invalidField('/price', 'Give the price once: `priceMinor` (minor units) or `price` (decimal text).');
  if (input.price !== undefined) return parseDecimal(input.price, currency, '/price');
  if (input.priceMinor !== undefined) return input.priceMinor;
  if (required) throw problems.invalidField('/priceMinor', 'The price is required.');
  return undefined;
}

function cleanFeatures(features: string[] | undefined): string[] | undefined {
  return features === undefined ? undefined : [...new Set(features)].sort();
}

async function assertNameFree(ctx: Pick<BillingContext, 'db' | 'tenant'>, name: string, except?: string): Promise<void> {
  const clash = ctx.db('billing_plans').where({ tenantId: ctx.tenant.id }).whereRaw('lower(name) = lower(?)', [name]);
  if (except) clash.whereNot({ id: except });
  if (await clash.first('id')) throw problems.conflict(`A plan named "${name}" exists already.`, 'plan-name-taken');
}

export async function listPlans(ctx: Pick<BillingContext, 'db' | 'tenant' | 'actor'>, query: { cursor?: string; limit?: number; active?: boolean }) {
  const q = ctx.db('billing_plans').where({ tenantId: ctx.tenant.id }).select(planColumns(ctx.db));
  // Partners choose among the current plans; staff see retired ones too when they ask.
  if (!isStaff(ctx.actor)) q.where({ active: true });
  else if (query.active !== undefined) q.where({ active: query.active });
  const page = await keysetPage<PlanRow & Record<string, unknown>>(q, [{ column: 'name', direction: 'asc' }, { column: 'id', direction: 'asc' }], query);
  return { items: page.items.map(toPlan), nextCursor: page.nextCursor };
}

export async function getPlan(ctx: Pick<BillingContext, 'db' | 'tenant' | 'actor'>, id: string): Promise<Plan> {
  const row = await findPlan(ctx, id);
  if (!row.active && !isStaff(ctx.actor)) throw problems.notFound('No such plan.');
  return toPlan(row);
}

export async function createPlan(ctx: BillingContext, input: NewPlan): Promise<Plan> {
  assertStaff(ctx, 'The catalogue of plans');
  const name = input.name.trim();
  if (!name) throw problems.invalidField('/name', 'cannot be blank.');
  const currency = checkCurrency(input.currency.toUpperCase(), '/currency');
  const priceMinor = priceOf(input, currency, true)!;
  await assertNameFree(ctx, name);
  const [row] = await ctx.db('billing_plans')
    .insert({ tenantId: ctx.tenant.id, name, description: input.description?.trim() ?? '', priceMinor, currency, period: input.period, features: cleanFeatures(input.features) ?? [] })
    .returning('id');
  const plan = toPlan(await findPlan(ctx, row.id));
  await ctx.audit({ action: 'billing.plan.created', targetType: 'billing-plan', targetId: plan.id, partnerId: null, after: plan });
  return plan;
}

export async function updatePlan(ctx: BillingContext, id: string, changes: PlanChanges): Promise<Plan> {
  const current = await findPlan(ctx, id, true);
  assertStaff(ctx, 'The catalogue of plans');
  const before = toPlan(current);
  const columns: Record<string, unknown> = {};
  if (changes.name !== undefined) {
    const name = changes.name.trim();
    if (!name) throw problems.invalidField('/name', 'cannot be blank.');
    await assertNameFree(ctx, name, id);
    columns.name = name;
  }
  if (changes.description !== undefined) columns.description = changes.description.trim();
  const currency = changes.currency !== undefined ? checkCurrency(changes.currency.toUpperCase(), '/currency') : current.currency;
  const price = priceOf(changes, currency, false);
  if (changes.currency !== undefined && currency !== current.currency && price === undefined) throw problems.invalidField('/priceMinor', 'Give the price again when changing the currency.');
  if (changes.currency !== undefined) columns.currency = currency;
  if (price !== undefined) columns.priceMinor = price;
  if (changes.period !== undefined) columns.period = changes.period;
  if (changes.features !== undefined) columns.features = cleanFeatures(changes.features);
  if (changes.active !== undefined) columns.active = changes.active;
  if (Object.keys(columns).length > 0) await ctx.db('billing_plans').where({ tenantId: ctx.tenant.id, id }).update({ ...columns, updatedAt: ctx.now });
  const after = toPlan(await findPlan(ctx, id));
  await ctx.audit({ action: 'billing.plan.updated', targetType: 'billing-plan', targetId: id, partnerId: null, before, after });
  return after;
}

/** Deletes a plan no account has; one in use is retired instead (409 says so). */
export async function deletePlan(ctx: BillingContext, id: string): Promise<void> {
  const current = await findPlan(ctx, id, true);
  assertStaff(ctx, 'The catalogue of plans');
  const used = await ctx.db('billing_accounts').where({ tenantId: ctx.tenant.id, planId: id }).first('id');
  if (used) throw problems.conflict('Partners are on this plan: retire it instead (they keep it, nobody else can choose it).', 'plan-in-use');
  await ctx.db('billing_plans').where({ tenantId: ctx.tenant.id, id }).del();
  await ctx.audit({ action: 'billing.plan.deleted', targetType: 'billing-plan', targetId: id, partnerId: null, before: toPlan(current) });
}
