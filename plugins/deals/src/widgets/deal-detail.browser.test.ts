import { FakeProblem, expect, expectAccessible, fakeClient, fixture, html, oneEvent, settle, waitUntil } from '@portico/widgets/testing';
import { setLocale } from '@portico/widgets';
import '@portico/widgets';
import { deal, partnerAdmin, registerDealsTranslations, reviewer, salesperson } from './test-support.js';
import './deal-detail.js';
import type { PorticoDealDetail } from './deal-detail.js';

registerDealsTranslations();

const portal = (plugins: string[]) => ({ tenant: { slug: 'acme', name: 'Acme', defaultLocale: 'en' }, brand: {}, locales: ['en', 'fr', 'es'], plugins: plugins.map((id) => ({ id, widgets: null })) });

async function mount(routes: Parameters<typeof fakeClient>[0], session: unknown = salesperson, plugins: string[] = ['deals']) {
  const fake = fakeClient(routes);
  const el = await fixture<PorticoDealDetail>(html`<portico-deal-detail deal-id="d1" .client=${fake.client} .session=${session} .portal=${portal(plugins)}></portico-deal-detail>`);
  await waitUntil(() => el.deal.status !== 'loading');
  await el.updateComplete;
  return { el, fake };
}
const root = (el: HTMLElement) => el.shadowRoot!;
const text = (el: HTMLElement) => root(el).textContent!.replace(/\s+/g, ' ');
const button = (scope: ParentNode, label: string) => [...scope.querySelectorAll<HTMLElement>('portico-button')].find((b) => b.textContent!.trim() === label);

describe('<portico-deal-detail>', () => {
  afterEach(() => setLocale('en'));

  it('shows everything about an approved deal: amount, the decision, its reason and expiry', async () => {
    const { el, fake } = await mount({
      'GET /deals/{id}': () => deal({ status: 'approved', decisionReason: 'Confirmed with the customer.', decidedAt: '2026-03-02T09:00:00Z', expiresAt: '2026-05-31T09:00:00Z', customerCountry: 'DE' }),
    });
    expect(fake.calls[0].options.params).to.deep.equal({ id: 'd1' });
    expect(root(el).querySelector('h1')!.textContent).to.equal('Contoso Ltd');
    expect(text(el)).to.contain('$120,000.00').and.contain('Approved').and.contain('Confirmed with the customer.').and.contain('protects you until May 31, 2026').and.contain('Germany');
    expect(button(root(el), 'Withdraw'), 'only a pending deal is withdrawn').to.equal(undefined);
    expect(root(el).querySelector('portico-deal-review')).to.equal(null);
    await expectAccessible(el);
  });

  it('lets the submitter edit and withdraw a pending deal, after confirming', async () => {
    const { el, fake } = await mount({
      'GET /deals/{id}': () => deal(),
      'POST /deals/{id}/withdraw': () => deal({ status: 'withdrawn' }),
    });
    setTimeout(() => button(root(el), 'Edit')!.click());
    expect((await oneEvent(el, 'portico-navigate')).detail).to.deep.equal({ path: '/deals/d1/edit' });
    button(root(el), 'Withdraw')!.click();
    await settle();
    const dialog = root(el).querySelector<HTMLElement & { open: boolean }>('#withdraw')!;
    expect(dialog.open).to.equal(true);
    expect(fake.calls.some((c) => c.method === 'POST'), 'nothing happens before confirming').to.equal(false);
    await expectAccessible(dialog);
    const changed = oneEvent(el, 'portico-deal-changed');
    button(dialog, 'Withdraw')!.click();
    expect((await changed).detail.deal.status).to.equal('withdrawn');
    await el.updateComplete;
    expect(text(el)).to.contain('Withdrawn by the partner.');
    expect(button(root(el), 'Edit')).to.equal(undefined);
  });

  it('hides edit and withdraw from a colleague who did not submit it, unless partner-wide', async () => {
    const colleague = { ...salesperson, person: { ...salesperson.person, id: 'someone-else' } };
    const { el } = await mount({ 'GET /deals/{id}': () => deal() }, colleague);
    expect(button(root(el), 'Edit')).to.equal(undefined);
    const principal = { ...partnerAdmin, permissions: [...partnerAdmin.permissions, 'deals.submit'] };
    const other = await mount({ 'GET /deals/{id}': () => deal() }, principal);
    expect(button(root(other.el), 'Edit')).to.exist;
  });

  it('shows staff the review block, and the questions when the portal has them', async () => {
    const { el } = await mount({
      'GET /deals/{id}': () => deal({ review: { partnerName: 'Acme Resellers', flagged: false, outOfTerritory: false, competingDealIds: [], competing: [] } }),
    }, reviewer, ['deals', 'questions']);
    expect(root(el).querySelector('portico-deal-review')).to.exist;
    expect(button(root(el), 'Withdraw'), 'staff decide, they do not withdraw').to.equal(undefined);
    const questions = root(el).querySelector('portico-question-list')!;
    expect(questions.getAttribute('deal-id')).to.equal('d1');
    expect(questions.hasAttribute('compact')).to.equal(true);
    expect(root(el).querySelector('#questions-heading'), 'no heading while the element is not defined').to.equal(null);
    const without = await mount({ 'GET /deals/{id}': () => deal() }, salesperson, ['deals']);
    expect(root(without.el).querySelector('portico-question-list')).to.equal(null);
  });

  it('says a deal one may not see is not there, with retry, and speaks French', async () => {
    const { el } = await mount({
      'GET /deals/{id}': () => {
        throw new FakeProblem(404, 'Not found', 'No such deal.');
      },
    });
    expect(root(el).querySelector('portico-error-state')).to.exist;
    const ok = await mount({ 'GET /deals/{id}': () => deal() });
    await setLocale('fr');
    await waitUntil(() => text(ok.el).includes('En attente de la décision de l’éditeur.'));
    expect(button(root(ok.el), 'Retirer')).to.exist;
  });
});
