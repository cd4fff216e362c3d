/**
 * The events the webhooks plugin emits: an endpoint disabled because it kept failing (so that other
 * plugins, notifications for one, can tell people).
 */
import { Timestamp, Type, Uuid } from '@portico/core';

export const webhooksEvents = {
  'webhooks.endpoint.disabled': Type.Object({ endpointId: Uuid, url: Type.String(), failingSince: Timestamp, reason: Type.String() }),
};
export type WebhooksEvents = typeof webhooksEvents;
