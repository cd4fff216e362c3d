/**
 * Applies what enforcement.ts decides to an account: reads the facts (its oldest invoice past due),
 * locks the account, stores each transition with its cause, and for each one writes an audit event
 * (before and after), emits its `billing.account.*` event and emails the billing contact and the
 * partner's admins in their language. The scheduled task, payments (recorded by staff or received
 * from the provider), voided and written-off invoices and the staff's overrides all come through here.
 */
import { pickLocale, problems, type Locale } from '@portico/core';
import type { BillingContext } from './context.js';
import {
  extendGrace,
  graceWarningDue,
  settle,
  waive,
  type Cause,
  type Facts,
  type Standing,
  type Transition,
  type Trigger,
  type AccountState,
} from './enforcement.js';
import type { BillingEventType } from './events.js';
import { enforcementMail, formatAmount, formatDay, type EnforcementMailKind } from './messages.js';

/** The UTC calendar day of `now`, YYYY-MM-DD: invoices due before it are past due. */
export const dayOf = (now: Date) => now.toISOString().slice(0, 10);

export interface StandingRow {
  id: string;
  partnerId: string;
  state: AccountState;
  stateSince: Date | string;
  stateCause: Cause | null;
  graceEndsAt: Date | string | null;
  graceWarnedAt: Date | string | null;
  waivedUntil: Date | string | null;
  waiverReason: string | null;
  contactName: string | null;
  contactEmail: string | null;
}

const date = (value: Date | string | null): Date | null => (value === null ? null : new Date(value));

export function standingOf(row: Pick<StandingRow, 'state' | 'stateSince' | 'graceEndsAt' | 'waivedUntil'>): Standing {
  return { state: row.state, since: new Date(row.stateSince), graceEndsAt: date(row.graceEndsAt), waivedUntil: date(row.waivedUntil) };
}

const STANDING_COLUMNS = ['id', 'partnerId', 'state', 'stateSince', 'stateCause', 'graceEndsAt', 'graceWarnedAt', 'waivedUntil', 'waiverReason', 'contactName', 'contactEmail'];

/** The account's row, locked until the transaction ends: two evaluations of one account take turns. */
export async function lockAccount(ctx: Pick<BillingContext, 'db' | 'tenant'>, accountId: string): Promise<StandingRow | null> {
  return (await ctx.db('billing_accounts').where({ tenantId: ctx.tenant.id, id: accountId }).forUpdate().first(STANDING_COLUMNS)) ?? null;
}

interface PastDueInvoice {
  invoiceId: string;
  number: string;
  dueDate: string;
  amountDueMinor: number;
  currency: string;
}

/** The account's open invoice past due the longest, at `now`. */
export async function oldestPastDue(ctx: Pick<BillingContext, 'db' | 'tenant'>, accountId: string, now: Date): Promise<PastDueInvoice | null> {
  const row = await ctx.db('billing_invoices')
    .where({ tenantId: ctx.tenant.id, accountId, status: 'open' })
    .where('dueDate', '<', dayOf(now))
    .orderBy('dueDate')
    .orderBy('number')
    .first('id', 'number', ctx.db.raw(`to_char(due_date, 'YYYY-MM-DD') as due_date`), ctx.db.raw('(amount_minor - amount_paid_minor)::text as amount_due_minor'), 'currency');
  return row ? { invoiceId: row.id, number: row.number, dueDate: row.dueDate, amountDueMinor: Number(row.amountDueMinor), currency: row.currency } : null;
}

const EVENT_OF: Record<AccountState, BillingEventType> = {
  active: 'billing.account.restored',
  overdue: 'billing.account.marked-overdue',
  grace: 'billing.account.grace-started',
  restricted: 'billing.account.restricted',
};

/** The event (and audit action) of a transition. */
export function eventOf(t: Transition): BillingEventType {
  if (t.cause.code === 'waived') return 'billing.account.waived';
  if (t.cause.code === 'grace-extended') return 'billing.account.grace-extended';
  return EVENT_OF[t.to];
}

const iso = (value: Date | null) => (value ? value.toISOString() : null);
const standingJson = (s: Standing) => ({ state: s.state, since: s.since.toISOString(), graceEndsAt: iso(s.graceEndsAt), waivedUntil: iso(s.waivedUntil) });

