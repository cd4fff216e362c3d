/**
 * Where a session lives and how long: the `__Host-` cookie over HTTPS, the binding to the browser that
 * signed in, and the strict sign-in preset's lifetimes taking effect.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type TestTenant } from '@portico/testing';
import { accessPlugin } from '../src/index.js';
import { issueLink } from '../src/links.js';
import { POLICY_PRESETS } from '../src/policy.js';
import { SECURE_SESSION_COOKIE, SESSION_COOKIE } from '../src/authenticators.js';
import { composeToken, hashSecret, randomSecret, TOKEN_PREFIX } from '../src/tokens.js';
import { asTenant, sessionFor, TEST_USER_AGENT } from '@portico/testing';

const FIREFOX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:126.0) Gecko/20100101 Firefox/126.0';
const FIREFOX_UPDATED = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0';
const CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36';

let h: Harness;
let alpha: TestTenant;

beforeAll(async () => {
  // The server reads this once, when it is created: X-Forwarded-Proto then says the request came over HTTPS.
  const before = process.env.PORTICO_TRUST_PROXY;
  process.env.PORTICO_TRUST_PROXY = 'true';
  try {
    h = await startHarness({ plugins: [accessPlugin], config: { defaultTenant: 'alpha' } });
  } finally {
    if (before === undefined) delete process.env.PORTICO_TRUST_PROXY;
    else process.env.PORTICO_TRUST_PROXY = before;
  }
  alpha = await h.tenant('alpha');
});
afterAll(() => h?.close());

/** A fresh sign-in link of the person, as the emailed one. */
async function linkToken(tenantId: string, personId: string): Promise<string> {
  const secret = randomSecret();
  await asTenant(h, tenantId, (trx) =>
    trx('access_links').insert({ tenantId, personId, purpose: 'sign-in', tokenHash: hashSecret(secret), codeHash: 'x.y', expiresAt: new Date(Date.now() + 600_000) }),
  );
  return composeToken(TOKEN_PREFIX.link, tenantId, secret);
}

function cookieNamed(setCookies: string[], name: string): string | undefined {
  return setCookies.find((c) => c.startsWith(`${name}=`));
}

describe('the session cookie', () => {
  it('is __Host- prefixed, Secure, HttpOnly, SameSite=Lax and host-wide over HTTPS; the plain name means nothing there', async () => {
    const https = { 'x-forwarded-proto': 'https', 'user-agent': FIREFOX };
    const confirmed = await h.api('POST', '/sign-in/link', { form: { token: await linkToken(alpha.id, alpha.memberId) }, headers: https });
    expect(confirmed.status, confirmed.text).toBe(303);
    const setCookies = confirmed.headers.getSetCookie();
    const cookie = cookieNamed(setCookies, SECURE_SESSION_COOKIE)!;
    expect(cookie).toBeDefined();
    expect(cookieNamed(setCookies, SESSION_COOKIE)).toBeUndefined();
    const attributes = cookie.split(';').slice(1).map((a) => a.trim().toLowerCase());
    expect(attributes).toEqual(expect.arrayContaining(['path=/', 'secure', 'httponly', 'samesite=lax']));
    expect(attributes.some((a) => a.startsWith('domain='))).toBe(false);

    const value = cookie.split(';')[0].slice(SECURE_SESSION_COOKIE.length + 1);
    expect((await h.api('GET', '/api/v1/access/session', { headers: { ...https, cookie: `${SECURE_SESSION_COOKIE}=${value}` } })).status).toBe(200);
    expect((await h.api('GET', '/api/v1/access/session', { headers: { ...https, cookie: `${SESSION_COOKIE}=${value}` } })).status).toBe(401);
  });

  it('is plain over HTTP (development), without the Secure attribute a browser would refuse there', async () => {
    const confirmed = await h.api('POST', '/sign-in/link', { form: { token: await linkToken(alpha.id, alpha.memberId) }, headers: { 'user-agent': FIREFOX } });
    expect(confirmed.status, confirmed.text).toBe(303);
    const cookie = cookieNamed(confirmed.headers.getSetCookie(), SESSION_COOKIE)!;
    expect(cookie).toBeDefined();
    expect(cookie.toLowerCase()).not.toContain('secure');
  });
});

