/**
 * Test databases: every test file gets a migrated database of its own, on embedded PGlite (the
 * default) or on PostgreSQL (`PORTICO_TEST_DB=postgres`; the server at `PORTICO_TEST_PG_URL`, by
 * default `postgres://postgres@127.0.0.1:5432/postgres`, a user that may create databases and roles).
 *
 * With `migrateTemplate` as vitest's global setup, the run migrates one template first and each file
 * starts from it: PGlite loads its dumped data folder (~1 s instead of ~4 s for a fresh instance plus
 * migrations), PostgreSQL clones it as a `TEMPLATE` database. Without the global setup each file's
 * harness migrates its own database: slower, the same result.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import knexFactory from 'knex';
import { inject } from 'vitest';
import type { TestProject } from 'vitest/node';
import type { PluginDefinition } from '@portico/core';
import { migrate, openDatabase, orderPlugins, type DatabaseConfig } from '@portico/server';

export const ADMIN_URL = process.env.PORTICO_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** What the global setup hands every test file. */
export interface TemplateDatabase {
  kind: 'pglite' | 'postgres';
  appRole: string;
  pgliteDump?: string;
  pgTemplate?: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    testDb: TemplateDatabase;
  }
}

function provided(): TemplateDatabase | undefined {
  try {
    return inject('testDb');
  } catch {
    return undefined;
  }
}

/** The database kind of this run: the global setup's, else `PORTICO_TEST_DB`. */
export function testDbKind(): 'pglite' | 'postgres' {
  return provided()?.kind ?? (process.env.PORTICO_TEST_DB === 'postgres' ? 'postgres' : 'pglite');
}

export function databaseUrl(name: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export interface TestDatabase {
  config: DatabaseConfig;
  /** The unprivileged role requests run as. */
  appRole: string;
  drop(): Promise<void>;
}

export async function adminQuery(sql: string): Promise<void> {
  const admin = knexFactory({ client: 'pg', connection: ADMIN_URL, pool: { min: 0, max: 1 } });
  try {
    await admin.raw(sql);
  } finally {
    await admin.destroy();
  }
}

/** A database of this test file's own: cloned from the run's template, or empty (the harness migrates it). */
export async function createTestDatabase(): Promise<TestDatabase> {
  const template = provided();
  if (template?.kind === 'pglite') {
    const dump = fs.readFileSync(template.pgliteDump!);
    return { config: { kind: 'pglite', dataDir: null, loadDump: new Blob([dump]) }, appRole: template.appRole, drop: async () => {} };
  }
  if (template?.kind === 'postgres') {
    const name = `${template.pgTemplate!.replace(/_tpl$/, '')}_${randomBytes(4).toString('hex')}`;
    await adminQuery(`create database ${name} template ${template.pgTemplate}`);
    return { config: { kind: 'postgres', url: databaseUrl(name) }, appRole: template.appRole, drop: () => adminQuery(`drop database if exists ${name} with (force)`) };
  }
  if (testDbKind() === 'pglite') return { config: { kind: 'pglite', dataDir: null }, appRole: 'portico_app', drop: async () => {} };
  const run = randomBytes(4).toString('hex');
  const name = `portico_test_${run}_own`;
  const appRole = `portico_test_app_${run}`;
  await adminQuery(`create database ${name}`);
  return {
    config: { kind: 'postgres', url: databaseUrl(name) },
    appRole,
    async drop() {
      await adminQuery(`drop database if exists ${name} with (force)`);
      await adminQuery(`drop role if exists ${appRole}`);
    },
  };
}

/**
 * vitest's global setup for a project: migrates one template database with these plugins (and the
 * core schema) for the whole run, and drops it afterwards. In `vitest.config.ts`:
 *
 *     test: { globalSetup: ['test/global-setup.ts'] }
 *
 * with `test/global-setup.ts`: `export default migrateTemplate(() => [accessPlugin, myPlugin]);`
 * The database kind is the project's `env.PORTICO_TEST_DB` (or the process's): `pglite` or `postgres`.
 */
export function migrateTemplate(plugins: () => readonly PluginDefinition[] | Promise<readonly PluginDefinition[]>) {
  return async function setup(project: TestProject): Promise<() => Promise<void>> {
    const run = randomBytes(3).toString('hex');
    // The project's `env` reaches its test workers, not this process: read it from the project itself.
    const kind = (project.config.env?.PORTICO_TEST_DB ?? process.env.PORTICO_TEST_DB) === 'postgres' ? 'postgres' : 'pglite';
    const ordered = orderPlugins(await plugins());

    if (kind === 'pglite') {
      const appRole = 'portico_app';
      const db = await openDatabase({ kind: 'pglite', dataDir: null });
      await migrate(db.knex, ordered, appRole);
      const dump = await db.dump!();
      const file = path.join(os.tmpdir(), `portico-test-${run}.tar`);
      fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
      await db.close();
      project.provide('testDb', { kind, appRole, pgliteDump: file });
      return async () => fs.rmSync(file, { force: true });
    }

    const appRole = `portico_test_app_${run}`;
    const template = `portico_test_${run}_tpl`;
    await adminQuery(`create database ${template}`);
    const db = await openDatabase({ kind: 'postgres', url: databaseUrl(template) });
    try {
      await migrate(db.knex, ordered, appRole);
    } finally {
      await db.close();
    }
    project.provide('testDb', { kind, appRole, pgTemplate: template });
    return async () => {
      const admin = knexFactory({ client: 'pg', connection: ADMIN_URL, pool: { min: 0, max: 1 } });
      try {
        const { rows } = await admin.raw('select datname from pg_database where datname like ?', [`portico_test_${run}_%`]);
        for (const { datname } of rows) await admin.raw(`drop database if exists ${datname} with (force)`);
        await admin.raw(`drop owned by ${appRole}`).catch(() => {});
        await admin.raw(`drop role if exists ${appRole}`);
      } finally {
        await admin.destroy();
      }
    };
  };
}
