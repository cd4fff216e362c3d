/**
 * What people notice, through the HTTP API with real signed-in sessions (cookie and request
 * verification, exactly as the portal sends them): partners refer prospects and see their own
 * organisation's referrals only; staff accept (fixing the fee of that moment) or decline them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessPlugin } from '@portico/plugin-access';
import { signedInPerson, startHarness, type ApiAnswer, type Harness, type TestPerson, type TestTenant } from '@portico/testing';
import { referralsPlugin } from '../src/index.js';
import type { Referral } from '../src/public.js';

let h: Harness;
let alpha: TestTenant;
let beta: TestTenant;
/** Alpha's first partner: a salesperson, a principal and a partner_user. */
let sam: TestPerson;
let paula: TestPerson;
let uma: TestPerson;
/** Alpha's other partner. */
let rival: TestPerson;
/** Alpha's staff: a partner manager (decides) and a tenant admin (changes the settings). */
let manager: TestPerson;
let admin: TestPerson;
/** Beta's partner manager. */
let stranger: TestPerson;

beforeAll(async () => {
  h = await startHarness({ plugins: [accessPlugin, referralsPlugin] });
  alpha = await h.tenant('alpha');
  beta = await h.tenant('beta');
  const member = (t: TestTenant, role: string, partnerId: string) => signedInPerson(h, t.id, { kind: 'member', role, partnerId });
  const staff = (t: TestTenant, role: string) => signedInPerson(h, t.id, { kind: 'staff', role, secondFactorProven: true });
  [sam, paula, uma, rival, manager, admin, stranger] = await Promise.all([
    member(alpha, 'salesperson', alpha.partnerId),
    member(alpha, 'principal', alpha.partnerId),
    member(alpha, 'partner_user', alpha.partnerId),
    member(alpha, 'salesperson', alpha.otherPartnerId),
    staff(alpha, 'partner_manager'),
    staff(alpha, 'tenant_admin'),
    staff(beta, 'partner_manager'),
  ]);
});
afterAll(() => h?.close());

const call = (who: TestPerson, method: string, path: string, body?: unknown): Promise<ApiAnswer> =>
  h.api(method, `/api/v1${path}`, { headers: who.headers(), body });

let seq = 0;
const prospect = (overrides: Record<string, unknown> = {}) => ({
  company: `Prospect ${++seq}`,
  contactName: 'Pat Contact',
  contactEmail: `pat${seq}@prospect.example`,
  ...overrides,
});

async function refer(who: TestPerson, overrides: Record<string, unknown> = {}): Promise<Referral> {
  const answer = await call(who, 'POST', '/referrals', prospect(overrides));
  expect(answer.status, answer.text).toBe(201);
  return answer.body;
}

const decide = (who: TestPerson, id: string, body: unknown) => call(who, 'POST', `/referrals/${id}/decision`, body);

