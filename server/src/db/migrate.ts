/**
 * One ordered, re-runnable migration run: the core schema first, then each plugin's own migrations in
 * the order of their requirements. Names are namespaced (`deals/20260301_create_deals`) so plugins
 * never collide. Afterwards the app role is granted access and every tenant table is checked for
 * row-level security.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Knex } from 'knex';
import type { PluginDefinition } from '@portico/core';
import { grantAppRole } from './app-role.js';

export const CORE_MIGRATIONS = fileURLToPath(new URL('../migrations/', import.meta.url));

interface MigrationFile {
  name: string;
  file: string;
}

function folderPath(folder: URL | string): string {
  return folder instanceof URL ? fileURLToPath(folder) : folder;
}

export function listMigrations(plugins: readonly PluginDefinition[]): MigrationFile[] {
  const folders: { namespace: string; dir: string }[] = [{ namespace: 'core', dir: CORE_MIGRATIONS }];
  for (const plugin of plugins) {
    if (plugin.migrations) folders.push({ namespace: plugin.id, dir: folderPath(plugin.migrations) });
  }
  const files: MigrationFile[] = [];
  for (const { namespace, dir } of folders) {
    if (!fs.existsSync(dir)) throw new Error(`Migrations folder of "${namespace}" not found: ${dir}`);
    const names = fs
      .readdirSync(dir)
      .filter((f) => /\.(ts|js|mjs)$/.test(f) && !f.endsWith('.d.ts'))
      .sort();
    for (const f of names) files.push({ name: `${namespace}/${f.replace(/\.(ts|js|mjs)$/, '')}`, file: path.join(dir, f) });
  }
  return files;
}

class PluginMigrationSource implements Knex.MigrationSource<MigrationFile> {
  constructor(private readonly files: MigrationFile[]) {}
  async getMigrations(): Promise<MigrationFile[]> {
    return this.files;
  }
  getMigrationName(migration: MigrationFile): string {
    return migration.name;
  }
  async getMigration(migration: MigrationFile): Promise<Knex.Migration> {
    return import(pathToFileURL(migration.file).href);
  }
}

export async function migrate(knex: Knex, plugins: readonly PluginDefinition[], appRole: string): Promise<string[]> {
  const [, applied] = (await knex.migrate.latest({
    migrationSource: new PluginMigrationSource(listMigrations(plugins)),
    // A plugin taken out of a deployment leaves its applied migrations behind; that is not an error.
    disableMigrationsListValidation: true,
  })) as [number, string[]];
  await grantAppRole(knex, appRole);
  const unprotected = await tenantTablesWithoutIsolation(knex);
  if (unprotected.length > 0) {
    throw new Error(
      `These tables hold a tenant_id but lack forced row-level security and a policy: ${unprotected.join(', ')}. ` +
        'Create them with createTenantTable() or call enableTenantIsolation() in their migration.',
    );
  }
  return applied;
}

/** Every table with a tenant_id column must have RLS enabled, forced, and at least one policy. */
export async function tenantTablesWithoutIsolation(knex: Knex): Promise<string[]> {
  const { rows } = await knex.raw(`
    select c.relname
    from pg_class c
    join pg_namespace n on n.oid = c.relnamespace
    join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
    where n.nspname = 'public' and c.relkind in ('r', 'p')
      and (not c.relrowsecurity or not c.relforcerowsecurity
           or not exists (select 1 from pg_policy p where p.polrelid = c.oid))
    order by 1`);
  return rows.map((r: { relname: string }) => r.relname);
}
