/**
 * The `portico` CLI as a person runs it: a real process, its output and its exit code.
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDbKind, type TestDatabase } from '@portico/testing';
import { portico, signInWithLink } from './support/cli-process.js';
import { startMailCatcher, linkAndCode } from '@portico/testing';


/** For the enclosing describe: a data folder and, on PostgreSQL, a database of its own, dropped afterwards. */
function useOwnDatabase(prefix: string, use: (made: { dataDir: string; env: Record<string, string> }) => void): void {
  let dataDir = '';
  let db: TestDatabase | null = null;
  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    db = testDbKind() === 'postgres' ? await createTestDatabase() : null;
    const database: Record<string, string> = db ? { DATABASE_URL: (db.config as { url: string }).url, PORTICO_DB_ROLE: db.appRole } : {};
    use({ dataDir, env: { ...database, PORTICO_DATA_DIR: dataDir } });
  });
  afterAll(async () => {
    fs.rmSync(dataDir, { recursive: true, force: true });
    await db?.drop();
  });
}

// Each test starts real processes (tsx, then the server with every plugin): slow on a busy machine.
describe('portico CLI', { timeout: 120_000 }, () => {
  let dataDir: string;
  let env: Record<string, string>;
  useOwnDatabase('portico-cli-', (made) => ({ dataDir, env } = made));

  it('lists its commands with --help and exits 0', async () => {
    const run = await portico(['--help'], env);
    expect(run.code).toBe(0);
    for (const command of ['start', 'migrate', 'seed-demo', 'create-tenant', 'invite', 'openapi']) expect(run.stdout).toContain(command);
  });

  it('explains each command with <command> --help', async () => {
    const run = await portico(['create-tenant', '--help'], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: portico create-tenant --slug <slug> --name <name>');
    expect(run.stdout).toContain('--admin-email <email>');
    const invite = await portico(['invite', '--help'], env);
    expect(invite.code).toBe(0);
    expect(invite.stdout).toContain('Usage: portico invite --tenant <slug> --email <email> [--role <role>]');
  });

  it('exits 2 with a clear message for an unknown command or option', async () => {
    const unknown = await portico(['launch'], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown command "launch"');
    const badOption = await portico(['migrate', '--force'], env);
    expect(badOption.code).toBe(2);
    expect(badOption.stderr).toMatch(/Unknown option '--force'/);
    const missing = await portico(['create-tenant', '--slug', 'x'], env);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--slug and --name are required');
  });

  it('migrates, creates tenants, refuses a duplicate with exit 1, and seeds the demo once', async () => {
    const migrated = await portico(['migrate'], env);
    expect(migrated.code, migrated.stderr).toBe(0);
    const again = await portico(['migrate'], env);
    expect(again.stdout).toContain('Database is up to date.');

    const created = await portico(['create-tenant', '--slug', 'globex', '--name', 'Globex', '--domain', 'partners.globex.example'], env);
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toMatch(/Tenant "globex" created with id [0-9a-f-]{36}/);
    const duplicate = await portico(['create-tenant', '--slug', 'globex', '--name', 'Globex'], env);
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr).toContain('A tenant with slug "globex" already exists.');
    const badOrigin = await portico(['create-tenant', '--slug', 'initech', '--name', 'Initech', '--embed-origin', 'https://initech.example/path'], env);
    expect(badOrigin.code).toBe(1);
    expect(badOrigin.stderr).toContain('must be an origin only, e.g. "https://initech.example"');

    expect((await portico(['seed-demo'], env)).stdout).toContain('Demo tenant "demo" created.');
    expect((await portico(['seed-demo'], env)).stdout).toContain('already exists; nothing changed');
  }, 300_000); // five real processes, each starting tsx and the server

  it('writes the OpenAPI document', async () => {
    const file = path.join(dataDir, 'openapi.json');
    const run = await portico(['openapi', '--out', file], env);
    expect(run.code).toBe(0);
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).openapi).toBe('3.1.0');
  });

  it('starts, serves the seeded demo and stops cleanly on SIGTERM', async () => {
    const run = await portico(['start', '--demo', '--port', '0'], env, /Links work once/);
    expect(run.stdout, run.stderr).toMatch(/Portico is ready in \d+ ms/);
    const base = /Health:\s+(\S+)\/healthz/.exec(run.stdout)![1].replace('localhost', '127.0.0.1');
    // A newcomer is one click from the portal: a fresh sign-in link for a demo admin is printed.
    expect(run.stdout).toMatch(/Sign in as Nadia Admin \(tenant admin, admin@northwind\.example\): http:\/\/\S+\/sign-in\/link\?token=\S+/);
    // (With --port 0 the link names the default port; the path is what counts.)
    const link = /Sign in as Alice Owner \(partner admin, alice@acme\.example\): https?:\/\/[^/]+(\S+)/.exec(run.stdout)![1];
    const page = await fetch(`${base}${link}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<form method="post" action="/sign-in/link">');
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${base}/readyz`)).json()).toEqual({ status: 'ready' });
    // The banner counts the demo's people as they are now (issue 23, item 11).
    expect(run.stdout).toMatch(/Demo tenant "demo" with \d+ people/);
    // Without SMTP, an email someone asks for is printed as plain lines, its link on its own line.
    const asked = await fetch(`${base}/api/v1/access/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json', origin: base }, body: JSON.stringify({ email: 'sam@acme.example' }) });
    expect(asked.status).toBe(202);
    const printed = await run.waitForOutput(/Email to sam@acme\.example \(not sent: SMTP_URL is not set\): .+\n {2}https?:\/\/\S+\/sign-in\/link\?token=\S+/);
    expect(printed).not.toMatch(/^\{.*sam@acme/m);
    expect(await run.kill()).toBe(0);
  });

  it('says plainly that its port is taken, and how to choose another (issue 23, item 11)', async () => {
    const busy = net.createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const { port } = busy.address() as net.AddressInfo;
    try {
      const run = await portico(['start', '--port', String(port), '--host', '127.0.0.1'], env);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`Port ${port} on 127.0.0.1 is already in use`);
      expect(run.stderr).toContain('--port <n>');
      expect(run.stderr).not.toMatch(/\n\s+at /);
    } finally {
      busy.close();
    }
  });
});

describe('portico CLI: a new tenant gets its first administrator', { timeout: 300_000 }, () => {
  let env: Record<string, string>;
  // A database of its own, where the new tenant (not the demo) answers on 127.0.0.1.
  useOwnDatabase('portico-cli-admin-', (made) => ({ env } = made));

  it('create-tenant --admin-email invites a tenant_admin whose printed link signs them in; invite adds more people', async () => {
    const created = await portico(
      ['create-tenant', '--slug', 'initech', '--name', 'Initech', '--domain', '127.0.0.1', '--admin-email', 'Ada@Initech.example', '--admin-name', 'Ada Admin'],
      env,
    );
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toMatch(/Tenant "initech" created with id [0-9a-f-]{36}\./);
    expect(created.stdout).toContain('Invited Ada Admin <ada@initech.example> as tenant_admin of "initech"');
    // Without SMTP_URL nothing can be mailed, so the operator is told so and given the link.
    expect(created.stdout).toContain('SMTP_URL is not set, so no email was sent');
    const link = /^\s+(http:\/\/\S+\/sign-in\/link\?token=\S+)$/m.exec(created.stdout)?.[1];
    expect(link, created.stdout).toBeDefined();

    // Another person, later, with SMTP_URL: the invitation is emailed at once, and its link not printed.
    const smtp = await startMailCatcher();
    let suesLink: string;
    try {
      const support = await portico(['invite', '--tenant', 'initech', '--email', 'sue@initech.example', '--role', 'support', '--name', 'Sue Support'], { ...env, SMTP_URL: smtp.url });
      expect(support.code, support.stderr).toBe(0);
      expect(support.stdout).toContain('Invited Sue Support <sue@initech.example> as support of "initech"');
      expect(support.stdout).toContain('The invitation was emailed to sue@initech.example');
      const mail = smtp.lastTo('sue@initech.example');
      expect(mail?.subject).toContain('Initech');
      suesLink = linkAndCode(mail!).url;
      expect(support.stdout).not.toContain(new URL(suesLink).search);
    } finally {
      await smtp.close();
    }

    // The refusals an operator may meet.
    const badRole = await portico(['invite', '--tenant', 'initech', '--email', 'bob@initech.example', '--role', 'owner'], env);
    expect(badRole.code).toBe(2);
    expect(badRole.stderr).toContain('Unknown role "owner": use a staff role (tenant_admin, partner_manager, support)');
    const partnerRoleAlone = await portico(['invite', '--tenant', 'initech', '--email', 'bob@initech.example', '--role', 'salesperson'], env);
    expect(partnerRoleAlone.code).toBe(2);
    expect(partnerRoleAlone.stderr).toContain('needs --partner');
    const badEmail = await portico(['create-tenant', '--slug', 'hooli', '--name', 'Hooli', '--admin-email', 'not-an-address'], env);
    expect(badEmail.code).toBe(2);
    expect(badEmail.stderr).toContain('"not-an-address" is not an email address.');
    const unknownTenant = await portico(['invite', '--tenant', 'umbrella', '--email', 'bob@umbrella.example'], env);
    expect(unknownTenant.code).toBe(1);
    expect(unknownTenant.stderr).toContain('No tenant with slug "umbrella"');
    const taken = await portico(['invite', '--tenant', 'initech', '--email', 'ada@initech.example'], env);
    expect(taken.code).toBe(1);
    expect(taken.stderr).toContain('This email address is already used by someone in this programme.');

    // The invited administrator follows the link in a browser and is signed in, as tenant_admin.
    const server = await portico(['start', '--port', '0'], env, /API reference:/);
    try {
      expect(server.stdout, server.stderr).toMatch(/Portico is ready/);
      const base = /Health:\s+(\S+)\/healthz/.exec(server.stdout)![1].replace('localhost', '127.0.0.1');
      const { page, confirmed, cookie } = await signInWithLink(base, link!);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('ada@initech.example');
      expect(confirmed.status).toBe(303);
      expect(cookie).toBeTruthy();
      const me = await fetch(`${base}/api/v1/access/session`, { headers: { cookie: cookie! } });
      expect(me.status).toBe(200);
      const session = (await me.json()) as { person: { email: string }; roles: string[] };
      expect(session.person.email).toBe('ada@initech.example');
      expect(session.roles).toContain('tenant_admin');
      // They can administer the tenant: the people list shows both invitations, and the audit trail
      // records them as made by the CLI.
      const people = (await (await fetch(`${base}/api/v1/access/people`, { headers: { cookie: cookie! } })).json()) as { items: { email: string; status: string }[] };
      expect(people.items.map((p) => `${p.email} ${p.status}`).sort()).toEqual(['ada@initech.example active', 'sue@initech.example invited']);
      // The emailed invitation signs its person in too, with the role it named.
      const sue = await signInWithLink(base, suesLink);
      expect(sue.confirmed.status).toBe(303);
      const suesSession = (await (await fetch(`${base}/api/v1/access/session`, { headers: { cookie: sue.cookie! } })).json()) as { person: { email: string }; roles: string[] };
      expect(suesSession.person.email).toBe('sue@initech.example');
      expect(suesSession.roles).toEqual(['support']);
      const audit = await fetch(`${base}/api/v1/access/audit?action=access.person.invited`, { headers: { cookie: cookie! } });
      expect(audit.status).toBe(200);
      const invited = ((await audit.json()) as { items: { actorKind: string; actor: unknown }[] }).items;
      expect(invited).toHaveLength(2);
      expect(invited.every((e) => e.actorKind === 'system:cli' && e.actor === null)).toBe(true);
      // The link worked once.
      expect((await signInWithLink(base, link!)).confirmed.status).toBe(410);
    } finally {
      expect(await server.kill()).toBe(0);
    }
  });
});
