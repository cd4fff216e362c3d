/**
 * The context handed to work that runs outside a request (event handlers, scheduled tasks): the
 * tenant's transaction, with the same emit / mail / settings that a route handler has.
 */
import type { Knex } from 'knex';
import type { EventContext, KeyRing, Logger, TenantRef } from '@portico/core';
import type { Registry } from './registry/registry.js';
import { recordEvent } from './events/outbox.js';
import { readPluginSettings } from './settings.js';
import { queueMail } from './mail/mail-queue.js';

export interface BackgroundDeps {
  registry: Registry;
  keys: KeyRing;
  publicUrl: string;
  log: Logger;
}

/** What the work did besides its own writes, so the caller can kick the outbox and the mail queue after commit. */
export interface BackgroundEffects {
  emitted: boolean;
  mailed: boolean;
}

export function backgroundContext(deps: BackgroundDeps, trx: Knex.Transaction, tenant: TenantRef, pluginId: string, effects: BackgroundEffects): EventContext {
  return {
    db: trx,
    tenant,
    log: deps.log,
    emit: async (type, payload) => {
      await recordEvent(trx, deps.registry, { tenantId: tenant.id, pluginId, actorPersonId: null, requestId: null }, type, payload);
      effects.emitted = true;
    },
    settings: <T>() => readPluginSettings<T>(trx, deps.registry, tenant.id, pluginId),
    sendMail: async (message) => {
      await queueMail(trx, tenant.id, message);
      effects.mailed = true;
    },
    publicUrl: deps.publicUrl,
    keys: deps.keys,
    plugins: deps.registry.pluginsFor(pluginId),
  };
}
