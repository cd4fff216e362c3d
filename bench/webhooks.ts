/**
 * The webhook dispatcher's throughput: events recorded in the outbox, handed to the webhooks plugin by
 * the event dispatcher, queued per endpoint, signed and POSTed to a local receiver that answers 200
 * at once, each attempt recorded. Prints deliveries/s for one endpoint and for several, and the
 * retry task's rate over deliveries that all came due at once.
 *
 * On the machine's PostgreSQL (PORTICO_BENCH_PG_URL, default postgres://postgres@127.0.0.1:5432/postgres)
 * in a database of its own, dropped at the end.
 *
 *   node --conditions=portico-source --import tsx bench/webhooks.ts
 *   BENCH_WEBHOOK_EVENTS (1,000), BENCH_WEBHOOK_ENDPOINTS (4)
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { definePlugin, Type } from '@portico/core';
import { accessPlugin } from '@portico/plugin-access';
import { createWebhooksPlugin } from '@portico/plugin-webhooks';
import { createTestActors } from '@portico/testing';
import { inTenantTransaction } from '../server/src/db/tenant-transaction.js';
import { recordEvent } from '../server/src/events/outbox.js';
import { createTenant } from '../server/src/tenants.js';
import { benchDatabase, startPortico, timed, writeResults } from './support.js';

const EVENTS = Number(process.env.BENCH_WEBHOOK_EVENTS ?? 1_000);
const ENDPOINTS = Number(process.env.BENCH_WEBHOOK_ENDPOINTS ?? 4);

const benchPlugin = definePlugin({ id: 'bench', version: '0.0.0', events: { emits: { 'bench.thing.changed': Type.Object({ n: Type.Integer() }) } } });

async function main(): Promise<void> {
  let received = 0;
  let waiting: { count: number; resolve: () => void } | null = null;
  const receiver = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      received++;
      res.writeHead(200).end();
      if (waiting && received >= waiting.count) waiting.resolve();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
  const until = (count: number) => new Promise<void>((resolve) => (received >= count ? resolve() : (waiting = { count, resolve })));

  const db = await benchDatabase('webhooks');
  const actors = createTestActors();
  const { server, url } = await startPortico({ kind: 'postgres', url: db.url }, db.appRole, [actors.plugin, accessPlugin, benchPlugin, createWebhooksPlugin({ allowPrivateAddresses: true, requireHttps: false })]);
  try {
    const knex = server.database.knex;
    const tenant = await createTenant(knex, { slug: 'bench', name: 'Bench', domains: ['bench.test'] });
    const staff = actors.mint({ kind: 'staff', tenantId: tenant.id, personId: null, partnerId: null, roles: ['tenant_admin'], permissions: server.registry.permissionsOfRole('tenant_admin') });
    const endpoint = async () => {
      const response = await fetch(`${url}/api/v1/webhooks/endpoints`, { method: 'POST', headers: { authorization: staff, 'content-type': 'application/json' }, body: JSON.stringify({ url: receiverUrl, events: ['*'] }) });
      if (response.status !== 201) throw new Error(`endpoint: ${response.status} ${await response.text()}`);
      return (await response.json()).endpoint.id as string;
    };
    const record = (count: number) =>
      inTenantTransaction(knex, db.appRole, tenant.id, async (trx) => {
        for (let n = 0; n < count; n++) await recordEvent(trx, server.registry, { tenantId: tenant.id, pluginId: 'bench', actorPersonId: null, requestId: null }, 'bench.thing.changed', { n });
      });
    /** Records `count` events, then times the dispatcher and the webhooks until the receiver has them all. */
    const run = async (count: number, endpoints: number) => {
      const start = received;
      await record(count);
      const { ms } = await timed(async () => {
        await server.events.drain();
        await until(start + count * endpoints);
      });
      return { events: count, endpoints, deliveries: count * endpoints, ms: +ms.toFixed(0), deliveriesPerSecond: Math.round((count * endpoints) / (ms / 1000)) };
    };

    const ids = [await endpoint()];
    await run(50, 1); // warm
    const one = await run(EVENTS, 1);
    for (let i = 1; i < ENDPOINTS; i++) ids.push(await endpoint());
    const several = await run(EVENTS, ENDPOINTS);

    // Retries: the receiver was away, every delivery came due at once, the task sends them.
    const away = await knex.raw("update webhook_deliveries set status = 'pending', attempts = 1, next_attempt_at = now() - interval '1 minute' where endpoint_id = ? returning id", [ids[0]]);
    const retried = away.rows.length as number;
    const before = received;
    const retry = await timed(() => server.tasks.run('webhooks', 'send', { now: new Date() }));
    const sentByTask = received - before;

    const results = { oneEndpoint: one, severalEndpoints: several, retryTask: { due: retried, sent: sentByTask, ms: +retry.ms.toFixed(0), deliveriesPerSecond: Math.round(sentByTask / (retry.ms / 1000)) } };
    console.log(`\nWebhook deliveries to a local receiver (answers 200 at once), PostgreSQL`);
    console.table({
      [`${EVENTS} events → 1 endpoint`]: one,
      [`${EVENTS} events → ${ENDPOINTS} endpoints`]: several,
    });
    console.log(`retry task: ${sentByTask} of ${retried} due deliveries sent in ${results.retryTask.ms} ms (${results.retryTask.deliveriesPerSecond}/s; at most 200 an endpoint a run)`);
    const { rows: version } = await knex.raw('show server_version');
    console.log(`\nwritten to ${writeResults('webhooks', { postgres: version[0].server_version, results })}`);
  } finally {
    await server.close();
    await db.drop();
    receiver.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
