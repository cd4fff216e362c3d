/**
 * Starts a real Portico server on 127.0.0.1 on a fresh test database, with test actors, and offers
 * the fixtures most tests need: tenants with partners and people.
 */
import type { PluginDefinition } from '@portico/core';
import { loadConfig, type DatabaseConfig, type PorticoConfig } from '../../src/config.js';
import { createServer, type PorticoServer } from '../../src/server.js';
import { createTenant } from '../../src/tenants.js';
import { seedContext } from '../../src/demo/seed.js';
import { inTenantTransaction } from '../../src/db/tenant-transaction.js';
import { createTestActors, type TestActors } from './test-auth.js';
import { createTestDatabase, type TestDatabase } from './test-db.js';

export interface ApiCall {
  auth?: string;
  body?: unknown;
  /** Sent as an HTML form would send it. */
  form?: Record<string, string>;
  rawBody?: string;
  headers?: Record<string, string>;
}

export interface ApiAnswer<T = any> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

/** A tenant with two partners; `memberId` is a partner_admin of the first, `staffId` a tenant_admin. */
export interface TestTenant {
  id: string;
  slug: string;
  partnerId: string;
  otherPartnerId: string;
  memberId: string;
  staffId: string;
}

export interface Harness {
  server: PorticoServer;
  url: string;
  actors: TestActors;
  db: TestDatabase;
  api<T = any>(method: string, path: string, call?: ApiCall): Promise<ApiAnswer<T>>;
  /** Creates a tenant (host `<slug>.test`) with two partners, a partner_admin of the first and a tenant_admin. */
  tenant(slug: string): Promise<TestTenant>;
  /** A bearer for a member of the tenant's first partner holding exactly these permissions. */
  member(tenant: TestTenant, permissions: Iterable<string>, partnerId?: string): string;
  staff(tenant: TestTenant, permissions: Iterable<string>): string;
  allPermissions(): string[];
  /** Runs the demo seeds of these plugins (all that have one, by default) for a tenant, each in the tenant's transaction. */
  seedPlugins(tenant: { id: string; slug: string }, pluginIds?: string[]): Promise<void>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  plugins: PluginDefinition[];
  config?: Partial<PorticoConfig>;
  /** Changes how the server reaches its test database (e.g. through a TCP proxy that a test cuts). */
  reachDatabase?: (config: DatabaseConfig) => DatabaseConfig;
}

export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const db = await createTestDatabase();
  const actors = createTestActors();
  const config = loadConfig(
    { PORTICO_ENV: 'test' },
    { port: 0, host: '127.0.0.1', database: options.reachDatabase ? options.reachDatabase(db.config) : db.config, appRole: db.appRole, outboxIntervalMs: 0, logLevel: process.env.LOG_LEVEL ?? 'silent', ...options.config },
  );
  const server = await createServer({ config, plugins: [actors.plugin, ...options.plugins] });
  await server.migrate();
  const url = await server.listen();

  const api: Harness['api'] = async (method, path, call = {}) => {
    const headers: Record<string, string> = { ...(call.headers ?? {}) };
    if (call.auth) headers.authorization = call.auth;
    let body: string | undefined = call.rawBody;
    if (call.form) {
      body = new URLSearchParams(call.form).toString();
      headers['content-type'] ??= 'application/x-www-form-urlencoded';
    } else if (call.body !== undefined) {
      body = JSON.stringify(call.body);
      headers['content-type'] ??= 'application/json';
    }
    const response = await fetch(url + path, { method, headers, body, redirect: 'manual' });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, headers: response.headers, body: parsed as never, text };
  };

  const tenant: Harness['tenant'] = async (slug) => {
    const created = await createTenant(server.database.knex, { slug, name: `Tenant ${slug}`, domains: [`${slug}.test`] });
    return inTenantTransaction(server.database.knex, config.appRole, created.id, async (trx) => {
      const [partner] = await trx('partners').insert({ tenantId: created.id, name: `${slug} partner` }).returning('id');
      const [other] = await trx('partners').insert({ tenantId: created.id, name: `${slug} other partner` }).returning('id');
      const [member] = await trx('people').insert({ tenantId: created.id, kind: 'member', email: `member@${slug}.test`, name: 'Member', status: 'active' }).returning('id');
      const [staff] = await trx('people').insert({ tenantId: created.id, kind: 'staff', email: `staff@${slug}.test`, name: 'Staff', status: 'active' }).returning('id');
      await trx('memberships').insert([
        { tenantId: created.id, personId: member.id, partnerId: partner.id, role: 'partner_admin' },
        { tenantId: created.id, personId: staff.id, partnerId: null, role: 'tenant_admin' },
      ]);
      return { id: created.id, slug: created.slug, partnerId: partner.id, otherPartnerId: other.id, memberId: member.id, staffId: staff.id };
    });
  };

  return {
    server,
    url,
    actors,
    db,
    api,
    tenant,
    member: (t, permissions, partnerId) =>
      actors.mint({ kind: 'member', tenantId: t.id, personId: t.memberId, partnerId: partnerId ?? t.partnerId, roles: [], permissions }),
    staff: (t, permissions) => actors.mint({ kind: 'staff', tenantId: t.id, personId: t.staffId, partnerId: null, roles: [], permissions }),
    allPermissions: () => [...server.registry.permissions.keys()],
    async seedPlugins(t, pluginIds) {
      const log = server.log;
      for (const plugin of server.registry.plugins) {
        if (!plugin.seedDemo || (pluginIds && !pluginIds.includes(plugin.id))) continue;
        await inTenantTransaction(server.database.knex, config.appRole, t.id, (trx) => plugin.seedDemo!(seedContext(trx, server.registry, { id: t.id, slug: t.slug }, plugin.id, log)));
      }
    },
    async close() {
      await server.close();
      await db.drop();
    },
  };
}
