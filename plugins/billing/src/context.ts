/**
 * What the billing rules need from whoever calls them — a route, the scheduled task, the webhook —
 * with no Koa in sight: the tenant's transaction, who acts (null for the system and for a provider's
 * webhook), the moment the work stands for, the settings, and how to record and tell.
 */
import type { Knex } from 'knex';
import type { Actor, AuditEntry, KeyRing, Logger, MailMessage, RouteContext, TaskContext } from '@portico/core';
import type { BillingEvents } from './events.js';
import type { BillingProviders } from './providers/provider.js';
import type { BillingSettings } from './settings.js';
import type { BillingEmit } from './types.js';

export interface BillingContext {
  db: Knex.Transaction;
  tenant: { id: string };
  actor: Actor | null;
  /** The moment this work stands for: the clock in a request, the task's `now` in a scheduled run. */
  now: Date;
  settings: BillingSettings;
  audit(entry: AuditEntry): Promise<void>;
  emit: BillingEmit;
  sendMail(message: MailMessage): Promise<void>;
  publicUrl: string;
  keys: KeyRing;
  log: Logger;
  providers: BillingProviders;
}

/** The rules' context of a request. */
export async function requestContext(ctx: RouteContext<unknown, unknown, unknown, BillingSettings, BillingEvents>, providers: BillingProviders): Promise<BillingContext> {
  return {
    db: ctx.db,
    tenant: ctx.tenant,
    actor: ctx.actor,
    now: new Date(),
    settings: await ctx.settings(),
    audit: ctx.audit,
    emit: ctx.emit,
    sendMail: ctx.sendMail,
    publicUrl: ctx.publicUrl,
    keys: ctx.keys,
    log: ctx.log,
    providers,
  };
}

/** The rules' context of a scheduled run: the system acts, at the run's `now`. */
export async function taskContext(ctx: TaskContext<BillingSettings, BillingEvents>, providers: BillingProviders): Promise<BillingContext> {
  return {
    db: ctx.db,
    tenant: ctx.tenant,
    actor: null,
    now: ctx.now,
    settings: await ctx.settings(),
    audit: ctx.audit,
    emit: ctx.emit,
    sendMail: ctx.sendMail,
    publicUrl: ctx.publicUrl,
    keys: ctx.keys,
    log: ctx.log,
    providers,
  };
}
