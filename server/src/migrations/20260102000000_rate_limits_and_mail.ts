/**
 * Shared machinery kept in the database so that servers hold no state of their own: rate-limit
 * counters, and outbound mail queued in the transaction that decided to send it.
 */
import type { Knex } from 'knex';
import { enableTenantIsolation } from '@portico/core/server';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('rate_limits', (t) => {
    t.uuid('tenant_id').notNullable().references('id').inTable('tenants').onDelete('CASCADE');
    t.text('bucket').notNullable();
    t.timestamp('window_start', { useTz: true }).notNullable();
    t.integer('hits').notNullable().defaultTo(0);
    t.primary(['tenant_id', 'bucket', 'window_start']);
  });
  await enableTenantIsolation(knex, 'rate_limits');

  await knex.schema.createTable('outbound_mail', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('tenant_id').notNullable().references('id').inTable('tenants').onDelete('CASCADE');
    t.text('kind').notNullable();
    t.text('to_address').notNullable();
    t.text('subject').notNullable();
    t.text('text_body').notNullable();
    t.text('html_body');
    t.text('status').notNullable().defaultTo('pending').checkIn(['pending', 'sent', 'failed']);
    t.integer('attempts').notNullable().defaultTo(0);
    t.timestamp('next_attempt_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.text('last_error');
    t.timestamp('sent_at', { useTz: true });
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
  await knex.raw("create index outbound_mail_due on outbound_mail (tenant_id, next_attempt_at) where status = 'pending'");
  await enableTenantIsolation(knex, 'outbound_mail');
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('outbound_mail');
  await knex.schema.dropTableIfExists('rate_limits');
}
