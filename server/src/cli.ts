/**
 * `portico <command>`: start, migrate, seed-demo, create-tenant, openapi.
 * Exit codes: 0 done, 1 failed, 2 wrong usage.
 */
import fs from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError, loadConfig, type PorticoConfig } from './config.js';
import { createServer } from './server.js';
import { defaultPlugins } from './plugins.js';
import { DEMO_PEOPLE, DEMO_TENANT_SLUG, seedDemo } from './demo/seed.js';
import { createTenant, TenantInputError } from './tenants.js';
import { openDatabase } from './db/connect.js';
import { RegistryError } from './registry/registry.js';

class UsageError extends Error {}

interface Command {
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(values: Record<string, unknown>, config: PorticoConfig): Promise<void>;
}

const out = (line = '') => process.stdout.write(`${line}\n`);

const commands: Record<string, Command> = {
  start: {
    summary: 'Migrate the database and serve the portal and API',
    usage: 'portico start [--demo] [--port <n>] [--host <addr>]',
    options: {
      demo: { type: 'boolean', default: false },
      port: { type: 'string' },
      host: { type: 'string' },
    },
    async run(values, base) {
      const port = values.port === undefined ? base.port : Number(values.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number, got "${values.port}".`);
      const config: PorticoConfig = {
        ...base,
        port,
        host: (values.host as string | undefined) ?? base.host,
        // Links in emails follow --port unless PUBLIC_URL says where people reach the server.
        publicUrl: process.env.PUBLIC_URL || port === 0 ? base.publicUrl : `http://localhost:${port}`,
        defaultTenant: base.defaultTenant ?? (values.demo ? DEMO_TENANT_SLUG : null),
      };
      const started = performance.now();
      const server = await createServer({ config, plugins: defaultPlugins() });
      const applied = await server.migrate();
      if (values.demo) await seedDemo(server.database.knex, server.registry, config.appRole, server.log);
      const url = await server.listen();
      const ms = Math.round(performance.now() - started);
      const shown = url.replace('127.0.0.1', 'localhost');
      out(`Portico is ready in ${ms} ms (${applied.length} migration(s) applied, ${config.database.kind === 'pglite' ? `embedded database in ${config.database.dataDir}` : 'PostgreSQL'}).`);
      out(`  Portal:       ${shown}/`);
      out(`  Health:       ${shown}/healthz`);
      out(`  API reference: ${shown}/api/v1/openapi.json`);
      if (values.demo) {
        out(`  Demo tenant "${DEMO_TENANT_SLUG}" with ${DEMO_PEOPLE.length} people, e.g. ${DEMO_PEOPLE[0].email} (tenant admin) and ${DEMO_PEOPLE[3].email} (partner admin).`);
        for (const line of await server.demoHints(DEMO_TENANT_SLUG)) out(`  ${line}`);
      }
      let stopping = false;
      const stop = async (signal: string) => {
        if (stopping) return;
        stopping = true;
        server.log.info({ signal }, 'shutting down: finishing requests in flight');
        await server.close();
        process.exit(0);
      };
      process.on('SIGTERM', () => void stop('SIGTERM'));
      process.on('SIGINT', () => void stop('SIGINT'));
    },
  },
  migrate: {
    summary: 'Apply core and plugin migrations, then grant the app role',
    usage: 'portico migrate',
    options: {},
    async run(_values, config) {
      const server = await createServer({ config, plugins: defaultPlugins() });
      try {
        const applied = await server.migrate();
        out(applied.length ? `Applied ${applied.length} migration(s):\n  ${applied.join('\n  ')}` : 'Database is up to date.');
      } finally {
        await server.close();
      }
    },
  },
  'seed-demo': {
    summary: `Create the demo tenant "${DEMO_TENANT_SLUG}" with partners and people (once)`,
    usage: 'portico seed-demo',
    options: {},
    async run(_values, config) {
      const server = await createServer({ config, plugins: defaultPlugins() });
      try {
        await server.migrate();
        const owner = config.database.kind === 'postgres' && config.database.migrationUrl ? await openDatabase(config.database, 'migrations') : server.database;
        const result = await seedDemo(owner.knex, server.registry, config.appRole, server.log);
        if (owner !== server.database) await owner.close();
        out(result.created ? `Demo tenant "${DEMO_TENANT_SLUG}" created.` : `Demo tenant "${DEMO_TENANT_SLUG}" already exists; nothing changed.`);
      } finally {
        await server.close();
      }
    },
  },
  'create-tenant': {
    summary: 'Create a tenant',
    usage: 'portico create-tenant --slug <slug> --name <name> [--domain <host>]... [--embed-origin <origin>]... [--locale en|fr|es]',
    options: {
      slug: { type: 'string' },
      name: { type: 'string' },
      domain: { type: 'string', multiple: true },
      'embed-origin': { type: 'string', multiple: true },
      locale: { type: 'string' },
    },
    async run(values, config) {
      if (!values.slug || !values.name) throw new UsageError('--slug and --name are required.');
      const server = await createServer({ config, plugins: defaultPlugins() });
      try {
        await server.migrate();
        const owner = config.database.kind === 'postgres' && config.database.migrationUrl ? await openDatabase(config.database, 'migrations') : server.database;
        try {
          const tenant = await createTenant(owner.knex, {
            slug: values.slug as string,
            name: values.name as string,
            domains: values.domain as string[] | undefined,
            embedOrigins: values['embed-origin'] as string[] | undefined,
            defaultLocale: values.locale as string | undefined,
          });
          out(`Tenant "${tenant.slug}" created with id ${tenant.id}.`);
        } finally {
          if (owner !== server.database) await owner.close();
        }
      } finally {
        await server.close();
      }
    },
  },
  openapi: {
    summary: 'Print the OpenAPI 3.1 document (or write it with --out)',
    usage: 'portico openapi [--out <file>]',
    options: { out: { type: 'string' } },
    async run(values, config) {
      const { buildOpenApi } = await import('./openapi.js');
      const { PORTICO_VERSION, serverRegistry } = await import('./server.js');
      const document = buildOpenApi(serverRegistry(defaultPlugins()), { version: PORTICO_VERSION, serverUrl: config.publicUrl });
      const text = `${JSON.stringify(document, null, 2)}\n`;
      if (values.out) {
        fs.writeFileSync(values.out as string, text);
        out(`Wrote ${values.out}.`);
      } else process.stdout.write(text);
    },
  },
};

