/**
 * Billing accounts and plans through the HTTP API: a partner admin sets up their organisation's
 * billing (contact, address, tax id checked for its country, a plan of the catalogue), sees only
 * their own; staff see every partner by state with what it owes, keep the catalogue, and set plans.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness, TestTenant } from '@portico/testing';
import { auditOf, call, contact, createPlan, dayFrom, eventsOf, expectProblem, issue, person, setUp, startBillingHarness, type Person } from './support.js';

describe('billing accounts', () => {
  let h: Harness;
  let alpha: TestTenant;
  let beta: TestTenant;
  let staff: string;
  let admin: Person;
  let otherAdmin: Person;
  let salesperson: Person;
  let manager: Person;
  let plan: any;

  beforeAll(async () => {
    h = await startBillingHarness();
    alpha = await h.tenant('alpha');
    beta = await h.tenant('beta');
    staff = h.staff(alpha, h.allPermissions());
    admin = await person(h, alpha, 'partner_admin', alpha.partnerId);
    otherAdmin = await person(h, alpha, 'partner_admin', alpha.otherPartnerId);
    salesperson = await person(h, alpha, 'salesperson', alpha.partnerId);
    manager = await person(h, alpha, 'partner_manager', null);
    plan = await createPlan(h, staff, { name: 'Growth', price: '149.00', currency: 'EUR', features: ['questions.ask'] });
  });
  afterAll(() => h?.close());

  it('shows a partner admin an organisation with nothing set up yet', async () => {
    const account = await call(h, admin.auth, 'GET', '/billing/account', undefined, 200);
    expect(account).toMatchObject({
      id: null,
      partnerId: alpha.partnerId,
      partnerName: 'alpha partner',
      setUp: false,
      contactEmail: null,
      plan: null,
      paymentMethod: { status: 'none', provider: 'manual' },
      standing: { state: 'active', restricted: false, graceEndsAt: null },
      pastDue: null,
      amountDue: [],
    });
    // Salespeople do not see billing; nor do they change it.
    expectProblem(await h.api('GET', '/api/v1/billing/account', { auth: salesperson.auth }), 403);
    expectProblem(await h.api('PUT', '/api/v1/billing/account', { auth: salesperson.auth, body: contact() }), 403);
  });

  it('lets the partner admin set the billing contact and choose a plan, audited, with an event', async () => {
    const body = contact({ contactName: '  Fatima Finance ', contactEmail: 'Fatima@Partner.TEST', taxId: 'fr 40 303 265 045', planId: plan.id });
    const account = await call(h, admin.auth, 'PUT', '/billing/account', body, 200);
    expect(account).toMatchObject({
      setUp: true,
      contactName: 'Fatima Finance',
      contactEmail: 'fatima@partner.test',
      country: 'FR',
      taxId: 'FR40303265045',
      taxIdKind: 'eu_vat',
      plan: { id: plan.id, name: 'Growth', price: { minor: 14900, currency: 'EUR', exponent: 2, value: '149.00' }, period: 'month', features: ['questions.ask'] },
    });
    expect(account.id).toEqual(expect.any(String));
    const [opened] = await auditOf(h, account.id, 'billing.account.opened');
    expect(opened).toMatchObject({ partnerId: alpha.partnerId, actorPersonId: admin.id });
    expect(opened.after).toMatchObject({ contactEmail: 'fatima@partner.test', taxId: 'FR40303265045', planId: plan.id });
    expect(await eventsOf(h, 'billing.account.plan-changed', 'accountId', account.id)).toHaveLength(1);
    // Read back the same.
    expect(await call(h, admin.auth, 'GET', '/billing/account', undefined, 200)).toEqual(account);
  });

  it('refuses a tax id of the wrong shape for the country with 400 naming /taxId, changing nothing', async () => {
    for (const [taxId, country] of [['FR123', 'FR'], ['12-345678', 'US'], ['07-1234567', 'US'], ['DE12345678', 'DE']]) {
      const refused = await h.api('PUT', '/api/v1/billing/account', { auth: admin.auth, body: contact({ taxId, country, contactName: 'Changed' }) });
      expectProblem(refused, 400, '/taxId');
    }
    expect((await call(h, admin.auth, 'GET', '/billing/account', undefined, 200)).contactName).toBe('Fatima Finance');
    // A US address with an EIN; a Swiss one with its own form; none at all.
    expect((await call(h, admin.auth, 'PUT', '/billing/account', contact({ country: 'US', region: 'CA', postalCode: '94105', city: 'San Francisco', taxId: '123456789' }), 200)).taxId).toBe('12-3456789');
    expect((await call(h, admin.auth, 'PUT', '/billing/account', contact({ country: 'CH', taxId: 'CHE-123.456.789' }), 200))).toMatchObject({ taxId: 'CHE-123.456.789', taxIdKind: 'other' });
    expect((await call(h, admin.auth, 'PUT', '/billing/account', contact({ taxId: null }), 200))).toMatchObject({ taxId: null, taxIdKind: null });
    // The plan stays as chosen when the body leaves it out.
    expect((await call(h, admin.auth, 'GET', '/billing/account', undefined, 200)).plan.id).toBe(plan.id);
  });

  it('refuses other malformed details, naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ country: 'XX' }, '/country'],
      [{ contactEmail: 'not-an-email' }, '/contactEmail'],
      [{ contactName: '   ' }, '/contactName'],
      [{ city: '' }, '/city'],
      [{ planId: '00000000-0000-4000-8000-000000000000' }, '/planId'],
    ];
    for (const [change, field] of cases) expectProblem(await h.api('PUT', '/api/v1/billing/account', { auth: admin.auth, body: contact({ ...change, taxId: null }) }), 400, field);
  });

  it('keeps retired plans on the accounts that have them, but nobody can choose one', async () => {
    const retired = await createPlan(h, staff, { name: 'Legacy', price: '99.00' });
    await call(h, staff, 'PATCH', `/billing/plans/${retired.id}`, { active: false }, 200);
    expectProblem(await h.api('PUT', '/api/v1/billing/account', { auth: admin.auth, body: contact({ planId: retired.id }) }), 400, '/planId');
    const partnerPlans = await call(h, admin.auth, 'GET', '/billing/plans', undefined, 200);
    expect(partnerPlans.items.map((p: any) => p.name)).not.toContain('Legacy');
    expectProblem(await h.api('GET', `/api/v1/billing/plans/${retired.id}`, { auth: admin.auth }), 404);
    const staffPlans = await call(h, staff, 'GET', '/billing/plans?active=false', undefined, 200);
    expect(staffPlans.items.map((p: any) => p.name)).toEqual(['Legacy']);
    // In use: retire, do not delete.
    expectProblem(await h.api('DELETE', `/api/v1/billing/plans/${plan.id}`, { auth: staff }), 409);
    await call(h, staff, 'DELETE', `/billing/plans/${retired.id}`, undefined, 204);
  });

  it('keeps the catalogue to staff, with exact prices and unique names', async () => {
    expectProblem(await h.api('POST', '/api/v1/billing/plans', { auth: admin.auth, body: { name: 'Mine', price: '1.00', currency: 'EUR', period: 'month' } }), 403);
    // A partner granted the permission is still no member of staff.
    expectProblem(await h.api('POST', '/api/v1/billing/plans', { auth: h.member(alpha, ['billing.plans.manage']), body: { name: 'Mine', price: '1.00', currency: 'EUR', period: 'month' } }), 403);
    const yen = await createPlan(h, staff, { name: 'Tokyo', price: '15000', currency: 'JPY', period: 'year', features: ['questions.ask', 'questions.ask'] });
    expect(yen).toMatchObject({ price: { minor: 15000, exponent: 0, value: '15000' }, features: ['questions.ask'], period: 'year', active: true });
    expectProblem(await h.api('POST', '/api/v1/billing/plans', { auth: staff, body: { name: 'Half yen', price: '1.5', currency: 'JPY', period: 'month' } }), 400, '/price');
    expectProblem(await h.api('POST', '/api/v1/billing/plans', { auth: staff, body: { name: 'No money', price: '1.00', currency: 'XYZ', period: 'month' } }), 400, '/currency');
    expectProblem(await h.api('POST', '/api/v1/billing/plans', { auth: staff, body: { name: 'tokyo', priceMinor: 1, currency: 'JPY', period: 'month' } }), 409);
    const renamed = await call(h, staff, 'PATCH', `/billing/plans/${yen.id}`, { currency: 'EUR', price: '120.00' }, 200);
    expect(renamed.price).toEqual({ minor: 12000, currency: 'EUR', exponent: 2, value: '120.00' });
    expectProblem(await h.api('PATCH', `/api/v1/billing/plans/${yen.id}`, { auth: staff, body: { currency: 'USD' } }), 400, '/priceMinor');
    const [created] = await auditOf(h, yen.id, 'billing.plan.created');
    expect(created.after).toMatchObject({ name: 'Tokyo' });
  });

  it('shows a partner its own account only: another organisation’s or tenant’s is a 404', async () => {
    expect((await call(h, admin.auth, 'GET', `/billing/accounts/${alpha.partnerId}`, undefined, 200)).partnerId).toBe(alpha.partnerId);
    expectProblem(await h.api('GET', `/api/v1/billing/accounts/${alpha.otherPartnerId}`, { auth: admin.auth }), 404);
    const own = await call(h, admin.auth, 'GET', '/billing/accounts', undefined, 200);
    expect(own.items.map((a: any) => a.partnerId)).toEqual([alpha.partnerId]);
    expectProblem(await h.api('GET', `/api/v1/billing/accounts/${alpha.partnerId}`, { auth: h.staff(beta, h.allPermissions()) }), 404);
    // Changing another organisation's billing is staff's, and a partner cannot reach it even with the permission.
    expectProblem(await h.api('PATCH', `/api/v1/billing/accounts/${alpha.otherPartnerId}`, { auth: h.member(alpha, ['billing.accounts.manage']), body: { city: 'Lyon' } }), 404);
    expectProblem(await h.api('PATCH', `/api/v1/billing/accounts/${alpha.partnerId}`, { auth: h.member(alpha, ['billing.accounts.manage']), body: { city: 'Lyon' } }), 403);
    expect((await call(h, otherAdmin.auth, 'GET', '/billing/account', undefined, 200)).partnerId).toBe(alpha.otherPartnerId);
  });

  it('gives staff every partner by state, set up or not, and the amounts owed', async () => {
    const other = await setUp(h, staff, alpha.otherPartnerId, plan.id);
    const now = new Date();
    await issue(h, staff, other.id, { amount: '100.00', dueDate: dayFrom(now, -3) });
    await issue(h, staff, other.id, { amount: '49.50', dueDate: dayFrom(now, 10) });
    const listed = await call(h, manager.auth, 'GET', '/billing/accounts', undefined, 200);
    expect(listed.items.map((a: any) => [a.partnerName, a.setUp, a.standing.state])).toEqual([
      ['alpha other partner', true, 'overdue'],
      ['alpha partner', true, 'active'],
    ]);
    expect(listed.items[0]).toMatchObject({
      amountDue: [{ minor: 14950, currency: 'EUR', value: '149.50' }],
      amountOverdue: [{ minor: 10000, currency: 'EUR', value: '100.00' }],
      pastDue: { number: expect.stringMatching(/^INV-\d{4}-\d{6}$/), amountDue: { value: '100.00' }, dueDate: dayFrom(now, -3) },
      standing: { cause: { code: 'invoice-past-due' } },
    });
    const overdue = await call(h, manager.auth, 'GET', '/billing/accounts?state=overdue', undefined, 200);
    expect(overdue.items.map((a: any) => a.partnerId)).toEqual([alpha.otherPartnerId]);
    const page = await call(h, manager.auth, 'GET', '/billing/accounts?limit=1', undefined, 200);
    const next = await call(h, manager.auth, 'GET', `/billing/accounts?limit=1&cursor=${page.nextCursor}`, undefined, 200);
    expect([...page.items, ...next.items].map((a: any) => a.partnerName)).toEqual(['alpha other partner', 'alpha partner']);
    const overview = await call(h, manager.auth, 'GET', '/billing/overview', undefined, 200);
    expect(overview).toEqual({
      partners: 2,
      notSetUp: 0,
      byState: { active: 1, overdue: 1, grace: 0, restricted: 0 },
      waived: 0,
      amountOverdue: [{ minor: 10000, currency: 'EUR', exponent: 2, value: '100.00' }],
      amountDue: [{ minor: 14950, currency: 'EUR', exponent: 2, value: '149.50' }],
    });
    // The overview is staff's.
    expectProblem(await h.api('GET', '/api/v1/billing/overview', { auth: admin.auth }), 403);
  });

  it('lets staff set a partner’s plan and its payment method status, audited', async () => {
    const basic = await createPlan(h, staff, { name: 'Basic', price: '10.00', features: [] });
    const changed = await call(h, manager.auth, 'PUT', `/billing/accounts/${alpha.partnerId}/plan`, { planId: basic.id }, 200);
    expect(changed.plan.name).toBe('Basic');
    const [audit] = await auditOf(h, changed.id, 'billing.account.plan-changed');
    expect(audit).toMatchObject({ actorPersonId: manager.id, partnerId: alpha.partnerId, before: { plan: 'Growth' }, after: { plan: 'Basic' } });
    const marked = await call(h, manager.auth, 'PATCH', `/billing/accounts/${alpha.partnerId}`, { paymentMethodStatus: 'on-file' }, 200);
    expect(marked.paymentMethod.status).toBe('on-file');
    const none = await call(h, manager.auth, 'PUT', `/billing/accounts/${alpha.partnerId}/plan`, { planId: null }, 200);
    expect(none).toMatchObject({ plan: null, setUp: false });
    expectProblem(await h.api('PUT', `/api/v1/billing/accounts/${alpha.partnerId}/plan`, { auth: admin.auth, body: { planId: basic.id } }), 403);
  });
});
