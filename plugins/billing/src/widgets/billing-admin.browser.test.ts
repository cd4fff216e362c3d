import { expect, expectAccessible, fixture, html, settle, waitUntil } from '@portico/widgets/testing';
import { setLocale } from '@portico/widgets';
import '@portico/widgets';
import './billing-admin.js';
import type { PorticoBillingAdmin } from './billing-admin.js';
import type { PorticoBillingOverview } from './billing-overview.js';
import type { PorticoInvoices } from './invoices.js';
import { account, billingClient, eur, openInvoice, overdueAccount, partnerAdmin, plan, registerBillingTranslations, staff } from './test-support.js';
import type { BillingAccount, Overview } from './shared.js';

registerBillingTranslations();

type Control = HTMLElement & { value: string; error: string };
type Updating = HTMLElement & { updateComplete: Promise<unknown> };

const acme = account();
const globex = overdueAccount('restricted', { id: 'acc2', partnerId: 'pa2', partnerName: 'Globex Intégration' });
const initech = account({ id: null, partnerId: 'pa3', partnerName: 'Initech', setUp: false, plan: null, contactEmail: null, contactName: null });
const overview: Overview = {
  partners: 3, notSetUp: 1, byState: { active: 2, overdue: 0, grace: 0, restricted: 1 }, waived: 0, amountOverdue: [eur(13_900)], amountDue: [eur(13_900)],
};

async function mount(routes: Record<string, (options: { query?: Record<string, unknown>; body?: unknown }) => unknown> = {}, session: unknown = staff) {
  const fake = billingClient({
    'GET /billing/overview': () => overview,
    'GET /billing/accounts': ({ query }) => ({ items: [acme, globex, initech].filter((a) => !query?.state || a.standing.state === query.state), nextCursor: null }),
    'GET /billing/invoices': () => ({ items: [openInvoice({ partnerId: 'pa2', partnerName: 'Globex Intégration' })], nextCursor: null }),
    'GET /billing/plans': () => ({ items: [plan()], nextCursor: null }),
    ...routes,
  });
  const el = await fixture<PorticoBillingAdmin>(html`<portico-billing-admin .client=${fake.client} .session=${session}></portico-billing-admin>`);
  if (session === staff) await waitUntil(() => el.accounts.status === 'ready');
  await settle();
  await el.updateComplete;
  return { el, fake };
}
const root = (el: HTMLElement) => el.shadowRoot!;
const table = (el: HTMLElement) => root(el).querySelector<Updating>('portico-data-table[part=accounts]')!;
const buttonIn = (scope: ParentNode, label: string) => [...scope.querySelectorAll<HTMLElement>('portico-button')].find((b) => b.getAttribute('label') === label || b.textContent!.trim() === label)!;
const control = (scope: ParentNode, name: string) => scope.querySelector<Control>(`[name=${name}]`)!;

