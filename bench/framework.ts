/**
 * What the framework costs, and what memory the server holds.
 *
 * On the machine's PostgreSQL, a signed-in salesperson lists their partner's deals through Portico
 * (`GET /api/v1/deals`: cookie session lookup, permission check, validation, tenant transaction with
 * the app role and row-level security, the query, serialisation) and, beside it, a bare Koa + `pg`
 * handler runs the same deals query; both are loaded by autocannon from a second process. The same for
 * a create (`POST /api/v1/deals` against the bare handler running the same inserts in a transaction).
 * Then the server's RSS after start and after BENCH_MEMORY_REQUESTS (default 100,000) list requests.
 *
 *   npm run bench:framework      (BENCH_SECONDS=10 per load after BENCH_WARM_UP_SECONDS=5, BENCH_CONNECTIONS=10)
 */
import http from 'node:http';
import Koa from 'koa';
import pg from 'pg';
import { builtInPlugins } from '../portico.config.js';
import { createTenant } from '../server/src/tenants.js';
import { inTenantTransaction } from '../server/src/db/tenant-transaction.js';
import { SESSION_COOKIE, VERIFICATION_HEADER } from '@portico/plugin-access';
import { createSession } from '../plugins/access/src/sessions/service.js';
import { benchDatabase, load, startPortico, writeResults, type LoadResult } from './support.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const WARM_UP_SECONDS = Number(process.env.BENCH_WARM_UP_SECONDS ?? 5);
const MEMORY_REQUESTS = Number(process.env.BENCH_MEMORY_REQUESTS ?? 100_000);
const DEALS = 5_000;
const USER_AGENT = 'Mozilla/5.0 (X11; Linux x86_64) portico-bench';

interface Captured {
  sql: string;
  bindings: unknown[];
}

const NEW_DEAL = { customerName: 'Initech GmbH', title: '200 seats', amountMinor: 4_800_000, currency: 'USD', description: 'Benchmark deal' };

