/**
 * Demo billing for the demo tenant (server/src/demo/seed.ts makes its partners and people): a
 * catalogue of plans; the tenant gates asking technical questions (`questions.ask`); and one partner
 * in each situation, with states that agree with what the enforcement task would decide today —
 *
 * - Acme Resellers: set up on Essentials (USD), three invoices paid and this month's not yet due:
 *   active, but its plan does not unlock questions, so Tara Tech finds the question form replaced by
 *   the gate's call to action, and Alice Owner (its admin) chooses Growth on the billing page to open it;
 * - Globex Intégration: on Growth (EUR), an invoice six days past due: in its grace period (banner);
 * - Iniciativa Digital: on Growth (EUR), an invoice 25 days past due: restricted (red banner; its
 *   gated features are paused until staff record the payment).
 *
 * Invoices are numbered with the same counter issuing uses, so the next invoice continues the series.
 */
import type { SeedContext } from '@portico/core';
import { nextInvoiceNumber } from './numbering.js';
import type { BillingSettings } from './settings.js';
import { defineSeed } from './types.js';

const DAY = 86_400_000;

interface DemoPlan {
  name: string;
  description: string;
  priceMinor: number;
  currency: string;
  period: 'month' | 'year';
  features: string[];
}

const PLANS: DemoPlan[] = [
  { name: 'Essentials', description: 'The portal, deals and training.', priceMinor: 4_900, currency: 'USD', period: 'month', features: [] },
  { name: 'Growth', description: 'Everything in Essentials, and technical questions answered by our experts.', priceMinor: 14_900, currency: 'USD', period: 'month', features: ['questions.ask'] },
  { name: 'Growth (EUR)', description: 'Growth, billed in euros.', priceMinor: 13_900, currency: 'EUR', period: 'month', features: ['questions.ask'] },
  { name: 'Enterprise', description: 'Growth for a year, with a named partner engineer.', priceMinor: 149_000, currency: 'EUR', period: 'year', features: ['questions.ask'] },
];

interface DemoAccount {
  partner: string;
  contact: { name: string; email: string; line1: string; city: string; postalCode: string; region: string | null; country: string; taxId: string; taxIdKind: 'eu_vat' | 'us_ein' };
  plan: string;
  /** Days before today each invoice was due; the first ones paid, `unpaid` of the last ones still open. */
  dueDaysAgo: number[];
  unpaid: number;
}

const ACCOUNTS: DemoAccount[] = [
  {
    partner: 'Acme Resellers',
    contact: { name: 'Alice Owner', email: 'alice@acme.example', line1: '500 Howard Street', city: 'San Francisco', postalCode: '94105', region: 'CA', country: 'US', taxId: '12-3456789', taxIdKind: 'us_ein' },
    plan: 'Essentials',
    // Three paid, and this month's, due in a fortnight.
    dueDaysAgo: [75, 45, 15, -15],
    unpaid: 1,
  },
  {
    partner: 'Globex Intégration',
    contact: { name: 'Gaston Directeur', email: 'gaston@globex.example', line1: '12 rue de la Paix', city: 'Paris', postalCode: '75002', region: null, country: 'FR', taxId: 'FR40303265045', taxIdKind: 'eu_vat' },
    plan: 'Growth (EUR)',
    dueDaysAgo: [66, 36, 6],
    unpaid: 1,
  },
  {
    partner: 'Iniciativa Digital',
    contact: { name: 'Inés Administradora', email: 'ines@iniciativa.example', line1: 'Calle de Alcalá 45', city: 'Madrid', postalCode: '28014', region: null, country: 'ES', taxId: 'ESB12345678', taxIdKind: 'eu_vat' },
    plan: 'Growth (EUR)',
    dueDaysAgo: [55, 25],
    unpaid: 1,
  },
];

const day = (date: Date) => date.toISOString().slice(0, 10);

/** Where an account stands when its oldest unpaid invoice fell due `daysAgo` days ago, as the task would have moved it. */
function standingFor(daysAgo: number | null, now: Date, settings: BillingSettings) {
  if (daysAgo === null) return { state: 'active', since: now, graceEndsAt: null };
  // Past due from the start of the day after the due date; grace `overdueDays` later; restricted `graceDays` after that.
  const dueDay = new Date(Date.parse(`${day(new Date(now.getTime() - daysAgo * DAY))}T00:00:00Z`));
  const overdueAt = new Date(dueDay.getTime() + DAY);
  const graceAt = new Date(overdueAt.getTime() + settings.overdueDays * DAY);
  const restrictedAt = new Date(graceAt.getTime() + settings.graceDays * DAY);
  if (now < overdueAt) return { state: 'active', since: now, graceEndsAt: null };
  if (now < graceAt) return { state: 'overdue', since: overdueAt, graceEndsAt: null };
  if (now < restrictedAt) return { state: 'grace', since: graceAt, graceEndsAt: restrictedAt };
  return { state: 'restricted', since: restrictedAt, graceEndsAt: restrictedAt };
}

