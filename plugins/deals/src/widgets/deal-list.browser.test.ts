import { FakeProblem, expect, expectAccessible, fakeClient, fixture, html, oneEvent, settle, waitUntil } from '@portico/widgets/testing';
import { setLocale } from '@portico/widgets';
import '@portico/widgets';
import { deal, partnerAdmin, registerDealsTranslations, reviewer, salesperson } from './test-support.js';
import './deal-list.js';
import type { PorticoDealList } from './deal-list.js';

registerDealsTranslations();

async function mount(routes: Parameters<typeof fakeClient>[0], session: unknown = salesperson) {
  const fake = fakeClient(routes);
  const el = await fixture<PorticoDealList>(html`<portico-deal-list .client=${fake.client} .session=${session}></portico-deal-list>`);
  await waitUntil(() => el.deals.status !== 'loading');
  await el.updateComplete;
  return { el, fake };
}
const root = (el: HTMLElement) => el.shadowRoot!;
const table = (el: HTMLElement) => root(el).querySelector('portico-data-table')!;
const tableText = (el: HTMLElement) => table(el).shadowRoot!.textContent!.replace(/\s+/g, ' ');
const lastQuery = (fake: ReturnType<typeof fakeClient>) => fake.calls.at(-1)!.options.query!;

describe('<portico-deal-list>', () => {
  afterEach(() => setLocale('en'));

  it('lists deals with status, reason and amount, and pages on with the cursor', async () => {
    const { el, fake } = await mount({
      'LIST /deals': ({ cursor }) =>
        cursor
          ? { items: [deal({ id: 'd3', customerName: 'Globex', amount: { minor: 5000, currency: 'JPY', exponent: 0, value: '5000' } })], nextCursor: null }
          : { items: [deal(), deal({ id: 'd2', customerName: 'Tailspin Toys', status: 'rejected', decisionReason: 'The customer buys directly from us.' })], nextCursor: 'c2' },
    });
    expect(tableText(el)).to.contain('Contoso Ltd').and.contain('$120,000.00').and.contain('Pending approval').and.contain('Rejected').and.contain('The customer buys directly from us.');
    expect(tableText(el)).not.to.contain('Acme Resellers'); // partners get no partner column
    expect(table(el).shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('/deals/d1');
    await expectAccessible(el);
    table(el).dispatchEvent(new CustomEvent('portico-load-more'));
    await settle();
    expect(fake.calls.at(-1)!.options.cursor).to.equal('c2');
    expect(tableText(el)).to.contain('Globex').and.contain('¥5,000');
  });

  it('opens filtered by the status its address names, as the home dashboard links to it', async () => {
    history.replaceState(null, '', '/deals?status=pending');
    try {
      const { el, fake } = await mount({ 'LIST /deals': () => ({ items: [deal()], nextCursor: null }) });
      expect(lastQuery(fake).status).to.equal('pending');
      expect(root(el).querySelector<HTMLElement & { value: string }>('[name=status]')!.value).to.equal('pending');
    } finally {
      history.replaceState(null, '', '/');
    }
  });

  it('filters by status and dates, searches by customer and sorts', async () => {
    const { el, fake } = await mount({ 'LIST /deals': ({ query }) => (query?.q === 'nobody' ? { items: [], nextCursor: null } : { items: [deal()], nextCursor: null }) });
    expect(lastQuery(fake).sort).to.equal('-createdAt');
    const status = root(el).querySelector<HTMLElement & { value: string }>('[name=status]')!;
    status.value = 'approved';
    status.dispatchEvent(new CustomEvent('portico-change', { detail: { value: 'approved' } }));
    await waitUntil(() => lastQuery(fake).status === 'approved');
    root(el).querySelector('[name=submittedFrom]')!.dispatchEvent(new CustomEvent('portico-change', { detail: { value: '2026-01-01' } }));
    await waitUntil(() => lastQuery(fake).submittedFrom === '2026-01-01');
    table(el).dispatchEvent(new CustomEvent('portico-sort', { detail: { key: 'amount', direction: 'descending' } }));
    await waitUntil(() => lastQuery(fake).sort === '-amount');
    expect(lastQuery(fake)).to.include({ status: 'approved', submittedFrom: '2026-01-01' });
    (root(el).querySelector('[name=q]') as HTMLElement & { value: string }).value = 'nobody';
    root(el).querySelector<HTMLFormElement>('form[role=search]')!.requestSubmit();
    await waitUntil(() => root(el).querySelector('portico-empty-state'));
    expect(root(el).querySelector('portico-empty-state')!.getAttribute('heading')).to.equal('No deal matches');
    expect(root(el).querySelector('portico-empty-state portico-button')).to.equal(null);
  });

  it('offers to register the first deal to those who may', async () => {
    const { el } = await mount({ 'LIST /deals': () => ({ items: [], nextCursor: null }) });
    expect(root(el).querySelector('portico-empty-state')!.getAttribute('heading')).to.equal('No deals yet');
    const register = root(el).querySelector<HTMLElement>('portico-empty-state portico-button')!;
    setTimeout(() => register.click());
    expect((await oneEvent(el, 'portico-navigate')).detail).to.deep.equal({ path: '/deals/new' });
    const other = await mount({ 'LIST /deals': () => ({ items: [], nextCursor: null }) }, partnerAdmin);
    expect(root(other.el).querySelector('portico-button')).to.equal(null);
  });

  it('shows staff the partner, flags, and the way to the review queue and settings', async () => {
    const { el } = await mount({
      'LIST /deals': () => ({ items: [deal({ review: { partnerName: 'Acme Resellers', flagged: true, outOfTerritory: false, competingDealIds: ['d7'] } })], nextCursor: null }),
    }, reviewer);
    expect(tableText(el)).to.contain('Acme Resellers').and.contain('Flagged');
    const links = [...root(el).querySelectorAll('.heading a')].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['/deals/review', '/deals/settings']);
    expect(root(el).querySelector('.heading portico-button'), 'staff do not register deals').to.equal(null);
  });

  it('shows an error with retry, and speaks Spanish', async () => {
    let fail = true;
    const { el } = await mount({
      'LIST /deals': () => {
        if (fail) throw new FakeProblem(503, 'Service unavailable', 'Try again in a moment.');
        return { items: [deal()], nextCursor: null };
      },
    });
    expect(root(el).querySelector('portico-error-state')).to.exist;
    fail = false;
    await el.deals.retry();
    await el.updateComplete;
    expect(tableText(el)).to.contain('Contoso');
    await setLocale('es');
    await waitUntil(() => root(el).querySelector('h1')!.textContent === 'Oportunidades');
    await waitUntil(() => tableText(el).includes('Pendiente de aprobación'));
  });
});
