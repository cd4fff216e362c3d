/**
 * The fleet's own tables, beside the core `clients` (one row per partner and company):
 *
 * - `fleet_client_profiles`: what the tenant's product knows of a client (health, facts), where it
 *   came from, when the feed last touched it. At most one per client.
 * - `fleet_client_contacts`: the client's contact, who accepts invitations and approves mandate
 *   extensions through single-use links. At most one per client; not a person of the portal.
 * - `fleet_mandates` (at most one per client, with its current version number) and
 *   `fleet_mandate_versions` (every version: who, when, why and the difference).
 * - `fleet_mandate_proposals`: extensions awaiting approval, at most one pending per mandate.
 * - `fleet_invitations`: a partner asking a client company's contact for a mandate.
 * - `fleet_links`: the contacts' single-use links (to one invitation or one proposal), stored only as
 *   a hash of their secret.
 */
import type { Knex } from 'knex';
import { createTenantTable } from '@portico/core/server';

const MANDATE_STATUSES = ['active', 'suspended', 'ended'];

export async function up(knex: Knex): Promise<void> {
  await createTenantTable(knex, 'fleet_client_profiles', (t) => {
    t.uuid('client_id').notNullable().unique().references('id').inTable('clients').onDelete('CASCADE');
    t.uuid('partner_id').notNullable().references('id').inTable('partners').onDelete('CASCADE');
    t.text('source').notNullable().checkIn(['feed', 'partner', 'staff', 'invitation']);
    t.text('health').checkIn(['healthy', 'attention', 'critical']);
    t.jsonb('facts').notNullable().defaultTo('{}');
    t.timestamp('fed_at', { useTz: true });
  });
  await knex.raw('create index fleet_client_profiles_health on fleet_client_profiles (tenant_id, partner_id, health)');

  await createTenantTable(knex, 'fleet_client_contacts', (t) => {
    t.uuid('client_id').notNullable().unique().references('id').inTable('clients').onDelete('CASCADE');
    t.uuid('partner_id').notNullable().references('id').inTable('partners').onDelete('CASCADE');
    t.text('email').notNullable();
    t.text('name');
    t.text('locale');
  });
  // Staff see which partners already serve a company an invitation names.
  await knex.raw('create index fleet_client_contacts_email on fleet_client_contacts (tenant_id, lower(email))');

  await createTenantTable(knex, 'fleet_mandates', (t) => {
    t.uuid('client_id').notNullable().unique().references('id').inTable('clients').onDelete('CASCADE');
    t.uuid('partner_id').notNullable().references('id').inTable('partners').onDelete('CASCADE');
    t.integer('version').notNullable();
    t.specificType('scope', 'text[]').notNullable();
    t.date('valid_from').notNullable();
    t.date('valid_until');
    t.text('status').notNullable().checkIn(MANDATE_STATUSES);
  });
  await knex.raw('alter table fleet_mandates add constraint fleet_mandates_validity check (valid_until is null or valid_until >= valid_from)');
  await knex.raw('create index fleet_mandates_partner_status on fleet_mandates (tenant_id, partner_id, status)');
  // The expiry task: mandates still running whose last day has passed.
  await knex.raw("create index fleet_mandates_running_until on fleet_mandates (tenant_id, valid_until) where status <> 'ended' and valid_until is not null");

  await createTenantTable(knex, 'fleet_mandate_versions', (t) => {
    t.uuid('mandate_id').notNullable().references('id').inTable('fleet_mandates').onDelete('CASCADE');
    t.uuid('client_id').notNullable().references('id').inTable('clients').onDelete('CASCADE');
    t.integer('version').notNullable();
    t.specificType('scope', 'text[]').notNullable();
    t.date('valid_from').notNullable();
    t.date('valid_until');
    t.text('status').notNullable().checkIn(MANDATE_STATUSES);
    t.text('change').notNullable().checkIn(['created', 'reduced', 'extended', 'ended', 'expired', 'fed']);
    t.text('reason');
    t.jsonb('diff').notNullable().defaultTo('{}');
    t.text('changed_by_kind').notNullable().checkIn(['member', 'staff', 'contact', 'system', 'feed']);
    t.uuid('changed_by_person');
    t.text('changed_by_name');
    t.uuid('proposal_id');
    t.unique(['mandate_id', 'version']);
  });

  await createTenantTable(knex, 'fleet_mandate_proposals', (t) => {
    t.uuid('mandate_id').notNullable().references('id').inTable('fleet_mandates').onDelete('CASCADE');
    t.uuid('client_id').notNullable().references('id').inTable('clients').onDelete('CASCADE');
    t.uuid('partner_id').notNullable().references('id').inTable('partners').onDelete('CASCADE');
    t.integer('base_version').notNullable();
    t.specificType('scope', 'text[]').notNullable();
    t.date('valid_from').notNullable();
    t.date('valid_until');
    t.text('terms_status').notNullable().checkIn(MANDATE_STATUSES);
    t.jsonb('diff').notNullable();
    t.text('reason').notNullable();
    t.text('approver').notNullable().checkIn(['client', 'staff']);
    t.text('status').notNullable().defaultTo('pending').checkIn(['pending', 'approved', 'declined', 'withdrawn', 'superseded', 'expired']);
    t.uuid('proposed_by').references('id').inTable('people').onDelete('SET NULL');
    t.timestamp('expires_at', { useTz: true }).notNullable();
    t.timestamp('decided_at', { useTz: true });
    t.text('decided_by_kind');
    t.uuid('decided_by_person');
    t.text('decision_note');
  });
  await knex.raw("create unique index fleet_mandate_proposals_one_pending on fleet_mandate_proposals (mandate_id) where status = 'pending'");
  await knex.raw('create index fleet_mandate_proposals_list on fleet_mandate_proposals (tenant_id, status, created_at desc, id desc)');
  await knex.raw('create index fleet_mandate_proposals_partner on fleet_mandate_proposals (tenant_id, partner_id, created_at desc, id desc)');

  await createTenantTable(knex, 'fleet_invitations', (t) => {
    t.uuid('partner_id').notNullable().references('id').inTable('partners').onDelete('CASCADE');
    t.uuid('client_id').references('id').inTable('clients').onDelete('SET NULL');
    t.text('company_name').notNullable();
    t.text('domain');
    t.text('contact_email').notNullable();
    t.text('contact_name');
    t.text('locale');
    t.specificType('scope', 'text[]').notNullable();
    t.date('valid_from').notNullable();
    t.date('valid_until');
    t.text('message');
    t.text('status').notNullable().defaultTo('sent').checkIn(['sent', 'resent', 'revoked', 'expired', 'declined', 'accepted']);
    t.uuid('sent_by').references('id').inTable('people').onDelete('SET NULL');
    t.timestamp('sent_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('expires_at', { useTz: true }).notNullable();
    t.integer('resend_count').notNullable().defaultTo(0);
    t.timestamp('responded_at', { useTz: true });
    t.text('decline_reason');
  });
  // One pending invitation per partner and contact address.
  await knex.raw("create unique index fleet_invitations_one_pending on fleet_invitations (tenant_id, partner_id, lower(contact_email)) where status in ('sent', 'resent')");
  await knex.raw('create index fleet_invitations_partner_list on fleet_invitations (tenant_id, partner_id, sent_at desc, id desc)');
  await knex.raw('create index fleet_invitations_list on fleet_invitations (tenant_id, sent_at desc, id desc)');
  await knex.raw('create index fleet_invitations_client on fleet_invitations (tenant_id, client_id) where client_id is not null');
  await knex.raw("create index fleet_invitations_pending_expiry on fleet_invitations (tenant_id, expires_at) where status in ('sent', 'resent')");

  await createTenantTable(knex, 'fleet_links', (t) => {
    t.text('purpose').notNullable().checkIn(['invitation', 'proposal']);
    t.uuid('invitation_id').references('id').inTable('fleet_invitations').onDelete('CASCADE');
    t.uuid('proposal_id').references('id').inTable('fleet_mandate_proposals').onDelete('CASCADE');
    t.text('email').notNullable();
    t.text('token_hash').notNullable().unique();
    t.timestamp('expires_at', { useTz: true }).notNullable();
    t.timestamp('consumed_at', { useTz: true });
    t.timestamp('superseded_at', { useTz: true });
  });
  await knex.raw(
    "alter table fleet_links add constraint fleet_links_one_object check ((purpose = 'invitation' and invitation_id is not null and proposal_id is null) or (purpose = 'proposal' and proposal_id is not null and invitation_id is null))",
  );
  await knex.raw('create index fleet_links_invitation on fleet_links (invitation_id) where invitation_id is not null');
  await knex.raw('create index fleet_links_proposal on fleet_links (proposal_id) where proposal_id is not null');
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['fleet_links', 'fleet_invitations', 'fleet_mandate_proposals', 'fleet_mandate_versions', 'fleet_mandates', 'fleet_client_contacts', 'fleet_client_profiles']) {
    await knex.schema.dropTableIfExists(table);
  }
}
