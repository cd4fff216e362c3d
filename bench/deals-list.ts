/**
 * How fast does one partner's deal list answer with 1,000,000 deals in the database?
 *
 * On the machine's PostgreSQL (PORTICO_BENCH_PG_URL, default postgres://postgres@127.0.0.1:5432/postgres)
 * this creates its own database, migrates it, inserts 1,000 partners and 1,000,000 deals in SQL
 * (generate_series), starts a real server and times `GET /api/v1/deals` for one partner through HTTP:
 * the first page, and the page that starts 10,000 deals deep (reached by following cursors, then
 * requested again with that cursor). It prints a table, writes JSON to bench/results/, and drops
 * the database and role it made.
 *
 * The measured partner holds 20,000 deals (a page 10,000 deep must exist); the other 980,000 are
 * spread over the other 999 partners. Requests authenticate with the test bearer plugin, so the
 * figures are the route's own cost (tenant transaction, RLS, visibility rules, keyset page, JSON).
 *
 *   npm run bench:deals
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import knexFactory, { type Knex } from 'knex';
import { loadConfig } from '../server/src/config.js';
import { createServer } from '../server/src/server.js';
import { createTenant } from '../server/src/tenants.js';
import { builtInPlugins } from '../portico.config.js';
import { createTestActors } from '@portico/testing';

const ADMIN_URL = process.env.PORTICO_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const TOTAL_DEALS = Number(process.env.BENCH_DEALS ?? 1_000_000);
const PARTNERS = 1_000;
const MEASURED_PARTNER_DEALS = 20_000;
const DEPTH = 10_000;
const PAGE = 100;
const REPEAT = 30;

const urlFor = (database: string) => Object.assign(new URL(ADMIN_URL), { pathname: `/${database}` }).toString();

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = process.hrtime.bigint();
  const value = await work();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { runs: sorted.length, minMs: +sorted[0].toFixed(2), medianMs: +at(0.5).toFixed(2), p95Ms: +at(0.95).toFixed(2), maxMs: +sorted[sorted.length - 1].toFixed(2) };
}

async function seed(knex: Knex, tenantId: string): Promise<{ partnerId: string; personId: string }> {
  await knex.raw(
    `insert into partners (tenant_id, name, country) select ?, 'Partner ' || lpad(g::text, 4, '0'), 'US' from generate_series(1, ?) g`,
    [tenantId, PARTNERS],
  );
  await knex.raw(
    `insert into people (tenant_id, kind, email, name, status)
     select ?, 'member', 'seller' || lpad(g::text, 4, '0') || '@bench.test', 'Seller ' || g, 'active' from generate_series(1, ?) g`,
    [tenantId, PARTNERS],
  );
  await knex.raw(
    `insert into memberships (tenant_id, person_id, partner_id, role)
     select ?, pe.id, pa.id, 'salesperson'
     from (select id, row_number() over (order by email) n from people where tenant_id = ?) pe
     join (select id, row_number() over (order by name) n from partners where tenant_id = ?) pa using (n)`,
    [tenantId, tenantId, tenantId],
  );
  // Deal g belongs to partner 1 for g ≤ 20,000, else to one of partners 2..1000. One deal a minute
  // into the past, so created_at is distinct and realistic; statuses and currencies rotate.
  await knex.raw(
    `with p as (select array_agg(id order by name) ids from partners where tenant_id = :tenant),
          s as (select array_agg(id order by email) ids from people where tenant_id = :tenant)
     insert into deals (tenant_id, partner_id, submitted_by, customer_name, customer_key, customer_domain, customer_domain_key,
                        title, description, amount_minor, currency, status, created_at, updated_at)
     select :tenant, p.ids[k], s.ids[k], 'Customer ' || g, 'customer' || g, 'c' || g || '.example', 'c' || g || '.example',
            'Deal ' || g, '', (g::bigint * 7919) % 100000000, (array['USD','EUR','GBP','JPY'])[1 + g % 4],
            (array['pending','approved','rejected','withdrawn','expired'])[1 + g % 5],
            now() - make_interval(mins => g), now() - make_interval(mins => g)
     from generate_series(1, :total) g,
          lateral (select case when g <= :measured then 1 else 2 + (g % (:partners - 1)) end as k) pick, p, s`,
    { tenant: tenantId, total: TOTAL_DEALS, measured: MEASURED_PARTNER_DEALS, partners: PARTNERS },
  );
  await knex.raw('analyze partners, people, memberships, deals');
  const { rows } = await knex.raw(
    `select pa.id as partner_id, m.person_id from partners pa join memberships m on m.partner_id = pa.id
     where pa.tenant_id = ? order by pa.name limit 1`,
    [tenantId],
  );
  return { partnerId: rows[0].partner_id, personId: rows[0].person_id };
}

async function main(): Promise<void> {
  const run = randomBytes(3).toString('hex');
  const database = `portico_bench_deals_${run}`;
  const appRole = `portico_bench_app_${run}`;
  const admin = knexFactory({ client: 'pg', connection: ADMIN_URL, pool: { min: 0, max: 1 } });
  await admin.raw(`create database ${database}`);
  const actors = createTestActors();
  const config = loadConfig({ PORTICO_ENV: 'test' }, { port: 0, host: '127.0.0.1', database: { kind: 'postgres', url: urlFor(database) }, appRole, outboxIntervalMs: 0, logLevel: 'silent' });
  const server = await createServer({ config, plugins: [actors.plugin, ...builtInPlugins()] });
  try {
    await server.migrate();
    const knex = server.database.knex;
    const tenant = await createTenant(knex, { slug: 'bench', name: 'Bench', domains: ['bench.test'] });
    process.stdout.write(`inserting ${TOTAL_DEALS.toLocaleString('en')} deals across ${PARTNERS} partners… `);
    const inserted = await timed(() => seed(knex, tenant.id));
    console.log(`${(inserted.ms / 1000).toFixed(1)} s`);
    const { partnerId, personId } = inserted.value;
    const url = await server.listen();
    const auth = actors.mint({ kind: 'member', tenantId: tenant.id, personId, partnerId, roles: ['salesperson'], permissions: server.registry.permissionsOfRole('salesperson') });

    const list = async (query: string) => {
      const response = await fetch(`${url}/api/v1/deals?${query}`, { headers: { authorization: auth } });
      const body = (await response.json()) as { items: { id: string }[]; nextCursor: string | null };
      if (response.status !== 200) throw new Error(`list answered ${response.status}: ${JSON.stringify(body)}`);
      return body;
    };
    const measure = async (query: string) => {
      await list(query); // warm
      const samples: number[] = [];
      for (let i = 0; i < REPEAT; i++) samples.push((await timed(() => list(query))).ms);
      return stats(samples);
    };

    // Walk 10,000 deals deep by following cursors, as a client would.
    let cursor: string | null = null;
    const walk = await timed(async () => {
      for (let seen = 0; seen < DEPTH; seen += PAGE) {
        const page = await list(`limit=${PAGE}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
        cursor = page.nextCursor;
      }
    });
    const deepPage = await list(`limit=${PAGE}&cursor=${encodeURIComponent(cursor!)}`);
    const expected = await knex.raw('select id from deals where tenant_id = ? and partner_id = ? order by created_at desc, id desc offset ? limit 1', [tenant.id, partnerId, DEPTH]);
    if (deepPage.items[0].id !== expected.rows[0].id) throw new Error('the deep page does not start at deal 10,001');

    const results = {
      firstPage25: await measure('limit=25'),
      firstPage100: await measure(`limit=${PAGE}`),
      deepPage100: await measure(`limit=${PAGE}&cursor=${encodeURIComponent(cursor!)}`),
      walkTo10000: { pages: DEPTH / PAGE, totalMs: +walk.ms.toFixed(1), perPageMs: +(walk.ms / (DEPTH / PAGE)).toFixed(2) },
    };

    // The plan PostgreSQL picks for the deep page, as the app role under row-level security.
    const [createdAt, id] = JSON.parse(Buffer.from(cursor!, 'base64url').toString()) as [string, string];
    const plan = await knex.transaction(async (trx) => {
      await trx.raw(`select set_config('role', ?, true), set_config('app.tenant_id', ?, true)`, [appRole, tenant.id]);
      const { rows } = await trx.raw(
        `explain (analyze, costs off, timing off, summary on)
         select deals.id from deals join people on people.id = deals.submitted_by join partners on partners.id = deals.partner_id
         where deals.tenant_id = ? and deals.partner_id = ? and (deals.created_at, deals.id) < (?, ?)
         order by deals.created_at desc, deals.id desc limit ${PAGE + 1}`,
        [tenant.id, partnerId, createdAt, id],
      );
      return rows.map((r: Record<string, string>) => r['QUERY PLAN']);
    });
    const usesIndex = plan.some((line: string) => line.includes('deals_partner_list'));

    console.log(`\nGET /api/v1/deals for one partner (${MEASURED_PARTNER_DEALS.toLocaleString('en')} of ${TOTAL_DEALS.toLocaleString('en')} deals), ${REPEAT} runs each, milliseconds`);
    console.table(Object.fromEntries(Object.entries(results).filter(([k]) => k !== 'walkTo10000')));
    console.log(`walking 10,000 deals deep: ${results.walkTo10000.pages} pages in ${results.walkTo10000.totalMs} ms (${results.walkTo10000.perPageMs} ms a page)`);
    console.log(`deep-page plan uses deals_partner_list: ${usesIndex}\n${plan.join('\n')}`);

    const out = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results');
    fs.mkdirSync(out, { recursive: true });
    const file = path.join(out, `deals-list-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    const { rows: version } = await knex.raw('show server_version');
    fs.writeFileSync(
      file,
      JSON.stringify({ at: new Date().toISOString(), postgres: version[0].server_version, node: process.version, totalDeals: TOTAL_DEALS, partners: PARTNERS, measuredPartnerDeals: MEASURED_PARTNER_DEALS, depth: DEPTH, seedSeconds: +(inserted.ms / 1000).toFixed(1), results, usesIndex, plan }, null, 2) + '\n',
    );
    console.log(`\nwritten to ${path.relative(process.cwd(), file)}`);
  } finally {
    await server.close();
    await admin.raw(`drop database if exists ${database} with (force)`);
    await admin.raw(`drop owned by ${appRole}`).catch(() => {});
    await admin.raw(`drop role if exists ${appRole}`).catch(() => {});
    await admin.destroy();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