/** Stores one transition and records it: audit (before, after, cause), domain event, emails. */
async function record(ctx: BillingContext, row: StandingRow, before: Standing, t: Transition, pastDue: PastDueInvoice | null): Promise<void> {
  const after = t.standing;
  await ctx.db('billing_accounts')
    .where({ tenantId: ctx.tenant.id, id: row.id })
    .update({
      state: after.state,
      stateSince: after.since,
      stateCause: JSON.stringify(t.cause),
      graceEndsAt: after.graceEndsAt,
      waivedUntil: after.waivedUntil,
      ...(t.cause.code === 'waived' ? { waiverReason: t.cause.reason } : after.waivedUntil === null ? { waiverReason: null } : {}),
      updatedAt: ctx.now,
    });
  const type = eventOf(t);
  await ctx.audit({
    action: type,
    targetType: 'billing-account',
    targetId: row.id,
    partnerId: row.partnerId,
    before: standingJson(before),
    after: { ...standingJson(after), cause: t.cause },
  });
  await ctx.emit(type, {
    accountId: row.id,
    partnerId: row.partnerId,
    from: t.from,
    to: t.to,
    cause: t.cause.code,
    invoiceId: t.cause.invoiceId,
    invoiceNumber: t.cause.invoiceNumber,
    graceEndsAt: iso(after.graceEndsAt),
    waivedUntil: iso(after.waivedUntil),
    reason: t.cause.reason,
  });
  const mail = mailFor(t);
  if (mail) await mailAccount(ctx, row, mail, t, pastDue);
}

/** Which email a transition sends: entering overdue, restricted, and back to active from either side of it. */
function mailFor(t: Transition): EnforcementMailKind | null {
  if (t.to === 'overdue') return 'overdue';
  if (t.to === 'restricted') return 'restricted';
  if (t.to === 'active' && t.from !== 'active') return 'restored';
  return null;
}

/**
 * Evaluates the account at `ctx.now` and takes every transition due (see `settle`). `settled` names
 * the invoice whose payment, voiding or write-off set it off. Answers the transitions taken.
 */
export async function reconcile(ctx: BillingContext, accountId: string, trigger: Trigger, settled: { invoiceId: string; number: string | null } | null = null): Promise<Transition[]> {
  const row = await lockAccount(ctx, accountId);
  if (!row) return [];
  const pastDue = await oldestPastDue(ctx, accountId, ctx.now);
  const facts: Facts = { pastDue: pastDue ? { invoiceId: pastDue.invoiceId, number: pastDue.number, dueDate: pastDue.dueDate } : null };
  const rules = { overdueDays: ctx.settings.overdueDays, graceDays: ctx.settings.graceDays };
  let before = standingOf(row);
  const steps = settle(before, facts, ctx.now, rules, trigger, settled);
  for (const t of steps) {
    await record(ctx, row, before, t, pastDue);
    before = t.standing;
  }
  return steps;
}

export type OverrideInput = { until: string; reason: string };

/** A date (YYYY-MM-DD) as "through the end of that day", UTC. */
export const endOfDay = (day: string) => new Date(Date.parse(`${day}T00:00:00.000Z`) + 86_400_000);

/** Staff waive enforcement, or extend the grace period, with a reason: audited like any transition. */
export async function override(ctx: BillingContext, accountId: string, kind: 'waive' | 'extend-grace', input: OverrideInput): Promise<Transition> {
  const row = await lockAccount(ctx, accountId);
  if (!row) throw problems.notFound('This partner has no billing account.');
  const reason = input.reason.trim();
  if (!reason) throw problems.invalidField('/reason', 'Say why: the partner’s history keeps it.');
  const until = endOfDay(input.until);
  const before = standingOf(row);
  const decided = kind === 'waive' ? waive(before, until, reason, ctx.now) : extendGrace(before, until, reason, ctx.now);
  if ('refused' in decided) {
    if (decided.refused === 'until-not-in-future') throw problems.invalidField('/until', 'must be a day after today.');
    throw problems.conflict('This account is not overdue: there is no grace period to extend.', 'account-not-overdue');
  }
  const pastDue = await oldestPastDue(ctx, accountId, ctx.now);
  await record(ctx, row, before, decided, pastDue);
  if (kind === 'extend-grace') await ctx.db('billing_accounts').where({ tenantId: ctx.tenant.id, id: accountId }).update({ graceWarnedAt: null });
  return decided;
}

