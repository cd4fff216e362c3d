/**
 * `portico <command>`: start, migrate, seed-demo, create-tenant, invite, openapi.
 * Exit codes: 0 done, 1 failed, 2 wrong usage.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError, loadConfig, type PorticoConfig } from './config.js';
import { createServer, PortInUseError } from './server.js';
import { loadConfigFile } from './config-file.js';
import { DEMO_PEOPLE, DEMO_TENANT_SLUG, demoPeopleCount, seedDemo } from './demo/seed.js';
import { createTenant, TenantInputError, TenantOwnerError } from './tenants.js';
import { RegistryError } from './registry/registry.js';
import { inTenantTransaction, useTenantInTransaction } from './db/tenant-transaction.js';
import { checkInvitation, CLI_ACTOR_KIND, inviteFromCli, InviteRefusedError, InviteUsageError, type CliInviteResult, type CliInvitation, type InviteDeps } from './invite.js';
import type { PorticoServer } from './server.js';
import { PARTNER_ROLES, STAFF_ROLES, type PluginDefinition } from '@portico/core';

class UsageError extends Error {}

interface Command {
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(values: Record<string, unknown>, config: PorticoConfig, plugins: () => Promise<readonly PluginDefinition[]>): Promise<void>;
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
    async run(values, base, plugins) {
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
      // In development without SMTP, each email is printed as plain lines (sign-in links people follow).
      const printUnsentMail = config.mode === 'production' ? undefined : out;
      const server = await createServer({ config, plugins: await plugins(), printUnsentMail });
      const applied = await server.migrate();
      // Seeding creates a tenant: the owner's act (DATABASE_MIGRATION_URL), never the app role's.
      if (values.demo) await server.asOwner((ownerKnex) => seedDemo(ownerKnex, server.registry, config.appRole, server.log));
      const url = await server.listen();
      const ms = Math.round(performance.now() - started);
      const shown = url.replace('127.0.0.1', 'localhost');
      out(`Portico is ready in ${ms} ms (${applied.length} migration(s) applied, ${config.database.kind === 'pglite' ? `embedded database in ${config.database.dataDir}` : 'PostgreSQL'}).`);
      out(`  Portal:       ${shown}/`);
      out(`  Health:       ${shown}/healthz`);
      out(`  API reference: ${shown}/api/v1/openapi.json`);
      if (values.demo) {
        const people = await server.asOwner((ownerKnex) => demoPeopleCount(ownerKnex));
        out(`  Demo tenant "${DEMO_TENANT_SLUG}" with ${people} ${people === 1 ? 'person' : 'people'}, e.g. ${DEMO_PEOPLE[0].email} (tenant admin) and ${DEMO_PEOPLE[3].email} (partner admin).`);
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
    async run(_values, config, plugins) {
      const server = await createServer({ config, plugins: await plugins() });
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
    async run(_values, config, plugins) {
      const server = await createServer({ config, plugins: await plugins() });
      try {
        await server.migrate();
        const result = await server.asOwner((ownerKnex) => seedDemo(ownerKnex, server.registry, config.appRole, server.log));
        out(result.created ? `Demo tenant "${DEMO_TENANT_SLUG}" created.` : `Demo tenant "${DEMO_TENANT_SLUG}" already exists; nothing changed.`);
      } finally {
        await server.close();
      }
    },
  },
  'create-tenant': {
    summary: 'Create a tenant, and with --admin-email invite its first administrator',
    usage:
      'portico create-tenant --slug <slug> --name <name> [--domain <host>]... [--embed-origin <origin>]... [--locale en|fr|es] [--admin-email <email> [--admin-name <name>]]\n\n' +
      '  --admin-email  invites this address as the tenant\'s first tenant_admin (in the same transaction:\n' +
      '                 no tenant is created if the invitation fails). The invitation is emailed through\n' +
      '                 SMTP_URL; without SMTP_URL its sign-in link is printed here.\n' +
      '  --admin-name   their name (default: the part of the address before the @)',
    options: {
      slug: { type: 'string' },
      name: { type: 'string' },
      domain: { type: 'string', multiple: true },
      'embed-origin': { type: 'string', multiple: true },
      locale: { type: 'string' },
      'admin-email': { type: 'string' },
      'admin-name': { type: 'string' },
    },
    async run(values, config, plugins) {
      if (!values.slug || !values.name) throw new UsageError('--slug and --name are required.');
      if (values['admin-name'] !== undefined && values['admin-email'] === undefined) throw new UsageError('--admin-name needs --admin-email.');
      const admin: CliInvitation | null =
        values['admin-email'] === undefined ? null : { email: values['admin-email'] as string, name: values['admin-name'] as string | undefined, role: 'tenant_admin' };
      if (admin) checkInvitation(admin);
      const server = await createServer({ config, plugins: await plugins() });
      try {
        await server.migrate();
        // One transaction as the owner: a tenant whose first administrator could not be invited is not created.
        const { tenant, invitation } = await server.asOwner((ownerKnex) =>
          ownerKnex.transaction(async (trx) => {
            const tenant = await createTenant(trx, {
              slug: values.slug as string,
              name: values.name as string,
              domains: values.domain as string[] | undefined,
              embedOrigins: values['embed-origin'] as string[] | undefined,
              defaultLocale: values.locale as string | undefined,
            });
            if (!admin) return { tenant, invitation: null };
            await useTenantInTransaction(trx, tenant.id);
            return { tenant, invitation: await inviteFromCli(trx, inviteDeps(server), tenant, admin) };
          }),
        );
        out(`Tenant "${tenant.slug}" created with id ${tenant.id}.`);
        if (invitation) await reportInvitation(server, tenant, invitation);
      } finally {
        await server.close();
      }
    },
  },
  invite: {
    summary: 'Invite a person into a tenant (e.g. another administrator) and email them a sign-in link',
    usage:
      'portico invite --tenant <slug> --email <email> [--role <role>] [--name <name>] [--partner <organisation id or name>]\n\n' +
      `  --role     default tenant_admin; staff roles: ${STAFF_ROLES.join(', ')};\n` +
      `             partner roles (with --partner): ${PARTNER_ROLES.join(', ')}\n` +
      '  --name     default: the part of the address before the @\n' +
      '  The invitation is emailed through SMTP_URL; without SMTP_URL its sign-in link is printed here.',
    options: {
      tenant: { type: 'string' },
      email: { type: 'string' },
      role: { type: 'string', default: 'tenant_admin' },
      name: { type: 'string' },
      partner: { type: 'string' },
    },
    async run(values, config, plugins) {
      if (!values.tenant || !values.email) throw new UsageError('--tenant and --email are required.');
      const input: CliInvitation = { email: values.email as string, role: values.role as string, name: values.name as string | undefined, partner: values.partner as string | undefined };
      checkInvitation(input);
      const server = await createServer({ config, plugins: await plugins() });
      try {
        await server.migrate();
        const tenant = await server.database.knex('tenants').where({ slug: values.tenant }).first('id', 'slug');
        if (!tenant) throw new InviteRefusedError(`No tenant with slug "${values.tenant}" (create it with "portico create-tenant").`);
        // Inviting changes one tenant's data only: the app role may, under row-level security.
        const invitation = await inTenantTransaction(server.database.knex, config.appRole, tenant.id, (trx) =>
          inviteFromCli(trx, inviteDeps(server), tenant, input),
        );
        await reportInvitation(server, tenant, invitation);
      } finally {
        await server.close();
      }
    },
  },
  openapi: {
    summary: 'Print the OpenAPI 3.1 document (or write it with --out)',
    usage: 'portico openapi [--out <file>]',
    options: { out: { type: 'string' } },
    async run(values, config, plugins) {
      const { buildOpenApi } = await import('./openapi.js');
      const { PORTICO_VERSION, serverRegistry } = await import('./server.js');
      const document = buildOpenApi(serverRegistry(await plugins()).registry, { version: PORTICO_VERSION, serverUrl: config.publicUrl });
      const text = `${JSON.stringify(document, null, 2)}\n`;
      if (values.out) {
        fs.writeFileSync(values.out as string, text);
        out(`Wrote ${values.out}.`);
      } else process.stdout.write(text);
    },
  },
};

function inviteDeps(server: PorticoServer): InviteDeps {
  return { keys: server.keys, publicUrl: server.config.publicUrl, identity: server.registry.identity, auditCatalog: server.registry.auditCatalog };
}

/** Sends the queued invitation now and says where it went; prints its link when no email left. */
async function reportInvitation(server: PorticoServer, tenant: { id: string; slug: string }, invitation: CliInviteResult): Promise<void> {
  const { person } = invitation;
  out(`Invited ${person.name} <${person.email}> as ${person.role} of "${tenant.slug}" (audited as ${CLI_ACTOR_KIND}).`);
  await server.mail.flush(tenant.id);
  const mail = await inTenantTransaction(server.database.knex, server.config.appRole, tenant.id, (trx) =>
    trx('outbound_mail').where({ id: invitation.mailId }).first('status', 'last_error'),
  );
  const validity = `it works once, until ${person.linkExpiresAt}`;
  if (mail?.status === 'sent' && server.config.smtpUrl) {
    out(`The invitation was emailed to ${person.email} (${validity}).`);
    return;
  }
  if (!server.config.smtpUrl) out(`SMTP_URL is not set, so no email was sent (the message is in the log and in the outbound_mail table).`);
  else process.stderr.write(`The invitation email to ${person.email} could not be sent yet (${mail?.lastError ?? 'unknown error'}); a running server retries it.\n`);
  out(`Give ${person.email} their sign-in link yourself (${validity}):`);
  out(`  ${person.link}`);
}

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

