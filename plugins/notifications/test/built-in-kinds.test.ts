import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dealsPlugin } from '@portico/plugin-deals';
import type { Harness, TestTenant } from '@portico/testing';
import { LiveHub } from '../src/index.js';
import { api, expectProblem, ok, person, startNotificationsHarness } from './support.js';

// The built-in plugins' mails now go through people's preferences: the deal decision as before by
// default (now with an unsubscribe link), only in the centre when the submitter says so; reviewers hear
// of new registrations in the centre; access's security notices cannot be turned off.
describe('the built-in kinds, through preferences', () => {
  let h: Harness;
  let t: TestTenant;

  beforeAll(async () => {
    h = await startNotificationsHarness(new LiveHub(), [dealsPlugin]);
    t = await h.tenant('alpha');
  });
  afterAll(() => h?.close());

  const deal = async (auth: string, customerName: string) =>
    ok(api(h, auth, 'POST', '/deals', { customerName, title: `${customerName} rollout`, amountMinor: 1_000_000, currency: 'USD' }), 201);

  it('emails the decision by default, and only shows it in the centre once the submitter chose so', async () => {
    const seller = await person(h, t, 'salesperson', t.partnerId, 'es');
    const manager = await person(h, t, 'partner_manager', null);
    const first = await deal(seller.auth, 'Contoso');
    await ok(api(h, manager.auth, 'POST', `/deals/${first.id}/approve`, {}));
    await h.server.events.drain();
    const [mail] = await h.mailTo(seller.email, 'deals.decision');
    expect(mail.subject).toBe('Su oportunidad para Contoso fue aprobada');
    expect(mail.headers['List-Unsubscribe']).toMatch(/^<https:\/\/partners\.example\.test\/unsubscribe\?/);
    const [line] = (await ok(api(h, seller.auth, 'GET', '/notifications'))).items;
    expect(line).toMatchObject({ kind: 'deals.decision', pluginId: 'deals', title: 'Oportunidad aprobada: Contoso', link: `/deals/${first.id}` });

    await ok(api(h, seller.auth, 'PATCH', '/notifications/preferences', { channels: { 'deals.decision': 'in-app' } }));
    const second = await deal(seller.auth, 'Fabrikam');
    await ok(api(h, manager.auth, 'POST', `/deals/${second.id}/reject`, { reason: 'Direct account' }));
    await h.server.events.drain();
    expect(await h.mailTo(seller.email, 'deals.decision')).toHaveLength(1);
    const [rejected] = (await ok(api(h, seller.auth, 'GET', '/notifications'))).items;
    expect(rejected).toMatchObject({ title: 'Oportunidad rechazada: Fabrikam' });
    expect(rejected.body).toContain('Direct account');
  });

  it('tells the staff who review deals of a new registration, in the centre only, and no partner', async () => {
    const reviewer = await person(h, t, 'partner_manager', null);
    const support = await person(h, t, 'support', null);
    const admin = await person(h, t, 'partner_admin', t.partnerId);
    const seller = await person(h, t, 'salesperson', t.partnerId);
    await deal(seller.auth, 'Northwind');
    await h.server.events.drain();
    const items = (await ok(api(h, reviewer.auth, 'GET', '/notifications'))).items;
    expect(items.map((i: { title: string }) => i.title)).toContain('New deal to review: Northwind');
    expect(await h.mailTo(reviewer.email, 'deals.submitted')).toEqual([]);
    expect((await ok(api(h, support.auth, 'GET', '/notifications'))).items).toEqual([]);
    expect((await ok(api(h, admin.auth, 'GET', '/notifications'))).items).toEqual([]);
    // A partner's preferences list partner kinds; a reviewer's list staff kinds.
    const partnerKinds = (await ok(api(h, seller.auth, 'GET', '/notifications/preferences'))).kinds.map((k: { kind: string }) => k.kind);
    expect(partnerKinds).toContain('deals.decision');
    expect(partnerKinds).not.toContain('deals.submitted');
    expect(partnerKinds).toEqual(expect.arrayContaining(['access.mfa-enabled', 'access.mfa-reset']));
  });

  it('keeps security notices mandatory: they cannot be turned off', async () => {
    const seller = await person(h, t, 'salesperson', t.partnerId);
    const prefs = await ok(api(h, seller.auth, 'GET', '/notifications/preferences'));
    expect(prefs.kinds.find((k: { kind: string }) => k.kind === 'access.mfa-reset')).toMatchObject({ mandatory: true, channel: 'both' });
    expectProblem(await api(h, seller.auth, 'PATCH', '/notifications/preferences', { channels: { 'access.mfa-reset': 'off' } }), 400, '/channels/access.mfa-reset');
  });
});
