/**
 * The webhooks schema:
 * - `webhook_endpoints`: where a tenant's systems listen, the events each wants, the signing secret
 *   (sealed with the server's key) and, during a rotation's overlap, the previous one; since when it
 *   has been failing (cleared by a success), and whether it is enabled.
 * - `webhook_deliveries`: one per (endpoint, event), sent in `seq` order per endpoint, with the body
 *   as sent (a replay sends it again under the same event id), the next attempt's time and a lease so
 *   that two senders never send one delivery at once.
 * - `webhook_attempts`: every attempt: when, the answer's status and time, or what failed.
 */
import type { Knex } from 'knex';
import { createTenantTable } from '@portico/core/server';

export async function up(knex: Knex): Promise<void> {
  await createTenantTable(knex, 'webhook_endpoints', (t) => {
    t.text('url').notNullable();
    t.text('description').notNullable().defaultTo('');
    t.specificType('events', 'text[]').notNullable();
    t.boolean('enabled').notNullable().defaultTo(true);
    t.text('disabled_reason');
    // Who disabled it, for the screens to say why in the reader's language: staff, the task (failing), or the demo (setup).
    t.text('disabled_by').checkIn(['staff', 'failing', 'setup']);
    t.text('secret_sealed');
    t.text('previous_secret_sealed');
    t.timestamp('previous_secret_expires_at', { useTz: true });
    t.timestamp('failing_since', { useTz: true });
    t.uuid('created_by').references('id').inTable('people').onDelete('SET NULL');
  });

  await createTenantTable(knex, 'webhook_deliveries', (t) => {
    t.specificType('seq', 'bigserial').notNullable();
    t.uuid('endpoint_id').notNullable().references('id').inTable('webhook_endpoints').onDelete('CASCADE');
    t.uuid('event_id').notNullable();
    t.text('event_type').notNullable();
    t.text('body').notNullable();
    t.text('status').notNullable().defaultTo('pending').checkIn(['pending', 'succeeded', 'failed']);
    t.integer('attempts').notNullable().defaultTo(0);
    t.timestamp('next_attempt_at', { useTz: true });
    t.timestamp('lease_until', { useTz: true });
    t.integer('response_status');
    t.integer('duration_ms');
    t.text('response_body');
    t.uuid('replay_of').references('id').inTable('webhook_deliveries').onDelete('SET NULL');
  });
  // The sender takes each endpoint's oldest pending delivery; the list pages newest first.
  await knex.raw("create index webhook_deliveries_queue on webhook_deliveries (endpoint_id, seq) where status = 'pending'");
  await knex.raw('create index webhook_deliveries_by_endpoint on webhook_deliveries (tenant_id, endpoint_id, created_at desc, id desc)');
  await knex.raw('create unique index webhook_deliveries_once on webhook_deliveries (endpoint_id, event_id) where replay_of is null');

  await createTenantTable(knex, 'webhook_attempts', (t) => {
    t.uuid('delivery_id').notNullable().references('id').inTable('webhook_deliveries').onDelete('CASCADE');
    t.timestamp('at', { useTz: true }).notNullable();
    t.integer('response_status');
    t.integer('duration_ms').notNullable();
    t.text('error');
    t.index(['delivery_id', 'at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['webhook_attempts', 'webhook_deliveries', 'webhook_endpoints']) await knex.schema.dropTableIfExists(table);
}
