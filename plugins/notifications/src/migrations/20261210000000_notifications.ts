/**
 * The notifications schema:
 * - `notifications`: one per (person, kind, event) — what the person reads in the centre (`in_app`),
 *   and where its email stands (`email_state`: none, sent at once, or waiting for the digest);
 * - `notification_preferences`: a person's channel for one kind (absent: the tenant's default);
 * - `notification_profiles`: a person's digest choice (null: the tenant's) and when their last digest left.
 */
import type { Knex } from 'knex';
import { createTenantTable } from '@portico/core/server';

export async function up(knex: Knex): Promise<void> {
  await createTenantTable(knex, 'notifications', (t) => {
    t.uuid('person_id').notNullable().references('id').inTable('people').onDelete('CASCADE');
    t.uuid('partner_id');
    t.text('plugin_id').notNullable();
    t.text('kind').notNullable();
    t.uuid('event_id').notNullable();
    t.text('title').notNullable();
    t.text('body').notNullable();
    t.text('link');
    t.boolean('in_app').notNullable();
    t.text('email_state').notNullable().checkIn(['none', 'sent', 'digest']);
    t.text('email_subject');
    t.text('email_text');
    t.timestamp('read_at', { useTz: true });
    t.timestamp('archived_at', { useTz: true });
  });
  // A redelivered event tells nobody twice.
  await knex.raw('create unique index notifications_once on notifications (person_id, kind, event_id)');
  // The centre pages newest first; the stream and the poll ask what is newer than what was seen.
  await knex.raw('create index notifications_centre on notifications (tenant_id, person_id, created_at desc, id desc) where in_app');
  await knex.raw("create index notifications_unread on notifications (tenant_id, person_id) where in_app and read_at is null and archived_at is null");
  await knex.raw("create index notifications_digest on notifications (tenant_id, person_id, created_at) where email_state = 'digest'");

  await createTenantTable(knex, 'notification_preferences', (t) => {
    t.uuid('person_id').notNullable().references('id').inTable('people').onDelete('CASCADE');
    t.text('kind').notNullable();
    t.text('channel').notNullable().checkIn(['in-app', 'email', 'both', 'off']);
    t.unique(['person_id', 'kind']);
  });

  await createTenantTable(knex, 'notification_profiles', (t) => {
    t.uuid('person_id').notNullable().unique().references('id').inTable('people').onDelete('CASCADE');
    t.text('digest').checkIn(['off', 'daily', 'weekly']);
    t.timestamp('last_digest_at', { useTz: true });
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('notification_profiles');
  await knex.schema.dropTable('notification_preferences');
  await knex.schema.dropTable('notifications');
}
