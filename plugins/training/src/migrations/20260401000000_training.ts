/**
 * Training: modules, their quiz versions, people's progress, attempts and certifications.
 *
 * What decides an outcome (the questions with their correct options, the pass threshold, the
 * validity) lives in `training_quiz_versions`, never on the module: an attempt and a certification
 * point at the version they were made on, so editing a published quiz cannot change a past result.
 */
import type { Knex } from 'knex';
import { createTenantTable } from '@portico/core/server';

export async function up(knex: Knex): Promise<void> {
  await createTenantTable(knex, 'training_modules', (t) => {
    t.text('title').notNullable();
    t.text('description').notNullable().defaultTo('');
    // Ordered [{ title, body }] of Markdown.
    t.jsonb('sections').notNullable().defaultTo('[]');
    t.text('status').notNullable().defaultTo('draft').checkIn(['draft', 'published', 'retired']);
    t.boolean('required_for_all').notNullable().defaultTo(false);
    t.specificType('required_roles', 'text[]').notNullable().defaultTo('{}');
    t.specificType('document_file_ids', 'uuid[]').notNullable().defaultTo('{}');
    t.integer('current_version').notNullable().defaultTo(1);
    t.timestamp('published_at', { useTz: true });
    t.timestamp('retired_at', { useTz: true });
    t.index(['tenant_id', 'status']);
  });

  await createTenantTable(knex, 'training_quiz_versions', (t) => {
    t.uuid('module_id').notNullable().references('id').inTable('training_modules').onDelete('CASCADE');
    t.integer('version').notNullable();
    // [{ id, prompt, kind, points, options: [{ id, text, correct }] }]: never sent to partners as is.
    t.jsonb('questions').notNullable().defaultTo('[]');
    t.integer('total_points').notNullable().defaultTo(0);
    t.integer('pass_threshold').notNullable().defaultTo(80);
    t.integer('valid_for_days');
    // Null while the module is a draft: a draft version can still change in place.
    t.timestamp('published_at', { useTz: true });
    t.timestamp('superseded_at', { useTz: true });
    t.unique(['module_id', 'version']);
  });

  // One row per person and module: when they started, and the row each submission locks, so that
  // concurrent submissions of one person are graded one after the other.
  await createTenantTable(knex, 'training_progress', (t) => {
    t.uuid('person_id').notNullable().references('id').inTable('people').onDelete('CASCADE');
    t.uuid('partner_id').references('id').inTable('partners').onDelete('CASCADE');
    t.uuid('module_id').notNullable().references('id').inTable('training_modules').onDelete('CASCADE');
    t.timestamp('started_at', { useTz: true });
    t.unique(['tenant_id', 'person_id', 'module_id']);
  });

  await createTenantTable(knex, 'training_attempts', (t) => {
    t.uuid('person_id').notNullable().references('id').inTable('people').onDelete('CASCADE');
    t.uuid('partner_id').references('id').inTable('partners').onDelete('CASCADE');
    t.uuid('module_id').notNullable().references('id').inTable('training_modules').onDelete('CASCADE');
    t.uuid('version_id').notNullable().references('id').inTable('training_quiz_versions').onDelete('CASCADE');
    t.integer('version').notNullable();
    t.jsonb('answers').notNullable();
    t.integer('score_points').notNullable();
    t.integer('total_points').notNullable();
    t.integer('pass_threshold').notNullable();
    t.boolean('passed').notNullable();
    t.timestamp('submitted_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['tenant_id', 'person_id', 'module_id', 'submitted_at']);
  });

  await createTenantTable(knex, 'training_certifications', (t) => {
    t.uuid('person_id').notNullable().references('id').inTable('people').onDelete('CASCADE');
    t.uuid('partner_id').references('id').inTable('partners').onDelete('CASCADE');
    t.uuid('module_id').notNullable().references('id').inTable('training_modules').onDelete('CASCADE');
    t.uuid('version_id').notNullable().references('id').inTable('training_quiz_versions').onDelete('CASCADE');
    t.integer('version').notNullable();
    t.uuid('attempt_id').notNullable().references('id').inTable('training_attempts').onDelete('CASCADE');
    t.timestamp('passed_at', { useTz: true }).notNullable();
    t.timestamp('expires_at', { useTz: true });
    // Set once, by the task that warns of expiry: the warning goes out once per certification.
    t.timestamp('expiry_warned_at', { useTz: true });
    // Set by the mail handler, which may run more than once (at-least-once delivery).
    t.timestamp('expiry_mailed_at', { useTz: true });
    t.index(['tenant_id', 'person_id', 'module_id', 'passed_at']);
    t.index(['tenant_id', 'expires_at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['training_certifications', 'training_attempts', 'training_progress', 'training_quiz_versions', 'training_modules']) {
    await knex.schema.dropTableIfExists(table);
  }
}