export const seedDemo = defineSeed(async ({ db, tenant, log, settings, updateSettings }: SeedContext<BillingSettings>) => {
  if (await db('billing_plans').where({ tenantId: tenant.id }).first('id')) return;
  // Asking the vendor's experts is reserved for partners whose billing is in order.
  await updateSettings({ gatedFeatures: ['questions.ask'] });
  const rules = await settings();
  const now = new Date();

  const plans = new Map<string, { id: string; priceMinor: number; currency: string }>();
  for (const plan of PLANS) {
    const [row] = await db('billing_plans').insert({ tenantId: tenant.id, ...plan }).returning('id');
    plans.set(plan.name, { id: row.id, priceMinor: plan.priceMinor, currency: plan.currency });
  }
  const partners = new Map<string, string>((await db('partners').where({ tenantId: tenant.id }).select('id', 'name')).map((p) => [p.name, p.id]));
  const staff = await db('people').where({ tenantId: tenant.id, kind: 'staff' }).orderBy('createdAt').first('id');

  // Invoices in the order they were issued, across partners, so numbers follow the dates.
  const issues = ACCOUNTS.flatMap((a) => a.dueDaysAgo.map((daysAgo, i) => ({ account: a, daysAgo, paid: i < a.dueDaysAgo.length - a.unpaid }))).sort((x, y) => y.daysAgo - x.daysAgo);
  const accountIds = new Map<string, string>();
  for (const a of ACCOUNTS) {
    const partnerId = partners.get(a.partner);
    const plan = plans.get(a.plan)!;
    if (!partnerId) continue;
    const oldestUnpaid = a.unpaid > 0 ? a.dueDaysAgo[a.dueDaysAgo.length - a.unpaid] : null;
    const standing = standingFor(oldestUnpaid, now, rules);
    const [row] = await db('billing_accounts')
      .insert({
        tenantId: tenant.id,
        partnerId,
        contactName: a.contact.name,
        contactEmail: a.contact.email,
        addressLine1: a.contact.line1,
        city: a.contact.city,
        postalCode: a.contact.postalCode,
        region: a.contact.region,
        country: a.contact.country,
        taxId: a.contact.taxId,
        taxIdKind: a.contact.taxIdKind,
        planId: plan.id,
        paymentMethodStatus: 'none',
        provider: 'manual',
        state: standing.state,
        stateSince: standing.since,
        stateCause: standing.state === 'active' ? null : JSON.stringify({ code: standing.state === 'overdue' ? 'invoice-past-due' : standing.state === 'grace' ? 'overdue-period-ended' : 'grace-period-ended', invoiceId: null, invoiceNumber: null, reason: null }),
        graceEndsAt: standing.graceEndsAt,
        createdAt: new Date(now.getTime() - 100 * DAY),
      })
      .returning('id');
    accountIds.set(a.partner, row.id);
  }

  const unpaidNumbers = new Map<string, { id: string; number: string }>();
  for (const issue of issues) {
    const accountId = accountIds.get(issue.account.partner);
    const partnerId = partners.get(issue.account.partner);
    if (!accountId || !partnerId) continue;
    const plan = plans.get(issue.account.plan)!;
    const due = new Date(now.getTime() - issue.daysAgo * DAY);
    const issuedAt = new Date(due.getTime() - 30 * DAY);
    const periodStart = new Date(issuedAt.getTime() - 30 * DAY);
    const number = await nextInvoiceNumber(db, tenant.id, rules.invoicePrefix, issuedAt);
    const [invoice] = await db('billing_invoices')
      .insert({
        tenantId: tenant.id,
        accountId,
        partnerId,
        number,
        status: issue.paid ? 'paid' : 'open',
        description: `${issue.account.plan}, ${day(periodStart)} – ${day(new Date(issuedAt.getTime() - DAY))}`,
        periodStart: day(periodStart),
        periodEnd: day(new Date(issuedAt.getTime() - DAY)),
        amountMinor: plan.priceMinor,
        amountPaidMinor: issue.paid ? plan.priceMinor : 0,
        currency: plan.currency,
        dueDate: day(due),
        issuedAt,
        paidAt: issue.paid ? new Date(due.getTime() - 2 * DAY) : null,
        createdBy: staff?.id ?? null,
        createdAt: issuedAt,
        updatedAt: issuedAt,
      })
      .returning('id');
    if (issue.paid) {
      await db('billing_payments').insert({
        tenantId: tenant.id,
        invoiceId: invoice.id,
        partnerId,
        amountMinor: plan.priceMinor,
        currency: plan.currency,
        method: 'manual',
        reference: `Wire ${number}`,
        receivedAt: new Date(due.getTime() - 2 * DAY),
        recordedBy: staff?.id ?? null,
      });
    } else if (!unpaidNumbers.has(issue.account.partner)) {
      unpaidNumbers.set(issue.account.partner, { id: invoice.id, number });
    }
  }
  // The cause names the invoice that is overdue, as a transition would have recorded it.
  for (const [partner, invoice] of unpaidNumbers) {
    await db('billing_accounts')
      .where({ tenantId: tenant.id, id: accountIds.get(partner)! })
      .whereNotNull('stateCause')
      .update({ stateCause: db.raw(`jsonb_set(jsonb_set(state_cause, '{invoiceId}', to_jsonb(?::text)), '{invoiceNumber}', to_jsonb(?::text))`, [invoice.id, invoice.number]) });
  }
  log.info({ plans: PLANS.length, accounts: accountIds.size, invoices: issues.length }, 'demo billing seeded');
});
