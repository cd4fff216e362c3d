/**
 * The enforcement state machine of a billing account, as pure functions of its standing, the facts
 * about its invoices, the moment and the tenant's rules — no database, no clock — so that every
 * transition can be tested on its own and the scheduled task, the payment paths and the staff's
 * overrides all decide the same way (standing.ts applies what these decide).
 *
 *   active ──(an open invoice is past its due date)──────────────────────────▶ overdue
 *   overdue ─(overdueDays after entering overdue)────────────────────────────▶ grace (ends graceDays later)
 *   grace ───(the grace period has ended)────────────────────────────────────▶ restricted
 *   overdue | grace | restricted ─(no invoice past due any more: paid,
 *                                  voided, written off)─────────────────────▶ active, at once
 *   any ─────(staff waive, until a date, with a reason)──────────────────────▶ active (the waiver holds until then)
 *   active ──(a waiver ended while an invoice is still past due)─────────────▶ overdue
 *   overdue | grace | restricted ─(staff extend the grace, with a reason)───▶ grace (ending when staff said)
 *
 * Only `restricted` blocks gated features; `overdue` and `grace` show banners and send email.
 */

export const ACCOUNT_STATES = ['active', 'overdue', 'grace', 'restricted'] as const;
export type AccountState = (typeof ACCOUNT_STATES)[number];

/** Why a transition happened: recorded in the account, its audit event and its domain event. */
export const CAUSES = [
  'invoice-past-due',
  'overdue-period-ended',
  'grace-period-ended',
  'payment-received',
  'invoice-voided',
  'invoice-written-off',
  'no-invoice-past-due',
  'waived',
  'waiver-ended',
  'grace-extended',
] as const;
export type CauseCode = (typeof CAUSES)[number];

export interface Cause {
  code: CauseCode;
  /** The invoice concerned: the one past due, or the one whose payment, voiding or write-off settled the account. */
  invoiceId: string | null;
  invoiceNumber: string | null;
  /** Staff's words, for overrides. */
  reason: string | null;
}

/** Where an account stands. */
export interface Standing {
  state: AccountState;
  /** When it entered its state. */
  since: Date;
  /** When its grace period ends (grace), or ended (restricted). */
  graceEndsAt: Date | null;
  /** Until when staff waived enforcement: while it holds, the account is active whatever it owes. */
  waivedUntil: Date | null;
}

/** What enforcement needs to know of the account's invoices. */
export interface Facts {
  /** The open invoice past its due date with the earliest due date, if any (`dueDate`: YYYY-MM-DD). */
  pastDue: { invoiceId: string; number: string | null; dueDate: string } | null;
}

export interface EnforcementRules {
  overdueDays: number;
  graceDays: number;
}

/** What set the evaluation off: the schedule, or a change to the account's invoices. */
export type Trigger = 'schedule' | 'payment' | 'invoice-voided' | 'invoice-written-off' | 'invoice-issued';

export interface Transition {
  from: AccountState;
  to: AccountState;
  at: Date;
  cause: Cause;
  /** The standing after it. */
  standing: Standing;
}

const DAY = 86_400_000;
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY);

/** An invoice due on `dueDate` (YYYY-MM-DD) is past due from the start of the next day, UTC. */
export function pastDueSince(dueDate: string): Date {
  return addDays(new Date(`${dueDate}T00:00:00.000Z`), 1);
}

/** Whether an invoice due on `dueDate` is past due at `now`. */
export function isPastDue(dueDate: string, now: Date): boolean {
  return now >= pastDueSince(dueDate);
}

/** Whether a waiver protects the account at `now`. */
export function isWaived(standing: Standing, now: Date): boolean {
  return standing.waivedUntil !== null && now < standing.waivedUntil;
}

/** Whether gated features are blocked in this state. */
export function blocksGatedFeatures(state: AccountState): boolean {
  return state === 'restricted';
}

function transition(standing: Standing, to: AccountState, now: Date, cause: Cause, graceEndsAt: Date | null, waivedUntil: Date | null): Transition {
  return { from: standing.state, to, at: now, cause, standing: { state: to, since: now, graceEndsAt, waivedUntil } };
}

function settledBy(trigger: Trigger): CauseCode {
  switch (trigger) {
    case 'payment':
      return 'payment-received';
    case 'invoice-voided':
      return 'invoice-voided';
    case 'invoice-written-off':
      return 'invoice-written-off';
    default:
      return 'no-invoice-past-due';
  }
}

