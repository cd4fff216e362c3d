/**
 * Migrates one template database per run, with the core schema and every default plugin, and hands
 * its location to the test files through the environment.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import knexFactory from 'knex';
import { openDatabase } from '../../src/db/connect.js';
import { migrate } from '../../src/db/migrate.js';
import { defaultPlugins } from '../../src/plugins.js';
import { orderPlugins } from '../../src/registry/registry.js';
import { ADMIN_URL, adminQuery, databaseUrl } from './test-db.js';

import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    testDb: { kind: 'pglite' | 'postgres'; appRole: string; pgliteDump?: string; pgTemplate?: string };
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const run = randomBytes(3).toString('hex');
  // The project's `env` reaches its test workers, not this process: read it from the project itself.
  const kind = (project.config.env?.PORTICO_TEST_DB ?? process.env.PORTICO_TEST_DB) === 'postgres' ? 'postgres' : 'pglite';
  const plugins = orderPlugins(defaultPlugins());

  if (kind === 'pglite') {
    const appRole = 'portico_app';
    const db = await openDatabase({ kind: 'pglite', dataDir: null });
    await migrate(db.knex, plugins, appRole);
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
    await migrate(db.knex, plugins, appRole);
  } finally {
    await db.close();
  }
  project.provide('testDb', { kind, appRole, pgTemplate: template });
  return async () => {
    const admin = knexFactory({ client: 'pg', connection: ADMIN_URL, pool: { min: 0, max: 1 } });
    try {
      const { rows } = await admin.raw("select datname from pg_database where datname like ?", [`portico_test_${run}_%`]);
      for (const { datname } of rows) await admin.raw(`drop database if exists ${datname} with (force)`);
      await admin.raw(`drop owned by ${appRole}`).catch(() => {});
      await admin.raw(`drop role if exists ${appRole}`);
    } finally {
      await admin.destroy();
    }
  };
}
