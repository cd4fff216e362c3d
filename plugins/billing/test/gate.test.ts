/**
 * The billing-required gate, through the HTTP API: a feature the tenant gates (asking the vendor's
 * experts, `questions.ask`) answers 402 `billing-required` with a link to put billing in order — until
 * billing is set up, when the plan does not unlock it, and while the account is restricted — writes
 * nothing when it refuses, tells the portal the same, speaks the person's language, and never gates
 * staff, billing itself, sign-in or data export.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness, TestTenant } from '@portico/testing';
import { call, createPlan, dayFrom, expectProblem, issue, person, PUBLIC_URL, setUp, startBillingHarness, type Person } from './support.js';

describe('the billing-required gate', () => {
  let h: Harness;
  let alpha: TestTenant;
  let staff: string;
  let technical: Person;
  let francophone: Person;

  beforeAll(async () => {
    h = await startBillingHarness();
    alpha = await h.tenant('alpha');
    staff = h.staff(alpha, h.allPermissions());
    technical = await person(h, alpha, 'technical', alpha.partnerId, { name: 'Tina Tech' });
    francophone = await person(h, alpha, 'technical', alpha.otherPartnerId, { locale: 'fr', name: 'Théo' });
  });
  afterAll(() => h?.close());

  const ask = (who: Person, subject = 'Rate limits') => h.api('POST', '/api/v1/questions', { auth: who.auth, body: { subject, body: 'What are the API rate limits?' } });
  const features = (auth: string) => h.api('GET', '/api/v1/portal/features?keys=questions.ask', { auth });
  const gate = (features: string[]) => call(h, staff, 'PATCH', '/billing/settings', { gatedFeatures: features }, 200);
  const questionCount = async () => Number((await h.server.database.knex('questions').where({ tenantId: alpha.id }).count<{ count: string }[]>('id as count'))[0].count);

  it('leaves every feature open while the tenant gates none', async () => {
    expect((await ask(technical)).status).toBe(201);
    expect((await features(technical.auth)).body.features['questions.ask']).toEqual({ allowed: true });
  });

  it('refuses a gated feature to a partner without billing with 402 and a link to set it up, writing nothing', async () => {
    await gate(['questions.ask']);
    const before = await questionCount();
    const refused = await ask(technical);
    expectProblem(refused, 402);
    expect(refused.body).toMatchObject({
      type: expect.stringMatching(/\/billing-required$/),
      title: 'Billing needs to be set up',
      detail: expect.stringContaining('Add your billing contact and choose a plan'),
      action: { href: `${PUBLIC_URL}/billing`, label: 'Set up billing' },
    });
    expect(await questionCount()).toBe(before);
    expect(await h.server.database.knex('audit_events').where({ requestId: refused.headers.get('x-request-id') })).toEqual([]);
    // The portal learns the same, for <portico-feature-gate> to show in place of the form.
    const asked = await features(technical.auth);
    expect(asked.body.features['questions.ask']).toMatchObject({ allowed: false, problem: { status: 402, title: 'Billing needs to be set up', action: { href: `${PUBLIC_URL}/billing`, label: 'Set up billing' } } });
    // Routes of no feature are never asked about.
    expect((await h.api('GET', '/api/v1/questions', { auth: technical.auth })).status).toBe(200);
  });

  it('opens once billing is set up on a plan that unlocks the feature, and names the plan that does not', async () => {
    const basic = await createPlan(h, staff, { name: 'Basic', price: '49.00', features: [] });
    const pro = await createPlan(h, staff, { name: 'Pro', features: ['questions.ask'] });
    await setUp(h, staff, alpha.partnerId, basic.id);
    const notInPlan = await ask(technical);
    expectProblem(notInPlan, 402);
    expect(notInPlan.body).toMatchObject({ title: 'Not included in your plan', detail: expect.stringContaining('“Basic”'), action: { label: 'See the plans' } });
    await call(h, staff, 'PUT', `/billing/accounts/${alpha.partnerId}/plan`, { planId: pro.id }, 200);
    expect((await ask(technical)).status).toBe(201);
    expect((await features(technical.auth)).body.features['questions.ask']).toEqual({ allowed: true });
  });

  it('pauses the feature while the account is restricted, with a way to pay, and opens it again the moment it is paid', async () => {
    const account = await call(h, staff, 'GET', `/billing/accounts/${alpha.partnerId}`, undefined, 200);
    const now = new Date();
    const invoice = await issue(h, staff, account.id, { amount: '149.00', currency: 'EUR', dueDate: dayFrom(now, -2) });
    // Overdue and in grace, the feature stays open (banners only).
    await h.runTask('billing', 'enforce', new Date(now.getTime() + 4 * 86_400_000));
    expect((await ask(technical)).status).toBe(201);
    await h.runTask('billing', 'enforce', new Date(now.getTime() + 19 * 86_400_000));
    const refused = await ask(technical);
    expectProblem(refused, 402);
    expect(refused.body).toMatchObject({
      type: expect.stringMatching(/\/billing-required$/),
      title: 'Paused: an invoice is overdue',
      detail: expect.stringContaining(`invoice ${invoice.number} (€149.00`),
      action: { href: `${PUBLIC_URL}/billing`, label: 'Pay the overdue invoice' },
    });
    // Staff are never gated.
    expect((await features(h.staff(alpha, ['questions.read']))).body.features['questions.ask']).toEqual({ allowed: true });
    await call(h, staff, 'POST', `/billing/invoices/${invoice.id}/payments`, { reference: 'Wire 1' }, 201);
    expect((await ask(technical)).status).toBe(201);
  });

  it('speaks the person’s language', async () => {
    const refused = await ask(francophone);
    expectProblem(refused, 402);
    expect(refused.body).toMatchObject({ title: 'La facturation doit être configurée', action: { label: 'Configurer la facturation' } });
  });

  it('never gates billing itself, sign-in or data export, and keeps unknown features harmlessly', async () => {
    for (const [features, field] of [
      [['billing.read'], '/gatedFeatures/0'],
      [['questions.ask', 'access.sign-in'], '/gatedFeatures/1'],
      [['deals.export'], '/gatedFeatures/0'],
      [['team.members-export'], '/gatedFeatures/0'],
    ] as const) {
      const refused = await h.api('PATCH', '/api/v1/billing/settings', { auth: staff, body: { gatedFeatures: features } });
      expectProblem(refused, 400, field);
    }
    const kept = await call(h, staff, 'PATCH', '/billing/settings', { gatedFeatures: ['questions.ask', 'nothing.here', 'questions.ask'] }, 200);
    expect(kept.gatedFeatures).toEqual(['questions.ask', 'nothing.here']);
    expect((await call(h, staff, 'GET', '/billing/settings', undefined, 200)).gatedFeatures).toEqual(['questions.ask', 'nothing.here']);
  });
});
