/** Scheduled work: invitations and proposal links past their lifetime expire; mandates past their last day end. */
import type { ScheduledTask } from '@portico/core';
import { expireInvitations } from './invitations/service.js';
import { endExpiredMandates, expireProposals } from './mandates/service.js';
import { defineTask } from './types.js';

export const tasks: ScheduledTask[] = [
  defineTask({
    name: 'expire',
    // Lifetimes count in days; a quarter-hour's delay is invisible and keeps the task cheap.
    everyMinutes: 15,
    async run(ctx) {
      const fx = { db: ctx.db, tenant: ctx.tenant, settings: await ctx.settings(), audit: ctx.audit, emit: ctx.emit, sendMail: ctx.sendMail, publicUrl: ctx.publicUrl };
      const invitations = await expireInvitations(fx, ctx.now);
      const proposals = await expireProposals(fx, ctx.now);
      const mandates = await endExpiredMandates(fx, ctx.now);
      if (invitations + proposals + mandates > 0) ctx.log.info({ tenant: ctx.tenant.slug, invitations, proposals, mandates }, 'fleet: expired');
    },
  }),
];
