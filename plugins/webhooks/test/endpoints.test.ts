import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness, TestTenant } from '@portico/testing';
import { isBlockedAddress } from '../src/address-guard.js';
import { postDelivery } from '../src/sender.js';
import { call, expectProblem, startReceiver, startWebhooksHarness } from './support.js';

describe('webhook endpoints', () => {
  let h: Harness;
  let alpha: TestTenant;
  let beta: TestTenant;
  let staff: string;

  beforeAll(async () => {
    // As in production: https only, never a private address.
    h = await startWebhooksHarness({ allowPrivateAddresses: false, requireHttps: true });
    alpha = await h.tenant('alpha');
    beta = await h.tenant('beta');
    staff = h.staff(alpha, h.allPermissions());
  });
  afterAll(() => h?.close());

  const create = (body: Record<string, unknown>) => h.api('POST', '/api/v1/webhooks/endpoints', { auth: staff, body });
  // A public address literal: nothing is resolved, and nothing is sent in these tests.
  const PUBLIC = 'https://93.184.215.14/hooks';

  it('registers, lists, changes, disables, enables and deletes an endpoint, never showing its secret again, each audited', async () => {
    const made = await call(h, staff, 'POST', '/webhooks/endpoints', { url: PUBLIC, events: ['probe.thing.changed', 'probe.other.happened'], description: ' CRM ' }, 201);
    expect(made.secret).toMatch(/^whsec_/);
    expect(made.endpoint).toMatchObject({ url: PUBLIC, description: 'CRM', events: ['probe.other.happened', 'probe.thing.changed'], enabled: true, hasSecret: true, pending: 0, lastDelivery: null });
    const id = made.endpoint.id;
    const listed = await call(h, staff, 'GET', '/webhooks/endpoints', undefined, 200);
    expect(listed.items.map((e: { id: string }) => e.id)).toContain(id);
    expect(JSON.stringify(listed)).not.toContain(made.secret.slice(6, 20));
    expect(JSON.stringify(await call(h, staff, 'GET', `/webhooks/endpoints/${id}`, undefined, 200))).not.toContain('whsec_');

    // `*` says everything: the others are dropped.
    expect((await call(h, staff, 'PATCH', `/webhooks/endpoints/${id}`, { events: ['probe.thing.changed', '*'] }, 200)).events).toEqual(['*']);
    expect(await call(h, staff, 'PATCH', `/webhooks/endpoints/${id}`, { enabled: false }, 200)).toMatchObject({ enabled: false, disabledReason: expect.any(String) });
    expect(await call(h, staff, 'PATCH', `/webhooks/endpoints/${id}`, { enabled: true }, 200)).toMatchObject({ enabled: true, disabledReason: null });
    await call(h, staff, 'DELETE', `/webhooks/endpoints/${id}`, undefined, 204);
    expectProblem(await h.api('GET', `/api/v1/webhooks/endpoints/${id}`, { auth: staff }), 404);

    const actions = await h.server.database.knex('audit_events').where({ targetId: id }).orderBy('created_at').pluck('action');
    expect(actions.sort()).toEqual(['webhooks.endpoint.created', 'webhooks.endpoint.deleted', 'webhooks.endpoint.disabled', 'webhooks.endpoint.enabled', 'webhooks.endpoint.updated'].sort());
    const audited = await h.server.database.knex('audit_events').where({ targetId: id }).select('before', 'after');
    expect(JSON.stringify(audited)).not.toContain('whsec_');
  });

  it('refuses an event no plugin declares, naming it', async () => {
    expectProblem(await create({ url: PUBLIC, events: ['probe.thing.changed', 'deals.deal.teleported'] }), 400, '/events/1');
    expectProblem(await create({ url: PUBLIC, events: [] }), 400, '/events');
  });

  it('refuses plain http, credentials in the URL, and every private, loopback or link-local address (SSRF)', async () => {
    for (const url of [
      'http://93.184.215.14/hooks',
      'https://user:secret@93.184.215.14/hooks',
      'https://127.0.0.1/hooks',
      'https://localhost:8443/hooks',
      'https://[::1]/hooks',
      'https://[::ffff:127.0.0.1]/hooks',
      'https://169.254.169.254/latest/meta-data',
      'https://10.1.2.3/hooks',
      'https://172.16.0.1/hooks',
      'https://192.168.1.10/hooks',
      'https://100.64.0.1/hooks',
      'https://0.0.0.0/hooks',
      'https://[fd00::1]/hooks',
      'https://[fe80::1]/hooks',
      'not a url',
      'ftp://93.184.215.14/hooks',
    ]) {
      expectProblem(await create({ url, events: ['*'] }), 400, '/url');
    }
    expect(await h.server.database.knex('webhook_endpoints').where({ tenantId: alpha.id }).whereRaw("url not like 'https://93.%'")).toEqual([]);
  });

  it('never connects to a blocked address when sending, even one saved before the rules or reached by a name', async () => {
    const receiver = await startReceiver();
    try {
      const policy = { allowPrivateAddresses: false, requireHttps: false, timeoutMs: 2_000 };
      const literal = await postDelivery(receiver.url, '{}', {}, policy);
      expect(literal).toMatchObject({ ok: false, responseStatus: null, error: expect.stringContaining('private, loopback or link-local') });
      const byName = await postDelivery(receiver.url.replace('127.0.0.1', 'localhost'), '{}', {}, policy);
      expect(byName).toMatchObject({ ok: false, responseStatus: null, error: expect.stringContaining('resolves to a private') });
      expect(receiver.received).toHaveLength(0);
      // With the development setting, the same address is reached.
      expect(await postDelivery(receiver.url, '{}', {}, { ...policy, allowPrivateAddresses: true })).toMatchObject({ ok: true, responseStatus: 200 });
    } finally {
      await receiver.close();
    }
    for (const address of ['127.0.0.1', '10.0.0.1', '169.254.169.254', '::1', 'fe80::1', '::ffff:10.0.0.1', '100.64.1.1']) expect(isBlockedAddress(address), address).toBe(true);
    for (const address of ['93.184.215.14', '2606:4700::1111', '8.8.8.8']) expect(isBlockedAddress(address), address).toBe(false);
  });

  it('keeps each tenant’s endpoints to itself: another tenant’s id is not found', async () => {
    const made = await call(h, staff, 'POST', '/webhooks/endpoints', { url: PUBLIC, events: ['*'] }, 201);
    const betaStaff = h.staff(beta, h.allPermissions());
    for (const [method, path, body] of [
      ['GET', `/webhooks/endpoints/${made.endpoint.id}`],
      ['PATCH', `/webhooks/endpoints/${made.endpoint.id}`, { enabled: false }],
      ['DELETE', `/webhooks/endpoints/${made.endpoint.id}`],
      ['POST', `/webhooks/endpoints/${made.endpoint.id}/rotate-secret`, {}],
      ['GET', `/webhooks/endpoints/${made.endpoint.id}/deliveries`],
    ] as const) {
      expectProblem(await h.api(method, `/api/v1${path}`, { auth: betaStaff, ...(body ? { body } : {}) }), 404);
    }
    expect((await call(h, betaStaff, 'GET', '/webhooks/endpoints', undefined, 200)).items).toEqual([]);
    expect((await call(h, staff, 'GET', `/webhooks/endpoints/${made.endpoint.id}`, undefined, 200)).enabled).toBe(true);
  });

  it('is for staff: a partner’s person is refused, and reading does not let one change', async () => {
    const member = h.member(alpha, h.allPermissions());
    expectProblem(await h.api('GET', '/api/v1/webhooks/endpoints', { auth: member }), 403);
    const reader = h.staff(alpha, ['webhooks.read']);
    expect((await h.api('GET', '/api/v1/webhooks/endpoints', { auth: reader })).status).toBe(200);
    expectProblem(await h.api('POST', '/api/v1/webhooks/endpoints', { auth: reader, body: { url: PUBLIC, events: ['*'] } }), 403);
  });

  it('lists the event catalogue with each event’s schema, and the OpenAPI document describes them as webhooks', async () => {
    const catalogue = await call(h, staff, 'GET', '/webhooks/events', undefined, 200);
    const probe = catalogue.items.find((e: { type: string }) => e.type === 'probe.thing.changed');
    expect(probe).toMatchObject({ pluginId: 'probe', schema: { type: 'object', properties: { thingId: { format: 'uuid' }, n: { type: 'integer' } } } });
    expect(catalogue.items.map((e: { type: string }) => e.type)).toContain('webhooks.endpoint.disabled');
    const openapi = (await h.api('GET', '/api/v1/openapi.json')).body;
    const hook = openapi.webhooks['probe.thing.changed'].post;
    expect(hook.requestBody.content['application/json'].schema).toMatchObject({ required: ['type', 'timestamp', 'data'], properties: { type: { const: 'probe.thing.changed' }, data: { properties: { thingId: { format: 'uuid' } } } } });
    expect(hook.parameters.map((p: { name: string }) => p.name)).toEqual(['webhook-id', 'webhook-timestamp', 'webhook-signature']);
    expect(Object.keys(openapi.webhooks).sort()).toEqual(catalogue.items.map((e: { type: string }) => e.type).sort());
  });

  it('seeds the demo: a disabled endpoint without a secret and its past deliveries; enabling it asks for a secret first', async () => {
    const demo = await h.tenant('demo-hooks');
    await h.seedPlugins(demo, ['webhooks']);
    const demoStaff = h.staff(demo, h.allPermissions());
    const [endpoint] = (await call(h, demoStaff, 'GET', '/webhooks/endpoints', undefined, 200)).items;
    expect(endpoint).toMatchObject({ enabled: false, hasSecret: false, lastDelivery: { status: 'succeeded', responseStatus: 200 } });
    const deliveries = (await call(h, demoStaff, 'GET', `/webhooks/endpoints/${endpoint.id}/deliveries`, undefined, 200)).items;
    expect(deliveries.map((d: { eventType: string }) => d.eventType)).toEqual(['deals.deal.decided', 'deals.deal.submitted']);
    expect((await call(h, demoStaff, 'GET', `/webhooks/deliveries/${deliveries[0].id}`, undefined, 200)).history.map((a: { responseStatus: number }) => a.responseStatus)).toEqual([503, 200]);
    expectProblem(await h.api('PATCH', `/api/v1/webhooks/endpoints/${endpoint.id}`, { auth: demoStaff, body: { enabled: true } }), 409);
    // Seeding again adds nothing.
    await h.seedPlugins(demo, ['webhooks']);
    expect((await call(h, demoStaff, 'GET', '/webhooks/endpoints', undefined, 200)).items).toHaveLength(1);
  });
});
