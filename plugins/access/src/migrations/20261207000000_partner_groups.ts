/**
 * Access groups of one partner organisation, managed by its partner admins: `partner_id` names the
 * organisation (null: a tenant-wide group, managed by staff), and a group goes with its organisation.
 * A name is unique per tenant among tenant-wide groups, and per organisation among its own groups:
 * two organisations may each have a "Deal desk".
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('access_groups', (t) => {
    t.uuid('partner_id').references('id').inTable('partners').onDelete('CASCADE');
  });
  await knex.raw('drop index access_groups_tenant_name');
  await knex.raw('create unique index access_groups_tenant_name on access_groups (tenant_id, lower(name)) where partner_id is null');
  await knex.raw('create unique index access_groups_partner_name on access_groups (tenant_id, partner_id, lower(name)) where partner_id is not null');
}

export async function down(knex: Knex): Promise<void> {
  await knex('access_groups').whereNotNull('partner_id').delete();
  await knex.raw('drop index access_groups_partner_name');
  await knex.raw('drop index access_groups_tenant_name');
  await knex.raw('create unique index access_groups_tenant_name on access_groups (tenant_id, lower(name))');
  await knex.schema.alterTable('access_groups', (t) => {
    t.dropColumn('partner_id');
  });
}
