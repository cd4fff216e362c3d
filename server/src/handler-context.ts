/**
 * The one place a handler's context is built, for a route's handler (route-pipeline.ts adds the
 * request: params, body, actor, http…), an event handler (events/dispatcher.ts) and a scheduled task
 * (tasks/scheduler.ts adds `now` and `audit`): the tenant's transaction, with emit / mail / settings.
 * And the one after-commit hook: what the work emitted is delivered and what it mailed is sent only
 * once its transaction committed.
 */
import type { Knex } from 'knex';
import type { EventContext, KeyRing, Logger, TenantRef } from '@portico/core';
import type { Registry } from './registry/registry.js';
import { recordEvent } from './events/outbox.js';
import { readPluginSettings } from './settings.js';
import { queueMail } from './mail/mail-queue.js';
import { inTenantTransaction } from './db/tenant-transaction.js';

export interface HandlerDeps {
  registry: Registry;
  keys: KeyRing;
  publicUrl: string;
  knex: Knex;
  appRole: string;
}

/** Whose work it is: the transaction, its tenant and the plugin, and where it comes from. */
export interface HandlerScope {
  db: Knex.Transaction;
  tenant: TenantRef;
  pluginId: string;
  log: Logger;
  /** The person the events are recorded as emitted by, and the request they came from (none outside a request). */
  actorPersonId?: string | null;
  requestId?: string | null;
  /** How the plugin's settings are read; by default from the tenant's row (a request reads them once for all). */
  settings?: () => Promise<unknown>;
}

/**
 * What the work did besides its own writes, for `afterCommit`: the tenants it emitted events or queued
 * mail for, and the work it asked to run once committed.
 */
export interface Effects {
  emitted: Set<string>;
  mailed: Set<string>;
  afterCommit: (() => Promise<void>)[];
}

export function noEffects(): Effects {
  return { emitted: new Set(), mailed: new Set(), afterCommit: [] };
}

/** The members of a handler's context that routes, event handlers and tasks share (each is typed as in `RouteContext`). */
export function handlerContext(deps: HandlerDeps, scope: HandlerScope, effects: Effects): EventContext {
  const { db, tenant, pluginId } = scope;
  const settings = scope.settings ?? (() => readPluginSettings(db, deps.registry, tenant.id, pluginId));
  return {
    db,
    tenant,
    log: scope.log,
    emit: async (type, payload) => {
      const origin = { tenantId: tenant.id, pluginId, actorPersonId: scope.actorPersonId ?? null, requestId: scope.requestId ?? null };
      await recordEvent(db, deps.registry, origin, type, payload);
      effects.emitted.add(tenant.id);
    },
    settings: <T>() => settings() as Promise<T>,
    sendMail: async (message) => {
      await queueMail(db, tenant.id, message);
      effects.mailed.add(tenant.id);
    },
    publicUrl: deps.publicUrl,
    keys: deps.keys,
    plugins: deps.registry.pluginsFor(pluginId),
    extensions: deps.registry.extensions,
    eventCatalog: deps.registry.eventCatalog,
    permissions: deps.registry.catalog,
    transaction: (work) => inTenantTransaction(deps.knex, deps.appRole, tenant.id, work),
    afterCommit: (work) => void effects.afterCommit.push(work),
  };
}

/** The queues a commit may have fed. */
export interface AfterCommitQueues {
  dispatcher: { kick(tenantId: string): void };
  mail: { kick(tenantId: string): void };
}

/**
 * After a commit: hands what the work emitted to the event dispatcher and what it mailed to the mail
 * sender, for each tenant. Never call it for work that was rolled back (pass null, or nothing).
 */
export function afterCommit(queues: AfterCommitQueues, effects: Effects | null | undefined): void {
  if (!effects) return;
  for (const tenantId of effects.emitted) queues.dispatcher.kick(tenantId);
  for (const tenantId of effects.mailed) queues.mail.kick(tenantId);
}

/**
 * Runs the work a handler asked to run once its transaction committed, one after another; a failure
 * is logged and does not stop the rest (the work records its own outcome).
 */
export async function runAfterCommit(effects: Effects | null | undefined, log: Logger): Promise<void> {
  for (const work of effects?.afterCommit ?? []) {
    try {
      await work();
    } catch (err) {
      log.error({ err }, 'work after commit failed');
    }
  }
}
