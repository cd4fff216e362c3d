/**
 * Partner organisations, managed by the tenant's staff through real sessions: create, list (search,
 * status, cursor), read, change; audited; never reached by partner members nor across tenants.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type TestTenant } from '@portico/testing';
import { accessPlugin } from '../src/index.js';
import { P } from '../src/permissions.js';
import { signedInPerson, type TestPerson } from '@portico/testing';

let h: Harness;
let alpha: TestTenant;
let beta: TestTenant;
let manager: TestPerson;
let support: TestPerson;
let betaManager: TestPerson;

beforeAll(async () => {
  h = await startHarness({ plugins: [accessPlugin] });
  alpha = await h.tenant('alpha');
  beta = await h.tenant('beta');
  manager = await signedInPerson(h, alpha.id, { kind: 'staff', role: 'partner_manager' });
  support = await signedInPerson(h, alpha.id, { kind: 'staff', role: 'support' });
  betaManager = await signedInPerson(h, beta.id, { kind: 'staff', role: 'partner_manager' });
});
afterAll(() => h?.close());

const as = (who: TestPerson) => ({ headers: who.headers() });

async function create(body: Record<string, unknown>, who = manager) {
  const answer = await h.api('POST', '/api/v1/access/partners', { ...as(who), body });
  expect(answer.status, answer.text).toBe(201);
  return answer.body as { id: string; name: string; status: string; tier: string | null; country: string | null; memberCount: number };
}

describe('partner organisations', () => {
  it('are created active by a partner manager, audited and announced', async () => {
    const made = await create({ name: '  Acme   Resellers ', tier: 'Gold', country: 'FR' });
    expect(made).toMatchObject({ name: 'Acme Resellers', tier: 'Gold', country: 'FR', status: 'active', memberCount: 0 });
    const audit = await h.server.database.knex('audit_events').where({ action: 'access.partner.created', targetId: made.id }).first();
    expect(audit).toMatchObject({ tenantId: alpha.id, actorPersonId: manager.personId, partnerId: made.id, after: expect.objectContaining({ name: 'Acme Resellers' }) });
    const event = await h.server.database.knex('outbox_events').where({ type: 'access.partner.created' }).whereRaw(`payload->>'partnerId' = ?`, [made.id]).first();
    expect(event).toBeDefined();

    const read = await h.api('GET', `/api/v1/access/partners/${made.id}`, as(support));
    expect(read.status).toBe(200);
    expect(read.body).toEqual(made);
  });

  it('refuse a name already taken in the tenant (any case), a bad country, a blank name', async () => {
    await create({ name: 'Globex' });
    const taken = await h.api('POST', '/api/v1/access/partners', { ...as(manager), body: { name: 'GLOBEX' } });
    expect(taken.status).toBe(409);
    expect(taken.body.errors).toEqual([expect.objectContaining({ field: '/name' })]);
    // Another tenant may use the name.
    await create({ name: 'Globex' }, betaManager);

    const country = await h.api('POST', '/api/v1/access/partners', { ...as(manager), body: { name: 'Initech', country: 'France' } });
    expect(country.status).toBe(400);
    expect(country.body.errors).toContainEqual(expect.objectContaining({ field: '/country' }));
    const blank = await h.api('POST', '/api/v1/access/partners', { ...as(manager), body: { name: '   ' } });
    expect(blank.status).toBe(400);
    expect(blank.body.errors).toContainEqual(expect.objectContaining({ field: '/name' }));
  });

  it('change name, tier, country and status, auditing before and after; suspended ones take no invitations', async () => {
    const made = await create({ name: 'Umbrella', tier: 'Silver' });
    const changed = await h.api('PATCH', `/api/v1/access/partners/${made.id}`, { ...as(manager), body: { name: 'Umbrella Corp', tier: null, country: 'DE', status: 'suspended' } });
    expect(changed.status, changed.text).toBe(200);
    expect(changed.body).toMatchObject({ name: 'Umbrella Corp', tier: null, country: 'DE', status: 'suspended' });
    const audit = await h.server.database.knex('audit_events').where({ action: 'access.partner.updated', targetId: made.id }).first();
    expect(audit.before).toMatchObject({ name: 'Umbrella', tier: 'Silver', status: 'active' });
    expect(audit.after).toMatchObject({ name: 'Umbrella Corp', tier: null, status: 'suspended' });
    expect(await h.server.database.knex('outbox_events').where({ type: 'access.partner.status-changed' }).whereRaw(`payload->>'partnerId' = ?`, [made.id]).first()).toMatchObject({
      payload: { from: 'active', to: 'suspended' },
    });

    const invite = await h.api('POST', '/api/v1/access/people', { ...as(manager), body: { email: 'new@umbrella.test', name: 'New', role: 'partner_user', partnerId: made.id } });
    expect(invite.status).toBe(409);
    expect(invite.body.type).toMatch(/organisation-inactive/);

    const renameToTaken = await h.api('PATCH', `/api/v1/access/partners/${made.id}`, { ...as(manager), body: { name: 'acme resellers' } });
    expect(renameToTaken.status).toBe(409);
    const badStatus = await h.api('PATCH', `/api/v1/access/partners/${made.id}`, { ...as(manager), body: { status: 'deleted' } });
    expect(badStatus.status).toBe(400);
  });

  it('list by name with search and status, leave archived ones out by default, and page by cursor', async () => {
    const prefix = `Paging ${Date.now()}`;
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await create({ name: `${prefix} ${i}` })).id);
    await h.api('PATCH', `/api/v1/access/partners/${ids[4]}`, { ...as(manager), body: { status: 'archived' } });

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `q=${encodeURIComponent(prefix.toLowerCase())}&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const page = await h.api('GET', `/api/v1/access/partners?${query}`, as(support));
      expect(page.status, page.text).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((p: { id: string }) => p.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(ids.slice(0, 4));

    const archived = await h.api('GET', `/api/v1/access/partners?status=archived&q=${encodeURIComponent(prefix)}`, as(support));
    expect(archived.body.items.map((p: { id: string }) => p.id)).toEqual([ids[4]]);
    const wildcard = await h.api('GET', '/api/v1/access/partners?q=%25', as(support));
    expect(wildcard.body.items).toEqual([]);
  });

  it('count their invited and active people', async () => {
    const list = await h.api('GET', `/api/v1/access/partners/${alpha.partnerId}`, as(support));
    expect(list.body.memberCount).toBe(1);
  });

  it('are only read by support, and never reached by partner members, whatever their groups hold', async () => {
    expect((await h.api('POST', '/api/v1/access/partners', { ...as(support), body: { name: 'Nope' } })).status).toBe(403);
    const admin = await signedInPerson(h, alpha.id, { kind: 'member', role: 'partner_admin', partnerId: alpha.partnerId, permissions: [P.partnersRead, P.partnersManage] });
    expect((await h.api('GET', '/api/v1/access/partners', as(admin))).status).toBe(403);
    expect((await h.api('GET', `/api/v1/access/partners/${alpha.partnerId}`, as(admin))).status).toBe(403);
    expect((await h.api('PATCH', `/api/v1/access/partners/${alpha.partnerId}`, { ...as(admin), body: { status: 'active' } })).status).toBe(403);
    const plain = await signedInPerson(h, alpha.id, { kind: 'member', role: 'partner_admin', partnerId: alpha.partnerId });
    expect((await h.api('GET', '/api/v1/access/partners', as(plain))).status).toBe(403);
  });

  it('of another tenant do not exist (404) and are never listed', async () => {
    const list = await h.api('GET', '/api/v1/access/partners?limit=100', as(betaManager));
    expect(list.text).not.toContain(alpha.partnerId);
    expect((await h.api('GET', `/api/v1/access/partners/${alpha.partnerId}`, as(betaManager))).status).toBe(404);
    const patch = await h.api('PATCH', `/api/v1/access/partners/${alpha.partnerId}`, { ...as(betaManager), body: { status: 'archived' } });
    expect(patch.status).toBe(404);
    const row = await h.server.database.knex('partners').where({ id: alpha.partnerId }).first('status');
    expect(row.status).toBe('active');
  });
});
