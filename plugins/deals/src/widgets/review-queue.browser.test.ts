import { FakeProblem, expect, expectAccessible, fakeClient, fixture, html, settle, testPartner, waitUntil } from '@portico/widgets/testing';
import { setLocale } from '@portico/widgets';
import '@portico/widgets';
import { deal, registerDealsTranslations, reviewer } from './test-support.js';
import './review-queue.js';
import type { PorticoDealReviewQueue } from './review-queue.js';

registerDealsTranslations();

const review = (flagged: boolean, competing = 0, outOfTerritory = false) => ({ partnerName: 'Acme Resellers', flagged, outOfTerritory, competingDealIds: Array.from({ length: competing }, (_, i) => `c${i}`) });

async function mount(routes: Parameters<typeof fakeClient>[0], session: unknown = reviewer) {
  const fake = fakeClient({ 'LIST /access/partners': () => ({ items: [testPartner({ id: 'pa1', name: 'Acme Resellers' }), testPartner({ id: 'pa2', name: 'Globex Partners' })], nextCursor: null }), ...routes });
  const el = await fixture<PorticoDealReviewQueue>(html`<portico-deal-review-queue .client=${fake.client} .session=${session}></portico-deal-review-queue>`);
  await waitUntil(() => el.flagged.status !== 'loading' && el.others.status !== 'loading');
  await el.updateComplete;
  return { el, fake };
}
const root = (el: HTMLElement) => el.shadowRoot!;
const tables = (el: HTMLElement) => [...root(el).querySelectorAll('portico-data-table')];
const tableText = (table: Element) => table.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const dealCalls = (fake: ReturnType<typeof fakeClient>) => fake.calls.filter((c) => c.path === '/deals');

describe('<portico-deal-review-queue>', () => {
  afterEach(() => setLocale('en'));

  it('lists flagged pending deals first, with why, then the others, oldest first', async () => {
    const { el, fake } = await mount({
      'LIST /deals': ({ query, cursor }) =>
        query!.flagged
          ? cursor
            ? { items: [deal({ id: 'd5', customerName: 'Northwind', review: review(true, 0, true) })], nextCursor: null }
            : { items: [deal({ review: review(true, 2) })], nextCursor: 'f2' }
          : { items: [deal({ id: 'd3', customerName: 'Fabrikam', review: review(false) })], nextCursor: null },
    });
    const queries = dealCalls(fake).map((c) => c.options.query);
    expect(queries).to.deep.include({ status: 'pending', flagged: true, sort: 'createdAt', partnerId: undefined });
    expect(queries).to.deep.include({ status: 'pending', flagged: false, sort: 'createdAt', partnerId: undefined });
    const [flagged, others] = tables(el);
    expect(flagged.getAttribute('label')).to.equal('Flagged for a closer look');
    expect(tableText(flagged)).to.contain('Contoso Ltd').and.contain('2 competing').and.contain('Acme Resellers');
    expect(tableText(others)).to.contain('Fabrikam').and.not.contain('competing');
    expect(flagged.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('/deals/d1');
    await expectAccessible(el);
    flagged.dispatchEvent(new CustomEvent('portico-load-more'));
    await settle();
    await el.updateComplete;
    expect(tableText(tables(el)[0])).to.contain('Northwind').and.contain('Out of territory');
  });

  it('shows flagged deals only, and narrows to one partner', async () => {
    const { el, fake } = await mount({ 'LIST /deals': () => ({ items: [deal({ review: review(true, 1) })], nextCursor: null }) });
    const show = root(el).querySelector<HTMLElement & { value: string }>('[name=show]')!;
    show.value = 'flagged';
    show.dispatchEvent(new CustomEvent('portico-change', { detail: { value: 'flagged' } }));
    await el.updateComplete;
    expect(tables(el)).to.have.length(1);
    const partner = root(el).querySelector<HTMLElement & { value: string }>('[name=partnerId]')!;
    partner.value = 'pa2';
    partner.dispatchEvent(new CustomEvent('portico-change', { detail: { value: 'pa2' } }));
    await waitUntil(() => dealCalls(fake).at(-1)!.options.query!.partnerId === 'pa2');
    expect(dealCalls(fake).at(-1)!.options.query!.flagged).to.equal(true);
  });

  it('says when nothing waits, retries after an error, and speaks French', async () => {
    let fail = true;
    const { el } = await mount({
      'LIST /deals': ({ query }) => {
        if (fail && query!.flagged) throw new FakeProblem(503, 'Service unavailable');
        return { items: [], nextCursor: null };
      },
    });
    expect(root(el).querySelector('portico-error-state')).to.exist;
    expect(root(el).querySelector('portico-empty-state')!.getAttribute('heading')).to.equal('No other deal waits');
    fail = false;
    await el.flagged.retry();
    await el.updateComplete;
    expect(root(el).querySelector('portico-empty-state')!.getAttribute('heading')).to.equal('Nothing flagged');
    await setLocale('fr');
    await waitUntil(() => root(el).querySelector('h1')!.textContent === 'File de validation');
    expect(root(el).querySelector('portico-empty-state')!.getAttribute('heading')).to.equal('Rien de signalé');
  });
});
