/**
 * API keys carry the scopes chosen when they were made: which people their embed tokens may be for
 * (partner members only, or staff too) and which permissions those tokens may carry at most.
 *
 * Every existing key becomes a members-only key: an embed token it minted for a staff person before
 * this change is refused by the authenticator from now on.
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('access_api_keys', (t) => {
    t.text('audience').notNullable().defaultTo('members').checkIn(['members', 'members-and-staff']);
    // Null: every permission that is not administrative (also those of plugins added later).
    t.specificType('scopes', 'text[]');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('access_api_keys', (t) => {
    t.dropColumn('audience');
    t.dropColumn('scopes');
  });
}
