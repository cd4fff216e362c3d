import { FakeProblem, expect, expectAccessible, fixture, html, settle, waitUntil } from '@portico/widgets/testing';
import { setLocale } from '@portico/widgets';
import '@portico/widgets';
import './billing-settings.js';
import type { PorticoBillingSettings } from './billing-settings.js';
import type { PorticoInvoices } from './invoices.js';
import { account, billingClient, invoice, openInvoice, partnerAdmin, partnerReader, plan, registerBillingTranslations, staff } from './test-support.js';
import type { BillingAccount, BillingDetails } from './shared.js';

registerBillingTranslations();

type Control = HTMLElement & { value: string; error: string };

async function mount(routes: Record<string, (options: { query?: Record<string, unknown>; body?: unknown }) => unknown> = {}, session: unknown = partnerAdmin) {
  const fake = billingClient({
    'GET /billing/account': () => account(),
    'GET /billing/plans': () => ({ items: [plan(), plan({ id: 'plan-essentials', name: 'Essentials', price: { minor: 4_900, currency: 'EUR', exponent: 2, value: '49.00' }, features: [] })], nextCursor: null }),
    'GET /billing/invoices': () => ({ items: [openInvoice(), invoice()], nextCursor: null }),
    ...routes,
  });
  const el = await fixture<PorticoBillingSettings>(html`<portico-billing-settings .client=${fake.client} .session=${session}></portico-billing-settings>`);
  if (session !== staff) await waitUntil(() => el.account.status !== 'loading' && el.account.status !== 'idle');
  await settle();
  await el.updateComplete;
  return { el, fake };
}
const root = (el: HTMLElement) => el.shadowRoot!;
const form = (el: HTMLElement) => root(el).querySelector<HTMLFormElement>('form[part=details]')!;
const control = (scope: ParentNode, name: string) => scope.querySelector<Control>(`[name=${name}]`)!;
const invoices = (el: HTMLElement) => root(el).querySelector<PorticoInvoices>('portico-invoices')!;

