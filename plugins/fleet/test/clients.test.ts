import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type TestTenant } from '@portico/testing';
import { backendOf, dayFrom, expectOk, expectProblem, linkedClient, personOf, plugins, tables, type Caller } from './support.js';

describe('client companies', () => {
  let h: Harness;
  let alpha: TestTenant;
  let admin: Caller;
  let user: Caller;
  let otherPartner: Caller;
  let staff: Caller;
  let owner: Caller;
  let backend: Awaited<ReturnType<typeof backendOf>>;

  beforeAll(async () => {
    h = await startHarness({ plugins, config: { defaultTenant: 'alpha' } });
    alpha = await h.tenant('alpha');
    admin = await personOf(h, alpha, 'partner_admin');
    user = await personOf(h, alpha, 'partner_user');
    otherPartner = await personOf(h, alpha, 'partner_admin', alpha.otherPartnerId);
    staff = await personOf(h, alpha, 'support', null);
    owner = await personOf(h, alpha, 'tenant_admin', null);
    backend = await backendOf(h, alpha);
  });
  afterAll(() => h?.close());

  const names = (page: { items: { name: string }[] }) => page.items.map((c) => c.name);

  describe('registering', () => {
    it('lets a partner admin register its organisation’s clients, audited and announced', async () => {
      const client = expectOk(await admin.post('/fleet/clients', { name: '  Initech   GmbH ', domain: 'https://www.Initech.example/about', country: 'de' }), 201);
      expect(client).toMatchObject({ name: 'Initech GmbH', domain: 'initech.example', country: 'DE', partnerId: alpha.partnerId, source: 'partner', status: 'active', mandate: null, externalId: null, contact: null, facts: {} });
      expect(await tables(h)('audit_events').where({ action: 'fleet.client.registered', targetId: client.id })).toHaveLength(1);
      expect(await tables(h)('outbox_events').where({ type: 'fleet.client.registered' }).whereRaw(`payload->>'clientId' = ?`, [client.id])).toHaveLength(1);
      expectProblem(await admin.post('/fleet/clients', { name: 'initech gmbh' }), 409, '/name');
      expectProblem(await admin.post('/fleet/clients', { name: 'Bad Domain', domain: 'not a domain' }), 400, '/domain');
      expectProblem(await admin.post('/fleet/clients', { name: 'Bad Country', country: 'XX' }), 400, '/country');
      expectProblem(await admin.post('/fleet/clients', { name: 'Elsewhere', partnerId: alpha.otherPartnerId }), 404);
      expectProblem(await user.post('/fleet/clients', { name: 'Not Mine To Add' }), 403);
    });

    it('leaves registration to the feed and staff when the tenant says so', async () => {
      const beta = await h.tenant('beta-closed');
      await h.updateSettings(beta, 'fleet', { partnersMayRegisterClients: false });
      const betaAdmin = await personOf(h, beta, 'partner_admin');
      expectProblem(await betaAdmin.post('/fleet/clients', { name: 'Initech' }), 403);
      const manager = await personOf(h, beta, 'partner_manager', null);
      expectProblem(await manager.post('/fleet/clients', { name: 'Initech' }), 400, '/partnerId');
      expect(expectOk(await manager.post('/fleet/clients', { name: 'Initech', partnerId: beta.partnerId }), 201)).toMatchObject({ source: 'staff', partnerId: beta.partnerId });
    });
  });

  describe('changing', () => {
    it('lets a partner change the clients it registered, not those the tenant’s product feeds', async () => {
      const own = expectOk(await admin.post('/fleet/clients', { name: 'Renamable Ltd' }), 201);
      expect(expectOk(await admin.patch(`/fleet/clients/${own.id}`, { name: 'Renamed Ltd', status: 'archived' }))).toMatchObject({ name: 'Renamed Ltd', status: 'archived' });
      const [fed] = expectOk(await backend.push([{ externalId: 'CHG-1', partner: alpha.partnerId, name: 'Fed Ltd' }])).results;
      expectProblem(await admin.patch(`/fleet/clients/${fed.clientId}`, { name: 'Hijacked' }), 409);
      expectProblem(await admin.patch(`/fleet/clients/${own.id}`, { contact: { email: 'me@partner.example' } }), 403);
      expectProblem(await otherPartner.patch(`/fleet/clients/${own.id}`, { name: 'Not yours' }), 404);
      // Staff may, and set the contact who approves extensions.
      const manager = await personOf(h, alpha, 'partner_manager', null);
      const changed = expectOk(await manager.patch(`/fleet/clients/${fed.clientId}`, { name: 'Fed Limited', contact: { email: 'cfo@fed.example', name: 'Fiona Fed', locale: 'fr' } }));
      expect(changed).toMatchObject({ name: 'Fed Limited', contact: { email: 'cfo@fed.example', name: 'Fiona Fed', locale: 'fr' } });
      const audit = await tables(h)('audit_events').where({ action: 'fleet.client.updated', targetId: fed.clientId });
      expect(audit[0].before).toMatchObject({ name: 'Fed Ltd' });
      expectProblem(await manager.patch(`/fleet/clients/${own.id}`, {}), 400);
    });
  });

  describe('the list', () => {
    let listed: TestTenant;
    let listAdmin: Caller;
    let listStaff: Caller;
    let assignee: string;

    beforeAll(async () => {
      listed = await h.tenant('gamma-list');
      listAdmin = await personOf(h, listed, 'partner_admin');
      listStaff = await personOf(h, listed, 'partner_manager', null);
      const feed = await backendOf(h, listed);
      const healths = ['healthy', 'attention', 'critical', null];
      const records = Array.from({ length: 12 }, (_, i) => ({
        externalId: `L-${String(i).padStart(2, '0')}`,
        partner: listed.partnerId,
        name: `Client ${String.fromCharCode(65 + i)}${i % 3 === 0 ? ' archived' : ''}`,
        domain: `c${i}.example`,
        status: i % 3 === 0 ? 'archived' : 'active',
        health: healths[i % 4],
        ...(i % 2 === 0 ? { mandate: { scope: ['view-financials'], status: i % 4 === 0 ? 'suspended' : 'active' } } : {}),
      }));
      records.push({ externalId: 'L-OTHER', partner: listed.otherPartnerId, name: 'Other partner’s client', domain: 'c0.example', status: 'active', health: 'healthy' });
      expect(expectOk(await feed.push(records)).summary.created).toBe(13);
      // The team plugin's own route assigns a client to a member.
      const member = await personOf(h, listed, 'partner_user');
      assignee = member.personId;
      const clients = expectOk(await listAdmin.get('/fleet/clients?limit=100')).items as { id: string; name: string }[];
      for (const name of ['Client B', 'Client E', 'Client K']) {
        const answer = await listAdmin.post(`/team/clients/${clients.find((c) => c.name === name)!.id}/assignments`, { personId: member.personId });
        expect(answer.status, answer.text).toBe(201);
      }
    });

    it('shows a partner its own clients, by name, in cursor pages', async () => {
      const all = expectOk(await listAdmin.get('/fleet/clients?limit=100'));
      expect(all.items).toHaveLength(12);
      expect(all.items.every((c: { partnerId: string }) => c.partnerId === listed.partnerId)).toBe(true);
      expect(names(all)).toEqual([...names(all)].sort());
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page = expectOk(await listAdmin.get(`/fleet/clients?limit=5${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`));
        seen.push(...names(page));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toEqual(names(all));
      const newest = expectOk(await listAdmin.get('/fleet/clients?sort=-name&limit=3'));
      expect(names(newest)).toEqual(names(all).reverse().slice(0, 3));
    });

    it('filters by status, health, mandate and assignee, and searches', async () => {
      expect(names(expectOk(await listAdmin.get('/fleet/clients?status=archived')))).toEqual(['Client A archived', 'Client D archived', 'Client G archived', 'Client J archived']);
      expect(names(expectOk(await listAdmin.get('/fleet/clients?health=critical')))).toEqual(['Client C', 'Client G archived', 'Client K']);
      expect(names(expectOk(await listAdmin.get('/fleet/clients?health=unknown')))).toEqual(['Client D archived', 'Client H', 'Client L']);
      expect(names(expectOk(await listAdmin.get('/fleet/clients?mandate=suspended')))).toEqual(['Client A archived', 'Client E', 'Client I']);
      expect(names(expectOk(await listAdmin.get('/fleet/clients?mandate=none'))).length).toBe(6);
      const assigned = expectOk(await listAdmin.get(`/fleet/clients?assignee=${assignee}`));
      expect(names(assigned)).toEqual(['Client B', 'Client E', 'Client K']);
      expect(assigned.items[0].assignees).toEqual([{ personId: assignee, name: expect.any(String) }]);
      expect(names(expectOk(await listAdmin.get(`/fleet/clients?assignee=${assignee}&limit=2&health=critical`)))).toEqual(['Client K']);
      expect(names(expectOk(await listAdmin.get('/fleet/clients?q=c7.example')))).toEqual(['Client H']);
      expect(names(expectOk(await listAdmin.get('/fleet/clients?q=L-11')))).toEqual(['Client L']);
      expect(names(expectOk(await listAdmin.get('/fleet/clients?q=100%25')))).toEqual([]);
      expectProblem(await listAdmin.get('/fleet/clients?health=sick'), 400, '/health');
      expectProblem(await listAdmin.get('/fleet/clients?cursor=nonsense'), 400, '/cursor');
    });

    it('shows staff every partner’s clients, and every row of one company', async () => {
      const all = expectOk(await listStaff.get('/fleet/clients?limit=100'));
      expect(all.items).toHaveLength(13);
      expect(all.items.find((c: { name: string }) => c.name === 'Other partner’s client').partnerName).toBe('gamma-list other partner');
      expect(names(expectOk(await listStaff.get(`/fleet/clients?partnerId=${listed.otherPartnerId}`)))).toEqual(['Other partner’s client']);
      expectProblem(await listAdmin.get(`/fleet/clients?partnerId=${listed.otherPartnerId}`), 404);
      expect(names(expectOk(await listStaff.get('/fleet/clients?externalId=L-03')))).toEqual(['Client D archived']);
    });
  });

  describe('the 360 page', () => {
    it('gives profile, facts, contact, mandate, assignees and the deep link; staff see the other partners of the company', async () => {
      await h.updateSettings(alpha, 'fleet', { deepLinkTemplate: 'https://app.example.com/c/{clientExternalId}?from={clientId}', productName: 'Example Cloud' });
      const [a, b] = expectOk(
        await backend.push([
          { externalId: 'ACME/42', partner: alpha.partnerId, name: 'Shared Co', domain: 'shared.example', health: 'attention', facts: { plan: 'Business', seats: 42, trial: false }, contact: { email: 'cfo@shared.example', name: 'Sam Shared' }, mandate: { scope: ['view-financials'], validUntil: dayFrom(90) } },
          { externalId: 'ACME/42', partner: alpha.otherPartnerId, name: 'Shared Co', domain: 'shared.example' },
        ]),
      ).results;
      const detail = expectOk(await admin.get(`/fleet/clients/${a.clientId}`));
      expect(detail).toMatchObject({
        name: 'Shared Co',
        externalId: 'ACME/42',
        source: 'feed',
        health: 'attention',
        facts: { plan: 'Business', seats: 42, trial: false },
        contact: { email: 'cfo@shared.example', name: 'Sam Shared', locale: null },
        mandate: { version: 1, scope: ['view-financials'], validUntil: dayFrom(90), status: 'active' },
        deepLink: { url: `https://app.example.com/c/ACME%2F42?from=${a.clientId}`, productName: 'Example Cloud' },
        fedAt: expect.any(String),
      });
      expect(detail.alsoServedBy).toBeUndefined();
      const seenByStaff = expectOk(await staff.get(`/fleet/clients/${a.clientId}`));
      expect(seenByStaff.alsoServedBy).toEqual([{ clientId: b.clientId, partnerId: alpha.otherPartnerId, partnerName: 'alpha other partner', clientName: 'Shared Co' }]);
      expectProblem(await otherPartner.get(`/fleet/clients/${a.clientId}`), 404);
      expectProblem(await otherPartner.get(`/fleet/clients/${a.clientId}/activity`), 404);
      // No external id, no deep link made of it.
      const own = expectOk(await admin.post('/fleet/clients', { name: 'No Link Ltd' }), 201);
      expect(own.deepLink).toBeNull();
      await h.updateSettings(alpha, 'fleet', { deepLinkTemplate: '' });
    });

    it('refuses a deep link template that is not an https URL with known placeholders', async () => {
      const refused = await owner.patch('/fleet/settings', { deepLinkTemplate: 'http://app.example.com/{clientExternalId}' });
      expectProblem(refused, 400, '/deepLinkTemplate');
      expectProblem(await owner.patch('/fleet/settings', { deepLinkTemplate: 'https://app.example.com/{client}' }), 400, '/deepLinkTemplate');
      expectProblem(await owner.patch('/fleet/settings', { capabilities: [{ key: 'a', label: 'A' }, { key: 'a', label: 'Again' }] }), 400, '/capabilities/1/key');
      expectProblem(await admin.patch('/fleet/settings', { productName: 'Mine' }), 403);
      expect(expectOk(await user.get('/fleet/settings')).capabilities.map((c: { key: string }) => c.key)).toContain('file-returns');
    });

    it('shows the client’s recent activity, newest first, as its partner may see it', async () => {
      const seller = await personOf(h, alpha, 'salesperson');
      const { clientId } = await linkedClient(h, seller);
      expectOk(await admin.patch(`/fleet/clients/${clientId}/mandate`, { version: 1, scope: ['view-financials'], reason: 'Less is more.' }));
      const activity = expectOk(await admin.get(`/fleet/clients/${clientId}/activity`));
      const actions = activity.items.map((e: { action: string }) => e.action);
      // Newest first; the acceptance and the mandate it made were written in one transaction, at one moment.
      expect(actions[0]).toBe('fleet.mandate.reduced');
      expect(actions.slice(1).sort()).toEqual(['fleet.invitation.accepted', 'fleet.mandate.created']);
      expect(activity.items[0]).toMatchObject({ actor: { kind: 'member', name: expect.any(String) }, after: { reason: 'Less is more.' } });
      const paged = expectOk(await admin.get(`/fleet/clients/${clientId}/activity?limit=1`));
      expect(paged.nextCursor).toEqual(expect.any(String));
      // An entry recorded for no partner (staff's own business) stays with staff.
      await tables(h)('audit_events').insert({ tenantId: alpha.id, partnerId: null, actorKind: 'staff:session', action: 'fleet.client.reviewed', targetType: 'client', targetId: clientId });
      expect(expectOk(await admin.get(`/fleet/clients/${clientId}/activity`)).items).toHaveLength(3);
      expect(expectOk(await staff.get(`/fleet/clients/${clientId}/activity`)).items).toHaveLength(4);
    });
  });
});
