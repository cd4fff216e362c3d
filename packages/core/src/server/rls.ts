/**
 * Row-level security for tenant tables, for use in migrations.
 *
 * Every table with a `tenant_id` column is isolated twice: the services scope each query by tenant, and
 * PostgreSQL itself hides rows of any tenant other than the one set for the transaction
 * (`app.tenant_id`). An unset tenant sees nothing. FORCE makes the rule hold for the table owner too.
 */
import type { Knex } from 'knex';

export const TENANT_SETTING = 'app.tenant_id';
const CURRENT_TENANT = `nullif(current_setting('${TENANT_SETTING}', true), '')::uuid`;

export async function enableTenantIsolation(knex: Knex, table: string): Promise<void> {
  await knex.raw('alter table ?? enable row level security', [table]);
  await knex.raw('alter table ?? force row level security', [table]);
  await knex.raw(
    `create policy tenant_isolation on ?? using (tenant_id = ${CURRENT_TENANT}) with check (tenant_id = ${CURRENT_TENANT})`,
    [table],
  );
}

/**
 * Creates a tenant table: an `id` uuid key, `tenant_id` referencing tenants, timestamps, whatever the
 * callback adds, and row-level security. Use it for every table that holds tenant data.
 */
export async function createTenantTable(
  knex: Knex,
  table: string,
  build: (t: Knex.CreateTableBuilder) => void,
): Promise<void> {
  await knex.schema.createTable(table, (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('tenant_id').notNullable().references('id').inTable('tenants').onDelete('CASCADE');
    build(t);
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
  await enableTenantIsolation(knex, table);
}
