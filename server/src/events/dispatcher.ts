/**
 * Delivers outbox events to the handlers plugins declared, at least once: each delivery runs in its
 * own tenant transaction and is marked done in that same transaction, so a handler's database work and
 * its "done" mark commit together. A failing handler is retried with exponential backoff and, after
 * `maxAttempts`, left as `failed` with its last error for an operator to see.
 */
import type { Knex } from 'knex';
import type { DomainEvent, KeyRing, Logger } from '@portico/core';
import type { Registry } from '../registry/registry.js';
import { inTenantTransaction } from '../db/tenant-transaction.js';
import type { MailSender } from '../mail/mail-queue.js';
import { afterCommit, runAfterCommit, handlerContext, noEffects, type Effects } from '../handler-context.js';

export interface DispatcherOptions {
  knex: Knex;
  registry: Registry;
  appRole: string;
  log: Logger;
  mail: MailSender;
  keys: KeyRing;
  publicUrl: string;
  intervalMs: number;
  maxAttempts?: number;
  /** Delay before retry n (1-based); defaults to 2^n seconds, capped at one hour. */
  backoffMs?: (attempt: number) => number;
}

export class EventDispatcher {
  private timer: NodeJS.Timeout | null = null;
  private readonly queued = new Set<string>();
  private running: Promise<void> = Promise.resolve();
  private stopped = false;
  private readonly maxAttempts: number;
  private readonly backoffMs: (attempt: number) => number;

  constructor(private readonly options: DispatcherOptions) {
    this.maxAttempts = options.maxAttempts ?? 8;
    this.backoffMs = options.backoffMs ?? ((n) => Math.min(2 ** n * 1000, 3_600_000));
  }

  start(): void {
    if (this.options.intervalMs > 0 && !this.timer) {
      this.timer = setInterval(() => void this.sweep().catch((err) => this.options.log.error({ err }, 'outbox sweep failed')), this.options.intervalMs);
      this.timer.unref();
    }
  }

  /**
   * Called after a commit that emitted events: deliver them soon, outside the request — from the next
   * turn of the event loop, once the answer is written. On PGlite, queries run on this very thread
   * and share one connection, so a delivery started at once would delay the answer of the request
   * that emitted, by as much as the handlers have to do (more for a known address asking for a
   * sign-in link than for an unknown one).
   */
  kick(tenantId: string): void {
    if (this.stopped) return;
    this.queued.add(tenantId);
    this.running = this.running
      .then(() => new Promise<void>((resolve) => setImmediate(resolve)))
      .then(() => this.flushQueued())
      .catch((err) => this.options.log.error({ err }, 'outbox delivery failed'));
  }

  /** Delivers everything due now, for every tenant (tests and the sweeper). */
  async drain(): Promise<void> {
    await this.running;
    await this.sweep();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  private async flushQueued(): Promise<void> {
    for (const tenantId of [...this.queued]) {
      this.queued.delete(tenantId);
      await this.deliverDue(tenantId);
    }
  }

  private async sweep(): Promise<void> {
    const tenants: { id: string }[] = await this.options.knex('tenants').select('id');
    for (const { id } of tenants) await this.deliverDue(id);
  }

  private async deliverDue(tenantId: string): Promise<void> {
    // One delivery per transaction; stop when none is due.
    while (!this.stopped && (await this.deliverOne(tenantId))) {
      /* keep going */
    }
  }

  private async deliverOne(tenantId: string): Promise<boolean> {
    const { knex, registry, appRole, log } = this.options;
    const { delivered, effects } = await inTenantTransaction(knex, appRole, tenantId, async (trx): Promise<{ delivered: boolean; effects: Effects | null }> => {
      const due = await trx('outbox_deliveries as d')
        .join('outbox_events as e', 'e.id', 'd.event_id')
        .where('d.status', 'pending')
        .where('d.next_attempt_at', '<=', trx.fn.now())
        .orderBy('d.next_attempt_at')
        .forUpdate('d')
        .skipLocked()
        .first('d.id', 'd.handler', 'd.attempts', 'e.id as event_id', 'e.type', 'e.payload', 'e.actor_person_id', 'e.created_at');
      if (!due) return { delivered: false, effects: null };
      const effects = noEffects();
      const subscription = registry.subscriptions.get(due.type)?.find((s) => s.pluginId === due.handler);
      const tenant = await trx('tenants').where({ id: tenantId }).first('id', 'slug');
      const event: DomainEvent = {
        id: due.eventId,
        type: due.type,
        tenantId,
        payload: due.payload,
        actorPersonId: due.actorPersonId,
        occurredAt: new Date(due.createdAt).toISOString(),
      };
      try {
        if (!subscription) throw new Error(`No handler "${due.handler}" is registered for "${due.type}" any more.`);
        await trx.transaction(async (savepoint) => {
          await subscription.handler(event, handlerContext(this.options, { db: savepoint, tenant, pluginId: due.handler, log }, effects));
        });
        await trx('outbox_deliveries').where({ id: due.id }).update({ status: 'done', attempts: due.attempts + 1, updatedAt: trx.fn.now(), lastError: null });
        return { delivered: true, effects };
      } catch (error) {
        const attempts = due.attempts + 1;
        const failed = attempts >= this.maxAttempts;
        log.warn({ err: error, event: due.type, handler: due.handler, attempts }, failed ? 'event delivery failed for good' : 'event delivery failed; will retry');
        await trx('outbox_deliveries')
          .where({ id: due.id })
          .update({
            status: failed ? 'failed' : 'pending',
            attempts,
            lastError: String((error as Error)?.stack ?? error).slice(0, 4000),
            nextAttemptAt: new Date(Date.now() + this.backoffMs(attempts)),
            updatedAt: trx.fn.now(),
          });
        return { delivered: true, effects: null };
      }
    });
    // Once the delivery committed: its handler's own events wait in this dispatcher's queue (no new
    // run: this one goes on while any is due), its mail goes to the sender.
    afterCommit({ dispatcher: { kick: (id) => this.queued.add(id) }, mail: this.options.mail }, effects);
    await runAfterCommit(effects, log);
    return delivered;
  }
}
