/**
 * The fleet at scale: a tenant with 1,000 partners, one of them serving 10,000 client companies.
 *
 * On the machine's PostgreSQL (PORTICO_BENCH_PG_URL, default postgres://postgres@127.0.0.1:5432/postgres)
 * this makes its own database, starts a real server with every built-in plugin, and
 * 1. pushes 100,000 client records through the data feed (`POST /api/v1/fleet/feed/clients`) in
 *    batches of 1,000, as the tenant's backend would — each with a contact, facts and a mandate;
 *    10,000 of them are the measured partner's, the others spread over the other 999 partners —
 *    and prints records/s; then pushes the measured partner's 10,000 again, unchanged;
 * 2. assigns the measured partner's clients to two of its members (one looks after all 10,000, the
 *    other after two in three), as the team plugin records it;
 * 3. times, as that partner's admin, the client list: the first page, and the page 5,000 clients
 *    deep (reached by following cursors, then asked again with that cursor), unfiltered and
 *    filtered by assignee — the list stays flat with depth — and the API calls of one client's 360
 *    page (the client, its mandate, the mandate's history, its activity).
 * It prints a table, writes JSON to bench/results/, and drops the database and role it made.
 *
 * Requests authenticate with the test bearer plugin, so the figures are the routes' own cost.
 *
 *   node --conditions=portico-source --import tsx bench/fleet.ts
 *   BENCH_FLEET_RECORDS (100,000), BENCH_FLEET_CLIENTS (10,000), BENCH_FLEET_PARTNERS (1,000), BENCH_FLEET_DEPTH (5,000)
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestActors } from '@portico/testing';
import { builtInPlugins } from '../portico.config.js';
import { createTenant } from '../server/src/tenants.js';
import { benchDatabase, startPortico, stats, timed } from './support.js';

const RECORDS = Number(process.env.BENCH_FLEET_RECORDS ?? 100_000);
const MEASURED_CLIENTS = Number(process.env.BENCH_FLEET_CLIENTS ?? 10_000);
const PARTNERS = Number(process.env.BENCH_FLEET_PARTNERS ?? 1_000);
const DEPTH = Number(process.env.BENCH_FLEET_DEPTH ?? 5_000);
const BATCH = 1_000;
const PAGE = 100;
const REPEAT = 20;
const SCOPES = [['view-financials'], ['view-financials', 'file-returns'], ['view-financials', 'file-returns', 'manage-payroll']];

interface FeedAnswer {
  summary: { created: number; updated: number; unchanged: number; refused: number };
}

function record(i: number, partner: string) {
  return {
    externalId: `EXT-${String(i).padStart(7, '0')}`,
    partner,
    name: `Client ${String(i).padStart(7, '0')}`,
    domain: `client${i}.example`,
    country: ['US', 'FR', 'ES', 'DE'][i % 4],
    health: (['healthy', 'attention', 'critical'] as const)[i % 3],
    contact: { email: `cfo${i}@client${i}.example`, name: `CFO ${i}` },
    facts: { plan: ['Starter', 'Business', 'Enterprise'][i % 3], seats: 5 + (i % 200) },
    mandate: { scope: SCOPES[i % 3], validFrom: '2026-01-01', validUntil: i % 5 === 0 ? '2030-12-31' : null },
  };
}

async function main(): Promise<void> {
  if (DEPTH + PAGE > (MEASURED_CLIENTS * 2) / 3) throw new Error('BENCH_FLEET_DEPTH must leave a page beyond it for the member who looks after two clients in three.');
  const database = await benchDatabase('fleet');
  const actors = createTestActors();
  const { server, url } = await startPortico({ kind: 'postgres', url: database.url }, database.appRole, [actors.plugin, ...builtInPlugins()]);
  try {
    const knex = server.database.knex;
    const tenant = await createTenant(knex, { slug: 'bench', name: 'Bench', domains: ['bench.test'] });
    await knex.raw(`insert into partners (tenant_id, name, country) select ?, 'Partner ' || lpad(g::text, 4, '0'), 'US' from generate_series(1, ?) g`, [tenant.id, PARTNERS]);
    const partners: string[] = (await knex('partners').where({ tenantId: tenant.id }).orderBy('name').select('id')).map((p: { id: string }) => p.id);
    const measured = partners[0];
    const people: { id: string }[] = await knex('people')
      .insert(['admin', 'all', 'most'].map((n) => ({ tenantId: tenant.id, kind: 'member', email: `${n}@partner1.test`, name: `Member ${n}`, status: 'active' })))
      .returning('id');
    await knex('memberships').insert(people.map((p) => ({ tenantId: tenant.id, personId: p.id, partnerId: measured, role: 'partner_admin' })));
    const [admin, all, most] = people.map((p) => p.id);

    const backend = actors.mint({ kind: 'api-key', tenantId: tenant.id, personId: null, partnerId: null, roles: [], permissions: ['fleet.feed.write'] });
    const member = actors.mint({ kind: 'member', tenantId: tenant.id, personId: admin, partnerId: measured, roles: ['partner_admin'], permissions: server.registry.permissionsOfRole('partner_admin') });
    const call = async <T>(method: string, route: string, auth: string, body?: unknown): Promise<T> => {
      const response = await fetch(`${url}/api/v1${route}`, { method, headers: { authorization: auth, ...(body ? { 'content-type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined });
      const answer = (await response.json()) as T;
      if (response.status !== 200) throw new Error(`${method} ${route} answered ${response.status}: ${JSON.stringify(answer).slice(0, 500)}`);
      return answer;
    };

    // 1. The feed: the measured partner's clients first, then the other partners'.
    const partnerOf = (i: number) => (i < MEASURED_CLIENTS ? measured : partners[1 + (i % (partners.length - 1))]);
    const push = async (from: number, to: number) => {
      const totals = { created: 0, updated: 0, unchanged: 0, refused: 0 };
      const samples: number[] = [];
      for (let start = from; start < to; start += BATCH) {
        const records = Array.from({ length: Math.min(BATCH, to - start) }, (_, k) => record(start + k, partnerOf(start + k)));
        const { ms, value } = await timed(() => call<FeedAnswer>('POST', '/fleet/feed/clients', backend, { records }));
        samples.push(ms);
        for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] += value.summary[key];
      }
      return { totals, samples };
    };
    process.stdout.write(`feeding ${RECORDS.toLocaleString('en')} records in batches of ${BATCH}… `);
    const fed = await timed(() => push(0, RECORDS));
    const feedRate = RECORDS / (fed.ms / 1000);
    console.log(`${(fed.ms / 1000).toFixed(1)} s, ${Math.round(feedRate).toLocaleString('en')} records/s`, fed.value.totals);
    if (fed.value.totals.created !== RECORDS) throw new Error(`the feed created ${fed.value.totals.created} clients of ${RECORDS}`);
    process.stdout.write(`feeding the measured partner's ${MEASURED_CLIENTS.toLocaleString('en')} again, unchanged… `);
    const again = await timed(() => push(0, MEASURED_CLIENTS));
    const againRate = MEASURED_CLIENTS / (again.ms / 1000);
    console.log(`${(again.ms / 1000).toFixed(1)} s, ${Math.round(againRate).toLocaleString('en')} records/s`, again.value.totals);

    // 2. Who looks after the measured partner's clients (the team plugin's assignments).
    await knex.raw(
      `insert into team_client_assignments (tenant_id, partner_id, client_id, person_id)
       select c.tenant_id, c.partner_id, c.id, ?::uuid from clients c where c.tenant_id = ? and c.partner_id = ?
       union all
       select c.tenant_id, c.partner_id, c.id, ?::uuid from clients c where c.tenant_id = ? and c.partner_id = ? and right(c.external_id, 1)::int % 3 <> 0`,
      [all, tenant.id, measured, most, tenant.id, measured],
    );
    await knex.raw('analyze');

    // 3. The list and the 360 page, as the partner's admin.
    const list = (query: string) => call<{ items: { id: string; name: string }[]; nextCursor: string | null }>('GET', `/fleet/clients?${query}`, member);
    const measure = async (work: () => Promise<unknown>) => {
      await work(); // warm
      const samples: number[] = [];
      for (let i = 0; i < REPEAT; i++) samples.push((await timed(work)).ms);
      return stats(samples);
    };
    const deepCursor = async (filter: string) => {
      let cursor: string | null = null;
      const walk = await timed(async () => {
        for (let seen = 0; seen < DEPTH; seen += PAGE) cursor = (await list(`limit=${PAGE}${filter}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)).nextCursor;
      });
      return { cursor: cursor!, perPageMs: +(walk.ms / (DEPTH / PAGE)).toFixed(2) };
    };
    const deep = await deepCursor('');
    const deepAll = await deepCursor(`&assignee=${all}`);
    const deepMost = await deepCursor(`&assignee=${most}`);
    const deepPage = await list(`limit=${PAGE}&cursor=${encodeURIComponent(deep.cursor)}`);
    if (deepPage.items[0]?.name !== `Client ${String(DEPTH).padStart(7, '0')}`) throw new Error(`the deep page starts at ${deepPage.items[0]?.name}`);
    const clientId = deepPage.items[0].id;

    const results = {
      'list, first page': await measure(() => list(`limit=${PAGE}`)),
      [`list, ${DEPTH.toLocaleString('en')} deep`]: await measure(() => list(`limit=${PAGE}&cursor=${encodeURIComponent(deep.cursor)}`)),
      'list by assignee (all), first page': await measure(() => list(`limit=${PAGE}&assignee=${all}`)),
      [`list by assignee (all), ${DEPTH.toLocaleString('en')} deep`]: await measure(() => list(`limit=${PAGE}&assignee=${all}&cursor=${encodeURIComponent(deepAll.cursor)}`)),
      'list by assignee (2 clients in 3), first page': await measure(() => list(`limit=${PAGE}&assignee=${most}`)),
      [`list by assignee (2 clients in 3), ${DEPTH.toLocaleString('en')} deep`]: await measure(() => list(`limit=${PAGE}&assignee=${most}&cursor=${encodeURIComponent(deepMost.cursor)}`)),
      'list, search "Client 00042"': await measure(() => list(`limit=${PAGE}&q=${encodeURIComponent('Client 00042')}`)),
      '360: client': await measure(() => call('GET', `/fleet/clients/${clientId}`, member)),
      '360: mandate': await measure(() => call('GET', `/fleet/clients/${clientId}/mandate`, member)),
      '360: mandate history': await measure(() => call('GET', `/fleet/clients/${clientId}/mandate/versions?limit=10`, member)),
      '360: activity': await measure(() => call('GET', `/fleet/clients/${clientId}/activity?limit=10`, member)),
      '360: all four at once': await measure(() =>
        Promise.all([
          call('GET', `/fleet/clients/${clientId}`, member),
          call('GET', `/fleet/clients/${clientId}/mandate`, member),
          call('GET', `/fleet/clients/${clientId}/mandate/versions?limit=10`, member),
          call('GET', `/fleet/clients/${clientId}/activity?limit=10`, member),
        ]),
      ),
    };

    console.log(`\nThe fleet: ${PARTNERS.toLocaleString('en')} partners, ${RECORDS.toLocaleString('en')} clients, the measured partner's ${MEASURED_CLIENTS.toLocaleString('en')}; ${REPEAT} runs each, milliseconds`);
    console.table(results);
    console.log(`feed: ${Math.round(feedRate).toLocaleString('en')} records/s creating (${BATCH} a batch, median batch ${stats(fed.value.samples).medianMs} ms); ${Math.round(againRate).toLocaleString('en')} records/s unchanged`);
    console.log(`walking ${DEPTH.toLocaleString('en')} deep by cursor: ${deep.perPageMs} ms a page unfiltered, ${deepAll.perPageMs} and ${deepMost.perPageMs} ms a page by assignee`);

    const out = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results');
    fs.mkdirSync(out, { recursive: true });
    const file = path.join(out, `fleet-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    const { rows: version } = await knex.raw('show server_version');
    fs.writeFileSync(
      file,
      JSON.stringify(
        {
          at: new Date().toISOString(), postgres: version[0].server_version, node: process.version, partners: PARTNERS, records: RECORDS, measuredClients: MEASURED_CLIENTS, depth: DEPTH,
          feed: { recordsPerSecond: Math.round(feedRate), seconds: +(fed.ms / 1000).toFixed(1), batch: stats(fed.value.samples), unchangedRecordsPerSecond: Math.round(againRate), totals: fed.value.totals },
          walkPerPageMs: { unfiltered: deep.perPageMs, assigneeAll: deepAll.perPageMs, assigneeMost: deepMost.perPageMs },
          results,
        },
        null,
        2,
      ) + '\n',
    );
    console.log(`\nwritten to ${path.relative(process.cwd(), file)}`);
  } finally {
    await server.close();
    await database.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