describe('<portico-billing-settings>', () => {
  afterEach(() => setLocale('en'));

  it('shows where billing stands and the details, and saves them with the server’s field errors on the fields', async () => {
    let attempt = 0;
    const { el, fake } = await mount({
      'PUT /billing/account': ({ body }) => {
        if (attempt++ === 0) throw new FakeProblem(400, 'Invalid request', undefined, [{ field: '/taxId', message: 'is not a VAT number of France (FR + 11 characters)' }]);
        const details = body as BillingDetails;
        return account({ ...details, taxId: details.taxId ?? null, addressLine2: details.addressLine2 ?? null, region: details.region ?? null });
      },
    });
    const standing = root(el).querySelector('[part=standing]')!.textContent!.replace(/\s+/g, ' ');
    expect(standing).to.contain('In order').and.contain('Growth — €139.00 per month').and.contain('By bank transfer');
    expect(control(form(el), 'taxId').value).to.equal('FR40303265045');
    expect(control(form(el), 'planId').value).to.equal('plan-growth');
    await expectAccessible(el);

    control(form(el), 'taxId').value = 'FR123';
    control(form(el), 'planId').value = 'plan-essentials';
    form(el).requestSubmit();
    await waitUntil(() => control(form(el), 'taxId').error);
    expect(control(form(el), 'taxId').error).to.contain('VAT number of France');
    control(form(el), 'taxId').value = 'FR 40 303 265 045';
    form(el).requestSubmit();
    await waitUntil(() => attempt === 2);
    const put = fake.calls.filter((c) => c.method === 'PUT').at(-1)!;
    expect(put.path).to.equal('/billing/account');
    expect(put.options.body).to.deep.include({ contactName: 'Fatima Finance', country: 'FR', taxId: 'FR 40 303 265 045', planId: 'plan-essentials', addressLine2: null });
  });

  it('lists the invoices with their status, and pays the one past due through the payment link', async () => {
    const { el, fake } = await mount({
      'POST /billing/invoices/inv2/payment-link': () => ({ url: 'https://pay.example/checkout/inv2', provider: 'stripe' }),
    });
    const list = invoices(el);
    await waitUntil(() => list.invoices.status === 'ready');
    await list.updateComplete;
    const table = list.shadowRoot!.querySelector('portico-data-table')!;
    await (table as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const rows = table.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(rows).to.contain('INV-2026-000002').and.contain('Past due').and.contain('INV-2026-000001').and.contain('Paid');
    let went = '';
    list.navigate = (url) => (went = url);
    const pay = [...table.shadowRoot!.querySelectorAll<HTMLElement>('portico-button')].find((b) => b.textContent!.trim() === 'Pay')!;
    pay.click();
    await waitUntil(() => went);
    expect(went).to.equal('https://pay.example/checkout/inv2');
    expect(fake.calls.some((c) => c.method === 'POST' && c.path === '/billing/invoices/inv2/payment-link')).to.equal(true);
  });

  it('says billing is not set up yet, and offers the plans to choose from', async () => {
    const blank: BillingAccount = account({ id: null, setUp: false, contactName: null, contactEmail: null, addressLine1: null, city: null, postalCode: null, country: null, taxId: null, taxIdKind: null, plan: null, createdAt: null, updatedAt: null });
    const { el } = await mount({ 'GET /billing/account': () => blank, 'GET /billing/invoices': () => ({ items: [], nextCursor: null }) });
    expect(root(el).querySelector('[part=standing]')!.textContent).to.contain('Billing is not set up yet');
    expect(control(form(el), 'planId').value).to.equal('');
    await waitUntil(() => invoices(el).invoices.status === 'empty');
    await invoices(el).updateComplete;
    expect(invoices(el).shadowRoot!.querySelector('portico-empty-state')!.getAttribute('heading')).to.equal('No invoices');
  });

  it('shows the details without a form to someone who may only read them', async () => {
    const { el, fake } = await mount({}, partnerReader);
    expect(form(el)).to.equal(null);
    expect(root(el).textContent).to.contain('Your organisation’s administrators change these details.');
    expect(fake.calls.some((c) => c.path === '/billing/plans')).to.equal(false);
  });

  it('opens the provider’s customer portal with Stripe', async () => {
    const { el } = await mount({
      'GET /billing/account': () => account({ paymentMethod: { status: 'failed', provider: 'stripe' } }),
      'POST /billing/account/portal-link': () => ({ url: 'https://billing.example/portal', provider: 'stripe' }),
    });
    expect(root(el).querySelector('[part=standing]')!.textContent).to.contain('The last payment failed');
    let went = '';
    el.navigate = (url) => (went = url);
    [...root(el).querySelectorAll<HTMLElement>('portico-button')].find((b) => b.textContent!.trim() === 'Manage payment methods')!.click();
    await waitUntil(() => went);
    expect(went).to.equal('https://billing.example/portal');
  });

  it('sends staff to the accounts page, and retries after an error', async () => {
    const asStaff = await mount({}, staff);
    expect(asStaff.fake.calls).to.have.length(0);
    expect(root(asStaff.el).querySelector('a[href="/billing/accounts"]')).to.exist;

    let fail = true;
    const { el } = await mount({
      'GET /billing/account': () => {
        if (fail) throw new FakeProblem(503, 'Service unavailable');
        return account();
      },
    });
    expect(root(el).querySelector('portico-error-state')).to.exist;
    fail = false;
    await el.account.retry();
    await el.updateComplete;
    expect(form(el)).to.exist;
  });

  it('speaks Spanish', async () => {
    const { el } = await mount();
    await setLocale('es');
    await waitUntil(() => root(el).querySelector('h1')!.textContent === 'Facturación');
    expect(root(el).textContent).to.contain('Estado de su facturación').and.contain('Al día');
  });
});
