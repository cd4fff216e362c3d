/**
 * Two-factor authentication through the HTTP API, with real cookie sessions: enrolment, the challenge
 * a new session must answer, replay and attempt limits, recovery codes, the tenant policy, turning it
 * off, and what is (not) kept at rest or in the audit trail.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from 'otplib';
import { definePlugin, defineRoute, Type } from '@portico/core';
import { accessPlugin } from '../src/index.js';
import { P } from '../src/permissions.js';
import { mfaPosture } from '../src/mfa/service.js';
import { startHarness, type Harness, type TestTenant } from '@portico/testing';
import { asTenant, sessionFor, type TestSession } from '@portico/testing';

/** A route needing another permission than `access.mfa`, to see what a session may reach. */
const probePlugin = definePlugin({
  id: 'mfaprobe',
  version: '0.0.0',
  requires: ['access'],
  routes: {
    v1: [
      defineRoute({
        method: 'GET',
        path: '/mfaprobe/self',
        name: 'self',
        summary: 'Who am I (needs access.self)',
        permission: P.self,
        schemas: { response: Type.Object({ personId: Type.String() }) },
        handler: ({ actor }) => ({ personId: actor!.personId! }),
      }),
    ],
  },
});

const PERIOD = 30;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The app's code `offset` steps from now. Waits out the last seconds of a step, so that the code is
 * still inside the server's ±1 step window when the request arrives.
 */
async function codeAt(secret: string, offset: number): Promise<string> {
  const intoStep = (Date.now() / 1000) % PERIOD;
  if (intoStep > PERIOD - 4) await sleep((PERIOD - intoStep + 0.25) * 1000);
  return generate({ secret, epoch: Math.floor(Date.now() / 1000) + offset * PERIOD });
}

/** A code that is certainly wrong now (and within the drift window). */
async function wrongCode(secret: string): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const valid = new Set(await Promise.all([-2, -1, 0, 1, 2].map((o) => generate({ secret, epoch: now + o * PERIOD }))));
  for (let n = 0; ; n++) {
    const candidate = String((123_456 + n * 7_919) % 1_000_000).padStart(6, '0');
    if (!valid.has(candidate)) return candidate;
  }
}

