/**
 * Client companies as the fleet plugin needs them. A company served by several partners has one
 * `clients` row per partner; the tenant's own id for the company (`external_id`, pushed by its data
 * feed) is what those rows share.
 *
 * - `external_id`: unique per partner, so a feed's upsert finds the one row it means; indexed per
 *   tenant, so staff find every partner's row of one company.
 * - the indexes of the client lists: a partner's clients by name or by age, and staff's across
 *   partners by name, each ending with the id so that keyset pages walk them (the old
 *   `(tenant_id, partner_id, name)` index is the first one's prefix and goes).
 * - `audit_events_client_target`: a client's recent activity (the audit entries whose target is the
 *   client, whichever plugin wrote them) without scanning the partner's whole audit trail.
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('clients', (t) => {
    t.text('external_id');
  });
  await knex.raw('create unique index clients_partner_external_id on clients (tenant_id, partner_id, external_id) where external_id is not null');
  await knex.raw('create index clients_external_id on clients (tenant_id, external_id) where external_id is not null');
  await knex.raw('drop index if exists clients_tenant_id_partner_id_name_index');
  await knex.raw('create index clients_partner_by_name on clients (tenant_id, partner_id, name, id)');
  await knex.raw('create index clients_partner_by_age on clients (tenant_id, partner_id, created_at, id)');
  await knex.raw('create index clients_tenant_by_name on clients (tenant_id, name, id)');
  await knex.raw("create index audit_events_client_target on audit_events (tenant_id, target_id, created_at desc, id desc) where target_type = 'client'");
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop index if exists audit_events_client_target');
  await knex.raw('drop index if exists clients_tenant_by_name');
  await knex.raw('drop index if exists clients_partner_by_age');
  await knex.raw('drop index if exists clients_partner_by_name');
  await knex.raw('create index if not exists clients_tenant_id_partner_id_name_index on clients (tenant_id, partner_id, name)');
  await knex.raw('drop index if exists clients_external_id');
  await knex.raw('drop index if exists clients_partner_external_id');
  await knex.schema.alterTable('clients', (t) => {
    t.dropColumn('external_id');
  });
}
