/**
 * Sessions and profile through the cookie, as the portal uses them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type TestTenant } from '@portico/testing';
import { accessPlugin } from '../src/index.js';
import { sessionFor } from '@portico/testing';

describe('sessions and profile', () => {
  let h: Harness;
  let alpha: TestTenant;
  let beta: TestTenant;

  beforeAll(async () => {
    h = await startHarness({ plugins: [accessPlugin] });
    alpha = await h.tenant('alpha');
    beta = await h.tenant('beta');
  });
  afterAll(() => h?.close());

  it('tells the signed-in person who they are, with the token to send back on changes', async () => {
    const session = await sessionFor(h, alpha.id, alpha.memberId);
    const me = await h.api('GET', '/api/v1/access/session', { headers: session.headers() });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      person: { id: alpha.memberId, email: 'member@alpha.test', kind: 'member' },
      tenant: { id: alpha.id, slug: 'alpha' },
      partner: { id: alpha.partnerId, status: 'active' },
      roles: ['partner_admin'],
      via: 'session',
      verificationToken: session.verificationToken,
      secondFactorRequired: false,
    });
    expect(me.body.permissions).toEqual(expect.arrayContaining(['access.self', 'access.people.manage']));
    expect(me.body.permissions).not.toContain('access.api-keys.manage');
  });

  it('shows a person who just signed in as seen at once, not "never signed in" (issue 23, item 5)', async () => {
    const seenAt = async (personId: string) => (await h.server.database.knex('people').where({ id: personId }).first('last_seen_at')).lastSeenAt;
    const [person] = await h.server.database.knex('people').insert({ tenantId: alpha.id, kind: 'member', email: `fresh-${Date.now()}@alpha.test`, name: 'Fresh', status: 'active' }).returning('id');
    await h.server.database.knex('memberships').insert({ tenantId: alpha.id, personId: person.id, partnerId: alpha.partnerId, role: 'partner_user' });
    expect(await seenAt(person.id)).toBeNull();
    await sessionFor(h, alpha.id, person.id); // the session the magic link's redemption creates
    expect(await seenAt(person.id)).not.toBeNull();
    const admin = await sessionFor(h, alpha.id, alpha.staffId, { secondFactorProven: true });
    const listed = await h.api('GET', `/api/v1/access/people?q=Fresh`, { headers: admin.headers() });
    expect(listed.body.items.find((p: { id: string }) => p.id === person.id).lastSeenAt).toEqual(expect.any(String));
  });

  it('signs out on the server: the same cookie replayed afterwards gets 401', async () => {
    const session = await sessionFor(h, alpha.id, alpha.memberId);
    const out = await h.api('DELETE', '/api/v1/access/session', { headers: session.headers() });
    expect(out.status).toBe(204);
    expect(out.headers.getSetCookie().join()).toMatch(/portico_session=;/);
    const replay = await h.api('GET', '/api/v1/access/profile', { headers: session.headers() });
    expect(replay.status).toBe(401);
    expect(replay.body.detail).toMatch(/session has ended/);
  });

  it('lists my sessions with their device, revokes one, and signs out everywhere', async () => {
    const laptop = await sessionFor(h, alpha.id, alpha.staffId);
    const phone = await sessionFor(h, alpha.id, alpha.staffId);
    const list = await h.api('GET', '/api/v1/access/sessions', { headers: laptop.headers() });
    expect(list.status).toBe(200);
    const mine = list.body.items.map((s: { id: string }) => s.id);
    expect(mine).toEqual(expect.arrayContaining([laptop.id, phone.id]));
    expect(list.body.items.find((s: { id: string }) => s.id === laptop.id)).toMatchObject({ current: true, device: 'Linux', via: 'link' });

    // Another person's session is not mine to revoke.
    const someoneElse = await sessionFor(h, alpha.id, alpha.memberId);
    expect((await h.api('DELETE', `/api/v1/access/sessions/${someoneElse.id}`, { headers: laptop.headers() })).status).toBe(404);
    expect((await h.api('GET', '/api/v1/access/profile', { headers: someoneElse.headers() })).status).toBe(200);

    expect((await h.api('DELETE', `/api/v1/access/sessions/${phone.id}`, { headers: laptop.headers() })).status).toBe(204);
    expect((await h.api('GET', '/api/v1/access/profile', { headers: phone.headers() })).status).toBe(401);

    const third = await sessionFor(h, alpha.id, alpha.staffId);
    const keep = await h.api('POST', '/api/v1/access/sessions/revoke-all', { headers: laptop.headers(), body: { keepCurrent: true } });
    expect(keep.body.revoked).toBeGreaterThanOrEqual(1);
    expect((await h.api('GET', '/api/v1/access/profile', { headers: third.headers() })).status).toBe(401);
    expect((await h.api('GET', '/api/v1/access/profile', { headers: laptop.headers() })).status).toBe(200);

    const all = await h.api('POST', '/api/v1/access/sessions/revoke-all', { headers: laptop.headers(), body: {} });
    expect(all.status).toBe(200);
    expect((await h.api('GET', '/api/v1/access/profile', { headers: laptop.headers() })).status).toBe(401);
    expect(await h.server.database.knex('audit_events').where({ action: 'access.session.ended-everywhere', targetId: alpha.staffId }).count({ n: '*' })).toEqual([{ n: expect.anything() }]);
  });

  it('ends a session after the idle timeout of the tenant policy', async () => {
    const session = await sessionFor(h, beta.id, beta.memberId);
    const knex = h.server.database.knex;
    await knex('tenants').where({ id: beta.id }).update({ settings: JSON.stringify({ access: { idleTimeoutMinutes: 30 } }) });
    try {
      expect((await h.api('GET', '/api/v1/access/profile', { headers: session.headers() })).status).toBe(200);
      await knex('access_sessions').where({ id: session.id }).update({ lastSeenAt: new Date(Date.now() - 32 * 60_000) });
      const idle = await h.api('GET', '/api/v1/access/profile', { headers: session.headers() });
      expect(idle.status).toBe(401);
      expect(idle.body.detail).toMatch(/inactivity/);
    } finally {
      await knex('tenants').where({ id: beta.id }).update({ settings: '{}' });
    }
  });

  it('refuses an expired session and a forged cookie', async () => {
    const session = await sessionFor(h, beta.id, beta.memberId);
    await h.server.database.knex('access_sessions').where({ id: session.id }).update({ expiresAt: new Date(Date.now() - 1000) });
    expect((await h.api('GET', '/api/v1/access/profile', { headers: session.headers() })).status).toBe(401);
    const forged = { cookie: `portico_session=ps_${beta.id}.${'A'.repeat(43)}` };
    expect((await h.api('GET', '/api/v1/access/profile', { headers: forged })).status).toBe(401);
    expect((await h.api('GET', '/api/v1/access/profile', { headers: { cookie: 'portico_session=garbage' } })).status).toBe(401);
  });

  it('keeps a session to its tenant: a cookie of tenant alpha reaches nothing of beta', async () => {
    const session = await sessionFor(h, alpha.id, alpha.staffId);
    const betaSession = await sessionFor(h, beta.id, beta.staffId);
    expect((await h.api('DELETE', `/api/v1/access/sessions/${betaSession.id}`, { headers: session.headers() })).status).toBe(404);
    expect((await h.api('GET', '/api/v1/access/profile', { headers: betaSession.headers() })).status).toBe(200);
  });

  it('edits my name, language and time zone, refusing unknown ones with the field at fault', async () => {
    const session = await sessionFor(h, alpha.id, alpha.memberId);
    const updated = await h.api('PATCH', '/api/v1/access/profile', { headers: session.headers(), body: { name: '  Alice Martin ', locale: 'fr', timeZone: 'Europe/Paris' } });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ name: 'Alice Martin', locale: 'fr', timeZone: 'Europe/Paris' });
    const badZone = await h.api('PATCH', '/api/v1/access/profile', { headers: session.headers(), body: { timeZone: 'Mars/Olympus' } });
    expect(badZone.status).toBe(400);
    expect(badZone.body.errors[0].field).toBe('/timeZone');
    const badLocale = await h.api('PATCH', '/api/v1/access/profile', { headers: session.headers(), body: { locale: 'de' } });
    expect(badLocale.status).toBe(400);
    expect(badLocale.body.errors[0].field).toBe('/locale');
    const blank = await h.api('PATCH', '/api/v1/access/profile', { headers: session.headers(), body: { name: '   ' } });
    expect(blank.body.errors[0].field).toBe('/name');
    const audit = await h.server.database.knex('audit_events').where({ action: 'access.profile.updated', targetId: alpha.memberId }).first();
    expect(audit.before.name).toBe('Member');
    expect(audit.after.name).toBe('Alice Martin');
  });
});
