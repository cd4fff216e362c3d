/**
 * The webhooks' scheduled work, every minute: send what is due (retries, and anything the after-commit
 * sender could not finish), after the run's transaction commits; and disable the endpoints that have
 * failed for too long. Time is the run's `now`, so tests move it.
 */
import type { ScheduledTask } from '@portico/core';
import { webhooksContext, type WebhooksOptions } from './context.js';
import { endpointsDue, sendDue } from './deliveries.js';
import { disableFailingEndpoints } from './disabling.js';
import { defineTask } from './types.js';

export const SEND_TASK = 'send';

export function webhooksTasks(options: WebhooksOptions): ScheduledTask[] {
  return [
    defineTask({
      name: SEND_TASK,
      everyMinutes: 1,
      async run(task) {
        const ctx = await webhooksContext({ ...task, audit: task.audit }, options, { now: task.now });
        await disableFailingEndpoints({ ...ctx, sendMail: task.sendMail, emit: task.emit, publicUrl: task.publicUrl });
        const due = await endpointsDue(ctx, task.now);
        if (due.length > 0) task.afterCommit(async () => void (await sendDue(ctx, due, () => task.now)));
      },
    }),
  ];
}