async function main(): Promise<void> {
  const db = await benchDatabase('framework');
  const { server, url } = await startPortico({ kind: 'postgres', url: db.url }, db.appRole, builtInPlugins());
  let bare: http.Server | null = null;
  let pool: pg.Pool | null = null;
  try {
    const knex = server.database.knex;
    const tenant = await createTenant(knex, { slug: 'bench', name: 'Bench', domains: ['127.0.0.1'] });
    const session = await inTenantTransaction(knex, db.appRole, tenant.id, async (trx) => {
      const [partner] = await trx('partners').insert({ tenantId: tenant.id, name: 'Bench partner', country: 'US' }).returning('id');
      const [person] = await trx('people').insert({ tenantId: tenant.id, kind: 'member', email: 'seller@bench.test', name: 'Seller', status: 'active' }).returning('id');
      await trx('memberships').insert({ tenantId: tenant.id, personId: person.id, partnerId: partner.id, role: 'salesperson' });
      return createSession(trx, server.keys, { tenantId: tenant.id, personId: person.id, via: 'link', userAgent: USER_AGENT, ip: '127.0.0.1' });
    });
    const headers = { cookie: `${SESSION_COOKIE}=${session.cookie}`, 'user-agent': USER_AGENT };
    const writeHeaders = { ...headers, [VERIFICATION_HEADER]: session.verificationToken, 'content-type': 'application/json', origin: url };
    for (let i = 0; i < DEALS / 50; i++) {
      const answer = await fetch(`${url}/api/v1/deals`, { method: 'POST', headers: writeHeaders, body: JSON.stringify({ ...NEW_DEAL, customerName: `Customer ${i}` }) });
      if (answer.status !== 201) throw new Error(`seeding a deal answered ${answer.status}: ${await answer.text()}`);
    }
    await knex.raw(
      `insert into deals (tenant_id, partner_id, submitted_by, customer_name, customer_key, title, description, amount_minor, currency, status, created_at, updated_at)
       select tenant_id, partner_id, submitted_by, customer_name || ' ' || g, customer_key || g, title, description, amount_minor, currency, status, now() - make_interval(secs => g), now()
       from deals, generate_series(1, ?) g where tenant_id = ? limit ?`,
      [DEALS, tenant.id, DEALS - DEALS / 50],
    );
    await knex.raw('analyze deals');

    // The SQL Portico runs for one list and one create, captured from the knex query log: the
    // statements a request sends in all, and the ones the bare handler replays.
    const capture = async (work: () => Promise<Response>): Promise<Captured[]> => {
      const seen: Captured[] = [];
      const listener = (q: { sql: string; bindings?: unknown[] }) => seen.push({ sql: q.sql, bindings: q.bindings ?? [] });
      knex.on('query', listener);
      try {
        const answer = await work();
        if (answer.status >= 300) throw new Error(`capturing answered ${answer.status}`);
      } finally {
        knex.removeListener('query', listener);
      }
      return seen;
    };
    const listStatements = await capture(() => fetch(`${url}/api/v1/deals?limit=25`, { headers }));
    const createStatements = await capture(() => fetch(`${url}/api/v1/deals`, { method: 'POST', headers: writeHeaders, body: JSON.stringify(NEW_DEAL) }));
    const listQuery = listStatements.find((q) => /^select .* from "deals"/i.test(q.sql));
    const createQueries = createStatements.filter((q) => /^insert into "(deals|audit_events|outbox_events|outbox_deliveries)"/i.test(q.sql));
    if (!listQuery || createQueries.length === 0) throw new Error('could not capture the SQL to replay');
    // The create's events are delivered after it commits, in transactions of their own: not its cost.
    const inRequest = (all: Captured[]) => all.slice(0, all.findIndex((q) => /^commit/i.test(q.sql)) + 1).length;
    const statements = { list: inRequest(listStatements), create: inRequest(createStatements) };
    console.log(`Statements per request (BEGIN and COMMIT included): list ${statements.list}, create ${statements.create}`);

    // The bare handler: Koa and a pg pool running the same statements, nothing else.
    const toPg = (c: Captured) => ({ text: c.sql.replace(/\?/g, (() => { let n = 0; return () => `$${++n}`; })()), values: c.bindings });
    pool = new pg.Pool({ connectionString: db.url, max: 10 });
    const app = new Koa();
    app.use(async (ctx) => {
      if (ctx.method === 'GET') {
        const { rows } = await pool!.query(toPg(listQuery));
        ctx.body = { items: rows.slice(0, 25), nextCursor: null };
      } else {
        const client = await pool!.connect();
        try {
          await client.query('begin');
          for (const q of createQueries) await client.query(toPg(q));
          await client.query('commit');
        } finally {
          client.release();
        }
        ctx.status = 201;
        ctx.body = { ok: true };
      }
    });
    bare = http.createServer(app.callback());
    await new Promise<void>((resolve) => bare!.listen(0, '127.0.0.1', resolve));
    const bareUrl = `http://127.0.0.1:${(bare.address() as { port: number }).port}`;

    // Each target is loaded for a while before it is measured: a route's first thousand requests
    // pay for V8 compiling and optimising its path, which says nothing about a server that runs for days.
    const targets: Record<string, [string, 'GET' | 'POST', Record<string, string>, string?]> = {
      'portico list': [`${url}/api/v1/deals?limit=25`, 'GET', headers],
      'bare list': [`${bareUrl}/deals`, 'GET', {}],
      'portico create': [`${url}/api/v1/deals`, 'POST', writeHeaders, JSON.stringify(NEW_DEAL)],
      'bare create': [`${bareUrl}/deals`, 'POST', { 'content-type': 'application/json' }, JSON.stringify(NEW_DEAL)],
    };
    const results: Record<string, LoadResult> = {};
    for (const [name, [target, method, h, body]] of Object.entries(targets)) {
      await load({ url: target, method, headers: h, body, duration: WARM_UP_SECONDS, connections: CONNECTIONS });
      results[name] = await load({ url: target, method, headers: h, body, duration: SECONDS, connections: CONNECTIONS });
    }
    for (const [name, r] of Object.entries(results)) if (r.non2xx > 0 || r.errors > 0) throw new Error(`${name}: ${r.non2xx} non-2xx answers, ${r.errors} errors`);

    const ratio = (a: LoadResult, b: LoadResult) => +(a.requestsPerSecond / b.requestsPerSecond).toFixed(2);
    console.log(`\nLoad: autocannon, ${CONNECTIONS} connections, ${SECONDS} s each, from a second process; PostgreSQL on this machine`);
    console.table(results);
    const overhead = { listThroughputRatio: ratio(results['portico list'], results['bare list']), createThroughputRatio: ratio(results['portico create'], results['bare create']) };
    console.log(`Portico / bare throughput: list ${overhead.listThroughputRatio}, create ${overhead.createThroughputRatio}`);

    // Memory: RSS of this process (Portico and the now idle bare server) before and after many requests.
    global.gc?.();
    const rssAfterStartMb = +(process.memoryUsage().rss / 2 ** 20).toFixed(1);
    const memoryLoad = await load({ url: `${url}/api/v1/deals?limit=25`, headers, amount: MEMORY_REQUESTS, connections: CONNECTIONS });
    global.gc?.();
    const rssAfterLoadMb = +(process.memoryUsage().rss / 2 ** 20).toFixed(1);
    const memory = { requests: memoryLoad.requests, rssAfterStartMb, rssAfterLoadMb };
    console.log(`RSS: ${rssAfterStartMb} MB after start and warm-up, ${rssAfterLoadMb} MB after ${memoryLoad.requests.toLocaleString('en')} more requests`);

    const { rows } = await knex.raw('show server_version');
    console.log(`written to ${writeResults('framework', { postgres: rows[0].server_version, seconds: SECONDS, connections: CONNECTIONS, results, overhead, statements, memory })}`);
  } finally {
    await new Promise((resolve) => (bare ? bare.close(resolve) : resolve(null)));
    await pool?.end();
    await server.close();
    await db.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
