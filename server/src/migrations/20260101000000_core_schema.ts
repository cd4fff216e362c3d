/**
 * The core schema: tenants, their partner organisations, people (staff and partner members) and
 * memberships, plus the shared machinery every plugin writes through: audit events, the event
 * outbox and idempotency keys.
 */
import type { Knex } from 'knex';
import { createTenantTable, enableTenantIsolation } from '@portico/core/server';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('tenants', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.text('slug').notNullable().unique();
    t.text('name').notNullable();
    t.text('status').notNullable().defaultTo('active').checkIn(['active', 'suspended']);
    t.jsonb('brand').notNullable().defaultTo('{}');
    t.jsonb('settings').notNullable().defaultTo('{}');
    t.specificType('embed_origins', 'text[]').notNullable().defaultTo('{}');
    t.specificType('domains', 'text[]').notNullable().defaultTo('{}');
    t.text('default_locale').notNullable().defaultTo('en');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
  // The tenant directory (slug, brand, domains) is readable before a tenant is chosen, to resolve the
  // tenant of a request; the app may change only the tenant of its transaction and creates none.
  await knex.raw('alter table tenants enable row level security');
  await knex.raw('create policy tenants_read on tenants for select using (true)');
  await knex.raw(
    "create policy tenants_update_own on tenants for update using (id = nullif(current_setting('app.tenant_id', true), '')::uuid)",
  );

  await createTenantTable(knex, 'partners', (t) => {
    t.text('name').notNullable();
    t.text('status').notNullable().defaultTo('active').checkIn(['active', 'suspended', 'archived']);
    t.text('tier');
    t.text('country');
    t.index(['tenant_id', 'name']);
  });

  await createTenantTable(knex, 'people', (t) => {
    t.text('kind').notNullable().checkIn(['staff', 'member']);
    t.text('email').notNullable();
    t.text('name').notNullable();
    t.text('status').notNullable().defaultTo('invited').checkIn(['invited', 'active', 'deactivated', 'removed']);
    t.text('locale');
    t.text('time_zone');
    t.text('external_id');
    t.timestamp('last_seen_at', { useTz: true });
  });
  await knex.raw('create unique index people_tenant_email on people (tenant_id, lower(email))');
  await knex.raw('create unique index people_tenant_external_id on people (tenant_id, external_id) where external_id is not null');

  await createTenantTable(knex, 'memberships', (t) => {
    t.uuid('person_id').notNullable().references('id').inTable('people').onDelete('CASCADE');
    t.uuid('partner_id').references('id').inTable('partners').onDelete('CASCADE');
    t.text('role').notNullable();
    t.index(['tenant_id', 'partner_id']);
  });
  // One place per person and organisation (the tenant's staff count as one organisation: partner_id null).
  await knex.raw('create unique index memberships_person_partner on memberships (person_id, partner_id) nulls not distinct');

  await knex.schema.createTable('audit_events', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('tenant_id').notNullable().references('id').inTable('tenants').onDelete('CASCADE');
    t.uuid('partner_id');
    t.uuid('actor_person_id');
    t.text('actor_kind');
    t.text('action').notNullable();
    t.text('target_type').notNullable();
    t.text('target_id');
    t.jsonb('before');
    t.jsonb('after');
    t.text('ip');
    t.text('request_id');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['tenant_id', 'created_at', 'id']);
    t.index(['tenant_id', 'partner_id', 'created_at']);
  });
  await enableTenantIsolation(knex, 'audit_events');

  await knex.schema.createTable('outbox_events', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('tenant_id').notNullable().references('id').inTable('tenants').onDelete('CASCADE');
    t.text('type').notNullable();
    t.jsonb('payload').notNullable();
    t.uuid('actor_person_id');
    t.text('request_id');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['tenant_id', 'created_at']);
  });
  await enableTenantIsolation(knex, 'outbox_events');

  // One row per (event, handler): each handler is retried on its own until done or failed for good.
  await knex.schema.createTable('outbox_deliveries', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('tenant_id').notNullable().references('id').inTable('tenants').onDelete('CASCADE');
    t.uuid('event_id').notNullable().references('id').inTable('outbox_events').onDelete('CASCADE');
    t.text('handler').notNullable();
    t.text('status').notNullable().defaultTo('pending').checkIn(['pending', 'done', 'failed']);
    t.integer('attempts').notNullable().defaultTo(0);
    t.timestamp('next_attempt_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.text('last_error');
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.unique(['event_id', 'handler']);
  });
  await knex.raw("create index outbox_deliveries_due on outbox_deliveries (tenant_id, next_attempt_at) where status = 'pending'");
  await enableTenantIsolation(knex, 'outbox_deliveries');

  await knex.schema.createTable('idempotency_keys', (t) => {
    t.uuid('tenant_id').notNullable().references('id').inTable('tenants').onDelete('CASCADE');
    t.text('scope').notNullable();
    t.text('key').notNullable();
    t.text('request_hash').notNullable();
    t.integer('status_code');
    t.jsonb('response');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.primary(['tenant_id', 'scope', 'key']);
  });
  await enableTenantIsolation(knex, 'idempotency_keys');
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['idempotency_keys', 'outbox_deliveries', 'outbox_events', 'audit_events', 'memberships', 'people', 'partners', 'tenants']) {
    await knex.schema.dropTableIfExists(table);
  }
}
