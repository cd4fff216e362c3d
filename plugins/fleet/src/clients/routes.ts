/** The HTTP side of client companies: each route names its permission and schemas and calls the rules. */
import { IdParams, Page, type RouteDefinition } from '@portico/core';
import { fleetContext } from '../context.js';
import { P } from '../permissions.js';
import { ActivityEntry, ActivityQuery, ClientDetail, ClientListQuery, ClientSummary, ClientUpdate, NewClient } from '../schemas.js';
import { defineRoute } from '../types.js';
import { clientActivity } from './activity.js';
import { clientDetail, listClients, registerClient, updateClient } from './service.js';

export const clientRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'GET',
    path: '/fleet/clients',
    name: 'clients.list',
    summary: 'List client companies',
    description:
      'A partner’s people see their organisation’s clients; staff see every partner’s (and may name one with `partnerId`, or find every partner’s row of one company with `externalId`). ' +
      'Filters: `status`, `health` (or `unknown`), `mandate` (its status, or `none`), `assignee` (a member’s id); `q` searches names, domains and external ids. Cursor pages.',
    permission: P.read,
    schemas: { query: ClientListQuery, response: Page(ClientSummary) },
    async handler(ctx) {
      return listClients(await fleetContext(ctx), ctx.query);
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/fleet/clients',
    name: 'clients.register',
    summary: 'Register a client company',
    description: 'A partner’s people register their organisation’s clients when the programme allows it (`partnersMayRegisterClients`); staff name the partner. Names are unique per partner (409).',
    permission: P.clientsRegister,
    schemas: { body: NewClient, response: ClientDetail },
    async handler(ctx) {
      return registerClient(await fleetContext(ctx), ctx.body);
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/fleet/clients/:id',
    name: 'clients.get',
    summary: 'A client’s 360 summary: profile, facts, contact, mandate, pending invitation, assigned members, deep link',
    description: 'Staff also get `alsoServedBy`: the same company’s rows of other partners.',
    permission: P.read,
    schemas: { params: IdParams, response: ClientDetail },
    async handler(ctx) {
      return clientDetail(await fleetContext(ctx), ctx.params.id);
    },
  }),
  defineRoute({
    method: 'PATCH',
    path: '/fleet/clients/:id',
    name: 'clients.update',
    summary: 'Change a client company',
    description: 'A client the feed pushed (with an external id) is changed in the tenant’s product, not by its partner (409 `fed-by-tenant`); staff may. Only staff set the `contact`.',
    permission: P.clientsRegister,
    schemas: { params: IdParams, body: ClientUpdate, response: ClientDetail },
    async handler(ctx) {
      return updateClient(await fleetContext(ctx), ctx.params.id, ctx.body);
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/fleet/clients/:id/activity',
    name: 'clients.activity.list',
    summary: 'A client’s recent activity: the audit of what was done for it, newest first',
    permission: P.read,
    schemas: { params: IdParams, query: ActivityQuery, response: Page(ActivityEntry) },
    async handler(ctx) {
      return clientActivity(await fleetContext(ctx), ctx.params.id, ctx.query);
    },
  }),
];
