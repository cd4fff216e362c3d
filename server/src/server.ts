/**
 * createServer({ config, plugins }): builds the registry, opens the database, and returns a server
 * that can migrate, listen and shut down. Nothing here knows any plugin by name.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type Koa from 'koa';
import type { Knex } from 'knex';
import type { KeyRing, PluginDefinition } from '@portico/core';
import { ConfigError, loadConfig, type PorticoConfig } from './config.js';
import { createLogger, type PinoLogger } from './logger.js';
import { createRegistry, type Registry } from './registry/registry.js';
import { openDatabase, type Database } from './db/connect.js';
import { migrate } from './db/migrate.js';
import { assertSafeRuntimeRole, describeConnectionRole } from './db/app-role.js';
import { EventDispatcher } from './events/dispatcher.js';
import { buildApp } from './http/stack.js';
import { answerClientError } from './http/problem.js';
import { buildOpenApi } from './openapi.js';
import { Lifecycle } from './lifecycle.js';
import { createMailTransport } from './mail/transport.js';
import { MailSender } from './mail/mail-queue.js';
import { createKeyRing, resolveSecretKey } from './keys.js';
import { portalPlugin } from './http/portal.js';
import { defaultBundlesDir, widgetBundles, type WidgetBundles } from './http/bundles.js';
import { TaskScheduler } from './tasks/scheduler.js';
import { afterCommit, handlerContext, noEffects } from './handler-context.js';
import { inTenantTransaction } from './db/tenant-transaction.js';

export const PORTICO_VERSION = '0.1.0';

export interface CreateServerOptions {
  config?: PorticoConfig;
  plugins: readonly PluginDefinition[];
  logger?: PinoLogger;
  /**
   * Without SMTP, where to print each unsent email as plain lines (who, subject, its links): the
   * command line's own output in development, so that sign-in links are not buried in JSON log lines.
   */
  printUnsentMail?: (line: string) => void;
}

export interface PorticoServer {
  config: PorticoConfig;
  registry: Registry;
  database: Database;
  app: Koa;
  log: PinoLogger;
  events: EventDispatcher;
  /** Plugins' scheduled tasks; `tasks.run(pluginId, name, { now })` runs one at once for every tenant. */
  tasks: TaskScheduler;
  mail: MailSender;
  keys: KeyRing;
  lifecycle: Lifecycle;
  /** What the plugins want `portico start --demo` to print for the tenant (sign-in links and the like). */
  demoHints(tenantSlug: string): Promise<string[]>;
  /** Runs core and plugin migrations (as the migration user) and grants the app role. */
  migrate(): Promise<string[]>;
  /**
   * Runs operator work (creating tenants, seeding the demo) on a connection of the schema owner:
   * DATABASE_MIGRATION_URL on PostgreSQL when set, else the server's own connection.
   */
  asOwner<T>(work: (ownerKnex: Knex) => Promise<T>): Promise<T>;
  /** Listens on config.host:config.port (0 picks a free port); resolves with the URL. */
  listen(): Promise<string>;
  openApi(): Record<string, unknown>;
  /** Finishes requests in flight, stops the event dispatcher and closes the database. */
  close(): Promise<void>;
}

/**
 * The registry a server runs: the built-in `portal` plugin, then the given plugins. The CLI's OpenAPI
 * document and the SDK's generated types are built from the same, so none of them can differ.
 */
export function serverRegistry(plugins: readonly PluginDefinition[], portalBundlesDir: string | null = null): { registry: Registry; bundles: WidgetBundles } {
  // The `portal` plugin lists the registered plugins, and the bundles are theirs: both read the registry once built.
  const bundles = widgetBundles(portalBundlesDir, () => registry.plugins);
  const registry: Registry = createRegistry([portalPlugin({ registry: () => registry, bundles }), ...plugins]);
  return { registry, bundles };
}

/** The port is taken: said plainly, with the way out, rather than as a stack trace. */
export class PortInUseError extends Error {
  constructor(readonly host: string, readonly port: number) {
    super(
      `Port ${port} on ${host} is already in use: another program listens there (another Portico, or \`npm start\` in another terminal?). ` +
        `Stop it, or choose another port: \`--port <n>\` on the command line, or PORT=<n>.`,
    );
    this.name = 'PortInUseError';
  }
}

