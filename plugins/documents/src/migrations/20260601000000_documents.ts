/**
 * The documents schema: spaces gated by partner, tier and role; files with their versions; a
 * download log (counts per file and per partner); each person's last visit (new/updated badges).
 *
 * Other plugins may reference `document_files` (training links material); the columns they rely on
 * are `id, tenant_id, space_id, name, retired_at`.
 */
import type { Knex } from 'knex';
import { createTenantTable } from '@portico/core/server';

export async function up(knex: Knex): Promise<void> {
  await createTenantTable(knex, 'document_spaces', (t) => {
    t.text('title').notNullable();
    t.text('description').notNullable().defaultTo('');
    t.text('visibility').notNullable().checkIn(['all', 'partners', 'tiers']);
    t.specificType('partner_ids', 'uuid[]').notNullable().defaultTo('{}');
    t.specificType('tiers', 'text[]').notNullable().defaultTo('{}');
    t.specificType('allowed_roles', 'text[]').notNullable();
    t.uuid('created_by').references('id').inTable('people');
  });
  await knex.raw('create index document_spaces_list on document_spaces (tenant_id, title, id)');

  await createTenantTable(knex, 'document_files', (t) => {
    t.uuid('space_id').notNullable().references('id').inTable('document_spaces').onDelete('CASCADE');
    t.text('name').notNullable();
    t.text('description').notNullable().defaultTo('');
    // The version served to partners; set in the same transaction that makes the file.
    t.uuid('current_version_id');
    t.integer('version_count').notNullable().defaultTo(1);
    // When the current version arrived: "updated" badges compare it with a person's last visit.
    t.timestamp('version_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('retired_at', { useTz: true });
    t.uuid('retired_by');
    t.uuid('created_by').references('id').inTable('people');
  });
  await knex.raw('create index document_files_space on document_files (tenant_id, space_id, name, id)');

  await createTenantTable(knex, 'document_versions', (t) => {
    t.uuid('file_id').notNullable().references('id').inTable('document_files').onDelete('CASCADE');
    t.integer('number').notNullable();
    // Made by the storage layer; never derived from a name a person typed.
    t.text('storage_key').notNullable();
    t.text('file_name').notNullable();
    t.text('content_type').notNullable();
    t.bigInteger('size').notNullable();
    t.text('sha256').notNullable();
    t.uuid('uploaded_by').references('id').inTable('people');
    t.unique(['tenant_id', 'file_id', 'number']);
  });
  await knex.raw('alter table document_files add constraint document_files_current_version foreign key (current_version_id) references document_versions (id) deferrable initially deferred');

  await createTenantTable(knex, 'document_downloads', (t) => {
    t.uuid('file_id').notNullable().references('id').inTable('document_files').onDelete('CASCADE');
    t.uuid('version_id').notNullable().references('id').inTable('document_versions').onDelete('CASCADE');
    t.uuid('person_id');
    t.uuid('partner_id').references('id').inTable('partners').onDelete('SET NULL');
  });
  await knex.raw('create index document_downloads_file on document_downloads (tenant_id, file_id, partner_id)');

  await createTenantTable(knex, 'document_visits', (t) => {
    t.uuid('person_id').notNullable().references('id').inTable('people').onDelete('CASCADE');
    t.timestamp('visited_at', { useTz: true }).notNullable();
    t.unique(['tenant_id', 'person_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('document_visits');
  await knex.schema.dropTableIfExists('document_downloads');
  await knex.raw('alter table if exists document_files drop constraint if exists document_files_current_version');
  await knex.schema.dropTableIfExists('document_versions');
  await knex.schema.dropTableIfExists('document_files');
  await knex.schema.dropTableIfExists('document_spaces');
}
