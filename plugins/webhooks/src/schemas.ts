/**
 * The shapes of the webhooks API: endpoints (never their secret, but once when made or rotated),
 * deliveries with their attempts, and the event catalogue.
 */
import { Nullable, PageQuery, Timestamp, Type, Uuid, type Static } from '@portico/core';

export const DELIVERY_STATUSES = ['pending', 'succeeded', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** `*` subscribes to every event, present and future; otherwise event types as plugins declare them. */
const EventName = Type.String({ pattern: '^(\\*|[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+)$', maxLength: 120 });
const Url = Type.String({ minLength: 1, maxLength: 2000, description: 'Where deliveries are POSTed: https (http only when the server allows development addresses)' });

export const Endpoint = Type.Object({
  id: Uuid,
  url: Type.String(),
  description: Type.String(),
  events: Type.Array(Type.String(), { description: 'The event types delivered; `*` for all' }),
  enabled: Type.Boolean(),
  disabledReason: Nullable(Type.String({ description: 'Why it was disabled, in English: by staff, or for failing since `failingSince`' })),
  disabledBy: Nullable(Type.Union([Type.Literal('staff'), Type.Literal('failing'), Type.Literal('setup')], { description: 'Who disabled it: staff, the task after failing days, or the demo awaiting its setup' })),
  hasSecret: Type.Boolean({ description: 'False for an endpoint made without one (the demo’s): rotate to create it' }),
  /** While a rotation's overlap lasts, deliveries carry a signature by the old secret too. */
  previousSecretExpiresAt: Nullable(Timestamp),
  failingSince: Nullable(Timestamp),
  pending: Type.Integer({ description: 'Deliveries waiting to be sent or retried' }),
  lastDelivery: Nullable(Type.Object({ status: Type.Union(DELIVERY_STATUSES.map((s) => Type.Literal(s))), at: Timestamp, responseStatus: Nullable(Type.Integer()) })),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Endpoint = Static<typeof Endpoint>;

/** An endpoint as made or rotated: the only answers that carry its secret. */
export const EndpointWithSecret = Type.Object({
  endpoint: Endpoint,
  secret: Type.String({ description: 'The signing secret (`whsec_…`): shown this once; keep it where your receiver reads it' }),
});

export const NewEndpoint = Type.Object(
  {
    url: Url,
    description: Type.Optional(Type.String({ maxLength: 500 })),
    events: Type.Array(EventName, { minItems: 1, maxItems: 200, uniqueItems: true }),
  },
  { examples: [{ url: 'https://crm.example.com/hooks/portico', description: 'Deals into our CRM', events: ['deals.deal.submitted', 'deals.deal.approved'] }] },
);
export type NewEndpoint = Static<typeof NewEndpoint>;

export const EndpointChanges = Type.Object(
  {
    url: Type.Optional(Url),
    description: Type.Optional(Type.String({ maxLength: 500 })),
    events: Type.Optional(Type.Array(EventName, { minItems: 1, maxItems: 200, uniqueItems: true })),
    enabled: Type.Optional(Type.Boolean({ description: 'false disables it (nothing is sent; new events are not queued); true enables it again and sends what waits' })),
  },
  { minProperties: 1, examples: [{ enabled: false }] },
);
export type EndpointChanges = Static<typeof EndpointChanges>;

export const Rotation = Type.Object(
  { overlapHours: Type.Optional(Type.Integer({ minimum: 0, maximum: 168, description: 'How long the old secret still signs (default: the tenant’s setting)' })) },
  { examples: [{ overlapHours: 24 }] },
);

export const Attempt = Type.Object({
  at: Timestamp,
  responseStatus: Nullable(Type.Integer()),
  durationMs: Type.Integer(),
  error: Nullable(Type.String({ description: 'What failed when no answer came: refused address, timeout, connection' })),
});

export const Delivery = Type.Object({
  id: Uuid,
  endpointId: Uuid,
  eventId: Uuid,
  eventType: Type.String(),
  status: Type.Union(DELIVERY_STATUSES.map((s) => Type.Literal(s))),
  attempts: Type.Integer(),
  nextAttemptAt: Nullable(Timestamp),
  responseStatus: Nullable(Type.Integer()),
  durationMs: Nullable(Type.Integer()),
  replayOf: Nullable(Uuid),
  createdAt: Timestamp,
});
export type Delivery = Static<typeof Delivery>;

export const DeliveryDetail = Type.Composite([
  Delivery,
  Type.Object({
    body: Type.String({ description: 'The JSON body as sent' }),
    responseBody: Nullable(Type.String({ description: 'The first 2,000 characters of the last answer' })),
    history: Type.Array(Attempt),
  }),
]);
export type DeliveryDetail = Static<typeof DeliveryDetail>;

export const EndpointParams = Type.Object({ id: Uuid });
export const DeliveryListQuery = Type.Object({ ...PageQuery, status: Type.Optional(Type.Union(DELIVERY_STATUSES.map((s) => Type.Literal(s)))) });
export type DeliveryListQuery = Static<typeof DeliveryListQuery>;

export const CatalogueEvent = Type.Object({
  type: Type.String(),
  pluginId: Type.String(),
  schema: Type.Unknown({ description: 'The JSON Schema of `data`' }),
});
export const Catalogue = Type.Object({ items: Type.Array(CatalogueEvent) });
