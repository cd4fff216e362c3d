/**
 * The onboarding schema:
 * - `onboarding_completions`: a step done by a person, once (whichever event did it first).
 * - `onboarding_people`: a person's checklist as a whole — when they finished it (the event is
 *   emitted once) and whether they put it away.
 */
import type { Knex } from 'knex';
import { createTenantTable } from '@portico/core/server';

export async function up(knex: Knex): Promise<void> {
  await createTenantTable(knex, 'onboarding_completions', (t) => {
    t.uuid('person_id').notNullable().references('id').inTable('people').onDelete('CASCADE');
    t.text('step_key').notNullable();
    t.uuid('event_id');
    t.text('event_type').notNullable();
    t.timestamp('completed_at', { useTz: true }).notNullable();
    t.unique(['person_id', 'step_key']);
  });
  await createTenantTable(knex, 'onboarding_people', (t) => {
    t.uuid('person_id').notNullable().unique().references('id').inTable('people').onDelete('CASCADE');
    t.timestamp('completed_at', { useTz: true });
    t.timestamp('dismissed_at', { useTz: true });
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('onboarding_people');
  await knex.schema.dropTableIfExists('onboarding_completions');
}