/** Sends the "grace ends soon" email to an account whose grace period ends within the warning days, once per grace period. */
export async function warnIfGraceEndsSoon(ctx: BillingContext, accountId: string): Promise<boolean> {
  const row = await lockAccount(ctx, accountId);
  if (!row) return false;
  const standing = standingOf(row);
  if (!graceWarningDue(standing, date(row.graceWarnedAt), ctx.now, ctx.settings.graceWarningDays)) return false;
  const pastDue = await oldestPastDue(ctx, accountId, ctx.now);
  await ctx.db('billing_accounts').where({ tenantId: ctx.tenant.id, id: accountId }).update({ graceWarnedAt: ctx.now });
  const transitionLike: Transition = { from: 'grace', to: 'grace', at: ctx.now, cause: { code: 'overdue-period-ended', invoiceId: pastDue?.invoiceId ?? null, invoiceNumber: pastDue?.number ?? null, reason: null }, standing };
  await mailAccount(ctx, row, 'grace-ending', transitionLike, pastDue);
  await ctx.audit({ action: 'billing.account.grace-warned', targetType: 'billing-account', targetId: row.id, partnerId: row.partnerId, after: { graceEndsAt: iso(standing.graceEndsAt) } });
  return true;
}

// ---------------------------------------------------------------------------------------------
// Who hears about it

interface Recipient {
  email: string;
  name: string | null;
  locale: Locale;
}

/** The billing contact and the partner's active admins, each once, each in their language. */
async function recipientsOf(ctx: BillingContext, row: StandingRow): Promise<{ recipients: Recipient[]; partner: string; programme: string }> {
  // One after the other: a transaction is one connection, which runs one query at a time.
  const tenant = await ctx.db('tenants').where({ id: ctx.tenant.id }).first('name', 'brand', 'defaultLocale');
  const partner = await ctx.db('partners').where({ tenantId: ctx.tenant.id, id: row.partnerId }).first('name');
  const admins = await ctx.db('memberships as m')
    .join('people as p', 'p.id', 'm.person_id')
    .where({ 'm.tenant_id': ctx.tenant.id, 'm.partner_id': row.partnerId, 'm.role': 'partner_admin', 'p.status': 'active' })
    .select('p.email', 'p.name', 'p.locale');
  const fallback = tenant?.defaultLocale as string | undefined;
  const byEmail = new Map<string, Recipient>();
  for (const admin of admins as { email: string; name: string; locale: string | null }[]) {
    byEmail.set(admin.email.toLowerCase(), { email: admin.email, name: admin.name, locale: pickLocale(admin.locale, fallback) });
  }
  if (row.contactEmail && !byEmail.has(row.contactEmail.toLowerCase())) {
    const person = await ctx.db('people').where({ tenantId: ctx.tenant.id }).whereRaw('lower(email) = lower(?)', [row.contactEmail]).first('locale');
    byEmail.set(row.contactEmail.toLowerCase(), { email: row.contactEmail, name: row.contactName, locale: pickLocale(person?.locale, fallback) });
  }
  return {
    recipients: [...byEmail.values()],
    partner: partner?.name ?? '',
    programme: (tenant?.brand as { displayName?: string } | null)?.displayName ?? tenant?.name ?? 'the partner programme',
  };
}

const DAY = 86_400_000;

async function mailAccount(ctx: BillingContext, row: StandingRow, kind: EnforcementMailKind, t: Transition, pastDue: PastDueInvoice | null): Promise<void> {
  const { recipients, partner, programme } = await recipientsOf(ctx, row);
  const pauseOn =
    kind === 'overdue'
      ? new Date(ctx.now.getTime() + (ctx.settings.overdueDays + ctx.settings.graceDays) * DAY)
      : kind === 'grace-ending'
        ? t.standing.graceEndsAt
        : null;
  for (const recipient of recipients) {
    const { subject, text } = enforcementMail(recipient.locale, kind, {
      name: recipient.name,
      programme,
      partner,
      invoiceNumber: pastDue?.number ?? t.cause.invoiceNumber,
      amount: pastDue ? formatAmount(pastDue.amountDueMinor, pastDue.currency, recipient.locale) : null,
      dueDate: pastDue ? formatDay(pastDue.dueDate, recipient.locale) : null,
      pauseOn: pauseOn ? formatDay(pauseOn, recipient.locale) : null,
      restoredBy: t.cause.code === 'waived' ? 'waiver' : t.cause.code === 'payment-received' ? 'payment' : 'settled',
      link: `${ctx.publicUrl}/billing`,
    });
    await ctx.sendMail({ to: recipient.email, subject, text, kind: `billing.${kind}` });
  }
}
