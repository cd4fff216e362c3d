/**
 * The __PLUGIN_NAME__ schema: the items a partner's people keep for their organisation. Migrations run
 * in name order, after the core schema and the plugins this one requires; name the next one with a
 * later timestamp rather than changing this one once it has run anywhere.
 */
import type { Knex } from 'knex';
import { createTenantTable } from '@portico/core/server';

export async function up(knex: Knex): Promise<void> {
  // createTenantTable adds id, tenant_id, created_at and updated_at, and forced row-level security.
  await createTenantTable(knex, '__TABLE___items', (t) => {
    t.uuid('partner_id').notNullable().references('id').inTable('partners').onDelete('CASCADE');
    t.uuid('created_by').notNullable().references('id').inTable('people');
    t.text('title').notNullable();
    t.text('note');
  });
  // The lists, newest first: a partner's people see their organisation's, staff every organisation's.
  await knex.raw('create index __TABLE___items_partner_list on __TABLE___items (tenant_id, partner_id, created_at desc, id desc)');
  await knex.raw('create index __TABLE___items_list on __TABLE___items (tenant_id, created_at desc, id desc)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('__TABLE___items');
}
