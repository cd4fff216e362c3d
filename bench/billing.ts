/**
 * How billing holds up with a programme of 1,000 partner organisations (BENCH_BILLING_PARTNERS), each
 * with a billing account and 12 invoices, 30% of them with one invoice past due.
 *
 * On the machine's PostgreSQL (PORTICO_BENCH_PG_URL), in a database of its own, through HTTP on a real
 * server: the staff's account list, overview and invoices past due; what the billing gate adds to a
 * gated route (`POST /api/v1/questions` with `questions.ask` gated, against the same route ungated);
 * one run of the enforcement task over every account (300 accounts go overdue, each audited, announced
 * and emailed); and 200 invoices issued by 20 concurrent callers, whose numbers must come out
 * consecutive with no gap and no duplicate. Prints tables and writes JSON to bench/results/.
 *
 *   node --conditions=portico-source --import tsx bench/billing.ts
 */
import { createTestActors } from '@portico/testing';
import { accessPlugin } from '@portico/plugin-access';
import { billingPlugin } from '@portico/plugin-billing';
import { dealsPlugin } from '@portico/plugin-deals';
import { questionsPlugin } from '@portico/plugin-questions';
import { createTenant } from '../server/src/tenants.js';
import { benchDatabase, startPortico, stats, timed, writeResults } from './support.js';

const PARTNERS = Number(process.env.BENCH_BILLING_PARTNERS ?? 1_000);
const INVOICES_PER_PARTNER = 12;
const PAST_DUE_SHARE = 0.3;
const REPEAT = 30;
const ISSUED = 200;
const ISSUERS = 20;

