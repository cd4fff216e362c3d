import { FakeProblem, expect, expectAccessible, fakeClient, fixture, html, oneEvent, settle, waitUntil } from '@portico/widgets/testing';
import { setLocale } from '@portico/widgets';
import '@portico/widgets';
import { deal, registerDealsTranslations, reviewer } from './test-support.js';
import type { CompetingDeal, Deal } from './shared.js';
import './deal-review.js';
import type { PorticoDealReview } from './deal-review.js';

registerDealsTranslations();

const competitor: CompetingDeal = {
  id: 'd7', partnerId: 'pa2', partnerName: 'Globex Partners', customerName: 'Contoso, Inc.', customerDomain: 'contoso.example', title: 'Contoso renewal',
  amount: { minor: 9_900_000, currency: 'EUR', exponent: 2, value: '99000.00' }, status: 'approved', submittedByName: 'Gina Globex', createdAt: '2026-02-20T10:00:00Z', expiresAt: '2026-05-20T10:00:00Z',
};
const flagged = (overrides: Partial<Deal> = {}) =>
  deal({ review: { partnerName: 'Acme Resellers', flagged: true, outOfTerritory: true, competingDealIds: ['d7'], competing: [competitor] }, ...overrides });

async function mount(routes: Parameters<typeof fakeClient>[0], value: Deal = flagged(), session: unknown = reviewer) {
  const fake = fakeClient(routes);
  const el = await fixture<PorticoDealReview>(html`<portico-deal-review .client=${fake.client} .session=${session} .deal=${value}></portico-deal-review>`);
  return { el, fake };
}
const root = (el: HTMLElement) => el.shadowRoot!;
const text = (el: HTMLElement) => root(el).textContent!.replace(/\s+/g, ' ');
const button = (scope: ParentNode, label: string) => [...scope.querySelectorAll<HTMLElement>('portico-button')].find((b) => b.textContent!.trim() === label);
const dialog = (el: HTMLElement) => root(el).querySelector<HTMLElement & { open: boolean }>('portico-dialog')!;

describe('<portico-deal-review>', () => {
  afterEach(() => setLocale('en'));

  it('shows the flags and the competing registrations side by side', async () => {
    const { el } = await mount({});
    expect(text(el)).to.contain('Flagged').and.contain('Outside the partner’s territory').and.contain('Other partners registered the same customer (1)');
    const cards = root(el).querySelectorAll('article');
    expect(cards).to.have.length(2);
    expect(cards[0].textContent).to.contain('This registration').and.contain('Acme Resellers').and.contain('$120,000.00');
    expect(cards[1].textContent).to.contain('Globex Partners').and.contain('Contoso, Inc.').and.contain('€99,000.00').and.contain('Gina Globex');
    expect(cards[1].querySelector('a')!.getAttribute('href')).to.equal('/deals/d7');
    await expectAccessible(el);
  });

  it('rejects only with a reason, showing the server’s errors on the field', async () => {
    let attempt = 0;
    const { el, fake } = await mount({
      'POST /deals/{id}/reject': ({ body }) => {
        if (attempt++ === 0) throw new FakeProblem(400, 'Invalid request', undefined, [{ field: '/reason', message: 'must NOT have more than 2000 characters' }]);
        return flagged({ status: 'rejected', decisionReason: (body as { reason: string }).reason });
      },
    });
    button(root(el), 'Reject')!.click();
    await settle();
    expect(dialog(el).open).to.equal(true);
    const reason = dialog(el).querySelector<HTMLElement & { value: string; error: string }>('[name=reason]')!;
    dialog(el).querySelector('form')!.requestSubmit();
    await el.updateComplete;
    expect(reason.error).to.contain('the partner reads this reason');
    expect(fake.calls, 'nothing sent without a reason').to.have.length(0);
    reason.value = 'Another partner already works this account.';
    dialog(el).querySelector('form')!.requestSubmit();
    await waitUntil(() => reason.error.includes('2000'));
    await expectAccessible(dialog(el));
    const changed = oneEvent(el, 'portico-deal-changed');
    dialog(el).querySelector('form')!.requestSubmit();
    expect((await changed).detail.deal.status).to.equal('rejected');
    expect(fake.calls.at(-1)!.options.body).to.deep.equal({ reason: 'Another partner already works this account.' });
    await waitUntil(() => !dialog(el).open);
  });

  it('approves with an optional note, and extends an approved registration', async () => {
    const { el, fake } = await mount({ 'POST /deals/{id}/approve': () => flagged({ status: 'approved' }), 'POST /deals/{id}/extend': () => flagged({ status: 'approved' }) });
    button(root(el), 'Approve')!.click();
    await settle();
    const approved = oneEvent(el, 'portico-deal-changed');
    dialog(el).querySelector('form')!.requestSubmit();
    await approved;
    expect(fake.calls.at(-1)!.options.body).to.deep.equal({});
    el.deal = flagged({ status: 'approved', expiresAt: '2026-06-01T00:00:00Z' });
    await el.updateComplete;
    expect(button(root(el), 'Approve')).to.equal(undefined);
    button(root(el), 'Extend')!.click();
    await settle();
    (dialog(el).querySelector('[name=days]') as HTMLElement & { value: string }).value = '45';
    dialog(el).querySelector('form')!.requestSubmit();
    await waitUntil(() => fake.calls.some((c) => c.path === '/deals/{id}/extend'));
    expect(fake.calls.at(-1)!.options.body).to.deep.equal({ days: 45 });
  });

  it('shows no decisions without deals.review, and speaks Spanish', async () => {
    const { el } = await mount({}, flagged(), { ...reviewer, permissions: ['deals.read'] });
    expect(button(root(el), 'Approve')).to.equal(undefined);
    await setLocale('es');
    await waitUntil(() => text(el).includes('Este registro') && text(el).includes('Fuera del territorio del partner'));
  });
});
