/**
 * The deals schema: registrations a partner submits for a customer, and the territory rules that
 * flag registrations outside a partner's area.
 *
 * Other plugins may reference `deals` (questions link to a deal); the columns they rely on are
 * `id, tenant_id, partner_id, submitted_by, customer_name, title, status`.
 */
import type { Knex } from 'knex';
import { createTenantTable } from '@portico/core/server';

export async function up(knex: Knex): Promise<void> {
  await createTenantTable(knex, 'deals', (t) => {
    t.uuid('partner_id').notNullable().references('id').inTable('partners').onDelete('CASCADE');
    t.uuid('submitted_by').notNullable().references('id').inTable('people');
    t.text('customer_name').notNullable();
    // Normalised forms, computed by the service at write time, so collision look-ups are index scans.
    t.text('customer_key').notNullable();
    t.text('customer_domain');
    t.text('customer_domain_key');
    t.text('customer_country');
    t.text('title').notNullable();
    t.text('description').notNullable().defaultTo('');
    // Integer minor units (cents); bigint so that large deals in zero-exponent currencies fit.
    t.bigInteger('amount_minor').notNullable();
    t.text('currency').notNullable();
    t.date('close_date');
    t.text('status').notNullable().defaultTo('pending').checkIn(['pending', 'approved', 'rejected', 'withdrawn', 'expired']);
    t.text('decision_reason');
    t.uuid('decided_by');
    t.timestamp('decided_at', { useTz: true });
    t.timestamp('expires_at', { useTz: true });
    // Flags are computed at submission (and on edit); never shown to partners.
    t.specificType('competing_deal_ids', 'uuid[]').notNullable().defaultTo('{}');
    t.boolean('out_of_territory').notNullable().defaultTo(false);
    t.boolean('flagged').notNullable().defaultTo(false);
  });
  await knex.raw('alter table deals add constraint deals_amount_not_negative check (amount_minor >= 0)');
  // A partner's list, newest first (also serves the per-contact list through the partner prefix).
  await knex.raw('create index deals_partner_list on deals (tenant_id, partner_id, created_at desc, id desc)');
  await knex.raw('create index deals_submitter_list on deals (tenant_id, partner_id, submitted_by, created_at desc, id desc)');
  // The staff review queue.
  await knex.raw('create index deals_status_list on deals (tenant_id, status, created_at desc, id desc)');
  // Collision look-ups consider only open and approved registrations.
  await knex.raw("create index deals_open_customer on deals (tenant_id, customer_key) where status in ('pending', 'approved')");
  await knex.raw("create index deals_open_domain on deals (tenant_id, customer_domain_key) where status in ('pending', 'approved') and customer_domain_key is not null");
  await knex.raw("create index deals_approved_expiry on deals (tenant_id, expires_at) where status = 'approved'");

  // One rule per partner: the countries (ISO 3166-1 alpha-2) and named regions it may sell in.
  await createTenantTable(knex, 'deal_territories', (t) => {
    t.uuid('partner_id').notNullable().references('id').inTable('partners').onDelete('CASCADE');
    t.specificType('areas', 'text[]').notNullable();
    t.unique(['tenant_id', 'partner_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('deal_territories');
  await knex.schema.dropTableIfExists('deals');
}
