/**
 * The tenant's webhook settings (`/api/v1/webhooks/settings`): how long an endpoint may fail before it
 * is disabled, and how long a rotated secret stays valid by default.
 */
import { defineSettings, Type, type Static } from '@portico/core';
import { P } from './permissions.js';

export const WebhooksSettings = Type.Object({
  disableAfterDays: Type.Integer({ minimum: 1, maximum: 30, default: 5, description: 'An endpoint whose every delivery failed for this many days is disabled, and the tenant’s administrators told' }),
  rotationOverlapHours: Type.Integer({ minimum: 0, maximum: 168, default: 24, description: 'How long the old secret stays valid after a rotation, when the rotation names no overlap' }),
});
export type WebhooksSettings = Static<typeof WebhooksSettings>;

export const webhooksSettings = defineSettings({
  schema: WebhooksSettings,
  read: P.read,
  manage: P.manage,
  summary: 'Read the webhook settings (when a failing endpoint is disabled, how long a rotated secret overlaps)',
  example: { disableAfterDays: 3 },
});
