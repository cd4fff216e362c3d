/**
 * The enforcement state machine on its own (no server): every state against every kind of fact and
 * trigger, the timings at their edges, the overrides and the "grace ends soon" warning.
 */
import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_STATES,
  blocksGatedFeatures,
  extendGrace,
  graceWarningDue,
  isPastDue,
  nextTransition,
  settle,
  waive,
  type AccountState,
  type Facts,
  type Standing,
  type Trigger,
} from '../src/enforcement.js';

const DAY = 86_400_000;
const t0 = new Date('2026-03-10T09:00:00.000Z');
const after = (days: number, from = t0) => new Date(from.getTime() + days * DAY);
const rules = { overdueDays: 3, graceDays: 14 };
const owed: Facts = { pastDue: { invoiceId: 'inv-1', number: 'INV-2026-000001', dueDate: '2026-03-09' } };
const clear: Facts = { pastDue: null };
const standing = (state: AccountState, overrides: Partial<Standing> = {}): Standing => ({
  state,
  since: t0,
  graceEndsAt: state === 'grace' || state === 'restricted' ? after(14) : null,
  waivedUntil: null,
  ...overrides,
});
const TRIGGERS: Trigger[] = ['schedule', 'payment', 'invoice-voided', 'invoice-written-off', 'invoice-issued'];

describe('the transition table', () => {
  it('active → overdue as soon as an invoice is past due, whatever set the evaluation off', () => {
    for (const trigger of TRIGGERS) {
      const t = nextTransition(standing('active'), owed, t0, rules, trigger)!;
      expect(t).toMatchObject({ from: 'active', to: 'overdue', at: t0, cause: { code: 'invoice-past-due', invoiceId: 'inv-1', invoiceNumber: 'INV-2026-000001' } });
      expect(t.standing).toEqual({ state: 'overdue', since: t0, graceEndsAt: null, waivedUntil: null });
    }
  });

  it('overdue → grace once overdueDays have passed in overdue, the grace period running graceDays from then', () => {
    const overdue = standing('overdue');
    expect(nextTransition(overdue, owed, new Date(after(3).getTime() - 1), rules, 'schedule')).toBeNull();
    const t = nextTransition(overdue, owed, after(3), rules, 'schedule')!;
    expect(t).toMatchObject({ from: 'overdue', to: 'grace', cause: { code: 'overdue-period-ended', invoiceNumber: 'INV-2026-000001' } });
    expect(t.standing.graceEndsAt).toEqual(after(17));
    // A task that ran late still gives the partner the whole grace period, from when it starts.
    expect(nextTransition(overdue, owed, after(10), rules, 'schedule')!.standing.graceEndsAt).toEqual(after(24));
    // With no days of notice, grace starts at once.
    expect(nextTransition(overdue, owed, t0, { overdueDays: 0, graceDays: 14 }, 'schedule')?.to).toBe('grace');
  });

  it('grace → restricted when the grace period has ended, not a moment before', () => {
    const grace = standing('grace', { graceEndsAt: after(14) });
    expect(nextTransition(grace, owed, new Date(after(14).getTime() - 1), rules, 'schedule')).toBeNull();
    const t = nextTransition(grace, owed, after(14), rules, 'schedule')!;
    expect(t).toMatchObject({ from: 'grace', to: 'restricted', cause: { code: 'grace-period-ended' } });
    expect(t.standing).toMatchObject({ state: 'restricted', since: after(14), graceEndsAt: after(14) });
  });

  it('restricted stays restricted while anything is past due', () => {
    for (const trigger of TRIGGERS) expect(nextTransition(standing('restricted'), owed, after(100), rules, trigger)).toBeNull();
  });

  it('back to active at once from any other state once nothing is past due, the cause naming what settled it', () => {
    const settled = { invoiceId: 'inv-1', number: 'INV-2026-000001' };
    const causes: Record<Trigger, string> = {
      payment: 'payment-received',
      'invoice-voided': 'invoice-voided',
      'invoice-written-off': 'invoice-written-off',
      schedule: 'no-invoice-past-due',
      'invoice-issued': 'no-invoice-past-due',
    };
    for (const from of ['overdue', 'grace', 'restricted'] as const) {
      for (const trigger of TRIGGERS) {
        const t = nextTransition(standing(from), clear, after(1), rules, trigger, settled)!;
        expect(t, `${from} on ${trigger}`).toMatchObject({ from, to: 'active', at: after(1), cause: { code: causes[trigger], invoiceId: 'inv-1' } });
        expect(t.standing).toEqual({ state: 'active', since: after(1), graceEndsAt: null, waivedUntil: null });
      }
    }
  });

  it('leaves an active account with nothing past due alone', () => {
    for (const trigger of TRIGGERS) expect(nextTransition(standing('active'), clear, t0, rules, trigger)).toBeNull();
  });

  it('never skips the notice: an invoice found past due long after its date still makes the account overdue first', () => {
    const steps = settle(standing('active'), owed, after(30), rules, 'schedule');
    expect(steps.map((s) => [s.from, s.to])).toEqual([['active', 'overdue']]);
  });

  it('takes every transition due at once, each recorded, when no notice period stands between them', () => {
    const zeroNotice = settle(standing('active'), owed, t0, { overdueDays: 0, graceDays: 14 }, 'invoice-issued');
    expect(zeroNotice.map((s) => [s.from, s.to])).toEqual([['active', 'overdue'], ['overdue', 'grace']]);
    // Grace starts when the account enters it, so the partner gets the full period.
    expect(zeroNotice[1].standing.graceEndsAt).toEqual(after(14));
    expect(settle(standing('grace', { graceEndsAt: after(1) }), owed, after(2), rules, 'schedule').map((s) => s.to)).toEqual(['restricted']);
    expect(settle(standing('restricted'), clear, after(2), rules, 'payment').map((s) => s.to)).toEqual(['active']);
    expect(settle(standing('active'), clear, after(2), rules, 'schedule')).toEqual([]);
  });
});

