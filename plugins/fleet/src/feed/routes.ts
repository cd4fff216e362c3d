/** The data feed's route: called by the tenant's backend with an API key whose scopes name `fleet.feed.write`. */
import { problems, type RouteDefinition } from '@portico/core';
import { fleetContext } from '../context.js';
import { P } from '../permissions.js';
import { FEED_BATCH_LIMIT, FeedBatch, FeedResult } from '../schemas.js';
import { defineRoute } from '../types.js';
import { applyFeed } from './service.js';

export const feedRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'POST',
    path: '/fleet/feed/clients',
    name: 'feed.clients.push',
    summary: 'Push client companies from the tenant’s product: idempotent upserts by external id and partner',
    description:
      `Up to ${FEED_BATCH_LIMIT.toLocaleString('en')} records a call (more: 400). Each record is a \`FeedClientRecord\`: \`externalId\`, \`partner\` (the partner’s id), \`name\`, and optionally ` +
      '`domain`, `country`, `status`, `health`, `contact` (who approves mandate extensions), `facts` (replaced as a whole) and `mandate` (set as a new version, no approval). ' +
      'A field left out keeps what Portico has; `null` clears it. The answer (200) has one result per record, in order: `created`, `updated`, `unchanged`, or `refused` with a problem+json ' +
      '`problem` whose `errors` name the fields as JSON pointers into the record. A refused record changes nothing, and the others still apply. Called with `Authorization: Bearer <API key>`.',
    permission: P.feedWrite,
    status: 200,
    schemas: { body: FeedBatch, response: FeedResult },
    async handler(ctx) {
      if (ctx.body.records.length > FEED_BATCH_LIMIT) throw problems.invalidField('/records', `must hold at most ${FEED_BATCH_LIMIT} records.`);
      return applyFeed(await fleetContext(ctx), ctx.body.records);
    },
  }),
];
