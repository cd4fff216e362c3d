/**
 * Access: sessions, magic links, access groups, API keys, embed tokens, MFA. Every secret is stored
 * only as a SHA-256 hash of a token with at least 128 random bits.
 */
import type { Knex } from 'knex';
import { createTenantTable, enableTenantIsolation } from '@portico/core/server';

export async function up(knex: Knex): Promise<void> {
  await createTenantTable(knex, 'access_sessions', (t) => {
    t.uuid('person_id').notNullable().references('id').inTable('people').onDelete('CASCADE');
    t.text('token_hash').notNullable().unique();
    t.text('via').notNullable().defaultTo('link').checkIn(['link', 'code']);
    t.text('user_agent');
    t.text('ip');
    t.text('mfa_state').notNullable().defaultTo('none').checkIn(['none', 'pending', 'verified']);
    t.timestamp('last_seen_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('expires_at', { useTz: true }).notNullable();
    t.timestamp('revoked_at', { useTz: true });
    t.index(['tenant_id', 'person_id']);
  });

  await createTenantTable(knex, 'access_links', (t) => {
    t.uuid('person_id').notNullable().references('id').inTable('people').onDelete('CASCADE');
    t.text('purpose').notNullable().checkIn(['invite', 'sign-in']);
    t.text('token_hash').notNullable().unique();
    t.text('code_hash').notNullable();
    t.integer('code_attempts').notNullable().defaultTo(0);
    t.text('redirect_to');
    t.timestamp('expires_at', { useTz: true }).notNullable();
    t.timestamp('consumed_at', { useTz: true });
    // Set when a newer link of the same purpose replaces this one (a resent invite).
    t.timestamp('superseded_at', { useTz: true });
    t.index(['tenant_id', 'person_id', 'created_at']);
  });

  await createTenantTable(knex, 'access_groups', (t) => {
    t.text('name').notNullable();
    t.text('description').notNullable().defaultTo('');
    t.text('audience').notNullable().checkIn(['partner', 'staff']);
    t.specificType('permissions', 'text[]').notNullable().defaultTo('{}');
  });
  await knex.raw('create unique index access_groups_tenant_name on access_groups (tenant_id, lower(name))');

  await knex.schema.createTable('access_group_members', (t) => {
    t.uuid('tenant_id').notNullable().references('id').inTable('tenants').onDelete('CASCADE');
    t.uuid('group_id').notNullable().references('id').inTable('access_groups').onDelete('CASCADE');
    t.uuid('person_id').notNullable().references('id').inTable('people').onDelete('CASCADE');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.primary(['group_id', 'person_id']);
    t.index(['tenant_id', 'person_id']);
  });
  await enableTenantIsolation(knex, 'access_group_members');

  await createTenantTable(knex, 'access_api_keys', (t) => {
    t.text('name').notNullable();
    t.text('hint').notNullable(); // the key's last characters, to tell keys apart
    t.text('secret_hash').notNullable().unique();
    t.uuid('created_by');
    t.timestamp('last_used_at', { useTz: true });
    t.timestamp('revoked_at', { useTz: true });
  });

  await createTenantTable(knex, 'access_embed_tokens', (t) => {
    t.uuid('person_id').notNullable().references('id').inTable('people').onDelete('CASCADE');
    t.uuid('api_key_id').references('id').inTable('access_api_keys').onDelete('CASCADE');
    t.text('origin').notNullable();
    t.text('token_hash').notNullable().unique();
    t.timestamp('expires_at', { useTz: true }).notNullable();
    t.index(['tenant_id', 'expires_at']);
  });

  await createTenantTable(knex, 'access_mfa', (t) => {
    t.uuid('person_id').notNullable().unique().references('id').inTable('people').onDelete('CASCADE');
    t.text('secret_encrypted').notNullable();
    t.timestamp('confirmed_at', { useTz: true });
    t.integer('last_used_step'); // refuses replaying a TOTP code within its window
  });

  await createTenantTable(knex, 'access_recovery_codes', (t) => {
    t.uuid('person_id').notNullable().references('id').inTable('people').onDelete('CASCADE');
    t.text('code_hash').notNullable();
    t.timestamp('used_at', { useTz: true });
    t.index(['tenant_id', 'person_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['access_recovery_codes', 'access_mfa', 'access_embed_tokens', 'access_api_keys', 'access_group_members', 'access_groups', 'access_links', 'access_sessions']) {
    await knex.schema.dropTableIfExists(table);
  }
}
