/**
 * `questions.deal_id` no longer has a foreign key into the deals plugin's `deals` table: questions
 * knows deals only through deals' API (`visibleDealReferences`, `linkableDeal`), which checks a deal
 * when it is linked and decides, on every read, whether the reader may see it. Deals are never
 * deleted (a withdrawn or lapsed deal stays), so the key's ON DELETE SET NULL never fired; should an
 * id ever point at no deal, deals' API leaves it out and the question shows no deal, as it does for
 * a deal the reader may not see. The index on (tenant_id, deal_id) stays for the `dealId` filter.
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.raw('alter table questions drop constraint if exists questions_deal_id_foreign');
}

export async function down(knex: Knex): Promise<void> {
  // Only possible while the deals plugin is installed, as it was when the key was made.
  await knex.schema.alterTable('questions', (t) => {
    t.foreign('deal_id').references('id').inTable('deals').onDelete('SET NULL');
  });
}
