/**
 * The demo's webhooks: Northwind's CRM listening for deals, disabled and without a secret yet (the
 * demo has no receiver of its own: give it your address, rotate its secret to get one, and enable
 * it), with the deliveries it took before it was switched off — one answered at once, one after a
 * retry — so that the deliveries page shows what a working endpoint looks like.
 */
import { randomUUID } from 'node:crypto';
import { envelope } from './deliveries.js';
import { defineSeed } from './types.js';

const DAY = 86_400_000;

export const seedDemo = defineSeed(async ({ db, tenant, log }) => {
  if (await db('webhook_endpoints').where({ tenantId: tenant.id }).first('id')) return;
  const [endpoint] = await db('webhook_endpoints')
    .insert({
      tenantId: tenant.id,
      url: 'https://crm.northwind.example/hooks/portico',
      description: 'Registered deals into the CRM (demo: give it your own address)',
      events: ['deals.deal.decided', 'deals.deal.submitted'],
      enabled: false,
      disabledReason: 'Demo endpoint: give it an address of yours, rotate its secret, then enable it.',
      disabledBy: 'setup',
    })
    .returning('id');
  const now = Date.now();
  const deal = { dealId: randomUUID(), partnerId: randomUUID(), submittedBy: randomUUID() };
  const sent = [
    { type: 'deals.deal.submitted', at: new Date(now - 3 * DAY), data: { ...deal, customerName: 'Contoso Ltd', title: 'Contoso — 250 seats' }, answers: [200] },
    { type: 'deals.deal.decided', at: new Date(now - 2 * DAY), data: { ...deal, status: 'approved', reason: null }, answers: [503, 200] },
  ];
  for (const s of sent) {
    const body = envelope({ type: s.type, occurredAt: s.at.toISOString(), payload: s.data });
    const last = s.answers.at(-1)!;
    const [delivery] = await db('webhook_deliveries')
      .insert({ tenantId: tenant.id, endpointId: endpoint.id, eventId: randomUUID(), eventType: s.type, body, status: 'succeeded', attempts: s.answers.length, responseStatus: last, durationMs: 84, responseBody: '{"ok":true}', createdAt: s.at, updatedAt: s.at })
      .returning('id');
    await db('webhook_attempts').insert(
      s.answers.map((status, i) => ({ tenantId: tenant.id, deliveryId: delivery.id, at: new Date(s.at.getTime() + i * 60_000), responseStatus: status, durationMs: status === 200 ? 84 : 1_203, error: null })),
    );
  }
  log.info({ endpoints: 1, deliveries: sent.length }, 'demo webhooks seeded');
});
