/**
 * Portico itself, as the vendor runs it: the demo tenant on the embedded database, plus the one thing
 * the vendor's backend needs from it, a secret API key. The key is made here, in the same process
 * as Portico, with Portico's own code (and audited like one made in the portal), and handed to the
 * host backend in memory: it never reaches a browser, a log line or a file.
 */
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import { createServer, loadConfig, seedDemo, type PorticoServer } from '@portico/server';
import { builtInPlugins } from '../../portico.config.js';
import { inTenantTransaction } from '../../server/src/db/tenant-transaction.js';
import { writeAudit } from '../../server/src/audit.js';
import { DEMO_TENANT } from '../../server/src/demo/seed.js';
import { createApiKey, revokeApiKey } from '../../plugins/access/src/embed/service.js';

export const API_KEY_NAME = 'Northwind host-site example';

export interface PorticoDemo {
  server: PorticoServer;
  /** Where browsers reach Portico, e.g. http://localhost:4000. */
  url: string;
  tenantId: string;
  /** The secret API key of the host backend (revoked and replaced at each start). */
  apiKey: string;
  close(): Promise<void>;
}

export interface PorticoDemoOptions {
  port: number;
  /** The embedded database's folder; default `PORTICO_DATA_DIR` or `./.portico`. */
  dataDir?: string;
  /** The host page's origin, allowed to embed (the demo tenant allows http://127.0.0.1:4100). */
  embedOrigin?: string;
  smtpUrl?: string;
  widgetsDir?: string;
  logLevel?: string;
}

/** A free TCP port on 127.0.0.1 (for tests and screenshots, which must not collide with a running demo). */
export async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

export async function startPorticoDemo(options: PorticoDemoOptions): Promise<PorticoDemo> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(options.port), PORTICO_DEFAULT_TENANT: process.env.PORTICO_DEFAULT_TENANT ?? DEMO_TENANT.slug };
  if (options.dataDir) env.PORTICO_DATA_DIR = options.dataDir;
  if (options.smtpUrl) env.SMTP_URL = options.smtpUrl;
  if (options.widgetsDir) env.PORTICO_WIDGETS_DIR = options.widgetsDir;
  if (options.logLevel) env.LOG_LEVEL = options.logLevel;
  // Links in emails must point where the browser goes: localhost, another site than the host page's 127.0.0.1.
  env.PUBLIC_URL ??= `http://localhost:${options.port}`;
  const config = loadConfig(env, { port: options.port, host: '127.0.0.1' });
  const server = await createServer({ config, plugins: builtInPlugins() });
  await server.migrate();
  const spec = options.embedOrigin ? { ...DEMO_TENANT, embedOrigins: [options.embedOrigin] } : DEMO_TENANT;
  const { tenantId } = await seedDemo(server.database.knex, server.registry, config.appRole, server.log, spec);
  const apiKey = await replaceApiKey(server, tenantId);
  await server.listen();
  return { server, url: config.publicUrl, tenantId, apiKey, close: () => server.close() };
}

/** Revokes the keys of earlier runs (each start makes a new one) and creates this run's. */
async function replaceApiKey(server: PorticoServer, tenantId: string): Promise<string> {
  return inTenantTransaction(server.database.knex, server.config.appRole, tenantId, async (trx) => {
    const origin = { pluginId: 'access', tenantId, actor: null, ip: null, requestId: null, actorKind: 'system:example-host-site' };
    const earlier: { id: string }[] = await trx('access_api_keys').where({ name: API_KEY_NAME }).whereNull('revokedAt').select('id');
    for (const { id } of earlier) {
      const { before, after } = await revokeApiKey(trx, id);
      await writeAudit(trx, server.registry.auditCatalog, origin, { action: 'access.api-key.revoked', targetType: 'api-key', targetId: id, partnerId: null, before, after });
    }
    // A members-only key with the default scopes: the host site embeds partner members' widgets.
    const { apiKey, key } = await createApiKey(trx, server.registry.catalog, { tenantId, name: API_KEY_NAME, createdBy: null });
    await writeAudit(trx, server.registry.auditCatalog, origin, {
      action: 'access.api-key.created',
      targetType: 'api-key',
      targetId: apiKey.id,
      partnerId: null,
      after: { id: apiKey.id, name: apiKey.name, hint: apiKey.hint, audience: apiKey.audience, scopes: apiKey.scopes },
    });
    return key;
  });
}