describe('staff overrides', () => {
  it('a waiver makes any account active until its end, whatever it owes, and the schedule leaves it alone meanwhile', () => {
    for (const from of ACCOUNT_STATES) {
      const t = waive(standing(from), after(30), 'Bank transfer on its way', after(1));
      expect(t).toMatchObject({ from, to: 'active', cause: { code: 'waived', reason: 'Bank transfer on its way' } });
      if (!('standing' in t)) throw new Error('refused');
      expect(t.standing).toEqual({ state: 'active', since: after(1), graceEndsAt: null, waivedUntil: after(30) });
      expect(nextTransition(t.standing, owed, after(29), rules, 'schedule')).toBeNull();
    }
    expect(waive(standing('overdue'), t0, 'now', t0)).toEqual({ refused: 'until-not-in-future' });
  });

  it('when a waiver ends with an invoice still past due, the account is overdue again, the waiver’s end the cause', () => {
    const waived = standing('active', { waivedUntil: after(30) });
    const t = nextTransition(waived, owed, after(30), rules, 'schedule')!;
    expect(t).toMatchObject({ from: 'active', to: 'overdue', cause: { code: 'waiver-ended' } });
    expect(t.standing.waivedUntil).toBeNull();
    // An invoice that fell due after the waiver had ended is just past due.
    const later: Facts = { pastDue: { invoiceId: 'inv-2', number: 'INV-2026-000002', dueDate: '2026-05-01' } };
    expect(nextTransition(waived, later, new Date('2026-05-03T00:00:00Z'), rules, 'schedule')!.cause.code).toBe('invoice-past-due');
  });

  it('extending the grace period moves an overdue, grace or restricted account to grace until the new end', () => {
    for (const from of ['overdue', 'grace', 'restricted'] as const) {
      const t = extendGrace(standing(from), after(40), 'New bank', after(20));
      expect(t).toMatchObject({ from, to: 'grace', cause: { code: 'grace-extended', reason: 'New bank' } });
      if (!('standing' in t)) throw new Error('refused');
      expect(t.standing).toEqual({ state: 'grace', since: after(20), graceEndsAt: after(40), waivedUntil: null });
      // …and the schedule restricts it again only once that end has passed.
      expect(nextTransition(t.standing, owed, after(39), rules, 'schedule')).toBeNull();
      expect(nextTransition(t.standing, owed, after(40), rules, 'schedule')?.to).toBe('restricted');
    }
    expect(extendGrace(standing('active'), after(40), 'why', t0)).toEqual({ refused: 'not-overdue' });
    expect(extendGrace(standing('grace'), t0, 'why', after(1))).toEqual({ refused: 'until-not-in-future' });
  });
});

describe('around the table', () => {
  it('only a restricted account has its gated features blocked', () => {
    expect(ACCOUNT_STATES.filter(blocksGatedFeatures)).toEqual(['restricted']);
  });

  it('counts an invoice past due from the start of the day after its due date (UTC)', () => {
    expect(isPastDue('2026-03-09', new Date('2026-03-09T23:59:59.999Z'))).toBe(false);
    expect(isPastDue('2026-03-09', new Date('2026-03-10T00:00:00.000Z'))).toBe(true);
  });

  it('warns once per grace period, within the warning days before its end', () => {
    const grace = standing('grace', { since: t0, graceEndsAt: after(14) });
    expect(graceWarningDue(grace, null, after(10), 3)).toBe(false);
    expect(graceWarningDue(grace, null, after(11), 3)).toBe(true);
    expect(graceWarningDue(grace, after(11), after(12), 3), 'already warned').toBe(false);
    expect(graceWarningDue(grace, null, after(14), 3), 'ended').toBe(false);
    expect(graceWarningDue(grace, null, after(12), 0), 'warnings off').toBe(false);
    // An extended grace period (a new `since`) warns again for its new end.
    expect(graceWarningDue({ ...grace, since: after(12), graceEndsAt: after(30) }, after(11), after(28), 3)).toBe(true);
    for (const state of ['active', 'overdue', 'restricted'] as const) expect(graceWarningDue(standing(state), null, after(12), 3)).toBe(false);
  });
});
