/**
 * Items through the HTTP API, as the portal calls it: real people of two partners of one tenant and
 * its staff, each with a signed-in session (cookie and request-verification header).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessPlugin } from '@portico/plugin-access';
import { signedInPerson, startHarness, type ApiAnswer, type Harness, type TestPerson, type TestTenant } from '@portico/testing';
import { __CAMEL__Plugin } from '../src/index.js';
import type { Item, ItemPage } from '../src/schemas.js';

let h: Harness;
let acme: TestTenant;
/** A salesperson of acme's first partner. */
let seller: TestPerson;
/** A salesperson of acme's other partner. */
let rival: TestPerson;
/** acme's tenant administrator. */
let admin: TestPerson;

beforeAll(async () => {
  h = await startHarness({ plugins: [accessPlugin, __CAMEL__Plugin], config: { defaultTenant: 'acme' } });
  acme = await h.tenant('acme');
  seller = await signedInPerson(h, acme.id, { kind: 'member', role: 'salesperson', partnerId: acme.partnerId });
  rival = await signedInPerson(h, acme.id, { kind: 'member', role: 'salesperson', partnerId: acme.otherPartnerId });
  admin = await signedInPerson(h, acme.id, { kind: 'staff', role: 'tenant_admin' });
});
afterAll(() => h?.close());

function call<T = any>(who: TestPerson, method: string, path: string, body?: unknown): Promise<ApiAnswer<T>> {
  return h.api<T>(method, `/api/v1/__PLUGIN_ID__${path}`, { headers: who.headers(), body });
}

async function add(who: TestPerson, body: { title: string; note?: string }): Promise<Item> {
  const answer = await call<Item>(who, 'POST', '/items', body);
  expect(answer.status, answer.text).toBe(201);
  return answer.body;
}

const idsOf = (answer: ApiAnswer<ItemPage>) => answer.body.items.map((item) => item.id);

describe('items', () => {
  it('are added by a salesperson for their organisation, which alone sees them (staff see all)', async () => {
    const item = await add(seller, { title: '  Call Initech back  ', note: 'They asked for a quote by Friday.' });
    expect(item).toMatchObject({ title: 'Call Initech back', note: 'They asked for a quote by Friday.', partnerId: acme.partnerId, createdBy: seller.personId });

    const mine = await call<ItemPage>(seller, 'GET', '/items');
    expect(mine.status, mine.text).toBe(200);
    expect(idsOf(mine)).toContain(item.id);
    expect((await call(seller, 'GET', `/items/${item.id}`)).body).toEqual(item);

    const theirs = await call<ItemPage>(rival, 'GET', '/items');
    expect(theirs.status, theirs.text).toBe(200);
    expect(idsOf(theirs)).not.toContain(item.id);
    const hidden = await call(rival, 'GET', `/items/${item.id}`);
    expect(hidden.status, hidden.text).toBe(404);

    expect(idsOf(await call<ItemPage>(admin, 'GET', '/items'))).toContain(item.id);
  });

  it('are audited and announced in the outbox', async () => {
    const item = await add(seller, { title: 'Send the datasheet' });
    const knex = h.server.database.knex;
    const events = await knex('outbox_events').where({ tenantId: acme.id, type: '__PLUGIN_ID__.item.created' }).whereRaw(`payload->>'itemId' = ?`, [item.id]);
    expect(events).toHaveLength(1);
    expect(events[0].payload).toEqual({ itemId: item.id, partnerId: acme.partnerId });
    const audit = await knex('audit_events').where({ tenantId: acme.id, action: '__PLUGIN_ID__.item.created', targetId: item.id });
    expect(audit).toHaveLength(1);
  });

  it('are added by partners only: staff get 403', async () => {
    const refused = await call(admin, 'POST', '/items', { title: 'A staff note' });
    expect(refused.status, refused.text).toBe(403);
  });

  it('page newest first, with a cursor', async () => {
    const first = await add(seller, { title: 'First' });
    const second = await add(seller, { title: 'Second' });
    const page = await call<ItemPage>(seller, 'GET', '/items?limit=1');
    expect(idsOf(page)).toEqual([second.id]);
    const next = await call<ItemPage>(seller, 'GET', `/items?limit=1&cursor=${encodeURIComponent(page.body.nextCursor!)}`);
    expect(idsOf(next)).toEqual([first.id]);
  });

  it('refuse a title longer than the tenant’s maxTitleLength setting, naming /title', async () => {
    const changed = await call(admin, 'PATCH', '/settings', { maxTitleLength: 10 });
    expect(changed.status, changed.text).toBe(200);
    expect(changed.body).toEqual({ maxTitleLength: 10 });

    const refused = await call(seller, 'POST', '/items', { title: 'Eleven char' });
    expect(refused.status, refused.text).toBe(400);
    expect(refused.body.errors).toContainEqual(expect.objectContaining({ in: 'body', field: '/title' }));
    await add(seller, { title: 'Ten chars!' });

    // A partner's people do not change the settings: only the programme's staff do.
    expect((await call(seller, 'PATCH', '/settings', { maxTitleLength: 500 })).status).toBe(403);
  });
});
