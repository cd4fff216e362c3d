/**
 * The role requests run as. It owns nothing and bypasses nothing, so row-level security holds for it.
 *
 * In production the server connects as that role. In development and tests (PGlite's only user, or a
 * local `postgres`) the connection is a superuser, so every transaction switches to the app role first.
 */
import type { Knex } from 'knex';

export interface ConnectionRole {
  user: string;
  superuser: boolean;
  bypassRls: boolean;
}

export async function describeConnectionRole(knex: Knex): Promise<ConnectionRole> {
  const { rows } = await knex.raw(
    'select current_user as "user", rolsuper as superuser, rolbypassrls as bypassrls from pg_roles where rolname = current_user',
  );
  // Raw results keep the database's column names (the camelCase mapping applies to query builders).
  return { user: rows[0].user, superuser: rows[0].superuser, bypassRls: rows[0].bypassrls };
}

/** Refuses a production server that would see every tenant's rows. */
export function assertSafeRuntimeRole(role: ConnectionRole, mode: string): void {
  if (mode === 'production' && (role.superuser || role.bypassRls)) {
    throw new Error(
      `Refusing to start: the database user "${role.user}" is a ${role.superuser ? 'superuser' : 'BYPASSRLS role'}, ` +
        'so row-level security would not isolate tenants. Connect with DATABASE_URL as the unprivileged app role ' +
        '(PORTICO_DB_ROLE), and run migrations with DATABASE_MIGRATION_URL as the owner.',
    );
  }
}

/** Creates the app role if missing and grants it data access to every table, after migrations. */
export async function grantAppRole(knex: Knex, appRole: string): Promise<void> {
  const { rows } = await knex.raw('select 1 from pg_roles where rolname = ?', [appRole]);
  if (rows.length === 0) {
    try {
      await knex.raw(`create role ${appRole} nologin nosuperuser nobypassrls`);
    } catch (error) {
      throw new Error(
        `The app role "${appRole}" does not exist and the migration user may not create it (${(error as Error).message}). ` +
          `Create it once: CREATE ROLE ${appRole} LOGIN PASSWORD '...';`,
      );
    }
  }
  await knex.raw(`grant usage on schema public to ${appRole}`);
  await knex.raw(`grant select, insert, update, delete on all tables in schema public to ${appRole}`);
  await knex.raw(`grant usage, select on all sequences in schema public to ${appRole}`);
  await knex.raw(`revoke all on knex_migrations, knex_migrations_lock from ${appRole}`);
}
