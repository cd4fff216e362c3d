/**
 * Questions: one row per question, its answer versions beside it (the newest is the answer), and the
 * tenant's list of categories.
 */
import type { Knex } from 'knex';
import { createTenantTable } from '@portico/core/server';

export async function up(knex: Knex): Promise<void> {
  await createTenantTable(knex, 'question_categories', (t) => {
    t.text('name').notNullable();
    t.text('description').notNullable().defaultTo('');
  });
  await knex.raw('create unique index question_categories_tenant_name on question_categories (tenant_id, lower(name))');

  await createTenantTable(knex, 'questions', (t) => {
    t.uuid('partner_id').notNullable().references('id').inTable('partners').onDelete('CASCADE');
    t.uuid('asked_by').references('id').inTable('people').onDelete('SET NULL');
    t.text('subject').notNullable();
    t.text('body').notNullable();
    // Deleting a category that is in use is refused by the service, so no ON DELETE rule here.
    t.uuid('category_id').references('id').inTable('question_categories');
    t.uuid('deal_id').references('id').inTable('deals').onDelete('SET NULL');
    t.text('status').notNullable().defaultTo('open').checkIn(['open', 'answered', 'closed']);
    // The staff queue shows questions waiting for an answer first; a stored rank keeps that order
    // indexable and usable as a keyset cursor column.
    t.specificType('status_rank', "smallint generated always as (case status when 'open' then 0 when 'answered' then 1 else 2 end) stored");
    t.uuid('assignee_id').references('id').inTable('people').onDelete('SET NULL');
    t.integer('answer_version').notNullable().defaultTo(0);
    t.timestamp('answered_at', { useTz: true });
    t.timestamp('closed_at', { useTz: true });
    t.index(['tenant_id', 'status_rank', 'created_at', 'id']);
    t.index(['tenant_id', 'partner_id', 'created_at']);
    t.index(['tenant_id', 'deal_id']);
  });

  await createTenantTable(knex, 'question_answers', (t) => {
    t.uuid('question_id').notNullable().references('id').inTable('questions').onDelete('CASCADE');
    t.integer('version').notNullable();
    t.text('body').notNullable();
    t.uuid('answered_by').references('id').inTable('people').onDelete('SET NULL');
    t.unique(['question_id', 'version']);
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['question_answers', 'questions', 'question_categories']) {
    await knex.schema.dropTableIfExists(table);
  }
}
