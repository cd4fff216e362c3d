/** Scheduled work: lapse approved registrations whose protection has run out. */
import type { ScheduledTask } from '@portico/core';
import { expireRegistrations } from './review.js';
import { defineTask } from './types.js';

export const tasks: ScheduledTask[] = [
  defineTask({
    name: 'expire-registrations',
    // Expiry is to the day; a quarter-hour delay is invisible and keeps the job cheap.
    everyMinutes: 15,
    async run(ctx) {
      const lapsed = await expireRegistrations(ctx);
      if (lapsed > 0) ctx.log.info({ tenant: ctx.tenant.slug, lapsed }, 'deal registrations expired');
    },
  }),
];
