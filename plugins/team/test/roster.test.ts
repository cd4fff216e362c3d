/**
 * The roster through the HTTP API: who sees whom, what of a peer never reaches the browser, search,
 * sort and cursor pages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type TestTenant } from '@portico/testing';
import { addMember, as, plugins, signIn, type Caller } from './support.js';

const DAY = 86_400_000;

describe('team roster', () => {
  let h: Harness;
  let alpha: TestTenant;
  let beta: TestTenant;
  let admin: Caller;
  let user: Caller;
  let staff: Caller;
  let adminId: string;
  let userId: string;
  let recentPeerId: string;
  let stalePeerId: string;
  let adminSeenAt: Date;

  beforeAll(async () => {
    h = await startHarness({ plugins });
    alpha = await h.tenant('alpha');
    beta = await h.tenant('beta');
    adminSeenAt = new Date(Date.now() - 2 * DAY);
    adminId = await addMember(h, alpha, { role: 'partner_admin', name: 'Ada Admin', email: 'ada@alpha.test', mfa: true, lastSeenAt: adminSeenAt });
    userId = await addMember(h, alpha, { role: 'partner_user', name: 'Uma User', email: 'uma@alpha.test', lastSeenAt: new Date(Date.now() - 3 * DAY) });
    recentPeerId = await addMember(h, alpha, { name: 'Rita Recent', email: 'rita@alpha.test', mfa: true, lastSeenAt: new Date(Date.now() - DAY) });
    stalePeerId = await addMember(h, alpha, { name: 'Sid Stale', email: 'sid@alpha.test', lastSeenAt: new Date(Date.now() - 30 * DAY) });
    await addMember(h, alpha, { name: 'Oscar Other', email: 'oscar@alpha.test', partnerId: alpha.otherPartnerId });
    await addMember(h, alpha, { name: 'Ivy Invited', email: 'ivy@alpha.test', status: 'invited' });
    admin = as(h, await signIn(h, alpha, adminId));
    user = as(h, await signIn(h, alpha, userId));
    staff = as(h, await signIn(h, alpha, alpha.staffId));
    // Signing in notes the time; put the admin's back where the test expects it.
    await h.server.database.knex('people').where({ id: adminId }).update({ lastSeenAt: adminSeenAt });
  });
  afterAll(() => h?.close());

  const all = async (caller: Caller, query = ''): Promise<any[]> => {
    const answer = await caller.get(`/team/members${query}`);
    expect(answer.status, answer.text).toBe(200);
    return answer.body.items;
  };

  it('lists the organisation’s members only: no other organisation, no pending invitations', async () => {
    const names = (await all(admin)).map((m) => m.name);
    expect(names).toEqual(['Ada Admin', 'Member', 'Rita Recent', 'Sid Stale', 'Uma User']);
    expect(names).not.toContain('Oscar Other');
    expect(names).not.toContain('Ivy Invited');
  });

  it('gives a partner admin their own exact posture and activity, and only coarse activity for peers', async () => {
    const answer = await admin.get('/team/members');
    const me = answer.body.items.find((m: any) => m.id === adminId);
    expect(me).toMatchObject({ isYou: true, mfa: 'enabled', lastSeenAt: adminSeenAt.toISOString(), activity: 'active-this-week', role: 'partner_admin' });
    const rita = answer.body.items.find((m: any) => m.id === recentPeerId);
    const sid = answer.body.items.find((m: any) => m.id === stalePeerId);
    expect(rita.activity).toBe('active-this-week');
    expect(sid.activity).toBe('inactive');
    for (const peer of answer.body.items.filter((m: any) => !m.isYou)) {
      expect(Object.keys(peer)).not.toContain('mfa');
      expect(Object.keys(peer)).not.toContain('lastSeenAt');
    }
    // Nothing of a peer's exact activity is anywhere in what the browser receives.
    const peerSeen = (await h.server.database.knex('people').where({ id: recentPeerId }).first('last_seen_at')).lastSeenAt as Date;
    expect(answer.text).not.toContain(peerSeen.toISOString().slice(0, 16));
    expect(answer.text.match(/"mfa"/g)).toHaveLength(1);
  });

  it('shows a partner user the same roster, read-only, with the same privacy', async () => {
    const items = await all(user);
    expect(items.map((m) => m.name)).toContain('Ada Admin');
    const ada = items.find((m) => m.id === adminId);
    expect(ada).not.toHaveProperty('mfa');
    expect(ada).not.toHaveProperty('lastSeenAt');
    expect(items.find((m) => m.id === userId)).toMatchObject({ isYou: true, mfa: 'not-enabled', lastSeenAt: expect.any(String) });
  });

  it('gives staff exact values for every member, across organisations or for one', async () => {
    const everyone = await all(staff, '?limit=100');
    expect(everyone.map((m) => m.name)).toContain('Oscar Other');
    const rita = everyone.find((m) => m.id === recentPeerId);
    expect(rita).toMatchObject({ mfa: 'enabled', lastSeenAt: expect.any(String) });
    const others = await all(staff, `?partnerId=${alpha.otherPartnerId}`);
    expect(others.map((m) => m.name)).toEqual(['Oscar Other']);
  });

  it('ignores nobody’s organisation but one’s own: another partnerId is a 404, another tenant sees nothing', async () => {
    expect((await admin.get(`/team/members?partnerId=${alpha.otherPartnerId}`)).status).toBe(404);
    expect((await admin.get(`/team/members?partnerId=${alpha.partnerId}`)).status).toBe(200);
    const betaAdmin = as(h, await signIn(h, beta, beta.memberId));
    const betaNames = (await all(betaAdmin)).map((m) => m.name);
    expect(betaNames).toEqual(['Member']);
    expect((await betaAdmin.get(`/team/members/${adminId}`)).status).toBe(404);
    expect((await admin.get(`/team/members/${adminId}`)).body).toMatchObject({ isYou: true, mfa: 'enabled' });
    const oscar = (await all(staff, `?partnerId=${alpha.otherPartnerId}`))[0];
    expect((await admin.get(`/team/members/${oscar.id}`)).status).toBe(404);
    const peer = await admin.get(`/team/members/${recentPeerId}`);
    expect(peer.body).not.toHaveProperty('mfa');
  });

  it('searches by name or email, any case', async () => {
    expect((await all(admin, '?q=RITA')).map((m) => m.name)).toEqual(['Rita Recent']);
    expect((await all(admin, '?q=sid%40alpha')).map((m) => m.name)).toEqual(['Sid Stale']);
    expect(await all(admin, '?q=%25')).toEqual([]);
  });

  it('sorts by name, email, role and activity, both ways', async () => {
    expect((await all(admin, '?sort=name&direction=desc')).map((m) => m.name)).toEqual(['Uma User', 'Sid Stale', 'Rita Recent', 'Member', 'Ada Admin']);
    expect((await all(admin, '?sort=email')).map((m) => m.email)).toEqual(['ada@alpha.test', 'member@alpha.test', 'rita@alpha.test', 'sid@alpha.test', 'uma@alpha.test']);
    const byRole = (await all(admin, '?sort=role')).map((m) => m.role);
    expect(byRole).toEqual(['partner_admin', 'partner_admin', 'partner_user', 'partner_user', 'partner_user']);
    // Members sort by the coarse activity (then name): the order says no more than the labels.
    const byActivity = await all(admin, '?sort=activity&direction=desc');
    expect(byActivity.map((m) => m.name)).toEqual(['Uma User', 'Rita Recent', 'Ada Admin', 'Sid Stale', 'Member']);
    expect(byActivity.map((m) => m.activity)).toEqual(['active-this-week', 'active-this-week', 'active-this-week', 'inactive', 'unknown']);
  });

  it('pages with a cursor, capped at 100, without repeating or skipping anyone', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const answer: any = await admin.get(`/team/members?limit=2&sort=email${cursor ? `&cursor=${cursor}` : ''}`);
      expect(answer.status).toBe(200);
      expect(answer.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...answer.body.items.map((m: any) => m.email));
      cursor = answer.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['ada@alpha.test', 'member@alpha.test', 'rita@alpha.test', 'sid@alpha.test', 'uma@alpha.test']);
    expect((await admin.get('/team/members?limit=101')).status).toBe(400);
    expect((await admin.get('/team/members?cursor=not-a-cursor')).status).toBe(400);
    expect((await admin.get('/team/members?sort=lastSeenAt')).status).toBe(400);
  });

  it('refuses people without an organisation and anonymous callers', async () => {
    expect((await h.api('GET', '/api/v1/team/members')).status).toBe(401);
    const apiLike = h.actors.mint({ kind: 'api-key', tenantId: alpha.id, personId: null, partnerId: null, roles: [], permissions: h.allPermissions() });
    expect((await h.api('GET', '/api/v1/team/members', { auth: apiLike })).status).toBe(403);
  });
});
