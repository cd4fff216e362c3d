/**
 * The referrals schema: one row per prospect a partner refers. `createTenantTable` adds `id`,
 * `tenant_id`, the timestamps and forced row-level security (a table with a tenant_id and no
 * isolation makes `portico migrate` fail).
 */
import type { Knex } from 'knex';
import { createTenantTable } from '@portico/core/server';

export async function up(knex: Knex): Promise<void> {
  await createTenantTable(knex, 'referrals', (t) => {
    t.uuid('partner_id').notNullable().references('id').inTable('partners').onDelete('CASCADE');
    t.uuid('submitted_by').notNullable().references('id').inTable('people');
    t.text('company').notNullable();
    // The company name as duplicate detection compares it (see src/normalise.ts), computed on submit.
    t.text('company_key').notNullable();
    t.text('contact_name').notNullable();
    t.text('contact_email').notNullable();
    t.text('notes');
    t.text('status').notNullable().defaultTo('pending').checkIn(['pending', 'accepted', 'declined'], 'referrals_status_known');
    t.text('decision_reason');
    t.uuid('decided_by').references('id').inTable('people');
    t.timestamp('decided_at', { useTz: true });
    // The fee is copied from the settings when the referral is accepted, and never changes after.
    t.bigInteger('fee_minor');
    t.text('currency');
  });
  await knex.raw(`alter table referrals add constraint referrals_fee_when_accepted check (
    (status = 'accepted') = (fee_minor is not null and currency is not null) and (fee_minor is null or fee_minor >= 0))`);
  await knex.raw("alter table referrals add constraint referrals_reason_when_declined check (status <> 'declined' or decision_reason is not null)");
  // The lists, newest first: a partner's own (members), and the tenant's (staff).
  await knex.raw('create index referrals_partner_list on referrals (tenant_id, partner_id, created_at desc, id desc)');
  await knex.raw('create index referrals_list on referrals (tenant_id, created_at desc, id desc)');
  // One pending referral of a company per partner; a second submit is a 409 (the service checks
  // first, this holds under concurrent submits).
  await knex.raw("create unique index referrals_one_pending_company on referrals (tenant_id, partner_id, company_key) where status = 'pending'");
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('referrals');
}
