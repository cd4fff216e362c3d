/**
 * Which members look after which client companies. `partner_id` is the client's organisation at the
 * time of assignment, kept so every read can be scoped by organisation and so that an assignment left
 * behind when a person moved elsewhere (a cross-organisation assignment) can be found and fixed.
 */
import type { Knex } from 'knex';
import { createTenantTable } from '@portico/core/server';

export async function up(knex: Knex): Promise<void> {
  await createTenantTable(knex, 'team_client_assignments', (t) => {
    t.uuid('partner_id').notNullable().references('id').inTable('partners').onDelete('CASCADE');
    t.uuid('client_id').notNullable().references('id').inTable('clients').onDelete('CASCADE');
    t.uuid('person_id').notNullable().references('id').inTable('people').onDelete('CASCADE');
    t.uuid('assigned_by');
    t.unique(['client_id', 'person_id']);
    t.index(['tenant_id', 'partner_id', 'person_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('team_client_assignments');
}
