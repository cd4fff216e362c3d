import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, tenantTablesWithoutIsolation } from '../src/db/migrate.js';
import { assertSafeRuntimeRole, describeConnectionRole } from '../src/db/app-role.js';
import { inTenantTransaction } from '../src/db/tenant-transaction.js';
import { startHarness, type Harness, type TestTenant } from '@portico/testing';
import { notesPlugin } from './fixtures/notes-plugin.js';

describe('database: tenant isolation by row-level security', () => {
  let h: Harness;
  let alpha: TestTenant;
  let beta: TestTenant;

  beforeAll(async () => {
    h = await startHarness({ plugins: [notesPlugin] });
    alpha = await h.tenant('alpha');
    beta = await h.tenant('beta');
  });
  afterAll(() => h?.close());

  it('has forced row-level security and a policy on every table with a tenant_id (catalog check)', async () => {
    const knex = h.server.database.knex;
    expect(await tenantTablesWithoutIsolation(knex)).toEqual([]);
    const { rows } = await knex.raw(`
      select c.relname from pg_class c join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id'
      join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind = 'r'`);
    // The check above must have had tables to look at, the plugin's among them.
    expect(rows.map((r: { relname: string }) => r.relname)).toEqual(expect.arrayContaining(['partners', 'people', 'memberships', 'audit_events', 'outbox_events', 'test_notes']));
  });

  it('reports a tenant table created without isolation, and migrate refuses it', async () => {
    const knex = h.server.database.knex;
    await knex.raw('create table careless (id uuid primary key, tenant_id uuid not null)');
    try {
      expect(await tenantTablesWithoutIsolation(knex)).toEqual(['careless']);
      await expect(migrate(knex, h.server.registry.plugins, h.db.appRole)).rejects.toThrow(/careless.*createTenantTable/);
    } finally {
      await knex.raw('drop table careless');
    }
  });

  it('shows no rows to the app role outside a tenant transaction', async () => {
    const knex = h.server.database.knex;
    const rows = await knex.transaction(async (trx) => {
      await trx.raw("select set_config('role', ?, true)", [h.db.appRole]);
      return trx('partners').select('id');
    });
    expect(rows).toEqual([]);
    // ...while the rows do exist.
    expect(Number((await knex('partners').count({ n: '*' }))[0].n)).toBeGreaterThanOrEqual(4);
  });

  it("shows a tenant only its own rows, and refuses writing into another tenant's", async () => {
    const knex = h.server.database.knex;
    const seen = await inTenantTransaction(knex, h.db.appRole, alpha.id, (trx) => trx('partners').pluck('tenant_id'));
    expect(new Set(seen)).toEqual(new Set([alpha.id]));
    await expect(
      inTenantTransaction(knex, h.db.appRole, alpha.id, (trx) => trx('partners').insert({ tenantId: beta.id, name: 'smuggled' })),
    ).rejects.toThrow(/row-level security/);
  });

  it('lets the app role read the tenant directory but not create tenants', async () => {
    const knex = h.server.database.knex;
    const slugs = await inTenantTransaction(knex, h.db.appRole, alpha.id, (trx) => trx('tenants').pluck('slug'));
    expect(slugs).toEqual(expect.arrayContaining(['alpha', 'beta']));
    await expect(inTenantTransaction(knex, h.db.appRole, alpha.id, (trx) => trx('tenants').insert({ slug: 'rogue', name: 'Rogue' }))).rejects.toThrow();
  });

  it('answers a delete with how many rows it removed, on either database (never the driver\'s raw result)', async () => {
    const counts = await inTenantTransaction(h.server.database.knex, h.db.appRole, alpha.id, async (trx) => {
      const [p1, p2] = await trx('partners').insert([{ tenantId: alpha.id, name: 'Doomed one' }, { tenantId: alpha.id, name: 'Doomed two' }]).returning('id');
      return { both: await trx('partners').whereIn('id', [p1.id, p2.id]).delete(), none: await trx('partners').where({ id: p1.id }).delete() };
    });
    expect(counts).toEqual({ both: 2, none: 0 });
  });

  it('re-running migrations applies nothing', async () => {
    expect(await migrate(h.server.database.knex, h.server.registry.plugins, h.db.appRole)).toEqual([]);
  });

  it('refuses to serve in production as a superuser, and accepts the app role', async () => {
    const role = await describeConnectionRole(h.server.database.knex);
    expect(role).toMatchObject({ superuser: true, bypassRls: true }); // tests connect as a superuser and switch role per transaction
    expect(() => assertSafeRuntimeRole(role, 'production')).toThrow(/Refusing to start.*superuser/);
    expect(() => assertSafeRuntimeRole({ user: 'portico_app', superuser: false, bypassRls: true }, 'production')).toThrow(/BYPASSRLS/);
    expect(() => assertSafeRuntimeRole({ user: 'portico_app', superuser: false, bypassRls: false }, 'production')).not.toThrow();
  });
});
