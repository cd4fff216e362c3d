/**
 * The HTTP side of items: each route names its permission and schemas (the pipeline authenticates,
 * authorises and validates before the handler runs) and hands the request to the rules in service.ts.
 * Paths are mounted under /api/v1; operation ids are `__PLUGIN_ID__.<name>`.
 */
import { IdParams, type RouteContext, type RouteDefinition } from '@portico/core';
import { P } from './permissions.js';
import { Item, ItemListQuery, ItemPage, NewItem } from './schemas.js';
import { createItem, getItem, listItems, type ItemsContext } from './service.js';
import type { __PASCAL__Events } from './events.js';
import type { __PASCAL__Settings } from './settings.js';
import { defineRoute } from './types.js';

/** The request as the rules see it: transaction, actor, settings, audit and events. */
async function itemsContext(ctx: RouteContext<unknown, unknown, unknown, __PASCAL__Settings, __PASCAL__Events>): Promise<ItemsContext> {
  return { db: ctx.db, tenant: ctx.tenant, actor: ctx.actor!, settings: await ctx.settings(), audit: ctx.audit, emit: ctx.emit };
}

export const itemRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'POST',
    path: '/__PLUGIN_ID__/items',
    name: 'items.create',
    summary: 'Add an item for your partner organisation',
    description: 'For a partner’s people (staff get 403). The title is at most the tenant’s `maxTitleLength` setting; a longer one is a 400 naming `/title`.',
    permission: P.write,
    schemas: { body: NewItem, response: Item },
    async handler(ctx) {
      return createItem(await itemsContext(ctx), ctx.body);
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/__PLUGIN_ID__/items',
    name: 'items.list',
    summary: 'List items, newest first',
    description: 'A partner’s people see their organisation’s items; staff see every organisation’s.',
    permission: P.read,
    schemas: { query: ItemListQuery, response: ItemPage },
    async handler(ctx) {
      return listItems(await itemsContext(ctx), ctx.query);
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/__PLUGIN_ID__/items/:id',
    name: 'items.get',
    summary: 'Read an item',
    description: 'An item of another organisation is a 404, as one that does not exist.',
    permission: P.read,
    schemas: { params: IdParams, response: Item },
    async handler(ctx) {
      return getItem(await itemsContext(ctx), ctx.params.id);
    },
  }),
];
