/**
 * Managing the team through the HTTP API with real cookie sessions: invitations, role changes and
 * removal, and every rule the server enforces on them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type TestTenant } from '@portico/testing';
import { addMember, as, plugins, roleOf, setPartnerStatus, setSupport, signIn, type Caller } from './support.js';

describe('team management', () => {
  let h: Harness;
  let alpha: TestTenant;
  let beta: TestTenant;
  let admin: Caller;
  let staff: Caller;
  const knex = () => h.server.database.knex;

  beforeAll(async () => {
    h = await startHarness({ plugins, config: { defaultTenant: 'alpha' } });
    alpha = await h.tenant('alpha');
    beta = await h.tenant('beta');
    await setSupport(h, alpha, { supportEmail: 'partners@alpha.test', supportUrl: 'https://alpha.test/support' });
    admin = as(h, await signIn(h, alpha, alpha.memberId)); // the harness's partner_admin of the first partner
    staff = as(h, await signIn(h, alpha, alpha.staffId));
  });
  afterAll(() => h?.close());

  const auditOf = (targetId: string, action: string) => knex()('audit_events').where({ targetId, action });
  const inviteLinkTo = async (email: string): Promise<string> => {
    const mail = await knex()('outbound_mail').where({ toAddress: email }).orderBy('created_at', 'desc').first();
    return /token=([^\s&]+)/.exec(mail.textBody)![1];
  };

  describe('invitations', () => {
    it('lets a partner admin invite a partner user, listed as pending and audited', async () => {
      const sent = await admin.post('/team/invitations', { email: 'Nora@Example.com', name: 'Nora New', locale: 'fr' });
      expect(sent.status, sent.text).toBe(201);
      expect(sent.body).toMatchObject({ email: 'nora@example.com', name: 'Nora New', role: 'partner_user', partnerId: alpha.partnerId, linkExpiresAt: expect.any(String) });
      const pending = await admin.get('/team/invitations');
      expect(pending.body.items.map((i: any) => i.email)).toContain('nora@example.com');
      expect(await auditOf(sent.body.id, 'team.invitation.sent')).toHaveLength(1);
      expect(await inviteLinkTo('nora@example.com')).toMatch(/^pl_/);
    });

    it('refuses, on the server, a partner admin inviting a partner_admin (or any other role)', async () => {
      for (const role of ['partner_admin', 'salesperson']) {
        const answer = await admin.post('/team/invitations', { email: `boss.${role}@example.com`, name: 'Boss', role });
        expect(answer.status).toBe(403);
        expect(answer.body.detail).toMatch(/partner users only/);
      }
      expect(await knex()('people').where({ email: 'boss.partner_admin@example.com' }).first()).toBeUndefined();
    });

    it('lets staff invite an administrator into a named organisation', async () => {
      const missing = await staff.post('/team/invitations', { email: 'chief@example.com', name: 'Chief' });
      expect(missing.status).toBe(400);
      expect(missing.body.errors[0].field).toBe('/partnerId');
      const sent = await staff.post('/team/invitations', { email: 'chief@example.com', name: 'Chief', role: 'partner_admin', partnerId: alpha.otherPartnerId });
      expect(sent.status, sent.text).toBe(201);
      expect(sent.body).toMatchObject({ role: 'partner_admin', partnerId: alpha.otherPartnerId });
      // Not in the first organisation's list.
      expect((await admin.get('/team/invitations')).body.items.map((i: any) => i.email)).not.toContain('chief@example.com');
    });

    it('revokes a pending invitation: the invite link stops working at once', async () => {
      const sent = await admin.post('/team/invitations', { email: 'gone@example.com', name: 'Soon Gone' });
      const token = await inviteLinkTo('gone@example.com');
      const page = `/sign-in/link?token=${encodeURIComponent(token)}`;
      expect((await h.api('GET', page)).text).toContain('Confirm sign-in');
      const revoked = await admin.delete(`/team/invitations/${sent.body.id}`);
      expect(revoked.status, revoked.text).toBe(204);
      expect((await admin.get('/team/invitations')).body.items.map((i: any) => i.id)).not.toContain(sent.body.id);
      const used = await h.api('POST', '/sign-in/link', { form: { token } });
      expect(used.status).toBe(410);
      expect((await h.api('GET', page)).text).toContain('Link expired');
      expect(await auditOf(sent.body.id, 'team.invitation.revoked')).toHaveLength(1);
      expect((await admin.delete(`/team/invitations/${sent.body.id}`)).status).toBe(404);
    });

    it('answers 404 for an invitation of another organisation or a member who is no invitation', async () => {
      const elsewhere = await staff.post('/team/invitations', { email: 'elsewhere@example.com', name: 'Else', partnerId: alpha.otherPartnerId });
      expect((await admin.delete(`/team/invitations/${elsewhere.body.id}`)).status).toBe(404);
      const active = await addMember(h, alpha);
      expect((await admin.delete(`/team/invitations/${active}`)).status).toBe(404);
      const betaAdmin = as(h, await signIn(h, beta, beta.memberId));
      const mine = await admin.post('/team/invitations', { email: 'mine@example.com', name: 'Mine' });
      expect((await betaAdmin.delete(`/team/invitations/${mine.body.id}`)).status).toBe(404);
    });

    it('refuses a partner user every invitation action, and hides pending invitations', async () => {
      const user = as(h, await signIn(h, alpha, await addMember(h, alpha, { role: 'partner_user' })));
      expect((await user.get('/team/invitations')).status).toBe(403);
      expect((await user.post('/team/invitations', { email: 'x@example.com', name: 'X' })).status).toBe(403);
      const pending = (await admin.get('/team/invitations')).body.items[0];
      expect((await user.delete(`/team/invitations/${pending.id}`)).status).toBe(403);
    });
  });

  describe('role changes and removal', () => {
    it('lets a partner admin change another member between partner_user and partner_admin, audited', async () => {
      const id = await addMember(h, alpha, { name: 'Pat Promoted' });
      const up = await admin.patch(`/team/members/${id}`, { role: 'partner_admin' });
      expect(up.status, up.text).toBe(200);
      expect(up.body).toMatchObject({ id, role: 'partner_admin' });
      expect(up.body).not.toHaveProperty('mfa');
      const down = await admin.patch(`/team/members/${id}`, { role: 'partner_user' });
      expect(down.body.role).toBe('partner_user');
      const events = await auditOf(id, 'team.member.role-changed').orderBy('created_at');
      expect(events.map((e) => [e.before.role, e.after.role])).toEqual([
        ['partner_user', 'partner_admin'],
        ['partner_admin', 'partner_user'],
      ]);
      // The member hears of it, in their language.
      await h.server.events.drain();
      const mail = await knex()('outbound_mail').where({ kind: 'team.role-changed' }).orderBy('created_at', 'desc').first();
      expect(mail.textBody).toContain('user');
    });

    it('refuses other roles to partner admins, but lets staff set any partner role', async () => {
      const id = await addMember(h, alpha);
      expect((await admin.patch(`/team/members/${id}`, { role: 'salesperson' })).status).toBe(403);
      expect((await admin.patch(`/team/members/${id}`, { role: 'tenant_admin' })).status).toBe(400);
      const set = await staff.patch(`/team/members/${id}`, { role: 'salesperson' });
      expect(set.status, set.text).toBe(200);
      expect(await roleOf(h, alpha, id)).toBe('salesperson');
      expect((await admin.patch(`/team/members/${id}`, { role: 'partner_admin' })).status).toBe(403);
    });

    it('refuses a self role-change and a self-removal', async () => {
      const self = await admin.patch(`/team/members/${alpha.memberId}`, { role: 'partner_user' });
      expect(self.status).toBe(409);
      expect(self.body.type).toBe('https://portico.dev/problems/not-yourself');
      expect((await admin.delete(`/team/members/${alpha.memberId}`)).status).toBe(409);
      expect(await roleOf(h, alpha, alpha.memberId)).toBe('partner_admin');
    });

    it('keeps the last partner admin: staff can demote or remove neither, and the answer points to support', async () => {
      // The second organisation: one admin, one user.
      const lastAdmin = await addMember(h, alpha, { role: 'partner_admin', partnerId: alpha.otherPartnerId });
      const colleague = await addMember(h, alpha, { role: 'partner_user', partnerId: alpha.otherPartnerId });
      for (const answer of [await staff.patch(`/team/members/${lastAdmin}`, { role: 'partner_user' }), await staff.delete(`/team/members/${lastAdmin}`)]) {
        expect(answer.status).toBe(409);
        expect(answer.body.type).toBe('https://portico.dev/problems/escalation/last-partner-admin');
        expect(answer.body.escalation).toEqual({
          boundary: 'last-partner-admin',
          support: { email: 'partners@alpha.test', url: 'https://alpha.test/support' },
          boundaries: '/api/v1/team/escalations',
        });
      }
      expect(await roleOf(h, alpha, lastAdmin)).toBe('partner_admin');
      // Recovery: staff promote the colleague, then the former last admin may go.
      expect((await staff.patch(`/team/members/${colleague}`, { role: 'partner_admin' })).status).toBe(200);
      expect((await staff.patch(`/team/members/${lastAdmin}`, { role: 'partner_user' })).status).toBe(200);
    });

    it('does not count a deactivated or invited admin as the one who stays', async () => {
      const t = await h.tenant('gamma');
      const gammaAdmin = as(h, await signIn(h, t, t.memberId));
      await addMember(h, t, { role: 'partner_admin', status: 'deactivated' });
      await addMember(h, t, { role: 'partner_admin', status: 'invited' });
      const other = await addMember(h, t, { role: 'partner_admin' });
      const answer = await gammaAdmin.delete(`/team/members/${other}`);
      expect(answer.status).toBe(204);
      const staffGamma = as(h, await signIn(h, t, t.staffId));
      const last = await staffGamma.patch(`/team/members/${t.memberId}`, { role: 'partner_user' });
      expect(last.status).toBe(409);
      expect(last.body.type).toMatch(/escalation\/last-partner-admin$/);
    });

    it('removes another member: their sessions end at once, and it is audited', async () => {
      const id = await addMember(h, alpha, { name: 'Rob Removed', email: 'rob@alpha.test' });
      const rob = as(h, await signIn(h, alpha, id));
      expect((await rob.get('/team/members')).status).toBe(200);
      const removed = await admin.delete(`/team/members/${id}`);
      expect(removed.status, removed.text).toBe(204);
      expect((await rob.get('/team/members')).status).toBe(401);
      expect((await admin.get('/team/members?q=rob')).body.items).toEqual([]);
      const [event] = await auditOf(id, 'team.member.removed');
      expect(event).toMatchObject({ partnerId: alpha.partnerId, actorPersonId: alpha.memberId });
      expect((await admin.delete(`/team/members/${id}`)).status).toBe(404);
    });

    it('answers 404 for a member of another organisation or tenant, whatever the browser sends', async () => {
      const elsewhere = await addMember(h, alpha, { partnerId: alpha.otherPartnerId });
      expect((await admin.patch(`/team/members/${elsewhere}`, { role: 'partner_admin' })).status).toBe(404);
      expect((await admin.delete(`/team/members/${elsewhere}`)).status).toBe(404);
      const betaAdmin = as(h, await signIn(h, beta, beta.memberId));
      const mine = await addMember(h, alpha);
      expect((await betaAdmin.patch(`/team/members/${mine}`, { role: 'partner_admin' })).status).toBe(404);
      expect((await betaAdmin.delete(`/team/members/${mine}`)).status).toBe(404);
      expect(await roleOf(h, alpha, mine)).toBe('partner_user');
    });

    it('refuses a partner user every management action', async () => {
      const userId = await addMember(h, alpha);
      const user = as(h, await signIn(h, alpha, userId));
      const peer = await addMember(h, alpha);
      expect((await user.patch(`/team/members/${peer}`, { role: 'partner_admin' })).status).toBe(403);
      expect((await user.patch(`/team/members/${userId}`, { role: 'partner_admin' })).status).toBe(403);
      expect((await user.delete(`/team/members/${peer}`)).status).toBe(403);
      expect(await roleOf(h, alpha, userId)).toBe('partner_user');
    });

    it('refuses a forged request from a cookie session (request verification)', async () => {
      const id = await addMember(h, alpha);
      const session = await signIn(h, alpha, alpha.memberId);
      const forged = await h.api('PATCH', `/api/v1/team/members/${id}`, { body: { role: 'partner_admin' }, headers: { ...session.headers(), 'x-portico-verification': 'forged' } });
      expect(forged.status).toBe(403);
      const crossSite = await h.api('DELETE', `/api/v1/team/members/${id}`, { headers: session.headers({ 'sec-fetch-site': 'cross-site' }) });
      expect(crossSite.status).toBe(403);
      expect(await roleOf(h, alpha, id)).toBe('partner_user');
    });
  });

  describe('a suspended or archived organisation', () => {
    it('can view its team but not manage it, with a clear title and the way to support', async () => {
      const t = await h.tenant('delta');
      await setSupport(h, t, { supportEmail: 'help@delta.test' });
      const deltaAdmin = as(h, await signIn(h, t, t.memberId));
      const peer = await addMember(h, t);
      const pending = await deltaAdmin.post('/team/invitations', { email: 'pending@delta.test', name: 'Pending' });
      for (const status of ['suspended', 'archived'] as const) {
        await setPartnerStatus(h, t, t.partnerId, status);
        expect((await deltaAdmin.get('/team/members')).status).toBe(200);
        expect((await deltaAdmin.get('/team/invitations')).status).toBe(200);
        const answers = [
          await deltaAdmin.patch(`/team/members/${peer}`, { role: 'partner_admin' }),
          await deltaAdmin.delete(`/team/members/${peer}`),
          await deltaAdmin.post('/team/invitations', { email: 'new@delta.test', name: 'New' }),
          await deltaAdmin.delete(`/team/invitations/${pending.body.id}`),
        ];
        for (const answer of answers) {
          expect(answer.status, answer.text).toBe(409);
          expect(answer.body.title).toBe(status === 'suspended' ? 'Your organisation is suspended' : 'Your organisation is archived');
          expect(answer.body.type).toBe('https://portico.dev/problems/escalation/organisation-inactive');
          expect(answer.body.escalation.support.email).toBe('help@delta.test');
        }
      }
      expect(await roleOf(h, t, peer)).toBe('partner_user');
      await setPartnerStatus(h, t, t.partnerId, 'active');
      expect((await deltaAdmin.patch(`/team/members/${peer}`, { role: 'partner_admin' })).status).toBe(200);
    });
  });

  describe('two admins demoting each other at once', () => {
    it('leaves exactly one of them an administrator, every time', async () => {
      for (let round = 0; round < 3; round++) {
        const t = await h.tenant(`race${round}`);
        const first = await addMember(h, t, { role: 'partner_admin' });
        const second = await addMember(h, t, { role: 'partner_admin' });
        // The harness admin steps aside, so the two racers are the only admins.
        await h.server.database.knex('memberships').where({ personId: t.memberId }).update({ role: 'partner_user' });
        const a = as(h, await signIn(h, t, first));
        const b = as(h, await signIn(h, t, second));
        const answers = await Promise.all([a.patch(`/team/members/${second}`, { role: 'partner_user' }), b.patch(`/team/members/${first}`, { role: 'partner_user' })]);
        expect(answers.map((x) => x.status).sort()).toEqual([200, 403]);
        const roles = [await roleOf(h, t, first), await roleOf(h, t, second)];
        expect(roles.filter((r) => r === 'partner_admin')).toHaveLength(1);
        const events = await knex()('audit_events').where({ tenantId: t.id, action: 'team.member.role-changed' });
        expect(events).toHaveLength(1);
      }
    });

    it('never removes both when two admins remove each other at once', async () => {
      const t = await h.tenant('race-remove');
      const first = await addMember(h, t, { role: 'partner_admin' });
      const second = await addMember(h, t, { role: 'partner_admin' });
      await h.server.database.knex('memberships').where({ personId: t.memberId }).update({ role: 'partner_user' });
      const a = as(h, await signIn(h, t, first));
      const b = as(h, await signIn(h, t, second));
      const answers = await Promise.all([a.delete(`/team/members/${second}`), b.delete(`/team/members/${first}`)]);
      expect(answers.filter((x) => x.status === 204)).toHaveLength(1);
      expect(answers.every((x) => x.status < 500)).toBe(true);
      const remaining = await knex()('memberships').where({ partnerId: t.partnerId, role: 'partner_admin' });
      expect(remaining).toHaveLength(1);
    });
  });

  describe('audit events', () => {
    it('are visible to the organisation’s admins and to staff, not to other organisations', async () => {
      const actions = ['team.invitation.sent', 'team.invitation.revoked', 'team.member.role-changed', 'team.member.removed'];
      const adminView = await admin.get('/access/audit?action=team.*&limit=100');
      expect(adminView.status, adminView.text).toBe(200);
      const seen = new Set(adminView.body.items.map((e: any) => e.action));
      for (const action of actions) expect(seen).toContain(action);
      expect(adminView.body.items.every((e: any) => e.partnerId === alpha.partnerId)).toBe(true);

      const staffView = await staff.get('/access/audit?action=team.*&limit=100');
      expect(new Set(staffView.body.items.map((e: any) => e.partnerId))).toContain(alpha.otherPartnerId);

      const otherAdmin = as(h, await signIn(h, alpha, await addMember(h, alpha, { role: 'partner_admin', partnerId: alpha.otherPartnerId })));
      const otherView = await otherAdmin.get('/access/audit?action=team.*&limit=100');
      expect(otherView.body.items.every((e: any) => e.partnerId === alpha.otherPartnerId)).toBe(true);
      const user = as(h, await signIn(h, alpha, await addMember(h, alpha)));
      expect((await user.get('/access/audit')).status).toBe(403);
    });
  });
});
