/**
 * Runs the plugins' scheduled tasks: each task for each active tenant, in that tenant's transaction,
 * at most once per interval across every server sharing the database. The `task_runs` row of a
 * (tenant, task) is claimed with `FOR UPDATE SKIP LOCKED` and held while the task runs, so a second
 * server skips it; the task's work sits in a savepoint, so a failure is recorded (and retried at the
 * next interval) without losing the record of it.
 */
import type { Knex } from 'knex';
import type { Logger, ScheduledTask, TaskContext, TenantRef } from '@portico/core';
import type { Registry } from '../registry/registry.js';
import { inTenantTransaction } from '../db/tenant-transaction.js';
import { writeAudit } from '../audit.js';
import { afterCommit, runAfterCommit, handlerContext, noEffects, type AfterCommitQueues, type Effects, type HandlerDeps } from '../handler-context.js';

/** `dispatcher` and `mail` take, after commit, what a task emitted and mailed. */
export interface SchedulerOptions extends HandlerDeps, AfterCommitQueues {
  knex: Knex;
  appRole: string;
  log: Logger;
  /** How often due tasks are looked for; 0 turns the timer off (tests run tasks by hand). */
  intervalMs: number;
}

interface RegisteredTask {
  pluginId: string;
  task: ScheduledTask;
  key: string;
}

export class TaskScheduler {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> = Promise.resolve();
  private stopped = false;
  private readonly tasks: RegisteredTask[];

  constructor(private readonly options: SchedulerOptions) {
    this.tasks = options.registry.plugins.flatMap((plugin) =>
      (plugin.tasks ?? []).map((task) => ({ pluginId: plugin.id, task, key: `${plugin.id}.${task.name}` })),
    );
  }

  start(): void {
    if (this.options.intervalMs > 0 && !this.timer && this.tasks.length > 0) {
      this.timer = setInterval(() => {
        this.running = this.running.then(() => this.runDue()).catch((err) => this.options.log.error({ err }, 'scheduled tasks failed'));
      }, this.options.intervalMs);
      this.timer.unref();
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Runs every task that is due, for every active tenant. */
  async runDue(now = new Date()): Promise<void> {
    for (const tenant of await this.activeTenants()) {
      for (const entry of this.tasks) {
        if (this.stopped) return;
        await this.runFor(tenant, entry, now, { onlyIfDue: true });
      }
    }
  }

  /**
   * Runs one task at once for every active tenant, due or not (operators and tests), waiting for a run
   * in progress elsewhere instead of skipping it. Throws the first failure after trying every tenant.
   */
  async run(pluginId: string, name: string, options: { now?: Date } = {}): Promise<void> {
    const entry = this.tasks.find((t) => t.pluginId === pluginId && t.task.name === name);
    if (!entry) throw new Error(`No scheduled task "${name}" in plugin "${pluginId}".`);
    const failures: unknown[] = [];
    for (const tenant of await this.activeTenants()) {
      const error = await this.runFor(tenant, entry, options.now ?? new Date(), { onlyIfDue: false });
      if (error) failures.push(error);
    }
    if (failures.length > 0) throw failures[0];
  }

  private async activeTenants(): Promise<TenantRef[]> {
    return this.options.knex('tenants').where({ status: 'active' }).orderBy('slug').select('id', 'slug');
  }

  /** Returns the task's error, if it failed (already recorded and logged). */
  private async runFor(tenant: TenantRef, entry: RegisteredTask, now: Date, { onlyIfDue }: { onlyIfDue: boolean }): Promise<unknown> {
    const { knex, appRole, log } = this.options;
    let failure: unknown = null;
    // What the run emitted and mailed, once it succeeded (a failed run's savepoint is rolled back).
    const committed = await inTenantTransaction(knex, appRole, tenant.id, async (trx): Promise<Effects | null> => {
      await trx('task_runs').insert({ tenantId: tenant.id, task: entry.key }).onConflict(['tenant_id', 'task']).ignore();
      const claim = trx('task_runs').where({ tenantId: tenant.id, task: entry.key }).forUpdate();
      if (onlyIfDue) claim.where('next_run_at', '<=', now).skipLocked();
      const row = await claim.first('task');
      if (!row) return null;
      const effects = noEffects();
      const next = new Date(now.getTime() + entry.task.everyMinutes * 60_000);
      try {
        await trx.transaction(async (savepoint) => {
          const ctx: TaskContext = {
            ...handlerContext(this.options, { db: savepoint, tenant, pluginId: entry.pluginId, log }, effects),
            now,
            audit: (audit) => writeAudit(savepoint, this.options.registry.auditCatalog, { pluginId: entry.pluginId, tenantId: tenant.id, actor: null, ip: null, requestId: null, actorKind: `system:${entry.key}` }, audit),
          };
          await entry.task.run(ctx);
        });
        await trx('task_runs').where({ tenantId: tenant.id, task: entry.key }).update({ lastStartedAt: now, lastSucceededAt: now, nextRunAt: next, lastError: null });
        return effects;
      } catch (error) {
        failure = error;
        log.warn({ err: error, task: entry.key, tenant: tenant.slug }, 'scheduled task failed; it will run again at the next interval');
        await trx('task_runs').where({ tenantId: tenant.id, task: entry.key }).update({ lastStartedAt: now, nextRunAt: next, lastError: String((error as Error)?.stack ?? error).slice(0, 4000) });
        return null;
      }
    });
    afterCommit(this.options, committed);
    await runAfterCommit(committed, log);
    return failure;
  }
}
