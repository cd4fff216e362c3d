/**
 * The production set-up of README's configuration and docs/security.md ("Database roles"), end to end
 * on PostgreSQL: a fresh database owned by an owner role, an app role that may log in, and nothing else
 * granted. DATABASE_MIGRATION_URL connects as the owner, DATABASE_URL as the app role; the CLI migrates,
 * seeds the demo and serves it in production mode.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import knexFactory from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_URL, adminQuery, databaseUrl } from '@portico/testing';
import { portico, signInWithLink } from './support/cli-process.js';

interface ProductionDatabase {
  name: string;
  env: Record<string, string>;
  /** A superuser connection to the database, for what a test must arrange or check behind the CLI's back. */
  asSuperuser<T>(work: (knex: knexFactory.Knex) => Promise<T>): Promise<T>;
}

const suffix = randomBytes(4).toString('hex');
const OWNER = `portico_owner_${suffix}`;
const APP = `portico_app_${suffix}`;
const databases: string[] = [];
const dataDirs: string[] = [];

function urlAs(user: string, password: string, database: string): string {
  const url = new URL(databaseUrl(database));
  url.username = user;
  url.password = password;
  return url.toString();
}

/** Exactly the statements docs/security.md gives, run as a superuser. */
async function productionDatabase(): Promise<ProductionDatabase> {
  const name = `portico_prod_${suffix}_${databases.length}`;
  databases.push(name);
  await adminQuery(`create database ${name} owner ${OWNER}`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portico-prod-'));
  dataDirs.push(dataDir);
  return {
    name,
    env: {
      PORTICO_ENV: 'production',
      PORTICO_SECRET_KEY: randomBytes(32).toString('hex'),
      DATABASE_URL: urlAs(APP, 'app-secret', name),
      DATABASE_MIGRATION_URL: urlAs(OWNER, 'owner-secret', name),
      PORTICO_DB_ROLE: APP,
      PORTICO_DATA_DIR: dataDir,
      PORTICO_OUTBOX_INTERVAL_MS: '0',
      PORTICO_TASK_INTERVAL_MS: '0',
    },
    async asSuperuser(work) {
      const knex = knexFactory({ client: 'pg', connection: databaseUrl(name), pool: { min: 0, max: 1 } });
      try {
        return await work(knex);
      } finally {
        await knex.destroy();
      }
    },
  };
}

const demoRows = (db: ProductionDatabase) =>
  db.asSuperuser(async (knex) => {
    const { rows } = await knex.raw(
      "select (select count(*) from tenants where slug = 'demo')::int as tenants, (select count(*) from people)::int as people, (select count(*) from partners)::int as partners",
    );
    return rows[0] as { tenants: number; people: number; partners: number };
  });

/** Makes the seed fail half-way: after the tenant, its partners and people, in the last plugin's data. */
const breakSeed = (db: ProductionDatabase) =>
  db.asSuperuser(async (knex) => {
    await knex.raw("create function fail_half_way() returns trigger language plpgsql as $$ begin raise exception 'simulated failure half-way through the seed'; end $$");
    await knex.raw('create trigger fail_half_way before insert on team_client_assignments for each row execute function fail_half_way()');
  });
const repairSeed = (db: ProductionDatabase) =>
  db.asSuperuser(async (knex) => {
    await knex.raw('drop trigger fail_half_way on team_client_assignments');
    await knex.raw('drop function fail_half_way()');
  });

// Real processes (tsx, then the server with every plugin) against a database migrated from scratch.
describe('the documented PostgreSQL production set-up', { timeout: 300_000 }, () => {
  beforeAll(async () => {
    // docs/security.md, "Database roles": two roles that may log in; neither is a superuser, neither
    // is a member of the other.
    await adminQuery(`create role ${OWNER} login password 'owner-secret'`);
    await adminQuery(`create role ${APP} login password 'app-secret'`);
  });
  afterAll(async () => {
    for (const name of databases) await adminQuery(`drop database if exists ${name} with (force)`);
    const admin = knexFactory({ client: 'pg', connection: ADMIN_URL, pool: { min: 0, max: 1 } });
    try {
      await admin.raw(`drop role if exists ${APP}`);
      await admin.raw(`drop role if exists ${OWNER}`);
    } finally {
      await admin.destroy();
    }
    for (const dir of dataDirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('migrates and seeds the demo with seed-demo; a seed failing half-way leaves nothing, and the next run seeds', async () => {
    const db = await productionDatabase();
    const migrated = await portico(['migrate'], db.env);
    expect(migrated.code, migrated.stderr).toBe(0);
    expect(migrated.stdout).toMatch(/Applied \d+ migration\(s\)/);

    // Without the owner's connection the operator is told what is missing.
    const { DATABASE_MIGRATION_URL: _owner, ...appOnly } = db.env;
    const refused = await portico(['seed-demo'], appOnly);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`DATABASE_URL connects as the app role "${APP}", which may not migrate the schema or create tenants. Set DATABASE_MIGRATION_URL`);
    expect(await demoRows(db)).toEqual({ tenants: 0, people: 0, partners: 0 });

    await breakSeed(db);
    const failed = await portico(['seed-demo'], db.env);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('simulated failure half-way through the seed');
    expect(await demoRows(db)).toEqual({ tenants: 0, people: 0, partners: 0 });

    await repairSeed(db);
    const seeded = await portico(['seed-demo'], db.env);
    expect(seeded.code, seeded.stderr).toBe(0);
    expect(seeded.stdout).toContain('Demo tenant "demo" created.');
    expect(await demoRows(db)).toEqual({ tenants: 1, people: expect.any(Number), partners: 3 });
    const again = await portico(['seed-demo'], db.env);
    expect(again.stdout).toContain('Demo tenant "demo" already exists; nothing changed.');

    // And an operator gives a new tenant its first administrator the same way.
    const created = await portico(['create-tenant', '--slug', 'globex', '--name', 'Globex', '--admin-email', 'hank@globex.example'], db.env);
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toContain('Invited hank <hank@globex.example> as tenant_admin of "globex"');
  });

  it('start --demo migrates, seeds as the owner and serves the demo as the app role; a demo person signs in', async () => {
    const db = await productionDatabase();
    await portico(['migrate'], db.env);
    // The first start fails half-way through seeding: it does not serve, and leaves no demo tenant.
    await breakSeed(db);
    const failed = await portico(['start', '--demo', '--port', '0'], db.env, /Portico is ready/);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('simulated failure half-way through the seed');
    expect(await demoRows(db)).toEqual({ tenants: 0, people: 0, partners: 0 });
    await repairSeed(db);

    const run = await portico(['start', '--demo', '--port', '0'], db.env, /Links work once/);
    try {
      expect(run.stdout, run.stderr).toMatch(/Portico is ready in \d+ ms/);
      const base = /Health:\s+(\S+)\/healthz/.exec(run.stdout)![1].replace('localhost', '127.0.0.1');
      const portal = await fetch(`${base}/api/v1/portal`);
      expect(portal.status).toBe(200);
      expect(JSON.stringify(await portal.json())).toContain('Northwind Partner Hub');

      const link = /Sign in as Nadia Admin \(tenant admin, admin@northwind\.example\): (\S+)/.exec(run.stdout)?.[1];
      expect(link, run.stdout).toBeDefined();
      const { page, confirmed, cookie } = await signInWithLink(base, link!);
      expect(page.status).toBe(200);
      expect(confirmed.status).toBe(303);
      const me = await fetch(`${base}/api/v1/access/session`, { headers: { cookie: cookie! } });
      expect(me.status).toBe(200);
      const session = (await me.json()) as { person: { email: string }; roles: string[] };
      expect(session.person.email).toBe('admin@northwind.example');
      expect(session.roles).toContain('tenant_admin');
      // The demo's data is there for the signed-in admin, read through the app role.
      const people = (await (await fetch(`${base}/api/v1/access/people?limit=100`, { headers: { cookie: cookie! } })).json()) as { items: { email: string }[] };
      expect(people.items.map((p) => p.email)).toContain('alice@acme.example');
    } finally {
      expect(await run.kill()).toBe(0);
    }
  });
});
