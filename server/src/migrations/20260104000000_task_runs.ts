/**
 * When each plugin's scheduled task last ran for each tenant. The row is also the lock that keeps two
 * servers from running one task for one tenant at the same time.
 */
import type { Knex } from 'knex';
import { enableTenantIsolation } from '@portico/core/server';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('task_runs', (t) => {
    t.uuid('tenant_id').notNullable().references('id').inTable('tenants').onDelete('CASCADE');
    t.text('task').notNullable(); // `<plugin>.<name>`
    t.timestamp('last_started_at', { useTz: true });
    t.timestamp('last_succeeded_at', { useTz: true });
    t.timestamp('next_run_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.text('last_error');
    t.primary(['tenant_id', 'task']);
  });
  await enableTenantIsolation(knex, 'task_runs');
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('task_runs');
}
