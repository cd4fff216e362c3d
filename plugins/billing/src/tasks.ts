/**
 * Scheduled enforcement: every quarter of an hour, each account that owes something past due, is not
 * active, or is under a waiver is evaluated at the run's `now` (never the clock, so tests move time),
 * taking the transitions due — overdue, grace, restricted, or back — and the "grace ends soon" email
 * goes out once per grace period. Idempotent: a second run at the same moment finds nothing to do.
 */
import type { ScheduledTask } from '@portico/core';
import { taskContext } from './context.js';
import type { BillingProviders } from './providers/provider.js';
import { dayOf, reconcile, warnIfGraceEndsSoon } from './standing.js';
import { defineTask } from './types.js';

export const ENFORCE_TASK = 'enforce';

export function billingTasks(providers: BillingProviders): ScheduledTask[] {
  return [
    defineTask({
      name: ENFORCE_TASK,
      // Due dates are days; a quarter-hour delay is invisible and keeps the run cheap.
      everyMinutes: 15,
      async run(task) {
        const ctx = await taskContext(task, providers);
        const today = dayOf(ctx.now);
        const accounts: { id: string; waivedUntil: Date | string | null }[] = await ctx.db('billing_accounts as a')
          .where('a.tenant_id', ctx.tenant.id)
          .where((w) =>
            w
              .whereNot('a.state', 'active')
              .orWhereNotNull('a.waived_until')
              .orWhereExists((open) => open.select(ctx.db.raw('1')).from('billing_invoices as i').whereRaw('i.account_id = a.id').where('i.status', 'open').where('i.due_date', '<', today)),
          )
          .orderBy('a.id')
          .select('a.id', 'a.waived_until');
        let changed = 0;
        for (const account of accounts) {
          changed += (await reconcile(ctx, account.id, 'schedule')).length;
          await warnIfGraceEndsSoon(ctx, account.id);
          if (account.waivedUntil && new Date(account.waivedUntil) <= ctx.now) await forgetEndedWaiver(ctx, account.id);
        }
        if (changed > 0) ctx.log.info({ tenant: task.tenant.slug, transitions: changed }, 'billing enforcement ran');
      },
    }),
  ];
}

/** A waiver that ended with nothing owed any more is cleared, so the account leaves the task's list. */
async function forgetEndedWaiver(ctx: Awaited<ReturnType<typeof taskContext>>, accountId: string): Promise<void> {
  const cleared = await ctx.db('billing_accounts')
    .where({ tenantId: ctx.tenant.id, id: accountId, state: 'active' })
    .where('waivedUntil', '<=', ctx.now)
    .update({ waivedUntil: null, waiverReason: null, updatedAt: ctx.now })
    .returning(['partnerId', 'waivedUntil']);
  if (cleared.length > 0) {
    await ctx.audit({ action: 'billing.account.waiver-ended', targetType: 'billing-account', targetId: accountId, partnerId: cleared[0].partnerId, after: { waivedUntil: null } });
  }
}
