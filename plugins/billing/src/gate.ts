/**
 * The billing-required gate. For a feature the tenant's billing settings list as gated, a partner's
 * person may use it while their organisation's billing is in order: set up (a billing contact and a
 * plan), on a plan that unlocks the feature, and not restricted for an overdue invoice. Otherwise the
 * feature's routes answer 402 `billing-required`, and `<portico-feature-gate>` shows the same problem
 * in its place: what stands in the way, in the person's language, and a link to put it right.
 * The programme's staff (and the tenant's backend) are never gated.
 */
import { HttpProblem, isStaff, pickLocale, type GateContext, type Locale } from '@portico/core';
import { gateWords, formatAmount, formatDay, type GateRefusalKind } from './messages.js';
import type { BillingSettings } from './settings.js';
import { defineGate } from './types.js';

function refusal(kind: GateRefusalKind, locale: Locale, publicUrl: string, facts: Parameters<typeof gateWords>[2] = {}): HttpProblem {
  const words = gateWords(locale, kind, facts);
  return new HttpProblem(402, 'billing-required', words.title, {
    detail: words.detail,
    extensions: { reason: kind, action: { href: `${publicUrl}/billing`, label: words.action } },
  });
}

async function localeOf(ctx: GateContext<BillingSettings>): Promise<Locale> {
  const row = await ctx.db('tenants')
    .leftJoin('people', (on) => on.on('people.tenant_id', 'tenants.id').andOnVal('people.id', '=', ctx.actor?.personId ?? '00000000-0000-0000-0000-000000000000'))
    .where('tenants.id', ctx.tenant.id)
    .first('people.locale as person_locale', 'tenants.default_locale');
  return pickLocale(row?.personLocale, row?.defaultLocale);
}

export const billingGate = defineGate({
  id: 'billing-required',
  async check(ctx, feature) {
    const settings = await ctx.settings();
    if (!settings.gatedFeatures.includes(feature)) return null;
    if (ctx.actor && isStaff(ctx.actor)) return null;
    const locale = await localeOf(ctx);
    const partnerId = ctx.actor?.partnerId;
    if (!partnerId) return refusal('setup', locale, ctx.publicUrl);
    const account = await ctx.db('billing_accounts as a')
      .leftJoin('billing_plans as pl', 'pl.id', 'a.plan_id')
      .where({ 'a.tenant_id': ctx.tenant.id, 'a.partner_id': partnerId })
      .first('a.id', 'a.state', 'a.contact_email', 'a.plan_id', 'pl.name as plan_name', ctx.db.raw('to_json(pl.features) as plan_features'));
    if (!account?.contactEmail || !account.planId) return refusal('setup', locale, ctx.publicUrl);
    if (account.state === 'restricted') {
      const owed = await ctx.db('billing_invoices')
        .where({ tenantId: ctx.tenant.id, accountId: account.id, status: 'open' })
        .orderBy('dueDate')
        .orderBy('number')
        .first('number', 'currency', ctx.db.raw('(amount_minor - amount_paid_minor)::text as due'), ctx.db.raw(`to_char(due_date, 'YYYY-MM-DD') as due_date`));
      return refusal('restricted', locale, ctx.publicUrl, owed ? { number: owed.number, amount: formatAmount(Number(owed.due), owed.currency, locale), dueDate: formatDay(owed.dueDate, locale) } : {});
    }
    if (!(account.planFeatures as string[] | null)?.includes(feature)) return refusal('plan', locale, ctx.publicUrl, { plan: account.planName });
    return null;
  },
});