export interface MainOptions {
  /** The plugins to run; without them, those of the configuration file (`--config`, `PORTICO_CONFIG`, `./portico.config.js`). */
  plugins?: readonly PluginDefinition[];
}

export async function main(argv: string[], options: MainOptions = {}): Promise<number> {
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
    const { values } = parseArgs({ args: rest, options: { ...command.options, config: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: false });
    if (values.help) {
      out(`${command.summary}\n\nUsage: ${command.usage} [--config <file>]\n\n  --config   the file listing the plugins to run (default: PORTICO_CONFIG, else ./portico.config.js, .mjs or .ts)`);
      return 0;
    }
    const plugins = async () => options.plugins ?? (await loadConfigFile(values.config as string | undefined)).config.plugins;
    await command.run(values, loadConfig(), plugins);
    return 0;
  } catch (error) {
    const e = error as Error & { code?: string };
    if (error instanceof UsageError || error instanceof InviteUsageError || e.code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`${e.message}\nUsage: ${command.usage}\n`);
      return 2;
    }
    if (error instanceof PortInUseError || error instanceof ConfigError || error instanceof RegistryError || error instanceof TenantInputError || error instanceof TenantOwnerError || error instanceof InviteRefusedError) {
      process.stderr.write(`${e.message}\n`);
      return 1;
    }
    process.stderr.write(`portico ${name} failed: ${e.stack ?? e.message}\n`);
    return 1;
  }
}

const invokedDirectly = !!process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1]);
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
