/**
 * Invoices through the HTTP API: staff issue them to partners whose billing is set up (numbered at
 * issue, unique and gap-free under concurrent issuing), keep drafts, void and write off, and record
 * payments in full or in part; a partner sees its own invoices only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness, TestTenant } from '@portico/testing';
import { auditOf, call, createPlan, dayFrom, eventsOf, expectProblem, issue, person, setUp, startBillingHarness, type Person } from './support.js';

describe('invoices', () => {
  let h: Harness;
  let alpha: TestTenant;
  let beta: TestTenant;
  let staff: string;
  let admin: Person;
  let otherAdmin: Person;
  let account: any;
  let otherAccount: any;

  beforeAll(async () => {
    h = await startBillingHarness();
    alpha = await h.tenant('alpha');
    beta = await h.tenant('beta');
    staff = h.staff(alpha, h.allPermissions());
    admin = await person(h, alpha, 'partner_admin', alpha.partnerId);
    otherAdmin = await person(h, alpha, 'partner_admin', alpha.otherPartnerId);
    const plan = await createPlan(h, staff, { name: 'Growth', price: '149.00', currency: 'EUR' });
    account = await setUp(h, staff, alpha.partnerId, plan.id);
    otherAccount = await setUp(h, staff, alpha.otherPartnerId, plan.id);
  });
  afterAll(() => h?.close());

  const year = new Date().getUTCFullYear();

  it('issues an invoice on the plan’s price, due after the payment terms, numbered and announced', async () => {
    const invoice = await issue(h, staff, account.id, { description: 'Growth, March' });
    expect(invoice).toMatchObject({
      accountId: account.id,
      partnerId: alpha.partnerId,
      partnerName: 'alpha partner',
      number: `INV-${year}-000001`,
      status: 'open',
      description: 'Growth, March',
      periodStart: '2026-03-01',
      periodEnd: '2026-03-31',
      amount: { minor: 14900, currency: 'EUR', value: '149.00' },
      amountPaid: { minor: 0 },
      amountDue: { minor: 14900 },
      dueDate: dayFrom(new Date(), 30),
      pastDue: false,
      payments: [],
    });
    const [audit] = await auditOf(h, invoice.id, 'billing.invoice.issued');
    expect(audit.after).toMatchObject({ number: `INV-${year}-000001`, amount: '149.00', currency: 'EUR' });
    expect(await eventsOf(h, 'billing.invoice.issued', 'invoiceId', invoice.id)).toHaveLength(1);
  });

  it('gives concurrent issuers distinct, consecutive numbers with no gap', async () => {
    const before = await call(h, staff, 'GET', '/billing/invoices?limit=100', undefined, 200);
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => h.api('POST', '/api/v1/billing/invoices', { auth: staff, body: { accountId: i % 2 ? account.id : otherAccount.id, periodStart: '2026-04-01', periodEnd: '2026-04-30', amount: `${10 + i}.00` } })),
    );
    for (const answer of answers) expect(answer.status, answer.text).toBe(201);
    const numbers = answers.map((a) => a.body.number as string).sort();
    const first = before.items.length + 1;
    expect(numbers).toEqual(Array.from({ length: 12 }, (_, i) => `INV-${year}-${String(first + i).padStart(6, '0')}`));
  });

  it('keeps a refused issue from taking a number', async () => {
    // The highest number so far (invoices made at one instant of the test clock list in no set order).
    const numbers = (await call(h, staff, 'GET', '/billing/invoices?limit=100', undefined, 200)).items.map((i: { number: string | null }) => i.number).filter(Boolean) as string[];
    const last = numbers.sort().at(-1)!;
    expectProblem(await h.api('POST', '/api/v1/billing/invoices', { auth: staff, body: { accountId: account.id, periodStart: '2026-04-01', periodEnd: '2026-03-01' } }), 400, '/periodEnd');
    expectProblem(await h.api('POST', '/api/v1/billing/invoices', { auth: staff, body: { accountId: account.id, periodStart: '2026-04-01', periodEnd: '2026-04-30', amount: '1.001' } }), 400, '/amount');
    expectProblem(await h.api('POST', '/api/v1/billing/invoices', { auth: staff, body: { accountId: account.id, periodStart: '2026-04-01', periodEnd: '2026-04-30', currency: 'USD' } }), 400, '/amountMinor');
    const next = await issue(h, staff, account.id);
    expect(Number(next.number.slice(-6))).toBe(Number(last.slice(-6)) + 1);
  });

  it('numbers a draft only when it is issued; a draft is deleted, an issued invoice only voided', async () => {
    const draft = await issue(h, staff, account.id, { draft: true, amountMinor: 5000 });
    expect(draft).toMatchObject({ number: null, status: 'draft', issuedAt: null });
    // A draft is staff's work in progress: the partner does not see it yet.
    expectProblem(await h.api('GET', `/api/v1/billing/invoices/${draft.id}`, { auth: admin.auth }), 404);
    expect((await call(h, admin.auth, 'GET', '/billing/invoices?status=draft', undefined, 200)).items).toEqual([]);
    const issued = await call(h, staff, 'POST', `/billing/invoices/${draft.id}/issue`, undefined, 200);
    expect(issued).toMatchObject({ status: 'open', number: expect.stringMatching(new RegExp(`^INV-${year}-\\d{6}$`)) });
    expect((await call(h, admin.auth, 'GET', `/billing/invoices/${draft.id}`, undefined, 200)).status).toBe('open');
    expectProblem(await h.api('POST', `/api/v1/billing/invoices/${draft.id}/issue`, { auth: staff }), 409);
    expectProblem(await h.api('DELETE', `/api/v1/billing/invoices/${draft.id}`, { auth: staff }), 409);
    const another = await issue(h, staff, account.id, { draft: true });
    await call(h, staff, 'DELETE', `/billing/invoices/${another.id}`, undefined, 204);
    expectProblem(await h.api('GET', `/api/v1/billing/invoices/${another.id}`, { auth: staff }), 404);
  });

  it('refuses invoices to a partner whose billing is not set up', async () => {
    const t = await h.tenant('gamma');
    const gammaStaff = h.staff(t, h.allPermissions());
    const opened = await call(h, gammaStaff, 'PATCH', `/billing/accounts/${t.partnerId}`, { contactName: 'Only a name' }, 200);
    expectProblem(await h.api('POST', '/api/v1/billing/invoices', { auth: gammaStaff, body: { accountId: opened.id, periodStart: '2026-03-01', periodEnd: '2026-03-31', amount: '1.00', currency: 'EUR' } }), 409);
    expectProblem(await h.api('POST', '/api/v1/billing/invoices', { auth: gammaStaff, body: { accountId: account.id, periodStart: '2026-03-01', periodEnd: '2026-03-31' } }), 400, '/accountId');
  });

  it('records payments in part and in full: paid once nothing is left, more than is due refused', async () => {
    const invoice = await issue(h, staff, account.id, { amount: '100.00' });
    const part = await call(h, staff, 'POST', `/billing/invoices/${invoice.id}/payments`, { amount: '40.00', reference: 'Wire A' }, 201);
    expect(part).toMatchObject({ status: 'open', amountPaid: { value: '40.00' }, amountDue: { value: '60.00' }, payments: [{ amount: { value: '40.00' }, method: 'manual', reference: 'Wire A', recordedBy: { name: 'Staff' } }] });
    expectProblem(await h.api('POST', `/api/v1/billing/invoices/${invoice.id}/payments`, { auth: staff, body: { amountMinor: 6001 } }), 400, '/amountMinor');
    const future = new Date(Date.now() + 86_400_000).toISOString();
    expectProblem(await h.api('POST', `/api/v1/billing/invoices/${invoice.id}/payments`, { auth: staff, body: { receivedAt: future } }), 400, '/receivedAt');
    const paid = await call(h, staff, 'POST', `/billing/invoices/${invoice.id}/payments`, { reference: 'Wire B' }, 201);
    expect(paid).toMatchObject({ status: 'paid', amountPaid: { value: '100.00' }, amountDue: { value: '0.00' }, paidAt: expect.any(String) });
    expect(paid.payments.map((p: any) => p.amount.value)).toEqual(['40.00', '60.00']);
    expectProblem(await h.api('POST', `/api/v1/billing/invoices/${invoice.id}/payments`, { auth: staff, body: {} }), 409);
    expect(await eventsOf(h, 'billing.invoice.paid', 'invoiceId', invoice.id)).toHaveLength(1);
    expect(await eventsOf(h, 'billing.payment.recorded', 'invoiceId', invoice.id)).toHaveLength(2);
    const audits = await auditOf(h, invoice.id, 'billing.payment.recorded');
    expect(audits.map((a: any) => a.after.payment.amount).sort()).toEqual(['40.00', '60.00']);
    // A partner does not record its own payments, even holding the permission.
    const other = await issue(h, staff, account.id);
    expectProblem(await h.api('POST', `/api/v1/billing/invoices/${other.id}/payments`, { auth: h.member(alpha, ['billing.invoices.manage']), body: {} }), 403);
  });

  it('voids and writes off with a reason; a paid invoice can be neither', async () => {
    const wrong = await issue(h, staff, account.id);
    expectProblem(await h.api('POST', `/api/v1/billing/invoices/${wrong.id}/void`, { auth: staff, body: { reason: '  ' } }), 400, '/reason');
    const voided = await call(h, staff, 'POST', `/billing/invoices/${wrong.id}/void`, { reason: 'Issued twice.' }, 200);
    expect(voided).toMatchObject({ status: 'void', closeReason: 'Issued twice.', amountDue: { minor: 0 }, number: wrong.number });
    expectProblem(await h.api('POST', `/api/v1/billing/invoices/${wrong.id}/void`, { auth: staff, body: { reason: 'Again' } }), 409);
    expectProblem(await h.api('POST', `/api/v1/billing/invoices/${wrong.id}/payments`, { auth: staff, body: {} }), 409);

    const lost = await issue(h, staff, account.id, { amount: '20.00' });
    const written = await call(h, staff, 'POST', `/billing/invoices/${lost.id}/write-off`, { reason: 'The partner closed down.' }, 200);
    expect(written).toMatchObject({ status: 'uncollectible', amountDue: { value: '20.00' } });
    // Paid after all: it is paid.
    expect((await call(h, staff, 'POST', `/billing/invoices/${lost.id}/payments`, {}, 201)).status).toBe('paid');
    expectProblem(await h.api('POST', `/api/v1/billing/invoices/${lost.id}/void`, { auth: staff, body: { reason: 'no' } }), 409);
    expect((await auditOf(h, wrong.id, 'billing.invoice.voided'))[0].after).toMatchObject({ status: 'void', closeReason: 'Issued twice.' });
    expect(await eventsOf(h, 'billing.invoice.written-off', 'invoiceId', lost.id)).toHaveLength(1);
  });

  it('shows a partner its own invoices only, newest first, with filters and cursor paging', async () => {
    const mine = await call(h, admin.auth, 'GET', '/billing/invoices?limit=100', undefined, 200);
    expect(mine.items.length).toBeGreaterThan(3);
    expect(new Set(mine.items.map((i: any) => i.partnerId))).toEqual(new Set([alpha.partnerId]));
    const theirs = await call(h, otherAdmin.auth, 'GET', '/billing/invoices?limit=100', undefined, 200);
    expect(theirs.items.every((i: any) => i.partnerId === alpha.otherPartnerId)).toBe(true);
    expectProblem(await h.api('GET', `/api/v1/billing/invoices/${mine.items[0].id}`, { auth: otherAdmin.auth }), 404);
    expectProblem(await h.api('GET', `/api/v1/billing/invoices/${mine.items[0].id}`, { auth: h.staff(beta, h.allPermissions()) }), 404);
    expect((await call(h, h.staff(beta, h.allPermissions()), 'GET', '/billing/invoices', undefined, 200)).items).toEqual([]);
    const paid = await call(h, admin.auth, 'GET', '/billing/invoices?status=paid', undefined, 200);
    expect(paid.items.every((i: any) => i.status === 'paid')).toBe(true);
    // Paging walks every invoice once.
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: any = await call(h, admin.auth, 'GET', `/billing/invoices?limit=2${cursor ? `&cursor=${cursor}` : ''}`, undefined, 200);
      seen.push(...page.items.map((i: any) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(mine.items.map((i: any) => i.id));
    const byStaff = await call(h, staff, 'GET', `/billing/invoices?partnerId=${alpha.otherPartnerId}&limit=100`, undefined, 200);
    expect(byStaff.items.map((i: any) => i.id).sort()).toEqual(theirs.items.map((i: any) => i.id).sort());
  });

  it('answers 409 payment-offline when a partner asks to pay online with the manual provider, or the invoice’s own link', async () => {
    const invoice = await issue(h, staff, account.id);
    const offline = await h.api('POST', `/api/v1/billing/invoices/${invoice.id}/payment-link`, { auth: admin.auth });
    expectProblem(offline, 409);
    expect(offline.body).toMatchObject({ type: expect.stringMatching(/payment-offline$/), detail: expect.stringContaining('bank transfer') });
    const hosted = await issue(h, staff, account.id, { hostedUrl: 'https://pay.example.com/inv/42' });
    expect(await call(h, admin.auth, 'POST', `/billing/invoices/${hosted.id}/payment-link`, undefined, 200)).toEqual({ url: 'https://pay.example.com/inv/42', provider: 'manual' });
    expectProblem(await h.api('POST', '/api/v1/billing/invoices', { auth: staff, body: { accountId: account.id, periodStart: '2026-03-01', periodEnd: '2026-03-31', hostedUrl: 'javascript:alert(1)' } }), 400, '/hostedUrl');
    expectProblem(await h.api('POST', `/api/v1/billing/invoices/${hosted.id}/payment-link`, { auth: otherAdmin.auth }), 404);
  });
});
