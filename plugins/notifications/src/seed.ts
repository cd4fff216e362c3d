/**
 * The demo's notifications: the events each declaring plugin makes from its own demo data (a decided
 * deal, an answered question…), delivered as real ones would be — to the people each declaration names,
 * as their preferences say — but with no email, so that the centre and the bell show something on
 * first start. A second seed finds its rows and adds nothing.
 */
import { deliverEvent } from './deliver.js';
import { declaredKinds } from './kinds.js';
import { LiveHub } from './live.js';
import { defineSeed } from './types.js';

export const seedDemo = defineSeed(async (ctx) => {
  const deliver = deliverEvent(new LiveHub());
  let events = 0;
  for (const { declaration } of declaredKinds(ctx.extensions)) {
    for (const event of (await declaration.demo?.({ db: ctx.db, tenant: ctx.tenant })) ?? []) {
      await deliver(event, { ...ctx, keys: { seal: () => '', open: () => '', sign: () => '' }, publicUrl: '', sendMail: async () => {}, afterCommit: () => {} });
      events++;
    }
  }
  ctx.log.info({ events }, 'demo notifications seeded');
});
