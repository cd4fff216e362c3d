/**
 * The webhooks plugin: the tenant's systems hear every event of the programme — the manifest a reader
 * starts from. Each file named below holds one concern (README.md walks through them).
 *
 * - endpoints: registered, changed, disabled, deleted, secrets rotated with an overlap   → endpoints.ts
 * - where a webhook may go (https, never private addresses: SSRF)                        → address-guard.ts
 * - every event queued for the endpoints that want it, sent after commit, in order      → handler.ts, deliveries.ts
 * - one signed HTTP attempt (Standard Webhooks)                                          → sender.ts, signing.ts
 * - retries with backoff, and disabling an endpoint that keeps failing                   → tasks.ts, disabling.ts, messages.ts
 * - what staff see of deliveries, and replay                                             → delivery-log.ts
 */
import { definePlugin } from '@portico/core';
import type { WebhooksOptions } from './context.js';
import { MAX_ATTEMPTS } from './deliveries.js';
import { webhooksEvents } from './events.js';
import { handleEvery } from './handler.js';
import { permissions } from './permissions.js';
import { webhooksRoutes } from './routes.js';
import { seedDemo } from './seed.js';
import { webhooksSettings } from './settings.js';
import { SEND_TASK, webhooksTasks } from './tasks.js';
import { webhooksAudit } from './audit.js';

export { P as webhooksPermissions } from './permissions.js';
export { SEND_TASK };

export interface WebhooksPluginOptions {
  /**
   * Let endpoints point at loopback and private addresses: a development machine, tests. Default:
   * the environment's `PORTICO_WEBHOOKS_ALLOW_PRIVATE=true`, else no. Never in production.
   */
  allowPrivateAddresses?: boolean;
  /** Refuse plain http endpoints. Default: when `NODE_ENV` is `production`. */
  requireHttps?: boolean;
  /** How long an attempt waits for an answer (default 10 s). */
  timeoutMs?: number;
}

/** The webhooks plugin, sending where and how `options` allow. */
export function createWebhooksPlugin(options: WebhooksPluginOptions = {}) {
  const resolved: WebhooksOptions = {
    allowPrivateAddresses: options.allowPrivateAddresses ?? process.env.PORTICO_WEBHOOKS_ALLOW_PRIVATE === 'true',
    requireHttps: options.requireHttps ?? process.env.NODE_ENV === 'production',
    timeoutMs: options.timeoutMs ?? 10_000,
    maxAttempts: MAX_ATTEMPTS,
  };
  return definePlugin({
    id: 'webhooks',
    version: '0.1.0',
    description: 'Webhooks: every event of the programme, signed following Standard Webhooks, to the tenant’s own systems',
    audit: webhooksAudit,
    permissions,
    migrations: new URL('./migrations/', import.meta.url),
    widgets: new URL('../dist/widgets/', import.meta.url),
    settings: webhooksSettings,
    events: { emits: webhooksEvents, handlesAll: handleEvery(resolved) },
    routes: { v1: webhooksRoutes(resolved) },
    tasks: webhooksTasks(resolved),
    seedDemo,
  });
}

export const webhooksPlugin = createWebhooksPlugin();
