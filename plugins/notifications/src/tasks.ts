import { sendDigests } from './digest.js';
import { defineTask } from './types.js';

/** Digests leave hourly at most: each person's when a day (or a week) has passed since their last. */
export const notificationsTasks = [
  defineTask({
    name: 'send-digests',
    everyMinutes: 60,
    async run(ctx) {
      await sendDigests(ctx);
    },
  }),
];
