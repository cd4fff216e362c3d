import { FakeProblem, expect, expectAccessible, fixture, html, settle, waitUntil } from '@portico/widgets/testing';
import { setLocale } from '@portico/widgets';
import '@portico/widgets';
import './invoices.js';
import type { PorticoInvoices } from './invoices.js';
import { billingClient, eur, invoice, openInvoice, partnerAdmin, partnerReader, registerBillingTranslations, staff } from './test-support.js';
import type { Invoice } from './shared.js';

registerBillingTranslations();

type Control = HTMLElement & { value: string; error: string };
type Updating = HTMLElement & { updateComplete: Promise<unknown> };

async function mount(routes: Record<string, (options: { query?: Record<string, unknown>; body?: unknown }) => unknown> = {}, session: unknown = staff) {
  const fake = billingClient({ 'GET /billing/invoices': () => ({ items: [openInvoice(), invoice()], nextCursor: null }), ...routes });
  const el = await fixture<PorticoInvoices>(html`<portico-invoices .client=${fake.client} .session=${session}></portico-invoices>`);
  await waitUntil(() => el.invoices.status !== 'loading' && el.invoices.status !== 'idle');
  await settle();
  await el.updateComplete;
  const table = el.shadowRoot!.querySelector<Updating>('portico-data-table');
  await table?.updateComplete;
  return { el, fake, table };
}
const root = (el: HTMLElement) => el.shadowRoot!;
const control = (scope: ParentNode, name: string) => scope.querySelector<Control>(`[name=${name}]`)!;
const buttonIn = (scope: ParentNode, label: string) => [...scope.querySelectorAll<HTMLElement>('portico-button')].find((b) => b.getAttribute('label') === label || b.textContent!.trim() === label);

describe('<portico-invoices>', () => {
  afterEach(() => setLocale('en'));

  it('records a payment received, with the amount still asked as the default, and announces the change', async () => {
    const paid: Invoice = openInvoice({ status: 'paid', pastDue: false, amountPaid: eur(13_900), amountDue: eur(0) });
    const { el, fake, table } = await mount({ 'POST /billing/invoices/inv2/payments': () => paid });
    expect(table!.shadowRoot!.textContent).to.contain('Acme Resellers');
    await expectAccessible(el);
    let changed = 0;
    el.addEventListener('portico-billing-changed', () => changed++);
    buttonIn(table!.shadowRoot!, 'Record payment for INV-2026-000002')!.click();
    await settle();
    const form = root(el).querySelector<HTMLFormElement>('#payment form')!;
    expect(control(form, 'amount').value).to.equal('139.00');
    control(form, 'reference').value = 'Wire 4471';
    form.requestSubmit();
    await waitUntil(() => changed === 1);
    expect(fake.calls.find((c) => c.method === 'POST')!.options.body).to.deep.equal({ amount: '139.00', reference: 'Wire 4471' });
    await table!.updateComplete;
    expect(buttonIn(table!.shadowRoot!, 'Record payment for INV-2026-000002')).to.equal(undefined);
  });

  it('voids and writes off only with a reason, showing the server’s refusal in the dialog', async () => {
    let attempt = 0;
    const { el, fake, table } = await mount({
      'POST /billing/invoices/inv2/void': () => {
        if (attempt++ === 0) throw new FakeProblem(409, 'Conflict', 'A paid invoice cannot be voided.');
        return openInvoice({ status: 'void', pastDue: false });
      },
    });
    buttonIn(table!.shadowRoot!, 'Void INV-2026-000002')!.click();
    await settle();
    const dialog = root(el).querySelector<HTMLElement & { open: boolean }>('#close')!;
    const form = dialog.querySelector('form')!;
    form.requestSubmit();
    await el.updateComplete;
    expect(control(form, 'reason').error).to.equal('Say why.');
    expect(fake.calls.filter((c) => c.method === 'POST')).to.have.length(0);
    control(form, 'reason').value = 'Issued twice';
    form.requestSubmit();
    await waitUntil(() => dialog.querySelector('[role=alert]'));
    expect(dialog.querySelector('[role=alert]')!.textContent).to.contain('A paid invoice cannot be voided.');
    form.requestSubmit();
    await waitUntil(() => !dialog.open);
    expect(fake.calls.filter((c) => c.method === 'POST').at(-1)!.options.body).to.deep.equal({ reason: 'Issued twice' });
    await table!.updateComplete;
    expect(table!.shadowRoot!.textContent).to.contain('Void');
    expect(buttonIn(table!.shadowRoot!, 'Write off INV-2026-000002')).to.equal(undefined);
  });

  it('gives a partner the invoice’s own payment page and PDF when it has them, and no staff actions', async () => {
    const { table, fake } = await mount({ 'GET /billing/invoices': () => ({ items: [openInvoice({ hostedUrl: 'https://pay.example/inv2', pdfUrl: 'https://files.example/inv2.pdf' })], nextCursor: null }) }, partnerAdmin);
    const cells = table!.shadowRoot!;
    expect(cells.querySelector('a[href="https://pay.example/inv2"]')!.textContent).to.equal('Pay');
    expect(cells.querySelector('a[href="https://files.example/inv2.pdf"]')).to.exist;
    expect(buttonIn(cells, 'Record payment')).to.equal(undefined);
    expect(fake.calls[0].options.query).to.deep.equal({ status: undefined, partnerId: undefined });
  });

  it('offers no payment to someone who may only read', async () => {
    const { table } = await mount({}, partnerReader);
    expect(buttonIn(table!.shadowRoot!, 'Pay')).to.equal(undefined);
  });

  it('filters by status, says when nothing matches, and loads more', async () => {
    const { el, fake, table } = await mount({
      'GET /billing/invoices': ({ query }) => {
        if (query?.status === 'draft') return { items: [], nextCursor: null };
        return query?.cursor ? { items: [invoice({ id: 'inv0', number: 'INV-2026-000000' })], nextCursor: null } : { items: [openInvoice()], nextCursor: 'c1' };
      },
    });
    table!.dispatchEvent(new CustomEvent('portico-load-more'));
    await waitUntil(() => el.invoices.value!.items.length === 2);
    expect(fake.calls.at(-1)!.options.query).to.deep.include({ cursor: 'c1' });
    control(root(el).querySelector('[part=filters]')!, 'status').dispatchEvent(new CustomEvent('portico-change', { detail: { value: 'draft' } }));
    await waitUntil(() => el.invoices.status === 'empty');
    await el.updateComplete;
    expect(root(el).textContent).to.contain('No invoice has this status.');
  });

  it('speaks Spanish', async () => {
    const { el, table } = await mount();
    await setLocale('es');
    await waitUntil(() => root(el).querySelector('h2')!.textContent === 'Facturas');
    await table!.updateComplete;
    expect(table!.shadowRoot!.textContent).to.contain('Vencida').and.contain('Pagada');
  });
});
