/**
 * Headers of an outgoing mail beyond the addresses and subject: the notifications plugin's one-click
 * unsubscribe (`List-Unsubscribe`, `List-Unsubscribe-Post`, RFC 8058), for one.
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('outbound_mail', (t) => {
    t.jsonb('headers');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('outbound_mail', (t) => {
    t.dropColumn('headers');
  });
}
