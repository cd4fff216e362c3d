/**
 * A browser holding a credential that can no longer be used — a session ended from another device,
 * ended by the idle timeout, of a person deactivated since, or a cookie of no session at all — is
 * anonymous on public routes, so it can reach the sign-in page and sign in again, and every answer
 * to it clears the cookie. The idle timeout itself never ends a session that is in use.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type TestTenant } from '@portico/testing';
import { accessPlugin } from '../src/index.js';
import { SESSION_COOKIE } from '../src/authenticators.js';
import { SIGNED_OUT_COOKIE } from '../src/signed-out.js';
import { composeToken, hashSecret, randomSecret, TOKEN_PREFIX } from '../src/tokens.js';
import { asTenant, sessionFor, type TestSession } from '@portico/testing';

let h: Harness;
let alpha: TestTenant;

beforeAll(async () => {
  h = await startHarness({ plugins: [accessPlugin], config: { defaultTenant: 'alpha' } });
  alpha = await h.tenant('alpha');
});
afterAll(() => h?.close());

async function linkToken(personId: string): Promise<string> {
  const secret = randomSecret();
  await asTenant(h, alpha.id, (trx) =>
    trx('access_links').insert({ tenantId: alpha.id, personId, purpose: 'sign-in', tokenHash: hashSecret(secret), codeHash: 'x.y', expiresAt: new Date(Date.now() + 600_000) }),
  );
  return composeToken(TOKEN_PREFIX.link, alpha.id, secret);
}

/** The reason the answer tells the sign-in page to show (the signed-out note), if any. */
const signedOutNote = (answer: { headers: Headers }) =>
  answer.headers.getSetCookie().find((c) => c.startsWith(`${SIGNED_OUT_COOKIE}=`))?.split(';')[0].slice(SIGNED_OUT_COOKIE.length + 1);

const clearsCookie = (answer: { headers: Headers }) => answer.headers.getSetCookie().some((c) => c.startsWith(`${SESSION_COOKIE}=;`) && /expires=Thu, 01 Jan 1970/i.test(c));

/** Ways a session cookie stops being usable, each applied to a fresh session, and what the sign-in page is told. */
const notes: Record<string, string> = {
  'signed out everywhere from another device': 'ended',
  'ended by the idle timeout': 'idle',
  'of no session at all': 'ended',
};
const endings: Record<string, (session: TestSession) => Promise<void>> = {
  'signed out everywhere from another device': async (session) => {
    const other = await sessionFor(h, alpha.id, alpha.memberId);
    const answer = await h.api('POST', '/api/v1/access/sessions/revoke-all', { headers: other.headers(), body: {} });
    expect(answer.status, answer.text).toBe(200);
    void session;
  },
  'ended by the idle timeout': async (session) => {
    await h.server.database.knex('tenants').where({ id: alpha.id }).update({ settings: JSON.stringify({ access: { idleTimeoutMinutes: 30 } }) });
    await h.server.database.knex('access_sessions').where({ id: session.id }).update({ lastSeenAt: new Date(Date.now() - 40 * 60_000) });
  },
  'of no session at all': async () => {},
};

