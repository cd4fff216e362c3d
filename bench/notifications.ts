/**
 * Notifications: how many live streams one server holds, and how fast what the plugins' events tell
 * reaches them. Opens BENCH_STREAMS streams (server-sent events) for BENCH_PEOPLE people, then records
 * one event that tells all of them and times until every stream has its notification; then records
 * BENCH_EVENTS events of one person each and times the delivery (centre line + email queued).
 *
 * On the machine's PostgreSQL (PORTICO_BENCH_PG_URL) in a database of its own, dropped at the end.
 *
 *   node --conditions=portico-source --import tsx bench/notifications.ts
 */
import { contribute, defineNotification, definePlugin, notificationKinds, Type, Uuid } from '@portico/core';
import { accessPlugin } from '@portico/plugin-access';
import { createNotificationsPlugin, LiveHub } from '@portico/plugin-notifications';
import { createTestActors } from '@portico/testing';
import { inTenantTransaction } from '../server/src/db/tenant-transaction.js';
import { recordEvent } from '../server/src/events/outbox.js';
import { createTenant } from '../server/src/tenants.js';
import { benchDatabase, startPortico, timed, writeResults } from './support.js';

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 100);
const STREAMS = Number(process.env.BENCH_STREAMS ?? 1_000);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 500);

const events = { 'bench.thing.happened': Type.Object({ partnerId: Uuid, people: Type.Array(Uuid), n: Type.Integer() }) };
const happened = defineNotification(events, 'bench.thing.happened', {
  kind: 'bench.happened',
  label: { en: 'Bench', fr: 'Bench', es: 'Bench' },
  audience: 'everyone',
  defaultChannel: 'both',
  partnerOf: (event) => event.payload.partnerId,
  recipients: async (event) => event.payload.people,
  message: async (event) => ({ title: `Thing ${event.payload.n}`, body: 'Something happened.', link: '/things' }),
});
const benchPlugin = definePlugin({ id: 'bench', version: '0.0.0', events: { emits: events }, contributes: [contribute(notificationKinds, happened)] });

async function main(): Promise<void> {
  const db = await benchDatabase('notifications');
  const actors = createTestActors();
  const hub = new LiveHub();
  const { server, url } = await startPortico({ kind: 'postgres', url: db.url }, db.appRole, [actors.plugin, accessPlugin, benchPlugin, createNotificationsPlugin({ hub })]);
  const controllers: AbortController[] = [];
  try {
    const knex = server.database.knex;
    const tenant = await createTenant(knex, { slug: 'bench', name: 'Bench', domains: ['bench.test'] });
    const { partnerId, people } = await inTenantTransaction(knex, db.appRole, tenant.id, async (trx) => {
      const [partner] = await trx('partners').insert({ tenantId: tenant.id, name: 'Bench partner' }).returning('id');
      const rows = await trx('people').insert(Array.from({ length: PEOPLE }, (_, i) => ({ tenantId: tenant.id, kind: 'member', email: `p${i}@bench.test`, name: `Person ${i}`, status: 'active' }))).returning('id');
      await trx('memberships').insert(rows.map((r: { id: string }) => ({ tenantId: tenant.id, personId: r.id, partnerId: partner.id, role: 'partner_user' })));
      return { partnerId: partner.id as string, people: rows.map((r: { id: string }) => r.id as string) };
    });
    const auth = people.map((personId) => actors.mint({ kind: 'member', tenantId: tenant.id, personId, partnerId, roles: ['partner_user'], permissions: server.registry.permissionsOfRole('partner_user') }));
    const record = (payloads: { people: string[]; n: number }[]) =>
      inTenantTransaction(knex, db.appRole, tenant.id, async (trx) => {
        for (const p of payloads) await recordEvent(trx, server.registry, { tenantId: tenant.id, pluginId: 'bench', actorPersonId: null, requestId: null }, 'bench.thing.happened', { partnerId, ...p });
      });

    // Open the streams; each counts the notifications it receives.
    let received = 0;
    let waiting: { count: number; resolve: () => void } | null = null;
    const rssBefore = process.memoryUsage().rss;
    const opened = await timed(async () => {
      for (let i = 0; i < STREAMS; i++) {
        const controller = new AbortController();
        controllers.push(controller);
        const response = await fetch(`${url}/api/v1/notifications/stream`, { headers: { authorization: auth[i % PEOPLE] }, signal: controller.signal });
        const reader = response.body!.getReader();
        const decoder = new TextDecoder();
        void (async () => {
          try {
            for (;;) {
              const { value, done } = await reader.read();
              if (done) return;
              received += decoder.decode(value).split('event: notification\n').length - 1;
              if (waiting && received >= waiting.count) waiting.resolve();
            }
          } catch {
            // aborted at the end
          }
        })();
      }
      while (hub.connections < STREAMS) await new Promise((resolve) => setTimeout(resolve, 10));
    });
    const rssPerStream = (process.memoryUsage().rss - rssBefore) / STREAMS;
    const until = (count: number) => new Promise<void>((resolve) => (received >= count ? resolve() : (waiting = { count, resolve })));

    await record([{ people, n: 0 }]);
    const fanOut = await timed(async () => {
      await server.events.drain();
      await until(STREAMS);
    });

    await record(Array.from({ length: EVENTS }, (_, n) => ({ people: [people[n % PEOPLE]], n: n + 1 })));
    const delivery = await timed(() => server.events.drain());

    const results = {
      streamsHeld: hub.connections,
      openMs: +opened.ms.toFixed(0),
      rssPerStreamKiB: +(rssPerStream / 1024).toFixed(1),
      fanOut: { people: PEOPLE, streams: STREAMS, msUntilEveryStreamHadIt: +fanOut.ms.toFixed(0) },
      delivery: { events: EVENTS, ms: +delivery.ms.toFixed(0), perSecond: Math.round(EVENTS / (delivery.ms / 1000)) },
    };
    console.log('\nNotifications on PostgreSQL (streams opened by this same process)');
    console.table({
      'streams held by one server': { value: results.streamsHeld },
      'time to open them (ms)': { value: results.openMs },
      'memory per stream, both ends (KiB)': { value: results.rssPerStreamKiB },
      [`one event telling ${PEOPLE} people → all ${STREAMS} streams (ms)`]: { value: results.fanOut.msUntilEveryStreamHadIt },
      [`${EVENTS} events of one recipient each, delivered (per s)`]: { value: results.delivery.perSecond },
    });
    const { rows: version } = await knex.raw('show server_version');
    console.log(`\nwritten to ${writeResults('notifications', { postgres: version[0].server_version, results })}`);
  } finally {
    for (const c of controllers) c.abort();
    await server.close();
    await db.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
