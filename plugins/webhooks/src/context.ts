/**
 * What the webhook rules need: the tenant's transaction, the server's keys (secrets are sealed), the
 * address policy and timeout the plugin was made with, and how to audit. Built from a route, an event
 * delivery or a task run alike.
 */
import type { Knex } from 'knex';
import type { AuditEntry, EventCatalog, KeyRing, Logger } from '@portico/core';
import type { SendOptions } from './sender.js';
import type { WebhooksSettings } from './settings.js';

export interface WebhooksOptions extends SendOptions {
  /** Attempts of a delivery before it is left failed (the first included). */
  maxAttempts: number;
}

export interface WebhooksContext {
  db: Knex.Transaction;
  tenant: { id: string; slug: string };
  keys: KeyRing;
  log: Logger;
  options: WebhooksOptions;
  eventCatalog: EventCatalog;
  settings: WebhooksSettings;
  /** The moment the work stands for (a task's `now`, so tests move time). */
  now: Date;
  personId: string | null;
  audit(entry: AuditEntry | readonly AuditEntry[]): Promise<void>;
  /** Runs work in a new transaction of the tenant (to record an attempt's outcome). */
  transaction<T>(work: (db: Knex.Transaction) => Promise<T>): Promise<T>;
  /** Runs work once the current transaction committed: the HTTP calls, which must hold no connection. */
  afterCommit(work: () => Promise<void>): void;
}

type Source = {
  db: Knex.Transaction;
  tenant: { id: string; slug: string };
  keys: KeyRing;
  log: Logger;
  eventCatalog: EventCatalog;
  audit(entry: AuditEntry | readonly AuditEntry[]): Promise<void>;
  transaction<T>(work: (db: Knex.Transaction) => Promise<T>): Promise<T>;
  afterCommit(work: () => Promise<void>): void;
  settings(): Promise<WebhooksSettings>;
};

/** The rules' context from a route (with the acting person), a task run (with its `now`) or an event delivery. */
export async function webhooksContext(source: Source, options: WebhooksOptions, extra: { now?: Date; personId?: string | null } = {}): Promise<WebhooksContext> {
  return {
    db: source.db,
    tenant: source.tenant,
    keys: source.keys,
    log: source.log,
    eventCatalog: source.eventCatalog,
    audit: source.audit,
    transaction: source.transaction,
    afterCommit: source.afterCommit,
    settings: await source.settings(),
    options,
    now: extra.now ?? new Date(),
    personId: extra.personId ?? null,
  };
}