async function main(): Promise<void> {
  const db = await benchDatabase('billing');
  const actors = createTestActors();
  const { server, url } = await startPortico({ kind: 'postgres', url: db.url }, db.appRole, [actors.plugin, accessPlugin, dealsPlugin, questionsPlugin, billingPlugin]);
  try {
    const knex = server.database.knex;
    const tenant = await createTenant(knex, { slug: 'bench', name: 'Bench', domains: ['bench.test'] });
    const now = new Date();
    const today = now.toISOString().slice(0, 10);

    process.stdout.write(`seeding ${PARTNERS.toLocaleString('en')} accounts and ${(PARTNERS * INVOICES_PER_PARTNER).toLocaleString('en')} invoices… `);
    const seeded = await timed(async () => {
      const [plan] = await knex('billing_plans').insert({ tenantId: tenant.id, name: 'Growth', priceMinor: 14_900, currency: 'EUR', period: 'month', features: ['questions.ask'] }).returning('id');
      await knex.raw(`insert into partners (tenant_id, name, country) select ?, 'Partner ' || lpad(g::text, 5, '0'), 'FR' from generate_series(1, ?) g`, [tenant.id, PARTNERS]);
      await knex.raw(
        `insert into billing_accounts (tenant_id, partner_id, contact_name, contact_email, address_line1, city, postal_code, country, plan_id)
         select ?, p.id, 'Finance', 'finance+' || p.id || '@bench.test', '1 rue de la Paix', 'Paris', '75002', 'FR', ? from partners p where p.tenant_id = ?`,
        [tenant.id, plan.id, tenant.id],
      );
      // Invoice k (1..12) of each account: month k of last year, paid; the 12th is open, due in ten days,
      // or (for 30% of accounts) ten days ago. Numbers follow the counter issuing continues from.
      await knex.raw(
        `insert into billing_invoices (tenant_id, account_id, partner_id, number, status, period_start, period_end, amount_minor, amount_paid_minor, currency, due_date, issued_at, paid_at, created_at)
         select a.tenant_id, a.id, a.partner_id, 'SEED-' || lpad((row_number() over (order by a.id, k))::text, 7, '0'),
                case when k < :n then 'paid' else 'open' end,
                date '2025-01-01' + ((k - 1) * 30), date '2025-01-01' + ((k - 1) * 30) + 29, 14900,
                case when k < :n then 14900 else 0 end, 'EUR',
                case when k < :n then date '2025-01-01' + ((k - 1) * 30) + 35
                     when (abs(hashtext(a.id::text)) % 100) < :pastDue then :today::date - 10 else :today::date + 10 end,
                now() - make_interval(days => (:n - k) * 30), case when k < :n then now() - make_interval(days => (:n - k) * 30 - 5) end,
                now() - make_interval(days => (:n - k) * 30)
         from billing_accounts a, generate_series(1, :n) k where a.tenant_id = :tenant`,
        { n: INVOICES_PER_PARTNER, pastDue: Math.round(PAST_DUE_SHARE * 100), today, tenant: tenant.id },
      );
      const [staffPerson] = await knex('people').insert({ tenantId: tenant.id, kind: 'staff', email: 'manager@bench.test', name: 'Manager', status: 'active' }).returning('id');
      await knex('memberships').insert({ tenantId: tenant.id, personId: staffPerson.id, partnerId: null, role: 'tenant_admin' });
      const { rows } = await knex.raw(
        `select a.partner_id, a.id as account_id from billing_accounts a
          where a.tenant_id = ? and not exists (select 1 from billing_invoices i where i.account_id = a.id and i.status = 'open' and i.due_date < ?::date)
          order by a.id limit 1`,
        [tenant.id, today],
      );
      const [techPerson] = await knex('people').insert({ tenantId: tenant.id, kind: 'member', email: 'tech@bench.test', name: 'Tech', status: 'active' }).returning('id');
      await knex('memberships').insert({ tenantId: tenant.id, personId: techPerson.id, partnerId: rows[0].partner_id, role: 'technical' });
      await knex.raw('analyze partners, billing_accounts, billing_invoices');
      return { staffId: staffPerson.id as string, techId: techPerson.id as string, partnerId: rows[0].partner_id as string, accountId: rows[0].account_id as string };
    });
    console.log(`${(seeded.ms / 1000).toFixed(1)} s`);
    const { staffId, techId, partnerId, accountId } = seeded.value;

    const staff = actors.mint({ kind: 'staff', tenantId: tenant.id, personId: staffId, partnerId: null, roles: ['tenant_admin'], permissions: server.registry.permissionsOfRole('tenant_admin') });
    const tech = actors.mint({ kind: 'member', tenantId: tenant.id, personId: techId, partnerId, roles: ['technical'], permissions: server.registry.permissionsOfRole('technical') });
    const api = async (auth: string, method: string, path: string, body?: unknown, expected = method === 'POST' ? 201 : 200) => {
      const response = await fetch(`${url}/api/v1${path}`, { method, headers: { authorization: auth, ...(body ? { 'content-type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined });
      const text = await response.text();
      if (response.status !== expected) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
      return text ? JSON.parse(text) : undefined;
    };
    const measure = async (work: () => Promise<unknown>) => {
      await work(); // warm
      const samples: number[] = [];
      for (let i = 0; i < REPEAT; i++) samples.push((await timed(work)).ms);
      return stats(samples);
    };

    const reads = {
      accountsFirstPage100: await measure(() => api(staff, 'GET', '/billing/accounts?limit=100')),
      invoicesPastDue100: await measure(() => api(staff, 'GET', '/billing/invoices?pastDue=true&limit=100')),
      overview: await measure(() => api(staff, 'GET', '/billing/overview')),
    };

    const question = { subject: 'Rate limits', body: 'What are the limits of the API?' };
    await api(staff, 'PATCH', '/billing/settings', { gatedFeatures: [] }, 200);
    const ungated = await measure(() => api(tech, 'POST', '/questions', question));
    await api(staff, 'PATCH', '/billing/settings', { gatedFeatures: ['questions.ask'] }, 200);
    const gated = await measure(() => api(tech, 'POST', '/questions', question));
    const gate = { ungated, gated, medianOverheadMs: +(gated.medianMs - ungated.medianMs).toFixed(2) };

    const enforcement = await timed(() => server.tasks.run('billing', 'enforce', { now }));
    const { rows: states } = await knex.raw(`select state, count(*)::int as n from billing_accounts where tenant_id = ? group by state order by state`, [tenant.id]);

    const issuing = await timed(async () => {
      let next = 0;
      const worker = async () => {
        while (next < ISSUED) {
          next++;
          await api(staff, 'POST', '/billing/invoices', { accountId, periodStart: '2026-03-01', periodEnd: '2026-03-31', amount: '149.00', currency: 'EUR', dueDate: today });
        }
      };
      await Promise.all(Array.from({ length: ISSUERS }, worker));
    });
    const { rows: numbers } = await knex.raw(`select number from billing_invoices where tenant_id = ? and number not like 'SEED-%' order by number`, [tenant.id]);
    const sequence = numbers.map((r: { number: string }) => Number(r.number.split('-').at(-1)));
    const gapFree = sequence.length === ISSUED && sequence.every((n: number, i: number) => n === i + 1);
    if (!gapFree) throw new Error(`invoice numbers are not 1..${ISSUED} without gaps: ${sequence.slice(0, 20).join(', ')}…`);

    const results = {
      reads,
      gate,
      enforceTask: { accounts: PARTNERS, ms: +enforcement.ms.toFixed(1), states: Object.fromEntries(states.map((s: { state: string; n: number }) => [s.state, s.n])) },
      concurrentIssuing: { invoices: ISSUED, concurrency: ISSUERS, totalMs: +issuing.ms.toFixed(1), perSecond: Math.round(ISSUED / (issuing.ms / 1000)), gapFree },
    };
    console.log(`\nBilling with ${PARTNERS.toLocaleString('en')} accounts and ${(PARTNERS * INVOICES_PER_PARTNER).toLocaleString('en')} invoices, ${REPEAT} runs each, milliseconds`);
    console.table(reads);
    console.table({ 'POST /questions, ungated': ungated, 'POST /questions, gated (billing in order)': gated });
    console.log(`the gate adds ${gate.medianOverheadMs} ms at the median`);
    console.log(`enforce task over ${PARTNERS} accounts: ${results.enforceTask.ms} ms → ${JSON.stringify(results.enforceTask.states)}`);
    console.log(`${ISSUED} invoices by ${ISSUERS} concurrent issuers: ${results.concurrentIssuing.totalMs} ms (${results.concurrentIssuing.perSecond}/s), numbers gap-free: ${gapFree}`);
    const { rows: version } = await knex.raw('show server_version');
    console.log(`\nwritten to ${writeResults('billing', { postgres: version[0].server_version, partners: PARTNERS, invoicesPerPartner: INVOICES_PER_PARTNER, seedSeconds: +(seeded.ms / 1000).toFixed(1), results })}`);
  } finally {
    await server.close();
    await db.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