async function listed(who: TestPerson, query = ''): Promise<Referral[]> {
  const items: Referral[] = [];
  let cursor: string | null = null;
  do {
    const answer: ApiAnswer = await call(who, 'GET', `/referrals?limit=2${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    expect(answer.status, answer.text).toBe(200);
    items.push(...answer.body.items);
    cursor = answer.body.nextCursor;
  } while (cursor);
  return items;
}

const knex = () => h.server.database.knex;
const auditOf = (targetId: string, action: string) => knex()('audit_events').where({ targetId, action });
const outboxOf = (type: string, referralId: string) => knex()('outbox_events').where({ type }).whereRaw("payload->>'referralId' = ?", [referralId]);

function expectProblem(answer: ApiAnswer, status: number): void {
  expect(answer.status, answer.text).toBe(status);
  expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
}

async function setSettings(change: Record<string, unknown>): Promise<void> {
  const answer = await call(admin, 'PATCH', '/referrals/settings', change);
  expect(answer.status, answer.text).toBe(200);
}

describe('referring a prospect', () => {
  it('is seen by the referrer’s organisation and by staff, never by another partner or tenant', async () => {
    const referral = await refer(sam, { company: 'Initech', notes: '  Wants a demo next week.  ' });
    expect(referral).toMatchObject({
      company: 'Initech',
      notes: 'Wants a demo next week.',
      status: 'pending',
      partnerId: alpha.partnerId,
      submittedBy: { id: sam.personId },
      feeMinor: null,
      currency: null,
      decisionReason: null,
    });

    // Sam's colleagues, even one who may not refer, see it; the other partner does not even learn it exists.
    expect((await listed(uma)).map((r) => r.id)).toContain(referral.id);
    expect((await call(paula, 'GET', `/referrals/${referral.id}`)).body).toMatchObject({ id: referral.id, company: 'Initech' });
    expect((await listed(rival)).map((r) => r.id)).not.toContain(referral.id);
    expectProblem(await call(rival, 'GET', `/referrals/${referral.id}`), 404);
    expectProblem(await call(stranger, 'GET', `/referrals/${referral.id}`), 404);

    // Staff see every partner's, with the partner's name.
    const rivals = await refer(rival, { company: 'Hooli' });
    const seenByStaff = await listed(manager);
    expect(seenByStaff.map((r) => r.id)).toEqual(expect.arrayContaining([referral.id, rivals.id]));
    expect(seenByStaff.find((r) => r.id === rivals.id)!.partnerName).toBe('alpha other partner');

    // Recorded and announced.
    const [audit] = await auditOf(referral.id, 'referrals.referral.submitted');
    expect(audit).toMatchObject({ partnerId: alpha.partnerId, actorPersonId: sam.personId });
    const [event] = await outboxOf('referrals.referral.submitted', referral.id);
    expect(event.payload).toEqual({ referralId: referral.id, partnerId: alpha.partnerId });
  });

  it('lists newest first in pages, and filters by status', async () => {
    const made = [await refer(paula), await refer(paula), await refer(paula)];
    const all = await listed(paula);
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
    const positions = made.map((r) => all.findIndex((x) => x.id === r.id));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => b - a));
    await decide(manager, made[1].id, { decision: 'declined', reason: 'Not our market.' });
    const pending = await listed(paula, '&status=pending');
    expect(pending.every((r) => r.status === 'pending')).toBe(true);
    expect(pending.map((r) => r.id)).not.toContain(made[1].id);
    expect((await listed(paula, '&status=declined')).map((r) => r.id)).toContain(made[1].id);
  });

  it('refuses a second pending referral of the same company by the same organisation (409)', async () => {
    const first = await refer(sam, { company: 'Globex Corp' });
    const again = await call(paula, 'POST', '/referrals', prospect({ company: '  globex   CORP ' }));
    expectProblem(again, 409);
    expect(again.body.detail).toContain('Globex Corp');
    // Another organisation may refer the same company.
    await refer(rival, { company: 'Globex Corp' });
    // Once the first is decided, the company may be referred again.
    expect((await decide(manager, first.id, { decision: 'declined', reason: 'Already in talks with them.' })).status).toBe(200);
    await refer(paula, { company: 'globex corp' });
  });

  it('is for a partner’s people: staff cannot refer (403), and blank names are refused naming the field', async () => {
    expectProblem(await call(manager, 'POST', '/referrals', prospect()), 403);
    expectProblem(await call(uma, 'POST', '/referrals', prospect()), 403);
    const blank = await call(sam, 'POST', '/referrals', prospect({ company: '   ' }));
    expectProblem(blank, 400);
    expect(blank.body.errors).toContainEqual(expect.objectContaining({ field: '/company' }));
    const badEmail = await call(sam, 'POST', '/referrals', prospect({ contactEmail: 'not an email' }));
    expectProblem(badEmail, 400);
    expect(badEmail.body.errors).toContainEqual(expect.objectContaining({ field: '/contactEmail' }));
  });
});

describe('deciding a referral', () => {
  it('accepting fixes the fee of that moment from the settings, announces it, and later fee changes leave it alone', async () => {
    await setSettings({ feeMinor: 120_000, currency: 'EUR' });
    const referral = await refer(sam);
    const accepted = await decide(manager, referral.id, { decision: 'accepted', reason: 'The customer confirmed.' });
    expect(accepted.status, accepted.text).toBe(200);
    expect(accepted.body).toMatchObject({ id: referral.id, status: 'accepted', feeMinor: 120_000, currency: 'EUR', decisionReason: 'The customer confirmed.' });
    expect(accepted.body.decidedAt).toEqual(expect.any(String));

    const [event] = await outboxOf('referrals.referral.accepted', referral.id);
    expect(event.payload).toEqual({ referralId: referral.id, partnerId: alpha.partnerId, feeMinor: 120_000, currency: 'EUR' });
    const [audit] = await auditOf(referral.id, 'referrals.referral.accepted');
    expect(audit).toMatchObject({ partnerId: alpha.partnerId, actorPersonId: manager.personId });
    expect(audit.before).toMatchObject({ status: 'pending', feeMinor: null });
    expect(audit.after).toMatchObject({ status: 'accepted', feeMinor: 120_000, currency: 'EUR' });

    // The fee changes afterwards: the accepted referral keeps its own; the next acceptance takes the new one.
    await setSettings({ feeMinor: 1_000, currency: 'USD' });
    expect((await call(sam, 'GET', `/referrals/${referral.id}`)).body).toMatchObject({ status: 'accepted', feeMinor: 120_000, currency: 'EUR' });
    const next = await refer(sam);
    expect((await decide(manager, next.id, { decision: 'accepted' })).body).toMatchObject({ feeMinor: 1_000, currency: 'USD', decisionReason: null });
    const settingsAudit = await knex()('audit_events').where({ tenantId: alpha.id, action: 'referrals.settings.updated' });
    expect(settingsAudit.length).toBeGreaterThanOrEqual(2);
  });

  it('declining needs a reason (400 naming /reason), which the partner reads', async () => {
    const referral = await refer(sam);
    for (const body of [{ decision: 'declined' }, { decision: 'declined', reason: '   ' }]) {
      const refused = await decide(manager, referral.id, body);
      expectProblem(refused, 400);
      expect(refused.body.errors).toContainEqual(expect.objectContaining({ field: '/reason' }));
    }
    expect((await call(sam, 'GET', `/referrals/${referral.id}`)).body.status).toBe('pending');
    const declined = await decide(manager, referral.id, { decision: 'declined', reason: 'They already buy from us directly.' });
    expect(declined.status, declined.text).toBe(200);
    expect((await call(sam, 'GET', `/referrals/${referral.id}`)).body).toMatchObject({
      status: 'declined',
      decisionReason: 'They already buy from us directly.',
      feeMinor: null,
      currency: null,
    });
    expect(await auditOf(referral.id, 'referrals.referral.declined')).toHaveLength(1);
    expect(await outboxOf('referrals.referral.accepted', referral.id)).toHaveLength(0);
  });

  it('decides once: a referral that is no longer pending is a 409', async () => {
    const accepted = await refer(sam);
    expect((await decide(manager, accepted.id, { decision: 'accepted' })).status).toBe(200);
    expectProblem(await decide(manager, accepted.id, { decision: 'accepted' }), 409);
    expectProblem(await decide(manager, accepted.id, { decision: 'declined', reason: 'Changed my mind.' }), 409);
    expect(await outboxOf('referrals.referral.accepted', accepted.id)).toHaveLength(1);
    expect(await auditOf(accepted.id, 'referrals.referral.accepted')).toHaveLength(1);
  });

  it('is for staff: a partner’s people cannot decide (403), even holding every permission', async () => {
    const referral = await refer(sam);
    expectProblem(await decide(sam, referral.id, { decision: 'accepted' }), 403);
    expectProblem(await decide(paula, referral.id, { decision: 'accepted' }), 403);
    const granted = await signedInPerson(h, alpha.id, { kind: 'member', role: 'partner_admin', partnerId: alpha.partnerId, permissions: h.allPermissions() });
    expectProblem(await decide(granted, referral.id, { decision: 'accepted' }), 403);
    expect((await call(sam, 'GET', `/referrals/${referral.id}`)).body.status).toBe('pending');
    // Another tenant's staff do not even find it.
    expectProblem(await decide(stranger, referral.id, { decision: 'accepted' }), 404);
    expect(await auditOf(referral.id, 'referrals.referral.accepted')).toHaveLength(0);
  });

  it('refuses a fee currency that is not ISO 4217, naming the field', async () => {
    const refused = await call(admin, 'PATCH', '/referrals/settings', { currency: 'ABC' });
    expectProblem(refused, 400);
    expect(refused.body.errors).toContainEqual(expect.objectContaining({ field: '/currency' }));
    // Members read the settings (the fee they earn) but do not change them.
    expect((await call(sam, 'GET', '/referrals/settings')).status).toBe(200);
    expectProblem(await call(sam, 'PATCH', '/referrals/settings', { feeMinor: 1 }), 403);
  });
});

it('writes an audit event for every change', async () => {
  const referral = await refer(sam);
  const declined = await refer(sam);
  await decide(manager, referral.id, { decision: 'accepted' });
  await decide(manager, declined.id, { decision: 'declined', reason: 'No budget this year.' });
  const actions = await knex()('audit_events').whereIn('targetId', [referral.id, declined.id]).orderBy('createdAt').pluck('action');
  expect(actions.sort()).toEqual(['referrals.referral.accepted', 'referrals.referral.declined', 'referrals.referral.submitted', 'referrals.referral.submitted']);
});
