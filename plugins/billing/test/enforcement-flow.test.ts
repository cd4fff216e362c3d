/**
 * Enforcement through the HTTP API and the scheduled task, with time moved (never waited for): an
 * account goes overdue, into grace and into restriction on schedule — each transition audited with
 * its cause, announced and emailed to the billing contact and the partner's admins in their language —
 * and back to active at once when paid, voided or written off; staff waive and extend grace with a
 * reason. The gated feature (`questions.ask`) follows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness, TestTenant } from '@portico/testing';
import { at, auditOf, call, createPlan, dayFrom, eventsOf, expectProblem, issue, newPartner, person, setUp, startBillingHarness, type Person } from './support.js';

const DAY = 86_400_000;

describe('enforcement, from overdue to restricted and back', () => {
  let h: Harness;
  let alpha: TestTenant;
  let staff: string;
  let plan: any;

  beforeAll(async () => {
    h = await startBillingHarness();
    alpha = await h.tenant('alpha');
    staff = h.staff(alpha, h.allPermissions());
    plan = await createPlan(h, staff, { name: 'Growth', price: '149.00', currency: 'EUR', features: ['questions.ask'] });
    await call(h, staff, 'PATCH', '/billing/settings', { gatedFeatures: ['questions.ask'] }, 200);
  });
  afterAll(() => h?.close());

  const enforce = (now: Date) => h.runTask('billing', 'enforce', now);
  const accountOf = (partnerId: string) => call(h, staff, 'GET', `/billing/accounts/${partnerId}`, undefined, 200);
  const ask = (who: Person) => h.api('POST', '/api/v1/questions', { auth: who.auth, body: { subject: 'Rate limits', body: 'What are the limits?' } });

  /** A partner set up on Growth, with a French partner admin, an English billing contact and a technical person. */
  async function partner(name: string) {
    const partnerId = await newPartner(h, alpha, name);
    const admin = await person(h, alpha, 'partner_admin', partnerId, { locale: 'fr', name: 'Gaston' });
    const technical = await person(h, alpha, 'technical', partnerId);
    const contactEmail = `accounts@${name.toLowerCase().replace(/\W+/g, '-')}.test`;
    const account = await setUp(h, staff, partnerId, plan.id, { contactName: 'Ada Accounts', contactEmail });
    return { partnerId, admin, technical, contactEmail, account };
  }

  it('walks every transition on schedule, then back to active the moment the invoice is paid', async () => {
    const p = await partner('Scheduled Partner');
    const due = dayFrom(new Date(), 5);
    const invoice = await issue(h, staff, p.account.id, { amount: '149.00', dueDate: due });

    // On its due day the invoice is not yet late.
    await enforce(at(due, '23:59:00'));
    expect((await accountOf(p.partnerId)).standing.state).toBe('active');

    // The next day: overdue, audited with its cause, announced, and both recipients emailed in their language.
    const overdueAt = at(dayFrom(at(due), 1), '00:10:00');
    await enforce(overdueAt);
    const overdue = await accountOf(p.partnerId);
    expect(overdue.standing).toMatchObject({ state: 'overdue', since: overdueAt.toISOString(), cause: { code: 'invoice-past-due', invoiceNumber: invoice.number }, restricted: false });
    const [marked] = await auditOf(h, p.account.id, 'billing.account.marked-overdue');
    expect(marked).toMatchObject({ partnerId: p.partnerId, actorKind: 'system:billing.enforce' });
    expect(marked.before).toMatchObject({ state: 'active' });
    expect(marked.after).toMatchObject({ state: 'overdue', cause: { code: 'invoice-past-due', invoiceId: invoice.id, invoiceNumber: invoice.number } });
    const [event] = await eventsOf(h, 'billing.account.marked-overdue', 'accountId', p.account.id);
    expect(event.payload).toMatchObject({ partnerId: p.partnerId, from: 'active', to: 'overdue', cause: 'invoice-past-due', invoiceNumber: invoice.number });
    const [english] = await h.mailTo(p.contactEmail, 'billing.overdue');
    expect(english.subject).toBe(`Invoice ${invoice.number} is overdue`);
    expect(english.text).toContain('Hello Ada Accounts,');
    expect(english.text).toContain('for €149.00');
    expect(english.text).toContain('https://partners.example.test/billing');
    const [french] = await h.mailTo(p.admin.email, 'billing.overdue');
    expect(french.subject).toBe(`La facture ${invoice.number} est en retard`);
    expect(french.text).toMatch(/d’un montant de 149,00\s€/);

    // Overdue and in grace, the gated feature stays open.
    expect((await ask(p.technical)).status).toBe(201);

    // Running again at the same moment changes nothing.
    await enforce(overdueAt);
    expect(await auditOf(h, p.account.id, 'billing.account.marked-overdue')).toHaveLength(1);
    expect(await h.mailTo(p.contactEmail, 'billing.overdue')).toHaveLength(1);

    // Three days of notice, then the grace period: 14 days from the moment it starts.
    await enforce(new Date(overdueAt.getTime() + 3 * DAY - 60_000));
    expect((await accountOf(p.partnerId)).standing.state).toBe('overdue');
    const graceAt = new Date(overdueAt.getTime() + 3 * DAY);
    await enforce(graceAt);
    const grace = await accountOf(p.partnerId);
    const graceEnds = new Date(graceAt.getTime() + 14 * DAY);
    expect(grace.standing).toMatchObject({ state: 'grace', graceEndsAt: graceEnds.toISOString(), cause: { code: 'overdue-period-ended' } });
    expect(await auditOf(h, p.account.id, 'billing.account.grace-started')).toHaveLength(1);
    expect((await ask(p.technical)).status).toBe(201);

    // Three days before its end, once: "features will be paused".
    await enforce(new Date(graceEnds.getTime() - 3 * DAY - 60_000));
    expect(await h.mailTo(p.contactEmail, 'billing.grace-ending')).toHaveLength(0);
    await enforce(new Date(graceEnds.getTime() - 3 * DAY + 60_000));
    await enforce(new Date(graceEnds.getTime() - 2 * DAY));
    const warnings = await h.mailTo(p.contactEmail, 'billing.grace-ending');
    expect(warnings).toHaveLength(1);
    expect(warnings[0].subject).toMatch(/^Features will be paused on /);
    expect((await h.mailTo(p.admin.email, 'billing.grace-ending'))[0].subject).toMatch(/^Des fonctionnalités seront suspendues le /);

    // The grace period ends: restricted, emailed; the gated feature answers 402.
    await enforce(graceEnds);
    const restricted = await accountOf(p.partnerId);
    expect(restricted.standing).toMatchObject({ state: 'restricted', restricted: true, cause: { code: 'grace-period-ended', invoiceNumber: invoice.number } });
    expect((await h.mailTo(p.contactEmail, 'billing.restricted'))[0].subject).toBe('Features paused for Scheduled Partner');
    expect((await h.mailTo(p.admin.email, 'billing.restricted'))[0].subject).toBe('Fonctionnalités suspendues pour Scheduled Partner');
    expectProblem(await ask(p.technical), 402);
    // Billing itself stays open to the restricted partner.
    expect(await call(h, p.admin.auth, 'GET', '/billing/account', undefined, 200)).toMatchObject({
      standing: { state: 'restricted', cause: { invoiceNumber: invoice.number } },
      amountDue: [{ value: '149.00', currency: 'EUR' }],
    });

    // Paid: active at once, in the same request.
    await call(h, staff, 'POST', `/billing/invoices/${invoice.id}/payments`, { reference: 'Wire 2026-04' }, 201);
    const restored = await accountOf(p.partnerId);
    expect(restored.standing).toMatchObject({ state: 'active', restricted: false, graceEndsAt: null, cause: { code: 'payment-received', invoiceNumber: invoice.number } });
    expect((await ask(p.technical)).status).toBe(201);
    const [restoredEvent] = await eventsOf(h, 'billing.account.restored', 'accountId', p.account.id);
    expect(restoredEvent.payload).toMatchObject({ from: 'restricted', to: 'active', cause: 'payment-received', invoiceId: invoice.id });
    const [restoredAudit] = await auditOf(h, p.account.id, 'billing.account.restored');
    expect(restoredAudit).toMatchObject({ actorKind: expect.stringMatching(/^staff:/), before: { state: 'restricted' }, after: { state: 'active', cause: { code: 'payment-received' } } });
    expect((await h.mailTo(p.contactEmail, 'billing.restored'))[0].text).toContain(`the payment of invoice ${invoice.number} is recorded`);
    expect((await h.mailTo(p.admin.email, 'billing.restored'))[0].subject).toBe('Facturation de nouveau à jour pour Scheduled Partner');

    // Nothing is left to do for the schedule.
    await enforce(new Date(graceEnds.getTime() + DAY));
    expect((await accountOf(p.partnerId)).standing.state).toBe('active');
  });

  it('lifts a grace period at once when the last invoice past due is paid, and not while another remains', async () => {
    const p = await partner('Grace Partner');
    const now = new Date();
    const first = await issue(h, staff, p.account.id, { dueDate: dayFrom(now, -10) });
    const second = await issue(h, staff, p.account.id, { dueDate: dayFrom(now, -5) });
    // Issued past due, the account is overdue at once.
    expect((await accountOf(p.partnerId)).standing).toMatchObject({ state: 'overdue', cause: { code: 'invoice-past-due', invoiceNumber: first.number } });
    await enforce(new Date(now.getTime() + 3 * DAY + 60_000));
    expect((await accountOf(p.partnerId)).standing.state).toBe('grace');
    await call(h, staff, 'POST', `/billing/invoices/${first.id}/payments`, {}, 201);
    const still = await accountOf(p.partnerId);
    expect(still.standing.state).toBe('grace');
    expect(still.pastDue.number).toBe(second.number);
    await call(h, staff, 'POST', `/billing/invoices/${second.id}/payments`, {}, 201);
    expect((await accountOf(p.partnerId)).standing).toMatchObject({ state: 'active', cause: { code: 'payment-received', invoiceNumber: second.number } });
    expect(await h.mailTo(p.contactEmail, 'billing.restored')).toHaveLength(1);
  });

  it('goes back to active when the invoice past due is voided or written off', async () => {
    const p = await partner('Void Partner');
    const now = new Date();
    const wrong = await issue(h, staff, p.account.id, { dueDate: dayFrom(now, -2) });
    expect((await accountOf(p.partnerId)).standing.state).toBe('overdue');
    await call(h, staff, 'POST', `/billing/invoices/${wrong.id}/void`, { reason: 'Issued twice.' }, 200);
    expect((await accountOf(p.partnerId)).standing).toMatchObject({ state: 'active', cause: { code: 'invoice-voided', invoiceNumber: wrong.number } });

    const lost = await issue(h, staff, p.account.id, { dueDate: dayFrom(now, -40) });
    await enforce(new Date(now.getTime() + 3 * DAY + 60_000));
    await enforce(new Date(now.getTime() + 17 * DAY + 120_000));
    expect((await accountOf(p.partnerId)).standing.state).toBe('restricted');
    await call(h, staff, 'POST', `/billing/invoices/${lost.id}/write-off`, { reason: 'Settled out of court.' }, 200);
    expect((await accountOf(p.partnerId)).standing).toMatchObject({ state: 'active', cause: { code: 'invoice-written-off' } });
  });

  it('lets staff waive enforcement until a day, with a reason, after which it resumes', async () => {
    const p = await partner('Waived Partner');
    const now = new Date();
    await issue(h, staff, p.account.id, { dueDate: dayFrom(now, -30) });
    await enforce(new Date(now.getTime() + 3 * DAY + 60_000));
    await enforce(new Date(now.getTime() + 17 * DAY + 120_000));
    expect((await accountOf(p.partnerId)).standing.state).toBe('restricted');
    expectProblem(await ask(p.technical), 402);

    expectProblem(await h.api('POST', `/api/v1/billing/accounts/${p.partnerId}/waive`, { auth: staff, body: { until: dayFrom(now, -1), reason: 'Late' } }), 400, '/until');
    expectProblem(await h.api('POST', `/api/v1/billing/accounts/${p.partnerId}/waive`, { auth: p.admin.auth, body: { until: dayFrom(now, 30), reason: 'Please' } }), 403);
    const until = dayFrom(now, 30);
    const waived = await call(h, staff, 'POST', `/billing/accounts/${p.partnerId}/waive`, { until, reason: 'The transfer is on its way.' }, 200);
    expect(waived.standing).toMatchObject({ state: 'active', waivedUntil: `${dayFrom(at(until), 1)}T00:00:00.000Z`, waiverReason: 'The transfer is on its way.', cause: { code: 'waived', reason: 'The transfer is on its way.' } });
    expect((await ask(p.technical)).status).toBe(201);
    const [audit] = await auditOf(h, p.account.id, 'billing.account.waived');
    expect(audit.after).toMatchObject({ state: 'active', cause: { code: 'waived', reason: 'The transfer is on its way.' } });
    expect((await h.mailTo(p.contactEmail, 'billing.restored'))[0].text).toContain('waived the payment reminders');
    expect((await call(h, staff, 'GET', '/billing/overview', undefined, 200)).waived).toBe(1);

    // The schedule leaves it alone while the waiver holds…
    await enforce(new Date(at(until).getTime() + 12 * 3_600_000));
    expect((await accountOf(p.partnerId)).standing.state).toBe('active');
    // …and resumes once it has ended, the waiver's end the cause.
    await enforce(new Date(at(until).getTime() + 2 * DAY));
    expect((await accountOf(p.partnerId)).standing).toMatchObject({ state: 'overdue', waivedUntil: null, cause: { code: 'waiver-ended' } });
  });

  it('lets staff extend a grace period, bringing a restricted account back to grace until then', async () => {
    const p = await partner('Extended Partner');
    const now = new Date();
    expectProblem(await h.api('POST', `/api/v1/billing/accounts/${p.partnerId}/extend-grace`, { auth: staff, body: { until: dayFrom(now, 10), reason: 'Why not' } }), 409);
    await issue(h, staff, p.account.id, { dueDate: dayFrom(now, -30) });
    await enforce(new Date(now.getTime() + 3 * DAY + 60_000));
    const late = new Date(now.getTime() + 17 * DAY + 120_000);
    await enforce(late);
    expect((await accountOf(p.partnerId)).standing.state).toBe('restricted');
    expectProblem(await h.api('POST', `/api/v1/billing/accounts/${p.partnerId}/extend-grace`, { auth: staff, body: { until: dayFrom(now, -1), reason: 'New bank' } }), 400, '/until');
    expectProblem(await h.api('POST', `/api/v1/billing/accounts/${p.partnerId}/extend-grace`, { auth: staff, body: { until: dayFrom(now, 25), reason: '   ' } }), 400, '/reason');
    const until = dayFrom(late, 7);
    const extended = await call(h, staff, 'POST', `/billing/accounts/${p.partnerId}/extend-grace`, { until, reason: 'Their finance team moves to a new bank.' }, 200);
    expect(extended.standing).toMatchObject({ state: 'grace', graceEndsAt: `${dayFrom(at(until), 1)}T00:00:00.000Z`, cause: { code: 'grace-extended', reason: 'Their finance team moves to a new bank.' } });
    expect((await ask(p.technical)).status).toBe(201);
    expect(await auditOf(h, p.account.id, 'billing.account.grace-extended')).toHaveLength(1);
    expect(await eventsOf(h, 'billing.account.grace-extended', 'accountId', p.account.id)).toHaveLength(1);
    await enforce(new Date(at(until).getTime() + 12 * 3_600_000));
    expect((await accountOf(p.partnerId)).standing.state).toBe('grace');
    await enforce(new Date(at(until).getTime() + DAY));
    expect((await accountOf(p.partnerId)).standing.state).toBe('restricted');
  });
});