describe('a browser holding an ended session', () => {
  for (const [ending, end] of Object.entries(endings)) {
    it(`can still sign in when its cookie is ${ending}, and every answer clears the cookie`, async () => {
      const session = await sessionFor(h, alpha.id, alpha.memberId);
      await end(session);
      const stale = ending === 'of no session at all' ? { cookie: `${SESSION_COOKIE}=ps_${alpha.id}.${'A'.repeat(43)}` } : session.headers();
      try {
        const page = await h.api('GET', '/sign-in', { headers: stale });
        expect(page.status, page.text).toBe(200);
        expect(page.headers.get('content-type')).toMatch(/text\/html/);
        expect(clearsCookie(page)).toBe(true);
        // The sign-in page says why it is shown (issue 23, item 1).
        expect(signedOutNote(page)).toBe(notes[ending]);

        const portal = await h.api('GET', '/api/v1/portal', { headers: stale });
        expect(portal.status, portal.text).toBe(200);
        expect(clearsCookie(portal)).toBe(true);

        // Another address: a link mailed to this person would replace the one they follow below.
        const requested = await h.api('POST', '/api/v1/access/sign-in', { headers: stale, body: { email: 'someone.else@alpha.test' } });
        expect(requested.status, requested.text).toBe(202);

        const token = await linkToken(alpha.memberId);
        const confirm = await h.api('GET', `/sign-in/link?token=${encodeURIComponent(token)}`, { headers: stale });
        expect(confirm.status, confirm.text).toBe(200);
        const signedIn = await h.api('POST', '/sign-in/link', { headers: stale, form: { token } });
        expect(signedIn.status, signedIn.text).toBe(303);
        const fresh = signedIn.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=ps_`));
        expect(fresh, 'a new session cookie').toBeDefined();
        // Signed in again, the note is forgotten (a later sign-out must not repeat it).
        expect(signedOutNote(signedIn)).toBe('');
        const me = await h.api('GET', '/api/v1/access/session', { headers: { ...stale, cookie: fresh!.split(';')[0] } });
        expect(me.status, me.text).toBe(200);

        // A route for signed-in people still says 401, and clears the cookie too.
        const signOut = await h.api('DELETE', '/api/v1/access/session', { headers: stale });
        expect(signOut.status).toBe(401);
        expect(signOut.headers.get('content-type')).toMatch(/problem\+json/);
        expect(clearsCookie(signOut)).toBe(true);
      } finally {
        await h.server.database.knex('tenants').where({ id: alpha.id }).update({ settings: '{}' });
      }
    });
  }

  it('is anonymous on a public route when the person was deactivated, and reads the tenant of the host', async () => {
    const knex = h.server.database.knex;
    const [person] = await knex('people').insert({ tenantId: alpha.id, kind: 'member', email: 'leaving@alpha.test', name: 'Leaving', status: 'active' }).returning('id');
    await knex('memberships').insert({ tenantId: alpha.id, personId: person.id, partnerId: alpha.partnerId, role: 'partner_user' });
    const session = await sessionFor(h, alpha.id, person.id);
    await knex('people').where({ id: person.id }).update({ status: 'deactivated' });
    const portal = await h.api('GET', '/api/v1/portal', { headers: session.headers() });
    expect(portal.status, portal.text).toBe(200);
    expect(clearsCookie(portal)).toBe(true);
    expect(signedOutNote(portal)).toBe('access');
    expect((await h.api('GET', '/api/v1/access/profile', { headers: session.headers() })).status).toBe(401);
  });
});

describe('the idle timeout', () => {
  it('never ends a session used more often than the timeout, and ends one left idle', async () => {
    const knex = h.server.database.knex;
    await knex('tenants').where({ id: alpha.id }).update({ settings: JSON.stringify({ access: { idleTimeoutMinutes: 1 } }) });
    try {
      const session = await sessionFor(h, alpha.id, alpha.memberId);
      // Time passes by moving the session's clock back: a request every 20 seconds for three minutes.
      for (let step = 1; step <= 9; step++) {
        await knex('access_sessions').where({ id: session.id }).update({ lastSeenAt: knex.raw("last_seen_at - interval '20 seconds'") });
        const answer = await h.api('GET', '/api/v1/access/profile', { headers: session.headers() });
        expect(answer.status, `request ${step}, ${20 * step} s in: ${answer.text}`).toBe(200);
      }
      // Then nothing for a minute and a half.
      await knex('access_sessions').where({ id: session.id }).update({ lastSeenAt: knex.raw("last_seen_at - interval '90 seconds'") });
      const idle = await h.api('GET', '/api/v1/access/profile', { headers: session.headers() });
      expect(idle.status).toBe(401);
      expect(idle.body.detail).toMatch(/inactivity/);
    } finally {
      await knex('tenants').where({ id: alpha.id }).update({ settings: '{}' });
    }
  });
});

describe('login CSRF', () => {
  it('does not sign a browser in to the account of a link posted from another site', async () => {
    const attackersLink = await linkToken(alpha.memberId);
    const forged = await h.api('POST', '/sign-in/link', { form: { token: attackersLink }, headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' } });
    expect(forged.status, forged.text).toBe(403);
    expect(forged.headers.getSetCookie()).toEqual([]);
    // The link is still unused: the person it was for can still follow it from the email.
    // As Chromium posts the confirmation page's form: its referrer policy (no-referrer) makes Origin "null".
    const own = await h.api('POST', '/sign-in/link', { form: { token: attackersLink }, headers: { origin: 'null', 'sec-fetch-site': 'same-origin' } });
    expect(own.status, own.text).toBe(303);
    expect(own.headers.getSetCookie().some((c) => c.startsWith(`${SESSION_COOKIE}=ps_`))).toBe(true);
  });
});