/**
 * The one transition the account takes now, or null when it stays where it is. `settledInvoice`
 * names the invoice whose payment, voiding or write-off set the evaluation off (for the cause).
 */
export function nextTransition(
  standing: Standing,
  facts: Facts,
  now: Date,
  rules: EnforcementRules,
  trigger: Trigger,
  settledInvoice: { invoiceId: string; number: string | null } | null = null,
): Transition | null {
  if (isWaived(standing, now)) return null;
  const pastDue = facts.pastDue;

  if (!pastDue) {
    if (standing.state === 'active') return null;
    const cause: Cause = { code: settledBy(trigger), invoiceId: settledInvoice?.invoiceId ?? null, invoiceNumber: settledInvoice?.number ?? null, reason: null };
    return transition(standing, 'active', now, cause, null, null);
  }

  const owed: Pick<Cause, 'invoiceId' | 'invoiceNumber'> = { invoiceId: pastDue.invoiceId, invoiceNumber: pastDue.number };
  switch (standing.state) {
    case 'active': {
      // Past due while a waiver held: it is the waiver's end that makes the account overdue.
      const waiverEnded = standing.waivedUntil !== null && pastDueSince(pastDue.dueDate) < standing.waivedUntil;
      return transition(standing, 'overdue', now, { code: waiverEnded ? 'waiver-ended' : 'invoice-past-due', ...owed, reason: null }, null, null);
    }
    case 'overdue':
      if (now < addDays(standing.since, rules.overdueDays)) return null;
      return transition(standing, 'grace', now, { code: 'overdue-period-ended', ...owed, reason: null }, addDays(now, rules.graceDays), null);
    case 'grace':
      if (!standing.graceEndsAt || now < standing.graceEndsAt) return null;
      return transition(standing, 'restricted', now, { code: 'grace-period-ended', ...owed, reason: null }, standing.graceEndsAt, null);
    case 'restricted':
      return null;
  }
}

/**
 * Every transition the account takes now, in order, each recorded rather than jumped over (with no
 * overdue days, an account goes overdue and into grace in one evaluation). The notice is never
 * skipped: overdue lasts `overdueDays` from when the account entered it, and grace `graceDays` from
 * when it started, however late the invoice was noticed. Ends within four steps: each state is left
 * at most once per evaluation.
 */
export function settle(standing: Standing, facts: Facts, now: Date, rules: EnforcementRules, trigger: Trigger, settledInvoice: { invoiceId: string; number: string | null } | null = null): Transition[] {
  const steps: Transition[] = [];
  let current = standing;
  for (let i = 0; i < ACCOUNT_STATES.length; i++) {
    const next = nextTransition(current, facts, now, rules, trigger, settledInvoice);
    if (!next) break;
    steps.push(next);
    current = next.standing;
  }
  return steps;
}

export type OverrideRefusal = { refused: 'until-not-in-future' | 'not-overdue' };

/** Staff waive enforcement until `until`: the account is active until then, whatever it owes. */
export function waive(standing: Standing, until: Date, reason: string, now: Date): Transition | OverrideRefusal {
  if (until <= now) return { refused: 'until-not-in-future' };
  return transition(standing, 'active', now, { code: 'waived', invoiceId: null, invoiceNumber: null, reason }, null, until);
}

/**
 * Staff extend an account's grace period to `until`: an overdue account enters grace now, a
 * restricted one goes back to grace (its gated features open again) until then.
 */
export function extendGrace(standing: Standing, until: Date, reason: string, now: Date): Transition | OverrideRefusal {
  if (until <= now) return { refused: 'until-not-in-future' };
  if (standing.state === 'active') return { refused: 'not-overdue' };
  return transition(standing, 'grace', now, { code: 'grace-extended', invoiceId: null, invoiceNumber: null, reason }, until, null);
}

/** Whether the "grace ends soon" email is due now: in grace, within `warningDays` of its end, not yet sent for this grace period. */
export function graceWarningDue(standing: Standing, warnedAt: Date | null, now: Date, warningDays: number): boolean {
  if (standing.state !== 'grace' || !standing.graceEndsAt || warningDays <= 0) return false;
  if (now >= standing.graceEndsAt || now < addDays(standing.graceEndsAt, -warningDays)) return false;
  return warnedAt === null || warnedAt < standing.since;
}
