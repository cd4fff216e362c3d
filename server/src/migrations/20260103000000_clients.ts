/**
 * Client companies: the end customers a partner organisation serves or sells to. They are core (not
 * one plugin's) because several plugins hang work on them: the team plugin assigns them to members,
 * deals and the fleet plugin refer to them.
 */
import type { Knex } from 'knex';
import { createTenantTable } from '@portico/core/server';

export async function up(knex: Knex): Promise<void> {
  await createTenantTable(knex, 'clients', (t) => {
    t.uuid('partner_id').notNullable().references('id').inTable('partners').onDelete('CASCADE');
    t.text('name').notNullable();
    t.text('domain');
    t.text('country');
    t.text('status').notNullable().defaultTo('active').checkIn(['active', 'archived']);
    t.index(['tenant_id', 'partner_id', 'name']);
  });
  // One company per name within an organisation, whatever the case.
  await knex.raw('create unique index clients_partner_name on clients (partner_id, lower(name))');
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('clients');
}