describe('a session', () => {
  it('answers only the browser that signed in, across its updates; replayed from another browser it ends', async () => {
    const confirmed = await h.api('POST', '/sign-in/link', { form: { token: await linkToken(alpha.id, alpha.memberId) }, headers: { 'user-agent': FIREFOX } });
    const value = cookieNamed(confirmed.headers.getSetCookie(), SESSION_COOKIE)!.split(';')[0];
    const as = (userAgent: string) => h.api('GET', '/api/v1/access/session', { headers: { cookie: value, 'user-agent': userAgent } });

    expect((await as(FIREFOX)).status).toBe(200);
    expect((await as(FIREFOX_UPDATED)).status).toBe(200);

    const stolen = await as(CHROME);
    expect(stolen.status).toBe(401);
    expect(stolen.body.detail).toMatch(/another browser/);
    // Ended for good: the thief cannot retry with the right browser string.
    expect((await as(FIREFOX)).status).toBe(401);
  });

  it('sent without any user agent is not a way around the binding', async () => {
    const session = await sessionFor(h, alpha.id, alpha.staffId);
    const answer = await h.api('GET', '/api/v1/access/session', { headers: { cookie: session.headers().cookie, 'user-agent': '' } });
    expect(answer.status).toBe(401);
    expect((await h.api('GET', '/api/v1/access/session', { headers: session.headers() })).status).toBe(401);
    expect(TEST_USER_AGENT).not.toBe('');
  });
});

describe('the strict preset', () => {
  // The tenant the server's address names: the emailed link is confirmed there.
  let strict: TestTenant;
  beforeAll(async () => {
    strict = alpha;
    await h.server.database.knex('tenants').where({ id: strict.id }).update({ settings: JSON.stringify({ access: POLICY_PRESETS.strict }) });
  });
  afterAll(() => h.server.database.knex('tenants').where({ id: strict.id }).update({ settings: '{}' }));

  it('is offered beside the defaults: 10-minute links, 12-hour sessions, 30 idle minutes, MFA required', () => {
    expect(POLICY_PRESETS.strict).toMatchObject({ signInLinkMinutes: 10, sessionHours: 12, idleTimeoutMinutes: 30, mfaRequired: true });
    expect(POLICY_PRESETS.default).toMatchObject({ inviteLinkMinutes: 7 * 24 * 60, signInLinkMinutes: 30, sessionHours: 30 * 24, idleTimeoutMinutes: 0, mfaRequired: false });
  });

  it('mails sign-in links that last 10 minutes', async () => {
    const issuedAt = Date.now();
    const link = await asTenant(h, strict.id, (trx) =>
      issueLink({ db: trx, tenant: { id: strict.id }, keys: h.server.keys, publicUrl: h.url, sendMail: async () => {} }, { personId: strict.memberId, purpose: 'sign-in' }),
    );
    const minutes = (link.expiresAt.getTime() - issuedAt) / 60_000;
    expect(minutes).toBeGreaterThan(9.9);
    expect(minutes).toBeLessThanOrEqual(10.01);
  });

  it('signs in for 12 hours, ends a session idle for 30 minutes, and holds a person without a factor to enrolment', async () => {
    const confirmed = await h.api('POST', '/sign-in/link', { form: { token: await linkToken(strict.id, strict.memberId) }, headers: { 'user-agent': FIREFOX } });
    expect(confirmed.status, confirmed.text).toBe(303);
    const cookie = cookieNamed(confirmed.headers.getSetCookie(), SESSION_COOKIE)!;
    const maxAgeAttribute = /max-age=(\d+)/i.exec(cookie);
    const maxAge = maxAgeAttribute ? Number(maxAgeAttribute[1]) : (Date.parse(/expires=([^;]+)/i.exec(cookie)![1]) - Date.now()) / 1000;
    expect(maxAge).toBeGreaterThan(12 * 3600 - 120);
    expect(maxAge).toBeLessThanOrEqual(12 * 3600);
    const session = await h.server.database.knex('access_sessions').where({ personId: strict.memberId }).orderBy('created_at', 'desc').first();
    expect(Math.abs(new Date(session.expiresAt).getTime() - new Date(session.createdAt).getTime() - 12 * 3_600_000)).toBeLessThan(5_000);

    const headers = { cookie: cookie.split(';')[0], 'user-agent': FIREFOX };
    const me = await h.api('GET', '/api/v1/access/session', { headers });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ secondFactorRequired: true, permissions: ['access.mfa'] });
    expect((await h.api('GET', '/api/v1/access/profile', { headers })).status).toBe(403);

    await h.server.database.knex('access_sessions').where({ id: session.id }).update({ lastSeenAt: new Date(Date.now() - 32 * 60_000) });
    const idle = await h.api('GET', '/api/v1/access/session', { headers });
    expect(idle.status).toBe(401);
    expect(idle.body.detail).toMatch(/inactivity/);
  });
});