function help(): string {
  const width = Math.max(...Object.keys(commands).map((c) => c.length));
  return [
    'Usage: portico <command> [options]',
    '',
    'Commands:',
    ...Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    '',
    'Run "portico <command> --help" for a command\'s options. Configuration comes from the environment (see README).',
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    out(help());
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`Unknown command "${name}".\n\n${help()}\n`);
    return 2;
  }
  try {
    const { values } = parseArgs({ args: rest, options: { ...command.options, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: false });
    if (values.help) {
      out(`${command.summary}\n\nUsage: ${command.usage}`);
      return 0;
    }
    await command.run(values, loadConfig());
    return 0;
  } catch (error) {
    const e = error as Error & { code?: string };
    if (error instanceof UsageError || e.code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`${e.message}\nUsage: ${command.usage}\n`);
      return 2;
    }
    if (error instanceof ConfigError || error instanceof RegistryError || error instanceof TenantInputError) {
      process.stderr.write(`${e.message}\n`);
      return 1;
    }
    process.stderr.write(`portico ${name} failed: ${e.stack ?? e.message}\n`);
    return 1;
  }
}

const invokedDirectly = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop()!);
if (invokedDirectly) {
  main(process.argv.slice(2)).then((code) => {
    // `start` keeps running; every other command exits with its code once stdout has drained
    // (process.exit would cut a piped OpenAPI document at the pipe's buffer size).
    if (code !== 0 || process.argv[2] !== 'start') {
      process.exitCode = code;
      process.stdout.write('', () => process.exit(code));
    }
  });
}