describe('two-factor authentication', () => {
  let h: Harness;
  let tenantCount = 0;

  beforeAll(async () => {
    h = await startHarness({ plugins: [accessPlugin, probePlugin] });
  });
  afterAll(() => h?.close());

  const knex = () => h.server.database.knex;
  const newTenant = () => h.tenant(`mfa-${++tenantCount}`);
  const call = (session: TestSession, method: string, path: string, body?: unknown) =>
    h.api(method, `/api/v1${path}`, { headers: session.headers(), ...(body !== undefined ? { body } : {}) });

  async function addPerson(t: TestTenant, email: string): Promise<string> {
    return asTenant(h, t.id, async (trx) => {
      const [person] = await trx('people').insert({ tenantId: t.id, kind: 'member', email, name: email, status: 'active' }).returning('id');
      await trx('memberships').insert({ tenantId: t.id, personId: person.id, partnerId: t.partnerId, role: 'partner_user' });
      return person.id as string;
    });
  }

  async function setPolicy(t: TestTenant, mfaRequired: boolean): Promise<void> {
    await h.updateSettings(t, 'access', { mfaRequired });
  }

  /** Enrols and confirms an authenticator app for the person, using the step before now. */
  async function enrolled(t: TestTenant, personId: string) {
    const session = await sessionFor(h, t.id, personId);
    const started = await call(session, 'POST', '/access/mfa/enrolment', {});
    expect(started.status, started.text).toBe(201);
    const secret: string = started.body.secret;
    const confirmed = await call(session, 'POST', '/access/mfa/enrolment/confirm', { code: await codeAt(secret, -1) });
    expect(confirmed.status, confirmed.text).toBe(200);
    // Announced, for onboarding's "turn on two-factor" step and the tenant's webhooks.
    expect(await knex()('outbox_events').where({ tenantId: t.id, type: 'access.mfa.enabled' }).whereRaw("payload->>'personId' = ?", [personId])).toHaveLength(1);
    return { session, secret, recoveryCodes: confirmed.body.recoveryCodes as string[] };
  }

  it('enrols an authenticator app: secret sealed and recovery codes hashed at rest, shown once', async () => {
    const t = await newTenant();
    await knex()('tenants').where({ id: t.id }).update({ brand: JSON.stringify({ displayName: 'Northwind: Partners' }) });
    const session = await sessionFor(h, t.id, t.memberId);

    const before = await call(session, 'GET', '/access/mfa');
    expect(before.status).toBe(200);
    expect(before.body).toEqual({ enrolled: false, confirmedAt: null, required: false, recoveryCodesLeft: 0, sessionState: 'none' });

    const started = await call(session, 'POST', '/access/mfa/enrolment', {});
    expect(started.status, started.text).toBe(201);
    const { id, secret, otpauthUrl, qrCode } = started.body;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(otpauthUrl).toMatch(/^otpauth:\/\/totp\//);
    const url = new URL(otpauthUrl);
    expect(url.searchParams.get('secret')).toBe(secret);
    expect(url.searchParams.get('issuer')).toBe('Northwind Partners');
    expect(decodeURIComponent(url.pathname)).toContain(`member@${t.slug}.test`);
    expect(qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(Buffer.from(qrCode.split(',')[1], 'base64').toString()).toContain('<svg');

    // Not confirmed yet: nothing changes for the person.
    expect((await call(session, 'GET', '/access/mfa')).body.enrolled).toBe(false);

    // Starting again replaces the secret: the first one's codes no longer confirm.
    const again = await call(session, 'POST', '/access/mfa/enrolment', {});
    expect(again.status).toBe(201);
    expect(again.body.secret).not.toBe(secret);
    const stale = await call(session, 'POST', '/access/mfa/enrolment/confirm', { code: await codeAt(secret, 0) });
    expect(stale.status).toBe(400);
    expect(stale.body.errors).toContainEqual(expect.objectContaining({ in: 'body', field: '/code' }));

    const malformed = await call(session, 'POST', '/access/mfa/enrolment/confirm', { code: '12ab56' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors).toContainEqual(expect.objectContaining({ field: '/code' }));

    const confirmed = await call(session, 'POST', '/access/mfa/enrolment/confirm', { code: await codeAt(again.body.secret, 0) });
    expect(confirmed.status, confirmed.text).toBe(200);
    const codes: string[] = confirmed.body.recoveryCodes;
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}$/);

    const status = await call(session, 'GET', '/access/mfa');
    expect(status.body).toMatchObject({ enrolled: true, required: false, recoveryCodesLeft: 10, sessionState: 'verified' });
    expect(Date.parse(status.body.confirmedAt)).not.toBeNaN();
    expect((await call(session, 'GET', '/mfaprobe/self')).status).toBe(200);

    // At rest: the secret only sealed, the recovery codes only hashed.
    const factor = await knex()('access_mfa').where({ personId: t.memberId }).first();
    expect(factor.secretEncrypted).not.toContain(again.body.secret);
    expect(h.server.keys.open(factor.secretEncrypted)).toBe(again.body.secret);
    const stored = JSON.stringify(await knex()('access_recovery_codes').where({ personId: t.memberId }));
    for (const code of codes) {
      expect(stored).not.toContain(code);
      expect(stored).not.toContain(code.replace(/-/g, ''));
    }

    // Shown once: nothing answers the secret or the codes again, and a second enrolment is refused.
    expect((await call(session, 'GET', '/access/mfa')).text).not.toContain(codes[0]);
    const twice = await call(session, 'POST', '/access/mfa/enrolment', {});
    expect(twice.status).toBe(409);
    expect(twice.text).not.toContain(again.body.secret);
    expect((await call(session, 'POST', '/access/mfa/enrolment/confirm', { code: await codeAt(again.body.secret, 1) })).status).toBe(409);

    // The audit trail tells the story without a secret, a code or a recovery code in it.
    const events = await knex()('audit_events').where({ tenantId: t.id }).orderBy('created_at');
    const actions = events.map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['access.mfa.enrolment-started', 'access.mfa.failed', 'access.mfa.confirmed']));
    const trail = JSON.stringify(events);
    for (const secretText of [secret, again.body.secret, ...codes, ...codes.map((c) => c.replace(/-/g, ''))]) expect(trail).not.toContain(secretText);
  });

  it('holds a new session of an enrolled person to MFA routes until it proves the second factor; a code works once', async () => {
    const t = await newTenant();
    const { secret } = await enrolled(t, t.memberId);

    const pending = await sessionFor(h, t.id, t.memberId);
    expect((await call(pending, 'GET', '/mfaprobe/self')).status).toBe(403);
    const status = await call(pending, 'GET', '/access/mfa');
    expect(status.status).toBe(200);
    expect(status.body).toMatchObject({ enrolled: true, sessionState: 'pending' });
    // Nor can it start over with another app.
    expect((await call(pending, 'POST', '/access/mfa/enrolment', {})).status).toBe(409);

    const exactlyOne = await call(pending, 'POST', '/access/mfa/challenge', {});
    expect(exactlyOne.status).toBe(400);
    expect(exactlyOne.body.errors).toContainEqual(expect.objectContaining({ field: '/code' }));

    const wrong = await call(pending, 'POST', '/access/mfa/challenge', { code: await wrongCode(secret) });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors).toContainEqual(expect.objectContaining({ in: 'body', field: '/code' }));
    expect((await call(pending, 'GET', '/mfaprobe/self')).status).toBe(403);

    const code = await codeAt(secret, 0);
    const verified = await call(pending, 'POST', '/access/mfa/challenge', { code });
    expect(verified.status, verified.text).toBe(200);
    expect(verified.body).toEqual({ sessionState: 'verified', method: 'totp', recoveryCodesLeft: 10 });
    expect((await call(pending, 'GET', '/mfaprobe/self')).status).toBe(200);
    expect((await call(pending, 'GET', '/access/mfa')).body.sessionState).toBe('verified');
    expect((await call(pending, 'POST', '/access/mfa/challenge', { code: await codeAt(secret, 1) })).status).toBe(409);

    // The same code on another pending session is a replay.
    const another = await sessionFor(h, t.id, t.memberId);
    const replay = await call(another, 'POST', '/access/mfa/challenge', { code });
    expect(replay.status).toBe(400);
    expect(replay.body.errors).toContainEqual(expect.objectContaining({ field: '/code' }));
    expect((await call(another, 'GET', '/mfaprobe/self')).status).toBe(403);
    // A later code still works (with spaces, as apps show it).
    const later = await codeAt(secret, 1);
    expect((await call(another, 'POST', '/access/mfa/challenge', { code: `${later.slice(0, 3)} ${later.slice(3)}` })).status).toBe(200);
    expect((await call(another, 'GET', '/mfaprobe/self')).status).toBe(200);

    const actions = (await knex()('audit_events').where({ tenantId: t.id, action: 'access.mfa.verified' })).map((e) => e.after);
    expect(actions).toEqual([expect.objectContaining({ method: 'totp', sessionState: 'verified' }), expect.objectContaining({ method: 'totp' })]);
    const failed = await knex()('audit_events').where({ tenantId: t.id, action: 'access.mfa.failed' });
    expect(failed.length).toBe(2);
    expect(JSON.stringify(failed)).not.toContain(code);
  });

  it('accepts each recovery code once, in any spelling', async () => {
    const t = await newTenant();
    const { recoveryCodes } = await enrolled(t, t.memberId);

    const first = await sessionFor(h, t.id, t.memberId);
    const used = await call(first, 'POST', '/access/mfa/challenge', { recoveryCode: recoveryCodes[3].toLowerCase().replace(/-/g, ' ') });
    expect(used.status, used.text).toBe(200);
    expect(used.body).toEqual({ sessionState: 'verified', method: 'recovery-code', recoveryCodesLeft: 9 });
    expect((await call(first, 'GET', '/mfaprobe/self')).status).toBe(200);

    const second = await sessionFor(h, t.id, t.memberId);
    const again = await call(second, 'POST', '/access/mfa/challenge', { recoveryCode: recoveryCodes[3] });
    expect(again.status).toBe(400);
    expect(again.body.errors).toContainEqual(expect.objectContaining({ field: '/recoveryCode' }));
    expect((await call(second, 'GET', '/mfaprobe/self')).status).toBe(403);
    expect((await call(second, 'GET', '/access/mfa')).body.recoveryCodesLeft).toBe(9);

    const audit = await knex()('audit_events').where({ tenantId: t.id, action: 'access.mfa.verified' }).first();
    expect(audit.after).toMatchObject({ method: 'recovery-code', recoveryCodesLeft: 9 });
    expect(JSON.stringify(audit)).not.toContain(recoveryCodes[3]);
  });

  it('limits attempts: after five wrong codes even the right one answers 429 with Retry-After', async () => {
    const t = await newTenant();
    const { secret } = await enrolled(t, t.memberId);
    // Counters are fixed windows of five minutes: do not start at the very end of one.
    const intoWindow = Date.now() % 300_000;
    if (intoWindow > 290_000) await sleep(300_000 - intoWindow + 250);

    const pending = await sessionFor(h, t.id, t.memberId);
    const wrong = await wrongCode(secret);
    for (let i = 0; i < 5; i++) {
      const answer = await call(pending, 'POST', '/access/mfa/challenge', { code: wrong });
      expect(answer.status, answer.text).toBe(400);
    }
    const limited = await call(pending, 'POST', '/access/mfa/challenge', { code: await codeAt(secret, 0) });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await call(pending, 'GET', '/mfaprobe/self')).status).toBe(403);
    expect((await call(pending, 'GET', '/access/mfa')).body.sessionState).toBe('pending');
    // The wrong attempts were kept although each was refused.
    const failed = await knex()('audit_events').where({ tenantId: t.id, action: 'access.mfa.failed' });
    expect(failed).toHaveLength(5);
  });

  it('confirming on one device asks the person’s other open sessions for the second factor', async () => {
    const t = await newTenant();
    const older = await sessionFor(h, t.id, t.memberId);
    expect((await call(older, 'GET', '/mfaprobe/self')).status).toBe(200);
    const { secret } = await enrolled(t, t.memberId);
    expect((await call(older, 'GET', '/mfaprobe/self')).status).toBe(403);
    expect((await call(older, 'GET', '/access/mfa')).body.sessionState).toBe('pending');
    expect((await call(older, 'POST', '/access/mfa/challenge', { code: await codeAt(secret, 0) })).status).toBe(200);
    expect((await call(older, 'GET', '/mfaprobe/self')).status).toBe(200);
  });

  it('under a policy requiring MFA, holds a person without a factor to MFA routes until they enrol; refuses turning it off', async () => {
    const t = await newTenant();
    await setPolicy(t, true);
    const session = await sessionFor(h, t.id, t.staffId);

    expect((await call(session, 'GET', '/mfaprobe/self')).status).toBe(403);
    const status = await call(session, 'GET', '/access/mfa');
    expect(status.body).toEqual({ enrolled: false, confirmedAt: null, required: true, recoveryCodesLeft: 0, sessionState: 'none' });
    expect((await call(session, 'POST', '/access/mfa/challenge', { code: '123456' })).status).toBe(409);

    const started = await call(session, 'POST', '/access/mfa/enrolment', {});
    expect(started.status).toBe(201);
    expect((await call(session, 'GET', '/mfaprobe/self')).status).toBe(403);
    const secret: string = started.body.secret;
    expect((await call(session, 'POST', '/access/mfa/enrolment/confirm', { code: await codeAt(secret, -1) })).status).toBe(200);
    expect((await call(session, 'GET', '/mfaprobe/self')).status).toBe(200);

    const refused = await call(session, 'POST', '/access/mfa/disable', { code: await codeAt(secret, 0) });
    expect(refused.status).toBe(409);
    expect((await call(session, 'GET', '/access/mfa')).body.enrolled).toBe(true);

    // Once the programme no longer requires it, the person may turn it off (with a fresh code).
    await setPolicy(t, false);
    const wrong = await call(session, 'POST', '/access/mfa/disable', { code: await wrongCode(secret) });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors).toContainEqual(expect.objectContaining({ field: '/code' }));
    const off = await call(session, 'POST', '/access/mfa/disable', { code: await codeAt(secret, 1) });
    expect(off.status, off.text).toBe(204);
    expect((await call(session, 'GET', '/access/mfa')).body).toEqual({ enrolled: false, confirmedAt: null, required: false, recoveryCodesLeft: 0, sessionState: 'none' });
    expect(await knex()('access_mfa').where({ personId: t.staffId })).toHaveLength(0);
    expect(await knex()('access_recovery_codes').where({ personId: t.staffId })).toHaveLength(0);
    // A new session is no longer asked for a second factor.
    expect((await call(await sessionFor(h, t.id, t.staffId), 'GET', '/mfaprobe/self')).status).toBe(200);

    const events = await knex()('audit_events').where({ tenantId: t.id });
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(['access.mfa.enrolment-started', 'access.mfa.confirmed', 'access.mfa.disabled']));
    expect(JSON.stringify(events)).not.toContain(secret);
  });

  it('turns the factor off with a recovery code (lost phone) and ends sessions that never proved it', async () => {
    const t = await newTenant();
    const { session, recoveryCodes } = await enrolled(t, t.memberId);
    // Signed in again on a new device, without the phone: the session waits for the second factor.
    const lostPhone = await sessionFor(h, t.id, t.memberId);
    const waiting = await sessionFor(h, t.id, t.memberId);
    expect((await call(lostPhone, 'GET', '/mfaprobe/self')).status).toBe(403);

    const off = await call(lostPhone, 'POST', '/access/mfa/disable', { recoveryCode: recoveryCodes[0] });
    expect(off.status, off.text).toBe(204);
    // The recovery code proved the factor for this session, which keeps its full access.
    expect((await call(lostPhone, 'GET', '/mfaprobe/self')).status).toBe(200);
    expect((await call(lostPhone, 'GET', '/access/mfa')).body).toMatchObject({ enrolled: false, recoveryCodesLeft: 0, sessionState: 'none' });
    expect((await call(session, 'GET', '/mfaprobe/self')).status).toBe(200);
    expect((await call(session, 'GET', '/access/mfa')).body.sessionState).toBe('none');
    // The other session waiting for the second factor is not promoted by its removal: it has ended.
    expect((await call(waiting, 'GET', '/mfaprobe/self')).status).toBe(401);
    expect((await call(lostPhone, 'POST', '/access/mfa/disable', { recoveryCode: recoveryCodes[1] })).status).toBe(409);
    // A new phone can be set up.
    expect((await call(lostPhone, 'POST', '/access/mfa/enrolment', {})).status).toBe(201);

    const disabled = await knex()('audit_events').where({ tenantId: t.id, action: 'access.mfa.disabled' }).first();
    expect(disabled.after).toMatchObject({ enrolled: false, method: 'recovery-code', pendingSessionsEnded: 1 });
  });

  it('replaces recovery codes with a valid code; the old ones stop working', async () => {
    const t = await newTenant();
    const { session, secret, recoveryCodes } = await enrolled(t, t.memberId);

    const wrong = await call(session, 'POST', '/access/mfa/recovery-codes', { code: await wrongCode(secret) });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors).toContainEqual(expect.objectContaining({ field: '/code' }));

    const replaced = await call(session, 'POST', '/access/mfa/recovery-codes', { code: await codeAt(secret, 0) });
    expect(replaced.status, replaced.text).toBe(200);
    const fresh: string[] = replaced.body.recoveryCodes;
    expect(fresh).toHaveLength(10);
    expect(fresh.some((c) => recoveryCodes.includes(c))).toBe(false);

    const pending = await sessionFor(h, t.id, t.memberId);
    expect((await call(pending, 'POST', '/access/mfa/challenge', { recoveryCode: recoveryCodes[0] })).status).toBe(400);
    expect((await call(pending, 'POST', '/access/mfa/challenge', { recoveryCode: fresh[0] })).status).toBe(200);

    const audit = await knex()('audit_events').where({ tenantId: t.id, action: 'access.mfa.recovery-codes-replaced' });
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain(fresh[0]);
  });

  it('never lets a session touch another person’s factor, in its tenant or another', async () => {
    const t = await newTenant();
    const other = await newTenant();
    const { secret } = await enrolled(t, t.memberId);
    const colleagueId = await addPerson(t, `colleague@${t.slug}.test`);
    const colleague = await sessionFor(h, t.id, colleagueId);

    expect((await call(colleague, 'GET', '/access/mfa')).body).toMatchObject({ enrolled: false, sessionState: 'none' });
    expect((await call(colleague, 'POST', '/access/mfa/challenge', { code: await codeAt(secret, 0) })).status).toBe(409);
    expect((await call(colleague, 'POST', '/access/mfa/disable', { code: await codeAt(secret, 0) })).status).toBe(409);
    expect((await call(colleague, 'POST', '/access/mfa/recovery-codes', { code: await codeAt(secret, 0) })).status).toBe(409);
    // Their own enrolment is theirs: the first person's code does not confirm it.
    const own = await call(colleague, 'POST', '/access/mfa/enrolment', {});
    expect(own.status).toBe(201);
    expect((await call(colleague, 'POST', '/access/mfa/enrolment/confirm', { code: await codeAt(secret, 0) })).status).toBe(400);

    const stranger = await sessionFor(h, other.id, other.memberId);
    expect((await call(stranger, 'GET', '/access/mfa')).body).toMatchObject({ enrolled: false });
    expect((await call(stranger, 'POST', '/access/mfa/disable', { code: await codeAt(secret, 0) })).status).toBe(409);

    // The first person's factor is untouched by all of it.
    const factor = await knex()('access_mfa').where({ personId: t.memberId }).first();
    expect(factor.confirmedAt).not.toBeNull();
    expect(h.server.keys.open(factor.secretEncrypted)).toBe(secret);
    expect((await call(await sessionFor(h, t.id, t.memberId), 'GET', '/access/mfa')).body).toMatchObject({ enrolled: true, recoveryCodesLeft: 10 });
  });

  it('refuses credentials without a person; a retried enrolment replays its answer sealed at rest', async () => {
    const t = await newTenant();
    const apiKey = h.actors.mint({ kind: 'api-key', tenantId: t.id, personId: null, partnerId: null, roles: ['api-key'], permissions: [P.mfa] });
    expect((await h.api('POST', '/api/v1/access/mfa/enrolment', { auth: apiKey, body: {} })).status).toBe(403);
    expect((await h.api('GET', '/api/v1/access/mfa', { auth: apiKey })).status).toBe(403);

    const session = await sessionFor(h, t.id, t.memberId);
    const first = await h.api('POST', '/api/v1/access/mfa/enrolment', { headers: session.headers({ 'idempotency-key': 'enrol-attempt-1' }), body: {} });
    const retry = await h.api('POST', '/api/v1/access/mfa/enrolment', { headers: session.headers({ 'idempotency-key': 'enrol-attempt-1' }), body: {} });
    expect(first.status).toBe(201);
    expect(retry.body.secret).toBe(first.body.secret);
    const stored = await knex()('idempotency_keys').where({ tenantId: t.id }).first();
    expect(JSON.stringify(stored)).not.toContain(first.body.secret);
    expect(await knex()('access_mfa').where({ personId: t.memberId })).toHaveLength(1);

    // A bearer (not a session) reads its status without a session state.
    const bearer = h.member(t, [P.mfa]);
    expect((await h.api('GET', '/api/v1/access/mfa', { auth: bearer })).body).toMatchObject({ sessionState: null });
  });

  it('reports the security posture of people for rosters', async () => {
    const t = await newTenant();
    await enrolled(t, t.memberId);
    const pendingOnly = await addPerson(t, `halfway@${t.slug}.test`);
    expect((await call(await sessionFor(h, t.id, pendingOnly), 'POST', '/access/mfa/enrolment', {})).status).toBe(201);

    const posture = await asTenant(h, t.id, (trx) => mfaPosture(trx, [t.memberId, t.staffId, pendingOnly, t.memberId]));
    expect(Object.fromEntries(posture)).toEqual({ [t.memberId]: 'enrolled', [t.staffId]: 'not-enrolled', [pendingOnly]: 'not-enrolled' });
    expect((await asTenant(h, t.id, (trx) => mfaPosture(trx, []))).size).toBe(0);

    // Another tenant's scope sees nobody enrolled, whatever ids it is given.
    const other = await newTenant();
    const seen = await asTenant(h, other.id, (trx) => mfaPosture(trx, [t.memberId]));
    expect(seen.get(t.memberId)).toBe('not-enrolled');
  });

  it('lets an administrator reset the factor of a person who lost their phone, and says so when there is none (issue 23, item 2)', async () => {
    const t = await newTenant();
    const { session: personSession } = await enrolled(t, t.memberId);
    // The person signed in again since (their session proved the factor): no session waits for it.
    const admin = await sessionFor(h, t.id, t.staffId, { secondFactorProven: true });
    const reset = await call(admin, 'POST', `/access/people/${t.memberId}/reset-mfa`);
    expect(reset.status, reset.text).toBe(200);
    expect((await call(await sessionFor(h, t.id, t.memberId), 'GET', '/access/mfa')).body.enrolled).toBe(false);
    // Their sessions ended: they sign in again and enrol anew.
    expect((await call(personSession, 'GET', '/access/mfa')).status).toBe(401);
    const [audit] = await knex()('audit_events').where({ action: 'access.person.mfa-reset', targetId: t.memberId });
    expect(audit).toBeDefined();

    const again = await call(admin, 'POST', `/access/people/${t.memberId}/reset-mfa`);
    expect(again.status).toBe(409);
    expect(again.body.detail).toMatch(/no two-factor authentication to reset/);
  });
});
