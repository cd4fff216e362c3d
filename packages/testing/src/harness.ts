/**
 * A real Portico server on 127.0.0.1, on a database of the test file's own, with the plugins the test
 * names — and what most tests need around it: tenants with partners and people, actors of any
 * permission set, the outgoing mail, scheduled tasks run at a chosen moment, settings and demo seeds.
 */
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import type { PluginDefinition } from '@portico/core';
import { createServer, createTenant, inTenantTransaction, loadConfig, seedContext, updatePluginSettings, type DatabaseConfig, type PorticoConfig, type PorticoServer } from '@portico/server';
import { createTestActors, type TestActors } from './actors.js';
import { createTestDatabase, type TestDatabase } from './database.js';

export interface ApiCall {
  /** The `Authorization` header, e.g. an actor's bearer from `h.member(...)`. */
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

/** One email the server queued (in the outbox table: sent, or waiting for a retry). */
export interface QueuedMail {
  to: string;
  kind: string;
  subject: string;
  text: string;
  html: string | null;
  /** Further headers it carries (e.g. `List-Unsubscribe`); empty when none. */
  headers: Record<string, string>;
  status: string;
  createdAt: Date;
}

export interface Harness {
  server: PorticoServer;
  url: string;
  actors: TestActors;
  db: TestDatabase;
  api<T = any>(method: string, path: string, call?: ApiCall): Promise<ApiAnswer<T>>;
  /** Creates a tenant (host `<slug>.test`) with two partners, a partner_admin of the first and a tenant_admin. */
  tenant(slug: string): Promise<TestTenant>;
  /** A bearer for a member of the tenant's first partner (or `partnerId`) holding exactly these permissions. */
  member(tenant: TestTenant, permissions: Iterable<string>, partnerId?: string): string;
  /** A bearer for the tenant's staff person holding exactly these permissions. */
  staff(tenant: TestTenant, permissions: Iterable<string>): string;
  allPermissions(): string[];
  /** Mail queued for an address (oldest first), optionally of one kind (e.g. `access.invite`). */
  mailTo(address: string, kind?: string): Promise<QueuedMail[]>;
  /** Runs a plugin's scheduled task for every active tenant as if it were `now` (default: the clock). */
  runTask(pluginId: string, task: string, now?: Date): Promise<void>;
  /** Changes some of a plugin's settings for a tenant, validated against the plugin's schema. */
  updateSettings(tenant: { id: string }, pluginId: string, change: Record<string, unknown>): Promise<void>;
  /** Runs the demo seeds of these plugins (all that have one, by default) for a tenant, each in the tenant's transaction. */
  seedPlugins(tenant: { id: string; slug: string }, pluginIds?: string[]): Promise<void>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  plugins: readonly PluginDefinition[];
  config?: Partial<PorticoConfig>;
  /** Changes how the server reaches its test database (e.g. through a TCP proxy that a test cuts). */
  reachDatabase?: (config: DatabaseConfig) => DatabaseConfig;
}

/** Starts a migrated server with these plugins (and the test actors' authenticator) on a database of its own. */
export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const db = await createTestDatabase();
  const actors = createTestActors();
  const config = loadConfig(
    // Files a test server keeps (a plugin's local storage) go to a temporary folder, never the project's.
    { PORTICO_ENV: 'test', PORTICO_DATA_DIR: process.env.PORTICO_DATA_DIR ?? path.join(os.tmpdir(), 'portico-test-data') },
    {
      port: 0,
      host: '127.0.0.1',
      database: options.reachDatabase ? options.reachDatabase(db.config) : db.config,
      appRole: db.appRole,
      outboxIntervalMs: 0,
      logLevel: process.env.LOG_LEVEL ?? 'silent',
      // A key of its own, so that no key file is written anywhere.
      secretKey: randomBytes(32).toString('base64'),
      ...options.config,
    },
  );
  const server = await createServer({ config, plugins: [actors.plugin, ...options.plugins] });
  await server.migrate();
  const url = await server.listen();
  const knex = server.database.knex;

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
    const text = response.headers.get('content-type')?.startsWith('text/event-stream') ? await openingEvents(response) : await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, headers: response.headers, body: parsed as never, text };
  };

  const tenant: Harness['tenant'] = async (slug) => {
    const created = await createTenant(knex, { slug, name: `Tenant ${slug}`, domains: [`${slug}.test`] });
    return inTenantTransaction(knex, config.appRole, created.id, async (trx) => {
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
    async mailTo(address, kind) {
      // The outbox is the server's table; tests read it as the database's owner.
      const query = knex('outbound_mail').whereRaw('lower(to_address) = lower(?)', [address]).orderBy('created_at').orderBy('id');
      if (kind) query.where({ kind });
      const rows = await query.select('to_address', 'kind', 'subject', 'text_body', 'html_body', 'headers', 'status', 'created_at');
      return rows.map((r) => ({ to: r.toAddress, kind: r.kind, subject: r.subject, text: r.textBody, html: r.htmlBody, headers: r.headers ?? {}, status: r.status, createdAt: r.createdAt }));
    },
    runTask: (pluginId, task, now) => server.tasks.run(pluginId, task, { now: now ?? new Date() }),
    updateSettings: (t, pluginId, change) => inTenantTransaction(knex, config.appRole, t.id, (trx) => updatePluginSettings(trx, server.registry, t.id, pluginId, change)),
    async seedPlugins(t, pluginIds) {
      for (const plugin of server.registry.plugins) {
        if (!plugin.seedDemo || (pluginIds && !pluginIds.includes(plugin.id))) continue;
        await inTenantTransaction(knex, config.appRole, t.id, (trx) => plugin.seedDemo!(seedContext(trx, server.registry, { id: t.id, slug: t.slug }, plugin.id, server.log)));
      }
    },
    async close() {
      await server.close();
      await db.drop();
    },
  };
}

/**
 * A stream of server-sent events stays open: its answer is read up to its first event, then closed, as
 * a client that hung up (tests that follow the stream read it themselves).
 */
async function openingEvents(response: Response): Promise<string> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  while (!/(^|\n)event: [^\n]*\ndata: [^\n]*\n\n/.test(text)) {
    const { value, done } = await reader.read();
    if (done) return text;
    text += decoder.decode(value, { stream: true });
  }
  await reader.cancel();
  return text;
}