export async function createServer(options: CreateServerOptions): Promise<PorticoServer> {
  const config = options.config ?? loadConfig();
  const log = options.logger ?? createLogger(config.logLevel);
  const { registry, bundles } = serverRegistry(options.plugins, config.widgetsDir ?? defaultBundlesDir());
  const database = await openDatabase(config.database, 'app');
  const lifecycle = new Lifecycle();
  const keys = createKeyRing(resolveSecretKey(config));
  const backoffMs = (attempt: number) => Math.min(config.outboxRetryBaseMs * 2 ** attempt, 3_600_000);
  const mail = new MailSender({
    knex: database.knex,
    appRole: config.appRole,
    transport: createMailTransport(config.smtpUrl, log, options.printUnsentMail),
    from: config.mailFrom,
    log,
    maxAttempts: config.outboxMaxAttempts,
    backoffMs,
  });
  const events = new EventDispatcher({ knex: database.knex, registry, appRole: config.appRole, log, mail, keys, publicUrl: config.publicUrl,
    intervalMs: config.outboxIntervalMs,
    maxAttempts: config.outboxMaxAttempts,
    backoffMs,
  });
  const tasks = new TaskScheduler({ knex: database.knex, registry, appRole: config.appRole, log, keys, publicUrl: config.publicUrl,
    intervalMs: config.taskIntervalMs,
    dispatcher: events,
    mail,
  });
  let openApiDocument: Record<string, unknown> | null = null;
  const openApi = () => (openApiDocument ??= buildOpenApi(registry, { version: PORTICO_VERSION, serverUrl: config.publicUrl }));
  const app = buildApp({
    knex: database.knex,
    registry,
    dispatcher: events,
    mail,
    keys,
    publicUrl: config.publicUrl,
    appRole: config.appRole,
    defaultTenant: config.defaultTenant,
    bodyLimitBytes: config.bodyLimitBytes,
    validateResponses: config.validateResponses,
    log,
    lifecycle,
    openApi,
    proxy: process.env.PORTICO_TRUST_PROXY === 'true',
    bundles,
  });
  let httpServer: http.Server | null = null;
  async function asOwner<T>(work: (ownerKnex: Knex) => Promise<T>): Promise<T> {
    // PGlite has one connection and one user: work through it. On PostgreSQL, as the owner.
    if (config.database.kind === 'pglite') return work(database.knex);
    if (!config.database.migrationUrl) {
      const { user } = await describeConnectionRole(database.knex);
      if (user === config.appRole) {
        throw new ConfigError(
          `DATABASE_URL connects as the app role "${user}", which may not migrate the schema or create tenants. ` +
            'Set DATABASE_MIGRATION_URL to the connection of the schema owner (see "Database roles" in docs/security.md).',
        );
      }
      return work(database.knex);
    }
    const owner = await openDatabase(config.database, 'migrations');
    try {
      return await work(owner.knex);
    } finally {
      await owner.close();
    }
  }

  return {
    config,
    registry,
    database,
    app,
    log,
    events,
    tasks,
    mail,
    keys,
    lifecycle,
    openApi,
    asOwner,
    migrate: () => asOwner((ownerKnex) => migrate(ownerKnex, registry.plugins, config.appRole)),
    async demoHints(tenantSlug) {
      const tenant = await database.knex('tenants').where({ slug: tenantSlug }).first('id', 'slug');
      if (!tenant) return [];
      const effects = noEffects();
      const lines = await inTenantTransaction(database.knex, config.appRole, tenant.id, async (trx) => {
        const all: string[] = [];
        for (const plugin of registry.plugins) {
          if (plugin.demoHints) all.push(...(await plugin.demoHints(handlerContext({ registry, keys, publicUrl: config.publicUrl, knex: database.knex, appRole: config.appRole }, { db: trx, tenant, pluginId: plugin.id, log }, effects))));
        }
        return all;
      });
      afterCommit({ dispatcher: events, mail }, effects);
      return lines;
    },
    async listen() {
      assertSafeRuntimeRole(await describeConnectionRole(database.knex), config.mode);
      httpServer = http.createServer(app.callback());
      // Longer than clients' and load balancers' own idle timeouts (undici 4 s, most proxies 60 s), so
      // that they, not the server, close an idle connection: a server closing it just as a client
      // reuses it resets that client's request.
      httpServer.keepAliveTimeout = 65_000;
      httpServer.headersTimeout = 66_000;
      httpServer.on('clientError', answerClientError);
      await new Promise<void>((resolve, reject) => {
        httpServer!.once('error', (error: NodeJS.ErrnoException) => reject(error.code === 'EADDRINUSE' ? new PortInUseError(config.host, config.port) : error));
        httpServer!.listen(config.port, config.host, () => resolve());
      });
      events.start();
      tasks.start();
      mail.start(config.outboxIntervalMs);
      const { port } = httpServer.address() as AddressInfo;
      return `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
    },
    async close() {
      await lifecycle.drain(httpServer, config.shutdownTimeoutMs);
      await tasks.stop();
      await events.stop();
      await mail.stop();
      await database.close();
    },
  };
}
