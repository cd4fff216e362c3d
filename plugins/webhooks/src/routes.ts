/**
 * The HTTP side of webhooks, for the programme's staff: endpoints, their deliveries, replay, secret
 * rotation, and the catalogue of events an endpoint may ask for. Each route names its permission and
 * schemas and hands the validated request to the rules (endpoints.ts, delivery-log.ts).
 */
import { IdParams, isStaff, Page, problems, type RouteContext, type RouteDefinition } from '@portico/core';
import { webhooksContext, type WebhooksOptions } from './context.js';
import { sendDue } from './deliveries.js';
import { getDelivery, listDeliveries, replayDelivery } from './delivery-log.js';
import { createEndpoint, deleteEndpoint, getEndpoint, listEndpoints, rotateSecret, updateEndpoint } from './endpoints.js';
import type { WebhooksEvents } from './events.js';
import { P } from './permissions.js';
import { Catalogue, Delivery, DeliveryDetail, DeliveryListQuery, Endpoint, EndpointChanges, EndpointParams, EndpointWithSecret, NewEndpoint, Rotation } from './schemas.js';
import type { WebhooksSettings } from './settings.js';
import { defineRoute } from './types.js';

type Ctx = RouteContext<unknown, unknown, unknown, WebhooksSettings, WebhooksEvents>;

export function webhooksRoutes(options: WebhooksOptions): RouteDefinition[] {
  const rules = (ctx: Ctx) => {
    // The tenant's systems are its staff's business, whatever permissions a token was handed.
    if (!ctx.actor || !isStaff(ctx.actor)) throw problems.forbidden('Webhooks are for the programme’s staff.');
    return webhooksContext(ctx, options, { personId: ctx.actor.personId });
  };
  /** After the answer's commit: send what waits for the endpoint (never while the request holds its transaction). */
  const sendAfterCommit = (ctx: Ctx, rulesCtx: Awaited<ReturnType<typeof rules>>, endpointId: string) =>
    ctx.afterCommit(async () => void (await sendDue(rulesCtx, [endpointId], () => new Date())));

  return [
    defineRoute({
      method: 'GET',
      path: '/webhooks/endpoints',
      name: 'endpoints.list',
      summary: 'The webhook endpoints, each with what waits and how its last delivery went',
      permission: P.read,
      schemas: { response: Page(Endpoint) },
      async handler(ctx) {
        return { items: await listEndpoints(await rules(ctx)), nextCursor: null };
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/webhooks/endpoints',
      name: 'endpoints.create',
      summary: 'Register an endpoint: its URL, the events it wants and a description; answers its signing secret, this once',
      description:
        'The URL must be https (http only where the server allows development addresses) and may not point at a private, loopback or link-local address (400 naming `/url`). ' +
        'Each event must be one of `GET /webhooks/events` or `*` (400 naming `/events/N`).',
      permission: P.manage,
      schemas: { body: NewEndpoint, response: EndpointWithSecret },
      async handler(ctx) {
        return createEndpoint(await rules(ctx), ctx.body);
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/webhooks/endpoints/:id',
      name: 'endpoints.get',
      summary: 'One webhook endpoint',
      permission: P.read,
      schemas: { params: IdParams, response: Endpoint },
      async handler(ctx) {
        return getEndpoint(await rules(ctx), ctx.params.id);
      },
    }),
    defineRoute({
      method: 'PATCH',
      path: '/webhooks/endpoints/:id',
      name: 'endpoints.update',
      summary: 'Change an endpoint’s URL, events or description, or disable and enable it',
      description: 'Enabling an endpoint clears why it was disabled and sends what waited for it, oldest first.',
      permission: P.manage,
      schemas: { params: IdParams, body: EndpointChanges, response: Endpoint },
      async handler(ctx) {
        const c = await rules(ctx);
        const { endpoint, reenabled } = await updateEndpoint(c, ctx.params.id, ctx.body);
        if (reenabled) sendAfterCommit(ctx, c, endpoint.id);
        return endpoint;
      },
    }),
    defineRoute({
      method: 'DELETE',
      path: '/webhooks/endpoints/:id',
      name: 'endpoints.delete',
      summary: 'Delete an endpoint and its deliveries',
      permission: P.manage,
      schemas: { params: IdParams },
      async handler(ctx) {
        await deleteEndpoint(await rules(ctx), ctx.params.id);
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/webhooks/endpoints/:id/rotate-secret',
      name: 'endpoints.rotate-secret',
      summary: 'Give an endpoint a new signing secret; the old one keeps signing during the overlap',
      description: 'Answers the new secret, this once. Meanwhile every delivery carries both signatures in `webhook-signature`.',
      permission: P.manage,
      schemas: { params: IdParams, body: Rotation, response: EndpointWithSecret },
      status: 200,
      async handler(ctx) {
        return rotateSecret(await rules(ctx), ctx.params.id, ctx.body.overlapHours);
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/webhooks/endpoints/:id/deliveries',
      name: 'deliveries.list',
      summary: 'An endpoint’s deliveries, newest first',
      permission: P.read,
      schemas: { params: EndpointParams, query: DeliveryListQuery, response: Page(Delivery) },
      async handler(ctx) {
        return listDeliveries(await rules(ctx), ctx.params.id, ctx.query);
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/webhooks/deliveries/:id',
      name: 'deliveries.get',
      summary: 'One delivery: the body as sent, every attempt, the last answer',
      permission: P.read,
      schemas: { params: IdParams, response: DeliveryDetail },
      async handler(ctx) {
        return getDelivery(await rules(ctx), ctx.params.id);
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/webhooks/deliveries/:id/replay',
      name: 'deliveries.replay',
      summary: 'Send a delivery again: the same body and event id, queued behind what the endpoint has',
      permission: P.manage,
      schemas: { params: IdParams, response: Delivery },
      async handler(ctx) {
        const c = await rules(ctx);
        const { delivery, endpointId } = await replayDelivery(c, ctx.params.id);
        sendAfterCommit(ctx, c, endpointId);
        return delivery;
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/webhooks/events',
      name: 'events.list',
      summary: 'The catalogue of events an endpoint may ask for, with the schema of each one’s `data`',
      permission: P.read,
      schemas: { response: Catalogue },
      async handler(ctx) {
        await rules(ctx);
        return { items: ctx.eventCatalog.all().map(({ type, pluginId, schema }) => ({ type, pluginId, schema })) };
      },
    }),
  ];
}
