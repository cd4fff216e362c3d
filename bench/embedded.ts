/**
 * The embedded database: `npm start` time to ready on a fresh and on a warm data folder, and the
 * deal list endpoint of a signed-in salesperson on PGlite under load (autocannon, second process).
 *
 *   npm run bench:embedded      (BENCH_SECONDS=10, BENCH_CONNECTIONS=10)
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtInPlugins } from '../portico.config.js';
import { createTenant } from '../server/src/tenants.js';
import { inTenantTransaction } from '../server/src/db/tenant-transaction.js';
import { SESSION_COOKIE } from '@portico/plugin-access';
import { createSession } from '../plugins/access/src/sessions/service.js';
import { buildWidgets } from '../scripts/widget-builds.js';
import { load, startPortico, writeResults } from './support.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const USER_AGENT = 'Mozilla/5.0 (X11; Linux x86_64) portico-bench';
const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Runs `npm start` on `dataDir` until it prints that it is ready; returns the milliseconds it took. */
function startToReady(dataDir: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('npm', ['start', '--silent'], { cwd: REPO, env: { ...process.env, PORTICO_DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn' }, detached: true });
    let out = '';
    const done = (result: number | Error) => {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        /* already gone */
      }
      child.once('exit', () => (result instanceof Error ? reject(result) : resolve(result)));
    };
    child.stdout.on('data', (d) => {
      out += d;
      if (/Portico is ready/.test(out)) done(performance.now() - started);
    });
    child.stderr.on('data', (d) => (out += d));
    child.on('exit', (code) => {
      if (!/Portico is ready/.test(out)) reject(new Error(`npm start exited with ${code} before it was ready:\n${out}`));
    });
  });
}

async function main(): Promise<void> {
  // Start-up: the widget bundles are built first so that the figure is the server's own (`npm start`
  // rebuilds them in its prestart when a source is newer than the build).
  await buildWidgets({ ifStale: true });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portico-bench-start-'));
  const freshMs = await startToReady(dataDir, 4311);
  const warmMs = await startToReady(dataDir, 4311);
  fs.rmSync(dataDir, { recursive: true, force: true });
  console.log(`npm start to ready: ${Math.round(freshMs)} ms on a fresh data folder (migrations and demo seed), ${Math.round(warmMs)} ms on a warm one`);

  const { server, url } = await startPortico({ kind: 'pglite', dataDir: null }, 'portico_app', builtInPlugins());
  try {
    const knex = server.database.knex;
    const tenant = await createTenant(knex, { slug: 'bench', name: 'Bench', domains: ['127.0.0.1'] });
    const session = await inTenantTransaction(knex, 'portico_app', tenant.id, async (trx) => {
      const [partner] = await trx('partners').insert({ tenantId: tenant.id, name: 'Bench partner', country: 'US' }).returning('id');
      const [person] = await trx('people').insert({ tenantId: tenant.id, kind: 'member', email: 'seller@bench.test', name: 'Seller', status: 'active' }).returning('id');
      await trx('memberships').insert({ tenantId: tenant.id, personId: person.id, partnerId: partner.id, role: 'salesperson' });
      await trx.raw(
        `insert into deals (tenant_id, partner_id, submitted_by, customer_name, customer_key, title, description, amount_minor, currency, status, created_at, updated_at)
         select ?, ?, ?, 'Customer ' || g, 'customer' || g, 'Deal ' || g, '', g * 100, 'USD', 'pending', now() - make_interval(secs => g), now() from generate_series(1, 5000) g`,
        [tenant.id, partner.id, person.id],
      );
      return createSession(trx, server.keys, { tenantId: tenant.id, personId: person.id, via: 'link', userAgent: USER_AGENT, ip: '127.0.0.1' });
    });
    const headers = { cookie: `${SESSION_COOKIE}=${session.cookie}`, 'user-agent': USER_AGENT };
    const list = await load({ url: `${url}/api/v1/deals?limit=25`, headers, duration: SECONDS, connections: CONNECTIONS });
    if (list.non2xx > 0 || list.errors > 0) throw new Error(`the list answered ${list.non2xx} non-2xx, ${list.errors} errors`);
    console.log(`\nGET /api/v1/deals on PGlite (one connection), ${CONNECTIONS} connections, ${SECONDS} s:`);
    console.table({ 'portico list (PGlite)': list });
    console.log(`written to ${writeResults('embedded', { startup: { freshMs: Math.round(freshMs), warmMs: Math.round(warmMs) }, list })}`);
  } finally {
    await server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
