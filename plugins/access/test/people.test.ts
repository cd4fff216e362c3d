import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type TestTenant } from '@portico/testing';
import { accessPlugin } from '../src/index.js';
import { P } from '../src/permissions.js';
import { inspectLink, parseLinkToken } from '../src/links.js';
import { hashSecret } from '../src/tokens.js';
import { asTenant, sessionFor } from '@portico/testing';

describe('people lifecycle', () => {
  let h: Harness;
  let alpha: TestTenant;
  let beta: TestTenant;
  let seq = 0;

  beforeAll(async () => {
    h = await startHarness({ plugins: [accessPlugin] });
    alpha = await h.tenant('alpha');
    beta = await h.tenant('beta');
  });
  afterAll(() => h?.close());

  const knex = () => h.server.database.knex;
  const roleActor = (t: TestTenant, kind: 'staff' | 'member', role: string, personId: string, partnerId: string | null) =>
    h.actors.mint({ kind, tenantId: t.id, personId, partnerId, roles: [role], permissions: h.server.registry.permissionsOfRole(role) });
  /** The tenant's tenant_admin (the harness's staff person). */
  const tenantAdmin = (t: TestTenant) => roleActor(t, 'staff', 'tenant_admin', t.staffId, null);
  /** Staff who manage partners but are not tenant administrators. */
  const partnerManager = (t: TestTenant) => roleActor(t, 'staff', 'partner_manager', t.staffId, null);
  /** The partner_admin of the tenant's first partner (the harness's member). */
  const partnerAdmin = (t: TestTenant) => roleActor(t, 'member', 'partner_admin', t.memberId, t.partnerId);
  /** A member of the first partner allowed to manage people, without the partner_admin role. */
  const delegate = (t: TestTenant) => h.member(t, [P.peopleRead, P.peopleManage]);

  const freshEmail = (label: string) => `${label}.${++seq}@example.com`;

  async function addPerson(
    t: TestTenant,
    options: { kind?: 'staff' | 'member'; role?: string; partnerId?: string; status?: string; name?: string; email?: string } = {},
  ): Promise<string> {
    const kind = options.kind ?? 'member';
    return asTenant(h, t.id, async (trx) => {
      const [person] = await trx('people')
        .insert({ tenantId: t.id, kind, email: options.email ?? freshEmail('person'), name: options.name ?? `Person ${seq}`, status: options.status ?? 'active' })
        .returning('id');
      await trx('memberships').insert({
        tenantId: t.id,
        personId: person.id,
        partnerId: kind === 'staff' ? null : (options.partnerId ?? t.partnerId),
        role: options.role ?? (kind === 'staff' ? 'support' : 'partner_user'),
      });
      return person.id as string;
    });
  }

  const invite = (auth: string, body: Record<string, unknown>) => h.api('POST', '/api/v1/access/people', { auth, body });
  const act = (auth: string, id: string, action: 'resend-invite' | 'deactivate' | 'reactivate') => h.api('POST', `/api/v1/access/people/${id}/${action}`, { auth });
  const remove = (auth: string, id: string) => h.api('DELETE', `/api/v1/access/people/${id}`, { auth });
  const statusOf = async (id: string) => (await knex()('people').where({ id }).first('status')).status as string;
  const auditsOf = (id: string, action: string) => knex()('audit_events').where({ targetId: id, action }).orderBy('created_at');
  const mailsTo = (email: string) => knex()('outbound_mail').where({ toAddress: email }).orderBy('created_at');
  const linksOf = (personId: string) => knex()('access_links').where({ personId }).orderBy('created_at');

  function tokenIn(text: string): string {
    const match = /\/sign-in\/link\?token=(\S+)/.exec(text);
    if (!match) throw new Error(`no sign-in link in: ${text}`);
    return decodeURIComponent(match[1]);
  }
  const secretOf = (token: string) => parseLinkToken(token)!.secret;

  async function listAll(auth: string, query = ''): Promise<any[]> {
    const items: any[] = [];
    let cursor: string | null = null;
    do {
      const separator = query ? '&' : '';
      const answer: { status: number; text: string; body: any } = await h.api('GET', `/api/v1/access/people?limit=2${separator}${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, { auth });
      expect(answer.status, answer.text).toBe(200);
      items.push(...answer.body.items);
      cursor = answer.body.nextCursor;
    } while (cursor);
    return items;
  }

  describe('inviting', () => {
    it('lets staff invite into an organisation: the person waits for their first sign-in, the invite is mailed, announced and audited', async () => {
      const answer = await invite(partnerManager(alpha), { email: 'Dana.Cruz@Example.com', name: '  Dana Cruz ', role: 'salesperson', partnerId: alpha.otherPartnerId, locale: 'fr' });
      expect(answer.status, answer.text).toBe(201);
      expect(answer.body).toMatchObject({
        name: 'Dana Cruz',
        email: 'dana.cruz@example.com',
        kind: 'member',
        role: 'salesperson',
        partnerId: alpha.otherPartnerId,
        partnerName: 'alpha other partner',
        status: 'invited',
        locale: 'fr',
        lastSeenAt: null,
      });
      const id = answer.body.id;

      const mails = await mailsTo('dana.cruz@example.com');
      expect(mails).toHaveLength(1);
      expect(mails[0].kind).toBe('access.invite');
      expect(mails[0].textBody).toContain('Dana Cruz');
      const [link] = await linksOf(id);
      expect(link).toMatchObject({ purpose: 'invite', supersededAt: null, consumedAt: null });
      expect(link.tokenHash).toBe(hashSecret(secretOf(tokenIn(mails[0].textBody))));

      const [event] = await knex()('outbox_events').where({ type: 'access.person.invited' }).whereRaw("payload->>'personId' = ?", [id]);
      expect(event.payload).toEqual({ personId: id, partnerId: alpha.otherPartnerId, role: 'salesperson' });
      const [audit] = await auditsOf(id, 'access.person.invited');
      expect(audit).toMatchObject({ targetType: 'person', partnerId: alpha.otherPartnerId, actorPersonId: alpha.staffId });
      expect(audit.after).toMatchObject({ email: 'dana.cruz@example.com', role: 'salesperson', status: 'invited' });
      expect(JSON.stringify(audit)).not.toContain(secretOf(tokenIn(mails[0].textBody)));

      const read = await h.api('GET', `/api/v1/access/people/${id}`, { auth: partnerManager(alpha) });
      expect(read.status).toBe(200);
      expect(read.body).toEqual(answer.body);
    });

    it('lets only a tenant administrator invite staff, and only with a staff role', async () => {
      const email = freshEmail('staffer');
      const refused = await invite(partnerManager(alpha), { email, name: 'New Staffer', role: 'support' });
      expect(refused.status, refused.text).toBe(403);

      const partnerRole = await invite(tenantAdmin(alpha), { email, name: 'New Staffer', role: 'partner_user' });
      expect(partnerRole.status).toBe(400);
      expect(partnerRole.body.errors).toContainEqual(expect.objectContaining({ field: '/role' }));
      const staffRoleInPartner = await invite(tenantAdmin(alpha), { email, name: 'New Staffer', role: 'support', partnerId: alpha.partnerId });
      expect(staffRoleInPartner.status).toBe(400);
      expect(staffRoleInPartner.body.errors).toContainEqual(expect.objectContaining({ field: '/role' }));
      const unknownRole = await invite(tenantAdmin(alpha), { email, name: 'New Staffer', role: 'superuser' });
      expect(unknownRole.status).toBe(400);

      const made = await invite(tenantAdmin(alpha), { email, name: 'New Staffer', role: 'support' });
      expect(made.status, made.text).toBe(201);
      expect(made.body).toMatchObject({ kind: 'staff', role: 'support', partnerId: null, partnerName: null, status: 'invited' });
      expect(await mailsTo(email)).toHaveLength(1);
    });

    it('lets a partner admin invite into their own organisation only', async () => {
      const own = await invite(partnerAdmin(alpha), { email: freshEmail('own'), name: 'Own Org', role: 'partner_user' });
      expect(own.status, own.text).toBe(201);
      expect(own.body).toMatchObject({ partnerId: alpha.partnerId, role: 'partner_user', kind: 'member' });

      const explicit = await invite(partnerAdmin(alpha), { email: freshEmail('own'), name: 'Own Org', role: 'partner_user', partnerId: alpha.partnerId });
      expect(explicit.status, explicit.text).toBe(201);

      const otherEmail = freshEmail('other');
      const other = await invite(partnerAdmin(alpha), { email: otherEmail, name: 'Other Org', role: 'partner_user', partnerId: alpha.otherPartnerId });
      expect(other.status, other.text).toBe(404);
      const otherTenant = await invite(partnerAdmin(alpha), { email: otherEmail, name: 'Other Org', role: 'partner_user', partnerId: beta.partnerId });
      expect(otherTenant.status).toBe(404);
      expect(await mailsTo(otherEmail)).toHaveLength(0);

      const staffRole = await invite(partnerAdmin(alpha), { email: otherEmail, name: 'Would Be Staff', role: 'tenant_admin' });
      expect(staffRole.status).toBe(400);
      expect(staffRole.body.errors).toContainEqual(expect.objectContaining({ field: '/role' }));
    });

    it('lets a partner\'s people invite partner users only, as the team page does; staff invite any role (issue 23, item 3)', async () => {
      for (const role of ['partner_admin', 'principal', 'salesperson', 'technical']) {
        const email = freshEmail(role);
        for (const inviter of [partnerAdmin(alpha), delegate(alpha)]) {
          const refused = await invite(inviter, { email, name: 'Would Be', role });
          expect(refused.status, `${role}: ${refused.text}`).toBe(403);
          expect(refused.body.detail).toMatch(/invite partner users only/);
        }
        expect(await mailsTo(email)).toHaveLength(0);
      }
      const byDelegate = await invite(delegate(alpha), { email: freshEmail('user'), name: 'Plain User', role: 'partner_user' });
      expect(byDelegate.status, byDelegate.text).toBe(201);
      const byStaff = await invite(partnerManager(alpha), { email: freshEmail('admin'), name: 'Second Admin', role: 'partner_admin', partnerId: alpha.partnerId });
      expect(byStaff.status, byStaff.text).toBe(201);
    });

    it('refuses an email already used in the tenant, whatever its case, naming /email', async () => {
      const taken = await invite(partnerManager(alpha), { email: 'MEMBER@alpha.test', name: 'Copy Cat', role: 'partner_user', partnerId: alpha.otherPartnerId });
      expect(taken.status, taken.text).toBe(409);
      expect(taken.body.errors).toContainEqual(expect.objectContaining({ in: 'body', field: '/email' }));

      const staffEmail = await invite(partnerAdmin(alpha), { email: 'staff@alpha.test', name: 'Copy Cat', role: 'partner_user' });
      expect(staffEmail.status).toBe(409);

      // Another tenant's people do not count.
      const elsewhere = await invite(partnerAdmin(beta), { email: 'member@alpha.test', name: 'Same Address', role: 'partner_user' });
      expect(elsewhere.status, elsewhere.text).toBe(201);
    });

    it('lets only one of two simultaneous invitations of the same address through', async () => {
      const email = freshEmail('race');
      const answers = await Promise.all([
        invite(partnerManager(alpha), { email, name: 'Racer One', role: 'partner_user', partnerId: alpha.partnerId }),
        invite(partnerManager(alpha), { email: email.toUpperCase(), name: 'Racer Two', role: 'partner_user', partnerId: alpha.otherPartnerId }),
      ]);
      expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
      expect(await knex()('people').whereRaw('lower(email) = ?', [email])).toHaveLength(1);
    });

    it('refuses suspended and archived organisations with 409 organisation-inactive, and unknown ones with 404', async () => {
      const t = await h.tenant('inactive');
      await asTenant(h, t.id, (trx) => trx('partners').where({ id: t.otherPartnerId }).update({ status: 'suspended' }));
      const suspended = await invite(partnerManager(t), { email: freshEmail('s'), name: 'Into Suspended', role: 'partner_user', partnerId: t.otherPartnerId });
      expect(suspended.status, suspended.text).toBe(409);
      expect(suspended.body.type).toMatch(/organisation-inactive$/);

      await asTenant(h, t.id, (trx) => trx('partners').where({ id: t.partnerId }).update({ status: 'archived' }));
      const ownArchived = await invite(partnerAdmin(t), { email: freshEmail('s'), name: 'Into Archived', role: 'partner_user' });
      expect(ownArchived.status, ownArchived.text).toBe(409);
      expect(ownArchived.body.type).toMatch(/organisation-inactive$/);

      const unknown = await invite(partnerManager(t), { email: freshEmail('s'), name: 'Nowhere', role: 'partner_user', partnerId: '00000000-0000-4000-8000-000000000000' });
      expect(unknown.status).toBe(404);
      const otherTenants = await invite(partnerManager(t), { email: freshEmail('s'), name: 'Nowhere', role: 'partner_user', partnerId: alpha.partnerId });
      expect(otherTenants.status).toBe(404);
    });

    it('refuses a blank name and a malformed email', async () => {
      const blank = await invite(partnerAdmin(alpha), { email: freshEmail('blank'), name: '   ', role: 'partner_user' });
      expect(blank.status).toBe(400);
      expect(blank.body.errors).toContainEqual(expect.objectContaining({ field: '/name' }));
      const malformed = await invite(partnerAdmin(alpha), { email: 'not-an-address', name: 'Someone', role: 'partner_user' });
      expect(malformed.status).toBe(400);
      expect(malformed.body.errors).toContainEqual(expect.objectContaining({ field: '/email' }));
    });
  });

  describe('listing and reading', () => {
    it('shows a partner member their peers\' activity only coarsely, as the team roster does; staff see when (issue 23, item 3)', async () => {
      const knex = h.server.database.knex;
      const [peer] = await knex('people').insert({ tenantId: alpha.id, kind: 'member', email: freshEmail('peer'), name: 'Active Peer', status: 'active', lastSeenAt: new Date() }).returning('id');
      await knex('memberships').insert({ tenantId: alpha.id, personId: peer.id, partnerId: alpha.partnerId, role: 'partner_user' });
      await knex('people').where({ id: alpha.memberId }).update({ lastSeenAt: new Date() });

      const seenBy = async (auth: string) => (await listAll(auth)).filter((p) => p.id === peer.id || p.id === alpha.memberId);
      const byMember = await seenBy(partnerAdmin(alpha));
      expect(byMember.find((p) => p.id === peer.id)).toMatchObject({ lastSeenAt: null, activity: 'recent' });
      expect(byMember.find((p) => p.id === alpha.memberId).lastSeenAt).toEqual(expect.any(String)); // their own
      const read = await h.api('GET', `/api/v1/access/people/${peer.id}`, { auth: partnerAdmin(alpha) });
      expect(read.body).toMatchObject({ lastSeenAt: null, activity: 'recent' });
      const byStaff = await seenBy(partnerManager(alpha));
      expect(byStaff.find((p) => p.id === peer.id).lastSeenAt).toEqual(expect.any(String));
    });

    let t: TestTenant;
    let ownIds: string[];
    let otherIds: string[];
    let staffIds: string[];

    beforeAll(async () => {
      t = await h.tenant('listing');
      ownIds = [
        t.memberId,
        await addPerson(t, { name: 'Zoe Adams', email: 'zoe@own.example' }),
        await addPerson(t, { name: 'Aaron Baker', email: 'aaron@own.example', status: 'invited' }),
        await addPerson(t, { name: 'Mia Quinn', email: 'mia@own.example', status: 'deactivated' }),
      ];
      otherIds = [await addPerson(t, { name: 'Oscar Other', email: 'oscar@other.example', partnerId: t.otherPartnerId }), await addPerson(t, { name: 'Olive Other', email: 'olive@other.example', partnerId: t.otherPartnerId })];
      staffIds = [t.staffId, await addPerson(t, { kind: 'staff', name: 'Sam Support', email: 'sam@vendor.example' })];
      const removed = await addPerson(t, { name: 'Gone Person', email: 'gone@own.example' });
      expect((await remove(tenantAdmin(t), removed)).status).toBe(204);
    });

    it('shows a member only their own organisation, whatever partnerId they send', async () => {
      const mine = await listAll(partnerAdmin(t));
      expect(mine.map((p) => p.id).sort()).toEqual([...ownIds].sort());
      expect(mine.every((p) => p.partnerId === t.partnerId && p.kind === 'member')).toBe(true);

      const asked = await h.api('GET', `/api/v1/access/people?partnerId=${t.otherPartnerId}`, { auth: partnerAdmin(t) });
      expect(asked.status).toBe(200);
      expect(asked.body).toEqual({ items: [], nextCursor: null });
      const askedOwn = await listAll(partnerAdmin(t), `partnerId=${t.partnerId}`);
      expect(askedOwn).toHaveLength(ownIds.length);

      const staffKind = await listAll(partnerAdmin(t), 'kind=staff');
      expect(staffKind).toEqual([]);
      const removed = await listAll(partnerAdmin(t), 'status=removed');
      expect(removed).toEqual([]);
    });

    it('shows staff the whole tenant sorted by name, filtered by organisation, status and kind', async () => {
      const all = await listAll(partnerManager(t));
      expect(all.map((p) => p.id).sort()).toEqual([...ownIds, ...otherIds, ...staffIds].sort());
      const names = all.map((p) => p.name);
      expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      expect(all.find((p) => p.id === otherIds[0])).toMatchObject({ partnerName: 'listing other partner', role: 'partner_user', status: 'active' });

      const other = await listAll(partnerManager(t), `partnerId=${t.otherPartnerId}`);
      expect(other.map((p) => p.id).sort()).toEqual([...otherIds].sort());
      const staff = await listAll(partnerManager(t), 'kind=staff');
      expect(staff.map((p) => p.id).sort()).toEqual([...staffIds].sort());
      const invited = await listAll(partnerManager(t), 'status=invited');
      expect(invited.map((p) => p.name)).toEqual(['Aaron Baker']);
      const removed = await listAll(partnerManager(t), 'status=removed');
      expect(removed).toEqual([expect.objectContaining({ name: 'Gone Person', status: 'removed', role: null, partnerId: null })]);
    });

    it('searches names and emails case-insensitively, taking wildcards literally', async () => {
      expect((await listAll(partnerManager(t), 'q=OTHER')).map((p) => p.name).sort()).toEqual(['Olive Other', 'Oscar Other']);
      expect((await listAll(partnerManager(t), 'q=zoe%40OWN')).map((p) => p.name)).toEqual(['Zoe Adams']);
      expect(await listAll(partnerManager(t), 'q=%25')).toEqual([]);
      expect(await listAll(partnerManager(t), 'q=_')).toEqual([]);
      // A member's search stays inside their organisation.
      expect(await listAll(partnerAdmin(t), 'q=other')).toEqual([]);
    });

    it('refuses malformed filters and cursors', async () => {
      expect((await h.api('GET', '/api/v1/access/people?partnerId=nope', { auth: partnerManager(t) })).status).toBe(400);
      expect((await h.api('GET', '/api/v1/access/people?status=gone', { auth: partnerManager(t) })).status).toBe(400);
      expect((await h.api('GET', '/api/v1/access/people?cursor=garbage', { auth: partnerManager(t) })).status).toBe(400);
    });

    it('reads one person only within the caller’s reach', async () => {
      expect((await h.api('GET', `/api/v1/access/people/${ownIds[1]}`, { auth: partnerAdmin(t) })).status).toBe(200);
      expect((await h.api('GET', `/api/v1/access/people/${otherIds[0]}`, { auth: partnerAdmin(t) })).status).toBe(404);
      expect((await h.api('GET', `/api/v1/access/people/${staffIds[1]}`, { auth: partnerAdmin(t) })).status).toBe(404);
      expect((await h.api('GET', `/api/v1/access/people/${otherIds[0]}`, { auth: partnerManager(t) })).status).toBe(200);
      expect((await h.api('GET', `/api/v1/access/people/${staffIds[1]}`, { auth: partnerManager(t) })).body).toMatchObject({ kind: 'staff', role: 'support', partnerId: null });
      expect((await h.api('GET', `/api/v1/access/people/not-a-uuid`, { auth: partnerManager(t) })).status).toBe(404);
    });
  });

  describe('deactivating and reactivating', () => {
    it('ends the person’s sessions at once, and reactivation lets them sign in again', async () => {
      const id = await addPerson(alpha, { role: 'partner_admin', name: 'Session Holder' });
      const session = await sessionFor(h, alpha.id, id);
      expect((await h.api('GET', '/api/v1/access/people', { headers: session.headers() })).status).toBe(200);

      const answer = await act(partnerManager(alpha), id, 'deactivate');
      expect(answer.status, answer.text).toBe(200);
      expect(answer.body).toMatchObject({ id, status: 'deactivated' });
      expect(await statusOf(id)).toBe('deactivated');
      expect((await h.api('GET', '/api/v1/access/people', { headers: session.headers() })).status).toBe(401);
      expect(await knex()('access_sessions').where({ personId: id }).whereNull('revoked_at')).toHaveLength(0);
      // Even a new session would not work while deactivated.
      const fresh = await sessionFor(h, alpha.id, id);
      expect((await h.api('GET', '/api/v1/access/people', { headers: fresh.headers() })).status).toBe(401);

      const [audit] = await auditsOf(id, 'access.person.deactivated');
      expect(audit).toMatchObject({ targetType: 'person', partnerId: alpha.partnerId, before: { status: 'active' } });
      expect(audit.after).toMatchObject({ status: 'deactivated' });

      const again = await act(partnerManager(alpha), id, 'deactivate');
      expect(again.status).toBe(409);
      expect(again.body.detail).toMatch(/already deactivated/);

      const back = await act(partnerAdmin(alpha), id, 'reactivate');
      expect(back.status, back.text).toBe(200);
      expect(back.body).toMatchObject({ id, status: 'active' });
      const [reactivated] = await auditsOf(id, 'access.person.reactivated');
      expect(reactivated).toMatchObject({ before: { status: 'deactivated' }, after: { status: 'active' } });
      // The old session stays ended; a new one works.
      expect((await h.api('GET', '/api/v1/access/people', { headers: session.headers() })).status).toBe(401);
      const signedInAgain = await sessionFor(h, alpha.id, id);
      expect((await h.api('GET', '/api/v1/access/people', { headers: signedInAgain.headers() })).status).toBe(200);

      expect((await act(partnerAdmin(alpha), id, 'reactivate')).status).toBe(409);
    });

    it('voids a pending invitation when deactivating an invited person', async () => {
      const made = await invite(partnerAdmin(alpha), { email: freshEmail('pending'), name: 'Pending Person', role: 'partner_user' });
      const deactivated = await act(partnerAdmin(alpha), made.body.id, 'deactivate');
      expect(deactivated.status, deactivated.text).toBe(200);
      const links = await linksOf(made.body.id);
      expect(links.every((l) => l.supersededAt !== null)).toBe(true);
      const [audit] = await auditsOf(made.body.id, 'access.person.deactivated');
      expect(audit.before).toEqual({ status: 'invited' });
    });

    it('refuses to deactivate or remove oneself', async () => {
      const self = await act(tenantAdmin(alpha), alpha.staffId, 'deactivate');
      expect(self.status, self.text).toBe(409);
      expect((await remove(tenantAdmin(alpha), alpha.staffId)).status).toBe(409);
      expect((await act(partnerAdmin(alpha), alpha.memberId, 'deactivate')).status).toBe(409);
      expect(await statusOf(alpha.staffId)).toBe('active');
      expect(await statusOf(alpha.memberId)).toBe('active');
    });

    it('keeps members away from staff, other organisations and (unless partner_admin) partner admins', async () => {
      const otherOrg = await addPerson(alpha, { partnerId: alpha.otherPartnerId });
      const staffer = await addPerson(alpha, { kind: 'staff' });
      const admin = await addPerson(alpha, { role: 'partner_admin' });
      const user = await addPerson(alpha, { role: 'partner_user' });

      for (const action of ['deactivate', 'reactivate', 'resend-invite'] as const) {
        expect((await act(partnerAdmin(alpha), otherOrg, action)).status).toBe(404);
        expect((await act(partnerAdmin(alpha), staffer, action)).status).toBe(404);
      }
      expect((await remove(partnerAdmin(alpha), otherOrg)).status).toBe(404);
      expect((await remove(partnerAdmin(alpha), staffer)).status).toBe(404);

      expect((await act(delegate(alpha), admin, 'deactivate')).status).toBe(403);
      expect((await remove(delegate(alpha), admin)).status).toBe(403);
      expect(await statusOf(admin)).toBe('active');

      expect((await act(delegate(alpha), user, 'deactivate')).status).toBe(200);
      expect((await act(partnerAdmin(alpha), admin, 'deactivate')).status).toBe(200);
      for (const id of [otherOrg, staffer]) expect(await statusOf(id)).toBe('active');
    });

    it('lets only a tenant administrator change staff people', async () => {
      const staffer = await addPerson(alpha, { kind: 'staff', role: 'support' });
      expect((await act(partnerManager(alpha), staffer, 'deactivate')).status).toBe(403);
      expect((await remove(partnerManager(alpha), staffer)).status).toBe(403);
      expect((await act(tenantAdmin(alpha), staffer, 'deactivate')).status).toBe(200);
    });

    it('refuses to reactivate someone of a suspended organisation', async () => {
      const t = await h.tenant('suspend-react');
      const id = await addPerson(t, { partnerId: t.otherPartnerId });
      expect((await act(partnerManager(t), id, 'deactivate')).status).toBe(200);
      await asTenant(h, t.id, (trx) => trx('partners').where({ id: t.otherPartnerId }).update({ status: 'suspended' }));
      const refused = await act(partnerManager(t), id, 'reactivate');
      expect(refused.status).toBe(409);
      expect(refused.body.type).toMatch(/organisation-inactive$/);
      expect(await statusOf(id)).toBe('deactivated');
    });
  });

  describe('resending an invitation', () => {
    it('sends a new link that replaces the old one, only while the invitation is pending', async () => {
      const email = freshEmail('resend');
      const made = await invite(partnerAdmin(alpha), { email, name: 'Resend Me', role: 'partner_user' });
      const id = made.body.id;
      const first = tokenIn((await mailsTo(email))[0].textBody);

      const resent = await act(partnerAdmin(alpha), id, 'resend-invite');
      expect(resent.status, resent.text).toBe(200);
      expect(resent.body).toMatchObject({ id, status: 'invited' });
      const mails = await mailsTo(email);
      expect(mails).toHaveLength(2);
      const second = tokenIn(mails[1].textBody);
      expect(second).not.toBe(first);

      const links = await linksOf(id);
      const oldLink = links.find((l) => l.tokenHash === hashSecret(secretOf(first)));
      const newLink = links.find((l) => l.tokenHash === hashSecret(secretOf(second)));
      expect(oldLink.supersededAt).not.toBeNull();
      expect(newLink.supersededAt).toBeNull();
      await asTenant(h, alpha.id, async (trx) => {
        expect((await inspectLink(trx, secretOf(first))).status).toBe('expired');
        expect((await inspectLink(trx, secretOf(second))).status).toBe('valid');
      });

      const [audit] = await auditsOf(id, 'access.person.invite-resent');
      expect(audit).toMatchObject({ targetType: 'person', partnerId: alpha.partnerId });
      expect(JSON.stringify(audit)).not.toContain(secretOf(second));

      await knex()('people').where({ id }).update({ status: 'active' });
      const active = await act(partnerAdmin(alpha), id, 'resend-invite');
      expect(active.status).toBe(409);
      expect(await mailsTo(email)).toHaveLength(2);
    });

    it('limits how often one invitation is resent', async () => {
      const made = await invite(partnerAdmin(alpha), { email: freshEmail('flood'), name: 'Flood Me', role: 'partner_user' });
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) statuses.push((await act(partnerAdmin(alpha), made.body.id, 'resend-invite')).status);
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    });
  });

  describe('removing', () => {
    it('ends sessions, membership, groups and pending links, hides the person, and lets their address be invited again', async () => {
      const email = freshEmail('leaver');
      const id = await addPerson(alpha, { role: 'partner_admin', email, name: 'Leaver' });
      const session = await sessionFor(h, alpha.id, id);
      await asTenant(h, alpha.id, async (trx) => {
        const [group] = await trx('access_groups').insert({ tenantId: alpha.id, name: `Group ${seq}`, audience: 'partner', permissions: [P.auditRead] }).returning('id');
        await trx('access_group_members').insert({ tenantId: alpha.id, groupId: group.id, personId: id });
        await trx('access_links').insert({ tenantId: alpha.id, personId: id, purpose: 'sign-in', tokenHash: `pending-${seq}`, codeHash: 'x.y', expiresAt: new Date(Date.now() + 600_000) });
      });
      expect((await h.api('GET', '/api/v1/access/people', { headers: session.headers() })).status).toBe(200);

      const answer = await remove(partnerAdmin(alpha), id);
      expect(answer.status, answer.text).toBe(204);
      expect(await statusOf(id)).toBe('removed');
      expect((await h.api('GET', '/api/v1/access/people', { headers: session.headers() })).status).toBe(401);
      expect(await knex()('memberships').where({ personId: id })).toHaveLength(0);
      expect(await knex()('access_group_members').where({ personId: id })).toHaveLength(0);
      expect((await linksOf(id)).every((l) => l.supersededAt !== null)).toBe(true);

      const [audit] = await auditsOf(id, 'access.person.removed');
      expect(audit).toMatchObject({ targetType: 'person', partnerId: alpha.partnerId, before: expect.objectContaining({ status: 'active', role: 'partner_admin' }) });
      expect(audit.after).toMatchObject({ status: 'removed' });

      expect((await listAll(partnerAdmin(alpha))).map((p) => p.id)).not.toContain(id);
      expect((await listAll(partnerManager(alpha))).map((p) => p.id)).not.toContain(id);
      expect((await h.api('GET', `/api/v1/access/people/${id}`, { auth: partnerAdmin(alpha) })).status).toBe(404);
      expect((await h.api('GET', `/api/v1/access/people/${id}`, { auth: partnerManager(alpha) })).body).toMatchObject({ status: 'removed', role: null });

      expect((await remove(partnerManager(alpha), id)).status).toBe(409);
      expect((await act(partnerManager(alpha), id, 'deactivate')).status).toBe(409);
      expect((await act(partnerManager(alpha), id, 'reactivate')).status).toBe(409);

      const again = await invite(partnerManager(alpha), { email: email.toUpperCase(), name: 'Leaver Returns', role: 'technical', partnerId: alpha.otherPartnerId });
      expect(again.status, again.text).toBe(201);
      expect(again.body).toMatchObject({ id, status: 'invited', role: 'technical', partnerId: alpha.otherPartnerId, name: 'Leaver Returns' });
      expect(await knex()('memberships').where({ personId: id })).toHaveLength(1);
      expect((await listAll(partnerManager(alpha), `partnerId=${alpha.otherPartnerId}`)).map((p) => p.id)).toContain(id);
      expect(await mailsTo(email)).toHaveLength(1);
      const reinvited = await auditsOf(id, 'access.person.invited');
      expect(reinvited.at(-1).before).toEqual({ status: 'removed' });
    });
  });

  describe('another tenant', () => {
    it('answers 404 for another tenant’s person everywhere and changes nothing', async () => {
      const id = await addPerson(alpha, { status: 'invited', name: 'Alpha Only' });
      const outsider = tenantAdmin(beta);
      expect((await h.api('GET', `/api/v1/access/people/${id}`, { auth: outsider })).status).toBe(404);
      for (const action of ['resend-invite', 'deactivate', 'reactivate'] as const) {
        const answer = await act(outsider, id, action);
        expect(answer.status, `${action}: ${answer.text}`).toBe(404);
      }
      expect((await remove(outsider, id)).status).toBe(404);
      expect(await statusOf(id)).toBe('invited');
      expect(await knex()('audit_events').where({ targetId: id })).toHaveLength(0);
      expect((await listAll(outsider)).map((p) => p.id)).not.toContain(id);
      expect(await listAll(outsider, `partnerId=${alpha.partnerId}`)).toEqual([]);
    });
  });
});
