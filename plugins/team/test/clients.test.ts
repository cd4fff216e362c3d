/**
 * Client companies and assignments, and the escalation boundaries, through the HTTP API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type TestTenant } from '@portico/testing';
import { addMember, as, asTenant, plugins, setPartnerStatus, setSupport, signIn, type Caller } from './support.js';

describe('assigned clients', () => {
  let h: Harness;
  let alpha: TestTenant;
  let beta: TestTenant;
  let admin: Caller;
  let staff: Caller;
  let user: Caller;
  let userId: string;
  let peerId: string;
  let contoso: string;
  let fabrikam: string;
  let foreign: string;

  beforeAll(async () => {
    h = await startHarness({ plugins });
    alpha = await h.tenant('alpha');
    beta = await h.tenant('beta');
    userId = await addMember(h, alpha, { name: 'Uma User' });
    peerId = await addMember(h, alpha, { name: 'Pete Peer' });
    admin = as(h, await signIn(h, alpha, alpha.memberId));
    staff = as(h, await signIn(h, alpha, alpha.staffId));
    user = as(h, await signIn(h, alpha, userId));
    const register = async (body: object) => {
      const answer = await staff.post('/team/clients', body);
      expect(answer.status, answer.text).toBe(201);
      return answer.body.id as string;
    };
    contoso = await register({ name: 'Contoso Retail', domain: 'Contoso.example', country: 'us', partnerId: alpha.partnerId });
    fabrikam = await register({ name: 'Fabrikam', partnerId: alpha.partnerId });
    foreign = await register({ name: 'Elsewhere Ltd', partnerId: alpha.otherPartnerId });
  });
  afterAll(() => h?.close());

  it('lets staff register an organisation’s clients, normalised and audited; partners cannot', async () => {
    const got = await staff.get(`/team/clients/${contoso}`);
    expect(got.body).toMatchObject({ name: 'Contoso Retail', domain: 'contoso.example', country: 'US', status: 'active', partnerId: alpha.partnerId, assignees: [] });
    expect(await h.server.database.knex('audit_events').where({ targetId: contoso, action: 'team.client.registered' })).toHaveLength(1);
    expect((await admin.post('/team/clients', { name: 'Mine' })).status).toBe(403);
    expect((await staff.post('/team/clients', { name: 'No organisation' })).status).toBe(400);
    const twice = await staff.post('/team/clients', { name: 'CONTOSO retail', partnerId: alpha.partnerId });
    expect(twice.status).toBe(409);
    expect(twice.body.type).toMatch(/client-name-taken$/);
  });

  it('lets staff and partner admins assign clients to members; each member sees their own', async () => {
    const byStaff = await staff.post(`/team/clients/${contoso}/assignments`, { personId: userId });
    expect(byStaff.status, byStaff.text).toBe(201);
    const byAdmin = await admin.post(`/team/clients/${fabrikam}/assignments`, { personId: userId });
    expect(byAdmin.status, byAdmin.text).toBe(201);
    expect((await admin.post(`/team/clients/${contoso}/assignments`, { personId: peerId })).status).toBe(201);
    expect((await admin.post(`/team/clients/${contoso}/assignments`, { personId: peerId })).status).toBe(409);

    const mine = await user.get('/team/me/clients');
    expect(mine.status).toBe(200);
    expect(mine.body.items.map((c: any) => c.name).sort()).toEqual(['Contoso Retail', 'Fabrikam']);
    expect((await user.get(`/team/members/${userId}/clients`)).body.items).toHaveLength(2);

    const list = await admin.get('/team/clients');
    expect(list.body.items.map((c: any) => c.name)).toEqual(['Contoso Retail', 'Fabrikam']);
    expect(list.body.items[0].assignees.map((a: any) => a.name)).toEqual(['Pete Peer', 'Uma User']);
    expect((await admin.get(`/team/members/${peerId}/clients`)).body.items.map((c: any) => c.name)).toEqual(['Contoso Retail']);
  });

  it('keeps a partner user read-only, to their own clients', async () => {
    expect((await user.get(`/team/members/${peerId}/clients`)).status).toBe(403);
    expect((await user.get('/team/clients')).status).toBe(403);
    expect((await user.get(`/team/clients/${contoso}`)).status).toBe(403);
    expect((await user.post(`/team/clients/${contoso}/assignments`, { personId: userId })).status).toBe(403);
    expect((await user.delete(`/team/clients/${contoso}/assignments/${userId}`)).status).toBe(403);
  });

  it('answers 404 for a client or member of another organisation or tenant', async () => {
    const outsider = await addMember(h, alpha, { partnerId: alpha.otherPartnerId });
    expect((await admin.get(`/team/clients/${foreign}`)).status).toBe(404);
    expect((await admin.post(`/team/clients/${foreign}/assignments`, { personId: userId })).status).toBe(404);
    expect((await admin.post(`/team/clients/${contoso}/assignments`, { personId: outsider })).status).toBe(404);
    expect((await admin.get(`/team/members/${outsider}/clients`)).status).toBe(404);
    expect((await admin.delete(`/team/clients/${foreign}/assignments/${outsider}`)).status).toBe(404);
    expect((await admin.get('/team/clients')).text).not.toContain(foreign);
    const betaAdmin = as(h, await signIn(h, beta, beta.memberId));
    expect((await betaAdmin.get(`/team/clients/${contoso}`)).status).toBe(404);
    expect((await betaAdmin.get(`/team/members/${userId}/clients`)).status).toBe(404);
    // Staff are told why instead: the person belongs to another organisation.
    const wrong = await staff.post(`/team/clients/${contoso}/assignments`, { personId: outsider });
    expect(wrong.status).toBe(409);
    expect(wrong.body.type).toMatch(/wrong-organisation$/);
    // And the API reference says so, rather than 409 for everyone.
    const reference = await h.api('GET', '/api/v1/openapi.json');
    const described: string = reference.body.paths['/api/v1/team/clients/{id}/assignments'].post.description;
    expect(described).toMatch(/partner admin[^.]*404/i);
    expect(described).toMatch(/staff[^.]*409 `wrong-organisation`/i);
  });

  it('hides a cross-organisation leftover from partners, flags it to staff, who remove it', async () => {
    // A person assigned while in the first organisation later moved to the other one.
    const mover = await addMember(h, alpha, { name: 'Max Mover' });
    expect((await admin.post(`/team/clients/${fabrikam}/assignments`, { personId: mover })).status).toBe(201);
    await asTenant(h, alpha.id, (trx) => trx('memberships').where({ personId: mover }).update({ partnerId: alpha.otherPartnerId }));

    const partnerView = await admin.get(`/team/clients/${fabrikam}`);
    expect(partnerView.body.assignees.map((a: any) => a.name)).not.toContain('Max Mover');
    const staffView = await staff.get(`/team/clients/${fabrikam}`);
    expect(staffView.body.assignees).toContainEqual({ personId: mover, name: 'Max Mover', crossOrganisation: true });
    expect((await admin.delete(`/team/clients/${fabrikam}/assignments/${mover}`)).status).toBe(404);
    expect((await staff.delete(`/team/clients/${fabrikam}/assignments/${mover}`)).status).toBe(204);
    expect((await staff.get(`/team/clients/${fabrikam}`)).body.assignees.map((a: any) => a.name)).not.toContain('Max Mover');
  });

  it('takes a client away, and drops a removed member’s assignments', async () => {
    expect((await admin.delete(`/team/clients/${contoso}/assignments/${peerId}`)).status).toBe(204);
    expect((await admin.get(`/team/members/${peerId}/clients`)).body.items).toEqual([]);
    const leaving = await addMember(h, alpha);
    await admin.post(`/team/clients/${contoso}/assignments`, { personId: leaving });
    expect((await admin.delete(`/team/members/${leaving}`)).status).toBe(204);
    expect(await h.server.database.knex('team_client_assignments').where({ personId: leaving })).toEqual([]);
  });

  it('archives a client (staff); an archived client is not assigned again', async () => {
    const archived = await staff.patch(`/team/clients/${fabrikam}`, { status: 'archived' });
    expect(archived.status, archived.text).toBe(200);
    expect(archived.body.status).toBe('archived');
    const refused = await admin.post(`/team/clients/${fabrikam}/assignments`, { personId: peerId });
    expect(refused.status).toBe(409);
    expect((await staff.patch(`/team/clients/${fabrikam}`, {})).status).toBe(400);
    expect((await admin.patch(`/team/clients/${fabrikam}`, { status: 'active' })).status).toBe(403);
  });

  it('stops a suspended organisation assigning, while it still sees its clients', async () => {
    const t = await h.tenant('gamma');
    const gammaAdmin = as(h, await signIn(h, t, t.memberId));
    const gammaStaff = as(h, await signIn(h, t, t.staffId));
    const client = (await gammaStaff.post('/team/clients', { name: 'Gamma Client', partnerId: t.partnerId })).body.id;
    await setPartnerStatus(h, t, t.partnerId, 'suspended');
    expect((await gammaAdmin.get('/team/clients')).status).toBe(200);
    const refused = await gammaAdmin.post(`/team/clients/${client}/assignments`, { personId: t.memberId });
    expect(refused.status).toBe(409);
    expect(refused.body.title).toBe('Your organisation is suspended');
  });
});

describe('escalation boundaries', () => {
  let h: Harness;
  let alpha: TestTenant;

  beforeAll(async () => {
    h = await startHarness({ plugins });
    alpha = await h.tenant('alpha');
  });
  afterAll(() => h?.close());

  it('lists what only support can do, with the tenant’s contact and the staff tool for each, to any member', async () => {
    await setSupport(h, alpha, { supportEmail: 'partners@alpha.test', supportUrl: 'https://alpha.test/help' });
    const user = as(h, await signIn(h, alpha, await addMember(h, alpha)));
    const answer = await user.get('/team/escalations');
    expect(answer.status).toBe(200);
    expect(answer.body.support).toEqual({ email: 'partners@alpha.test', url: 'https://alpha.test/help' });
    expect(answer.body.boundaries.map((b: any) => b.key)).toEqual([
      'last-partner-admin',
      'organisation-inactive',
      'cross-organisation-assignment',
      'restore-removed-member',
      'other-organisations-audit',
    ]);
    for (const boundary of answer.body.boundaries) expect(boundary.staffTools.length).toBeGreaterThan(0);
    expect(answer.body.boundaries[1].staffTools[0]).toMatchObject({ method: 'PATCH', path: '/api/v1/access/partners/{id}' });
  });

  it('answers without a contact when the tenant set none', async () => {
    const t = await h.tenant('quiet');
    const admin = as(h, await signIn(h, t, t.memberId));
    expect((await admin.get('/team/escalations')).body.support).toEqual({ email: null, url: null });
    expect((await h.api('GET', '/api/v1/team/escalations')).status).toBe(401);
  });

  it('lets staff restore a removed member, with their former role, through a new invitation', async () => {
    const admin = as(h, await signIn(h, alpha, alpha.memberId));
    const staff = as(h, await signIn(h, alpha, alpha.staffId));
    const id = await addMember(h, alpha, { role: 'partner_admin', email: 'back@alpha.test', name: 'Bea Back' });
    expect((await admin.delete(`/team/members/${id}`)).status).toBe(204);
    // A partner admin may only invite them back as a partner user; staff restore the admin role.
    expect((await admin.post('/team/invitations', { email: 'back@alpha.test', name: 'Bea Back', role: 'partner_admin' })).status).toBe(403);
    const restored = await staff.post('/team/invitations', { email: 'back@alpha.test', name: 'Bea Back', role: 'partner_admin', partnerId: alpha.partnerId });
    expect(restored.status, restored.text).toBe(201);
    expect(restored.body).toMatchObject({ id, role: 'partner_admin' });
  });
});
