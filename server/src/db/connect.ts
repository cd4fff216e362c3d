/**
 * Opens the database: embedded PostgreSQL (PGlite) by default, or a PostgreSQL server with DATABASE_URL.
 * Either way the rest of the server sees one knex instance with snake_case columns mapped to
 * camelCase properties.
 */
import fs from 'node:fs';
import knexFactory, { type Knex } from 'knex';
import { knexSnakeCaseMappers } from 'objection';
import type { DatabaseConfig } from '../config.js';

export interface Database {
  kind: DatabaseConfig['kind'];
  knex: Knex;
  close(): Promise<void>;
  /** PGlite only: the data folder as a tarball, to start other instances from it. */
  dump?(): Promise<Blob>;
}

// pg answers bigint and numeric as strings by default, to avoid silent precision loss; keep it so.

export async function openDatabase(config: DatabaseConfig, purpose: 'app' | 'migrations' = 'app'): Promise<Database> {
  const mappers = knexSnakeCaseMappers();
  if (config.kind === 'postgres') {
    const connection = purpose === 'migrations' ? (config.migrationUrl ?? config.url) : config.url;
    const knex = knexFactory({
      client: 'pg',
      connection,
      pool: { min: 0, max: purpose === 'migrations' ? 1 : 10 },
      acquireConnectionTimeout: 10_000,
      ...mappers,
    });
    return { kind: 'postgres', knex, close: () => knex.destroy() };
  }

  // Sequential on purpose: knex-pglite require()s PGlite, which must be fully loaded first.
  const { PGlite } = await import('@electric-sql/pglite');
  const { default: ClientPgLite } = await import('knex-pglite');
  if (config.dataDir) fs.mkdirSync(config.dataDir, { recursive: true });
  const pglite = await PGlite.create({
    ...(config.dataDir ? { dataDir: config.dataDir } : {}),
    ...(config.loadDump ? { loadDataDir: config.loadDump } : {}),
  });
  const knex = knexFactory({
    client: withDeleteCounts(ClientPgLite as unknown as typeof knexFactory.Client),
    dialect: 'postgres',
    connection: () => ({ pglite }) as object,
    ...mappers,
  } as Knex.Config);
  return {
    kind: 'pglite',
    knex,
    dump: () => pglite.dumpDataDir('none'),
    async close() {
      await knex.destroy();
      if (!pglite.closed) await pglite.close();
    },
  };
}

type KnexClient = typeof knexFactory.Client;
interface Response {
  method?: string;
  response: { affectedRows?: number };
}

/**
 * knex-pglite labels a delete's result with knex's method name ("DEL") where PostgreSQL says
 * "DELETE", so knex answered a delete on PGlite with the driver's raw result instead of its count (and
 * that object went as such into audit records). Labelled as PostgreSQL does, a delete answers its count
 * on both databases.
 */
function withDeleteCounts(Client: KnexClient): KnexClient {
  const postgres = Object.getPrototypeOf(Client.prototype) as { processResponse(obj: unknown, runner: unknown): unknown };
  return class extends (Client as unknown as new (...args: unknown[]) => { processResponse(obj: unknown, runner: unknown): unknown }) {
    override processResponse(obj: Response, runner: unknown): unknown {
      if (obj.method !== 'del') return super.processResponse(obj, runner);
      return postgres.processResponse.call(this, { ...obj, response: { ...obj.response, rowCount: obj.response.affectedRows, command: 'DELETE' } }, runner);
    }
  } as unknown as KnexClient;
}
