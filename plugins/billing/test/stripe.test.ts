/**
 * The Stripe provider through the HTTP API, with nothing leaving the machine: the official SDK is
 * pointed (the plugin's `stripeApi` option: host, port, protocol) at a local HTTP server standing in
 * for Stripe's API, and webhook events are signed with the SDK's own test-signing helper. A payment
 * link creates the customer once and a Checkout session for what the invoice still asks; a signed
 * event pays the invoice and lifts a restriction at once; a badly signed or replayed (too old) event
 * is refused and changes nothing; the same event twice applies once.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness, TestTenant } from '@portico/testing';
import { createBillingPlugin } from '../src/index.js';
import { at, call, createPlan, dayFrom, expectProblem, issue, newPartner, person, setUp, startBillingHarness, type Person } from './support.js';

const WEBHOOK_SECRET = 'whsec_LocalTestSigningSecret0001';
const SECRET_KEY = 'sk_test_LocalStandInKey00004242';

interface StripeRequest {
  method: string;
  path: string;
  form: URLSearchParams;
  idempotencyKey: string | undefined;
}

/** A stand-in for Stripe's API: answers the three calls billing makes, and records them. */
async function fakeStripe() {
  const requests: StripeRequest[] = [];
  let sessions = 0;
  let customers = 0;
  const server = http.createServer((req, res) => {
    let text = '';
    req.on('data', (chunk) => (text += chunk));
    req.on('end', () => {
      const form = new URLSearchParams(text);
      const path = (req.url ?? '').split('?')[0];
      requests.push({ method: req.method ?? '', path, form, idempotencyKey: req.headers['idempotency-key'] as string | undefined });
      const answer = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json', 'request-id': `req_${requests.length}` });
        res.end(JSON.stringify(body));
      };
      if (req.method === 'POST' && path === '/v1/customers') {
        customers++;
        return answer(200, { id: `cus_Local${customers}`, object: 'customer', email: form.get('email') });
      }
      if (req.method === 'POST' && path === '/v1/checkout/sessions') {
        sessions++;
        return answer(200, { id: `cs_test_${sessions}`, object: 'checkout.session', url: `https://checkout.stripe.test/c/pay/cs_test_${sessions}`, amount_total: Number(form.get('line_items[0][price_data][unit_amount]')) });
      }
      if (req.method === 'POST' && path === '/v1/billing_portal/sessions') return answer(200, { id: 'bps_1', object: 'billing_portal.session', url: 'https://billing.stripe.test/p/session/bps_1' });
      answer(404, { error: { type: 'invalid_request_error', message: `Unrecognized request URL (${req.method} ${path})` } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { port, requests, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const stripe = new Stripe(SECRET_KEY);

/** An event as Stripe delivers it, signed as Stripe signs it (at `timestamp`, seconds; now by default). */
function signed(event: Record<string, unknown>, options: { secret?: string; timestamp?: number } = {}) {
  const payload = JSON.stringify({ object: 'event', api_version: '2025-01-27.acacia', created: 1767225600, livemode: false, ...event });
  const header = stripe.webhooks.generateTestHeaderString({ payload, secret: options.secret ?? WEBHOOK_SECRET, ...(options.timestamp ? { timestamp: options.timestamp } : {}) });
  return { payload, header };
}

function checkoutCompleted(id: string, invoiceId: string, amountTotal: number, customer: string | null = null) {
  return {
    id,
    type: 'checkout.session.completed',
    data: { object: { id: `cs_${id}`, object: 'checkout.session', payment_status: 'paid', amount_total: amountTotal, currency: 'eur', customer, client_reference_id: invoiceId, payment_intent: `pi_${id}`, metadata: { portico_invoice_id: invoiceId } } },
  };
}

describe('the Stripe provider', () => {
  let h: Harness;
  let fake: Awaited<ReturnType<typeof fakeStripe>>;
  let t: TestTenant;
  let staff: string;
  let plan: any;

  beforeAll(async () => {
    fake = await fakeStripe();
    const billing = createBillingPlugin({ stripeApi: { host: '127.0.0.1', port: fake.port, protocol: 'http' } });
    h = await startBillingHarness(billing, { defaultTenant: 'stripe-tenant' });
    t = await h.tenant('stripe-tenant');
    staff = h.staff(t, h.allPermissions());
    plan = await createPlan(h, staff, { name: 'Growth', price: '149.00', currency: 'EUR', features: ['questions.ask'] });
    await call(h, staff, 'PATCH', '/billing/settings', { gatedFeatures: ['questions.ask'] }, 200);
    // Stripe cannot be chosen before its keys are stored.
    expectProblem(await h.api('PATCH', '/api/v1/billing/settings', { auth: staff, body: { provider: 'stripe' } }), 400, '/provider');
    const status = await call(h, staff, 'PUT', '/billing/provider/stripe', { secretKey: SECRET_KEY, webhookSecret: WEBHOOK_SECRET }, 200);
    expect(status.stripe).toMatchObject({ configured: true, secretKeyHint: 'sk_test_…4242', liveMode: false });
    expect(JSON.stringify(status)).not.toContain(WEBHOOK_SECRET);
    await call(h, staff, 'PATCH', '/billing/settings', { provider: 'stripe' }, 200);
  });
  afterAll(async () => {
    await h?.close();
    await fake?.close();
  });

  const deliver = (body: { payload: string; header: string }) =>
    h.api('POST', '/api/v1/billing/stripe/webhook', { rawBody: body.payload, headers: { 'content-type': 'application/json', 'stripe-signature': body.header, 'sec-fetch-site': 'none' } });
  const paymentsOf = (invoiceId: string) => h.server.database.knex('billing_payments').where({ invoiceId });
  const ask = (who: Person) => h.api('POST', '/api/v1/questions', { auth: who.auth, body: { subject: 'Rate limits', body: 'What are the limits?' } });

  async function partner(name: string) {
    const partnerId = await newPartner(h, t, name);
    const admin = await person(h, t, 'partner_admin', partnerId);
    const account = await setUp(h, staff, partnerId, plan.id);
    return { partnerId, admin, account };
  }

  it('gives a partner a Checkout link for what the invoice still asks, creating its Stripe customer once', async () => {
    const p = await partner('Checkout Partner');
    const invoice = await issue(h, staff, p.account.id);
    const first = await call(h, p.admin.auth, 'POST', `/billing/invoices/${invoice.id}/payment-link`, undefined, 200);
    expect(first).toEqual({ url: 'https://checkout.stripe.test/c/pay/cs_test_1', provider: 'stripe' });
    const second = await call(h, p.admin.auth, 'POST', `/billing/invoices/${invoice.id}/payment-link`, undefined, 200);
    expect(second.url).toBe('https://checkout.stripe.test/c/pay/cs_test_2');

    const customers = fake.requests.filter((r) => r.path === '/v1/customers');
    expect(customers).toHaveLength(1);
    expect(customers[0].idempotencyKey).toBe(`portico-customer-${p.account.id}`);
    expect(customers[0].form.get('metadata[portico_partner_id]')).toBe(p.partnerId);
    const session = fake.requests.find((r) => r.path === '/v1/checkout/sessions')!;
    expect(session.form.get('customer')).toBe('cus_Local1');
    expect(session.form.get('client_reference_id')).toBe(invoice.id);
    expect(session.form.get('metadata[portico_invoice_id]')).toBe(invoice.id);
    expect(session.form.get('line_items[0][price_data][currency]')).toBe('eur');
    expect(session.form.get('line_items[0][price_data][unit_amount]')).toBe('14900');

    const portal = await call(h, p.admin.auth, 'POST', '/billing/account/portal-link', undefined, 200);
    expect(portal).toEqual({ url: 'https://billing.stripe.test/p/session/bps_1', provider: 'stripe' });
    expect(fake.requests.filter((r) => r.path === '/v1/customers')).toHaveLength(1);
  });

  it('pays the invoice from a signed event, lifting the restriction at once; the same event again applies once', async () => {
    const p = await partner('Webhook Partner');
    const technical = await person(h, t, 'technical', p.partnerId);
    const due = dayFrom(new Date(), 5);
    const invoice = await issue(h, staff, p.account.id, { dueDate: due });
    // Time moved, not waited: the task, run at moments after the due date, walks the account to restricted.
    for (const days of [1, 4, 20]) await h.runTask('billing', 'enforce', at(dayFrom(at(due), days)));
    expect((await call(h, staff, 'GET', `/billing/accounts/${p.partnerId}`, undefined, 200)).standing.state).toBe('restricted');
    expect((await ask(technical)).status).toBe(402);

    const event = signed(checkoutCompleted('evt_paid_1', invoice.id, 14_900));
    const applied = await deliver(event);
    expect(applied.status, applied.text).toBe(200);
    expect(applied.body).toEqual({ received: true, duplicate: false, outcome: 'paid' });
    const paid = await call(h, staff, 'GET', `/billing/invoices/${invoice.id}`, undefined, 200);
    expect(paid).toMatchObject({ status: 'paid', amountPaid: { minor: 14_900, currency: 'EUR' } });
    expect(paid.payments).toEqual([expect.objectContaining({ method: 'stripe', reference: 'pi_evt_paid_1' })]);
    const account = await call(h, staff, 'GET', `/billing/accounts/${p.partnerId}`, undefined, 200);
    expect(account.standing.state).toBe('active');
    expect(account.paymentMethod).toEqual({ status: 'on-file', provider: 'stripe' });
    expect((await ask(technical)).status).toBe(201);

    // Stripe delivers at least once: the same event, even signed anew, changes nothing more.
    const again = await deliver(signed(checkoutCompleted('evt_paid_1', invoice.id, 14_900)));
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ received: true, duplicate: true, outcome: 'duplicate' });
    expect(await paymentsOf(invoice.id)).toHaveLength(1);
    const applications = await h.server.database.knex('audit_events').where({ action: 'billing.provider-event.applied', targetId: 'evt_paid_1' });
    expect(applications).toHaveLength(1);
  });

  it('refuses an event signed with another secret, a replayed (too old) one and an unsigned one, changing nothing', async () => {
    const p = await partner('Refusing Partner');
    const invoice = await issue(h, staff, p.account.id);
    const event = checkoutCompleted('evt_forged', invoice.id, 14_900);
    const forged = await deliver(signed(event, { secret: 'whsec_SomebodyElsesSecret0000' }));
    expectProblem(forged, 400);
    expect(forged.body.type).toContain('webhook-signature-refused');
    // A genuine signature from ten minutes ago: beyond the five-minute tolerance, so a replay.
    expectProblem(await deliver(signed({ ...event, id: 'evt_old' }, { timestamp: Math.floor(Date.now() / 1000) - 600 })), 400);
    expectProblem(await h.api('POST', '/api/v1/billing/stripe/webhook', { rawBody: signed(event).payload, headers: { 'content-type': 'application/json', 'sec-fetch-site': 'none' } }), 400);
    // The body changed after signing: its bytes no longer match.
    const genuine = signed(event);
    expectProblem(await deliver({ payload: genuine.payload.replace('14900', '1'), header: genuine.header }), 400);

    expect(await paymentsOf(invoice.id)).toHaveLength(0);
    expect((await call(h, staff, 'GET', `/billing/invoices/${invoice.id}`, undefined, 200)).status).toBe('open');
    expect(await h.server.database.knex('billing_provider_events').whereIn('eventId', ['evt_forged', 'evt_old'])).toHaveLength(0);
  });

  it('records a failed payment on the account, and ignores events it does not use', async () => {
    const p = await partner('Failing Partner');
    const invoice = await issue(h, staff, p.account.id);
    const event = { id: 'evt_failed_1', type: 'checkout.session.async_payment_failed', data: { object: { id: 'cs_x', object: 'checkout.session', customer: null, client_reference_id: invoice.id, metadata: { portico_invoice_id: invoice.id } } } };
    // Delivered twice at the same moment: applied once, the other delivery told it is a duplicate.
    const answers = await Promise.all([deliver(signed(event)), deliver(signed(event))]);
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    expect(answers.map((a) => a.body.duplicate).sort()).toEqual([false, true]);
    expect(answers.find((a) => !a.body.duplicate)!.body.outcome).toBe('payment-failed');
    expect(await h.server.database.knex('outbox_events').where({ type: 'billing.payment.failed' }).whereRaw("payload->>'invoiceId' = ?", [invoice.id])).toHaveLength(1);
    expect((await call(h, staff, 'GET', `/billing/accounts/${p.partnerId}`, undefined, 200)).paymentMethod.status).toBe('failed');
    const ignored = await deliver(signed({ id: 'evt_other', type: 'customer.updated', data: { object: { id: 'cus_Local1', object: 'customer' } } }));
    expect(ignored.body).toMatchObject({ outcome: 'ignored' });
  });

  it('answers 404 where Stripe is not set up, before looking at the signature', async () => {
    const other = await startBillingHarness(createBillingPlugin({ stripeApi: { host: '127.0.0.1', port: fake.port, protocol: 'http' } }), { defaultTenant: 'plain' });
    try {
      await other.tenant('plain');
      const answer = await other.api('POST', '/api/v1/billing/stripe/webhook', { rawBody: signed(checkoutCompleted('evt_x', '00000000-0000-4000-8000-000000000000', 1)).payload, headers: { 'content-type': 'application/json', 'stripe-signature': 't=1,v1=00', 'sec-fetch-site': 'none' } });
      expectProblem(answer, 404);
    } finally {
      await other.close();
    }
  });
});