describe('<portico-billing-admin>', () => {
  afterEach(() => setLocale('en'));

  it('shows the overview by state and every partner with its standing and what it owes past due', async () => {
    const { el } = await mount();
    const figures = root(el).querySelector<PorticoBillingOverview>('portico-billing-overview')!;
    await waitUntil(() => figures.overview.status === 'ready');
    await figures.updateComplete;
    const numbers = [...figures.shadowRoot!.querySelectorAll('[part=figures] li')].map((li) => `${li.querySelector('span')!.textContent}: ${li.querySelector('strong')!.textContent!.trim()}`);
    expect(numbers).to.include.members(['In order: 2', 'Restricted: 1', 'Not set up: 1']);
    expect(figures.shadowRoot!.querySelector('a[href="/billing/accounts?state=restricted"]')).to.exist;
    expect(figures.shadowRoot!.querySelector('[part=amounts]')!.textContent).to.contain('€139.00');
    await table(el).updateComplete;
    const rows = table(el).shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(rows).to.contain('Acme Resellers').and.contain('In order').and.contain('Globex Intégration').and.contain('Restricted').and.contain('Initech').and.contain('Not set up');
    await expectAccessible(el);
  });

  it('filters by state', async () => {
    const { el, fake } = await mount();
    const select = control(root(el).querySelector('[part=filters]')!, 'state');
    select.dispatchEvent(new CustomEvent('portico-change', { detail: { value: 'restricted' } }));
    await waitUntil(() => fake.calls.some((c) => c.path === '/billing/accounts' && c.options.query?.state === 'restricted'));
    await waitUntil(() => el.accounts.status === 'ready' && el.accounts.value!.items.length === 1);
  });

  it('waives enforcement for a partner until a day, with a reason, and shows the account as the server answers', async () => {
    const waived: BillingAccount = { ...globex, standing: { ...globex.standing, state: 'active', restricted: false, waivedUntil: '2026-04-30T23:59:59.999Z', waiverReason: 'Transfer on its way' } };
    const { el, fake } = await mount({ 'POST /billing/accounts/pa2/waive': () => waived });
    await table(el).updateComplete;
    buttonIn(table(el).shadowRoot!, 'Waive enforcement for Globex Intégration').click();
    await settle();
    const dialog = root(el).querySelector<HTMLElement & { open: boolean }>('#override')!;
    expect(dialog.open).to.equal(true);
    const form = dialog.querySelector('form')!;
    control(form, 'until').value = '2026-04-30';
    control(form, 'reason').value = 'Transfer on its way';
    form.requestSubmit();
    await waitUntil(() => !dialog.open);
    expect(fake.calls.find((c) => c.path === '/billing/accounts/pa2/waive')!.options.body).to.deep.equal({ until: '2026-04-30', reason: 'Transfer on its way' });
    await table(el).updateComplete;
    expect(table(el).shadowRoot!.textContent).to.contain('Waived until');
  });

  it('puts a partner on a plan', async () => {
    const { el, fake } = await mount({ 'PUT /billing/accounts/pa3/plan': ({ body }) => ({ ...initech, plan: (body as { planId: string }).planId ? acme.plan : null }) });
    await table(el).updateComplete;
    buttonIn(table(el).shadowRoot!, 'Plan of Initech').click();
    await waitUntil(() => fake.calls.some((c) => c.path === '/billing/plans'));
    await settle();
    const form = root(el).querySelector<HTMLFormElement>('#plan form')!;
    control(form, 'planId').value = 'plan-growth';
    form.requestSubmit();
    await waitUntil(() => fake.calls.some((c) => c.method === 'PUT'));
    expect(fake.calls.find((c) => c.method === 'PUT')!.options.body).to.deep.equal({ planId: 'plan-growth' });
  });

  it('shows one partner’s invoices when asked', async () => {
    const { el, fake } = await mount();
    await table(el).updateComplete;
    buttonIn(table(el).shadowRoot!, 'Invoices of Globex Intégration').click();
    const list = root(el).querySelector<PorticoInvoices>('portico-invoices')!;
    await waitUntil(() => fake.calls.some((c) => c.path === '/billing/invoices' && c.options.query?.partnerId === 'pa2'));
    expect(list.partnerId).to.equal('pa2');
    expect(root(el).querySelector('[part=invoices]')!.textContent).to.contain('Invoices of Globex Intégration');
  });

  it('issues an invoice to the partner shown, with the amount as staff write it, and lists it', async () => {
    const { el, fake } = await mount({ 'POST /billing/invoices': () => openInvoice({ partnerId: 'pa2', partnerName: 'Globex Intégration', number: 'INV-2026-000042' }) });
    await table(el).updateComplete;
    buttonIn(table(el).shadowRoot!, 'Invoices of Globex Intégration').click();
    await el.updateComplete;
    buttonIn(root(el).querySelector('[part=invoices]')!, 'Issue an invoice').click();
    const dialog = root(el).querySelector<Updating>('#issue')!;
    await dialog.updateComplete;
    const form = dialog.querySelector('form')!;
    control(form, 'description').value = 'Growth, December';
    control(form, 'periodStart').value = '2026-12-01';
    control(form, 'periodEnd').value = '2026-12-31';
    control(form, 'amount').value = '1,490.50';
    const before = fake.calls.filter((c) => c.path === '/billing/invoices' && c.method === 'GET').length;
    form.requestSubmit();
    await waitUntil(() => fake.calls.some((c) => c.method === 'POST' && c.path === '/billing/invoices'));
    expect(fake.calls.find((c) => c.method === 'POST' && c.path === '/billing/invoices')!.options.body).to.deep.equal({
      accountId: 'acc2', description: 'Growth, December', periodStart: '2026-12-01', periodEnd: '2026-12-31', amount: '1490.50', dueDate: undefined, draft: false,
    });
    await waitUntil(() => fake.calls.filter((c) => c.path === '/billing/invoices' && c.method === 'GET').length > before, 'the list is loaded again');
    await expectAccessible(el);
  });

  it('is for staff: a partner is sent to their own billing', async () => {
    const { el, fake } = await mount({}, partnerAdmin);
    expect(fake.calls).to.have.length(0);
    expect(root(el).querySelector('a[href="/billing"]')).to.exist;
  });

  it('speaks French', async () => {
    const { el } = await mount();
    await setLocale('fr');
    await waitUntil(() => root(el).querySelector('h1')!.textContent === 'Comptes de facturation');
    await table(el).updateComplete;
    expect(table(el).shadowRoot!.textContent).to.contain('Restreint').and.contain('À jour');
  });
});
