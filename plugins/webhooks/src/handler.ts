/**
 * Every event of every plugin comes here (`events.handlesAll`): queued for the endpoints that want it
 * in this delivery's transaction, sent once that transaction has committed.
 */
import type { DomainEvent, EventContext } from '@portico/core';
import { webhooksContext, type WebhooksOptions } from './context.js';
import { enqueue, sendDue } from './deliveries.js';
import type { WebhooksSettings } from './settings.js';

export function handleEvery(options: WebhooksOptions) {
  return async (event: DomainEvent, ctx: EventContext<WebhooksSettings>): Promise<void> => {
    const endpoints = await enqueue(ctx, event);
    if (endpoints.length === 0) return;
    const rules = await webhooksContext({ ...ctx, audit: async () => undefined }, options);
    ctx.afterCommit(async () => void (await sendDue(rules, endpoints, () => new Date())));
  };
}
