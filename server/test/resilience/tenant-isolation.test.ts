/**
 * Two tenants with identical data (the demo seed, every plugin's included). Every detail route, called
 * by people of tenant A holding every permission with ids of tenant B's objects, finds nothing; every
 * list route, called by each person of tenant A with the permissions of their own role, shows nothing
 * of B — with test credentials, and again with real embed tokens minted for each person of A by a key
 * of A. Routes and ids are found from the registry and the catalog, so a new plugin is covered as it lands.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MountedRoute } from '../../src/registry/registry.js';
import { builtInPlugins } from '../../../portico.config.js';
import { DEMO_TENANT, seedDemo } from '../../src/demo/seed.js';
import { startHarness, type Harness } from '@portico/testing';
import { asTenant } from '@portico/testing';
import { createApiKey } from '../../../plugins/access/src/embed/service.js';

interface Person {
  id: string;
  kind: 'staff' | 'member';
  partnerId: string | null;
  role: string;
}

/** Up to this many ids of each tenant table: enough to meet every kind of object without a combinatorial run. */
const IDS_PER_TABLE = 2;

describe('tenant isolation', () => {
  let h: Harness;
  const tenants: Record<'a' | 'b', { id: string; people: Person[]; ids: string[] }> = {} as never;

  beforeAll(async () => {
    h = await startHarness({ plugins: builtInPlugins() });
    const knex = h.server.database.knex;
    for (const key of ['a', 'b'] as const) {
      const { tenantId } = await seedDemo(knex, h.server.registry, h.server.config.appRole, h.server.log, {
        ...DEMO_TENANT,
        slug: `twin-${key}`,
        domains: [`twin-${key}.test`],
        embedOrigins: [],
      });
      const people: Person[] = await knex('memberships as m').join('people as p', 'p.id', 'm.person_id').where('m.tenant_id', tenantId).select('p.id', 'p.kind', 'm.partner_id', 'm.role');
      tenants[key] = { id: tenantId, people, ids: [] };
    }
    // Every id of tenant B, a few per table: the objects a curious person of A would try.
    const { rows } = await knex.raw(`
      select c.table_name from information_schema.columns c
      join information_schema.columns i on i.table_name = c.table_name and i.column_name = 'id' and i.data_type = 'uuid'
      where c.column_name = 'tenant_id' and c.table_schema = 'public' and c.table_name <> 'tenants' order by 1`);
    for (const { table_name: table } of rows as { table_name: string }[]) {
      const ids = await knex(table).where({ tenantId: tenants.b.id }).orderBy('id').limit(IDS_PER_TABLE).pluck('id');
      tenants.b.ids.push(...ids);
    }
  });
  afterAll(() => h?.close());

  const apiRoutes = () => h.server.registry.routes.filter((r: MountedRoute) => r.version !== 'pages' && r.method === 'GET' && !r.route.public);

  it("finds none of B's objects through any detail route, whoever in A asks with every permission", async () => {
    expect(tenants.b.ids.length).toBeGreaterThan(20);
    const member = tenants.a.people.find((p) => p.kind === 'member')!;
    const staff = tenants.a.people.find((p) => p.kind === 'staff')!;
    const everything = new Set(h.allPermissions());
    const askers = [mintFor(member, everything), mintFor(staff, everything)];
    const leaks: string[] = [];
    for (const mounted of apiRoutes().filter((r) => r.path.includes(':'))) {
      for (const auth of askers) {
        for (const id of tenants.b.ids) {
          const path = mounted.path.replace(/:[a-zA-Z]+/g, id);
          const answer = await h.api('GET', path, { auth });
          if (answer.status < 300 || answer.status >= 500 || tenants.b.ids.some((bId) => bId !== id && answer.text.includes(bId))) {
            leaks.push(`${mounted.operationId} ${path} → ${answer.status}`);
          }
        }
      }
    }
    expect(leaks.slice(0, 40)).toEqual([]);
  }, 180_000); // a few thousand requests

  it("shows nothing of B in any list, to each person of A with their own role's permissions", async () => {
    const leaks: string[] = [];
    let calls = 0;
    for (const person of tenants.a.people) {
      const permissions = h.server.registry.permissionsOfRole(person.role);
      const auth = mintFor(person, permissions);
      for (const mounted of apiRoutes().filter((r) => !r.path.includes(':'))) {
        if (!permissions.has(mounted.route.permission!)) continue;
        const answer = await h.api('GET', mounted.path, { auth });
        calls++;
        expect(answer.status, `${mounted.operationId} for ${person.role}: ${answer.text.slice(0, 200)}`).toBeLessThan(500);
        const leaked = tenants.b.ids.find((id) => answer.text.includes(id));
        if (leaked) leaks.push(`${mounted.operationId} for ${person.role} shows ${leaked}`);
      }
    }
    expect(calls).toBeGreaterThan(20);
    expect(leaks.slice(0, 40)).toEqual([]);
  });

  it("shows nothing of B in any list or detail to each person of A through a real embed token", async () => {
    const knex = h.server.database.knex;
    const origin = 'https://twin-a.example';
    await knex('tenants').where({ id: tenants.a.id }).update({ embedOrigins: [origin] });
    const { key } = await asTenant(h, tenants.a.id, (trx) =>
      createApiKey(trx, h.server.registry.catalog, { tenantId: tenants.a.id, name: 'Isolation', createdBy: null, audience: 'members-and-staff', scopes: h.allPermissions() }),
    );
    const leaks: string[] = [];
    let calls = 0;
    for (const person of tenants.a.people) {
      const { email } = await knex('people').where({ id: person.id }).first('email');
      const minted = await h.api('POST', '/api/v1/embed/sessions', { auth: `Bearer ${key}`, body: { email, origin } });
      if (minted.status === 409) continue; // a demo person whose access has ended, or whose organisation is suspended
      expect(minted.status, minted.text).toBe(201);
      const call = { auth: `Bearer ${minted.body.token}`, headers: { origin } };
      const held: string[] = (await h.api('GET', '/api/v1/access/session', call)).body.permissions;
      for (const mounted of apiRoutes()) {
        if (!held.includes(mounted.route.permission!)) continue;
        const paths = mounted.path.includes(':') ? tenants.b.ids.slice(0, 4).map((id) => mounted.path.replace(/:[a-zA-Z]+/g, id)) : [mounted.path];
        for (const path of paths) {
          const answer = await h.api('GET', path, call);
          calls++;
          expect(answer.status, `${mounted.operationId} for ${person.role}: ${answer.text.slice(0, 200)}`).toBeLessThan(500);
          if (mounted.path.includes(':') && answer.status < 300) leaks.push(`${mounted.operationId} ${path} → ${answer.status} for ${person.role}`);
          const leaked = tenants.b.ids.find((id) => !path.includes(id) && answer.text.includes(id));
          if (leaked) leaks.push(`${mounted.operationId} for ${person.role} shows ${leaked}`);
        }
      }
    }
    expect(calls).toBeGreaterThan(50);
    expect(leaks.slice(0, 40)).toEqual([]);
  }, 180_000);

  function mintFor(person: Person, permissions: Set<string>): string {
    return h.actors.mint({ kind: person.kind, tenantId: tenants.a.id, personId: person.id, partnerId: person.partnerId, roles: [person.role], permissions });
  }
});
