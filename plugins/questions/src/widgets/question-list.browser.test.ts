import { FakeProblem, expect, expectAccessible, fakeClient, fixture, html, oneEvent, settle, waitUntil } from '@portico/widgets/testing';
import { setLocale, type Session } from '@portico/widgets';
import '@portico/widgets';
import { asker, category, reader, registerQuestionsTranslations, summary, support } from './test-support.js';
import './question-list.js';
import type { PorticoQuestionList } from './question-list.js';

registerQuestionsTranslations();

const empty = () => ({ items: [], nextCursor: null });
const categories = () => ({ items: [category(), category({ id: 'c2', name: 'Licensing' })], nextCursor: null });

async function mount(routes: Parameters<typeof fakeClient>[0], session: Session = asker, attrs: { dealId?: string; compact?: boolean } = {}) {
  const fake = fakeClient({ 'LIST /question-categories': categories, ...routes });
  const el = await fixture<PorticoQuestionList>(
    html`<portico-question-list .client=${fake.client} .session=${session} .dealId=${attrs.dealId} ?compact=${attrs.compact ?? false}></portico-question-list>`,
  );
  await waitUntil(() => el.questions.status !== 'loading' && el.questions.status !== 'idle');
  await el.updateComplete;
  return { el, fake };
}
const root = (el: HTMLElement) => el.shadowRoot!;
const table = (el: HTMLElement) => root(el).querySelector('portico-data-table')!;
const tableText = (el: HTMLElement) => table(el).shadowRoot!.textContent!.replace(/\s+/g, ' ');
const headers = (el: HTMLElement) => [...table(el).shadowRoot!.querySelectorAll('th')].map((th) => th.textContent!.replace(/[▲▼↕]/g, '').trim());
const listQueries = (fake: ReturnType<typeof fakeClient>) => fake.calls.filter((c) => c.path === '/questions').map((c) => c.options.query!);

describe('<portico-question-list>', () => {
  afterEach(() => setLocale('en'));

  it('opens filtered by the status its address names (the home dashboard’s link), but not on a deal’s page', async () => {
    history.replaceState(null, '', '/questions?status=answered');
    try {
      const { el, fake } = await mount({ 'LIST /questions': empty });
      expect(listQueries(fake).at(-1)!.status).to.equal('answered');
      expect(root(el).querySelector<HTMLElement & { value: string }>('[name=status]')!.value).to.equal('answered');
      const embedded = await mount({ 'LIST /questions': empty }, asker, { dealId: 'd1', compact: true });
      expect(listQueries(embedded.fake).at(-1)!.status).to.equal(undefined);
    } finally {
      history.replaceState(null, '', '/');
    }
  });

  it('lists the organisation’s questions with status, category, deal and age, and pages on', async () => {
    const { el, fake } = await mount({
      'LIST /questions': ({ cursor }) =>
        cursor
          ? { items: [summary({ id: 'q3', subject: 'Old licensing question', status: 'closed', category: null })], nextCursor: null }
          : {
              items: [
                summary({ deal: { id: 'd1', title: '500 seats', customerName: 'Contoso' } }),
                summary({ id: 'q2', subject: 'API limits', status: 'answered', answerVersion: 2, askedBy: { id: 'p-sales', name: 'Sally Sales' } }),
              ],
              nextCursor: 'c2',
            },
    });
    expect(listQueries(fake)[0]).to.deep.include({ sort: 'newest' });
    expect(headers(el)).to.deep.equal(['Question', 'Status', 'Category', 'Asked by', 'Asked']);
    expect(tableText(el)).to.contain('SSO with Azure AD').and.contain('Open').and.contain('Answered').and.contain('Updated')
      .and.contain('Integrations').and.contain('Contoso — 500 seats').and.contain('Sally Sales').and.contain('3 days ago');
    const links = [...table(el).shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.include('/questions/q1').and.include('/deals/d1');
    const technical = await mount({ 'LIST /questions': () => ({ items: [summary({ deal: { id: 'd1', title: '500 seats', customerName: 'Contoso' } })], nextCursor: null }) }, {
      ...asker,
      permissions: ['questions.read', 'questions.ask'],
    });
    expect(tableText(technical.el), 'the deal is named').to.contain('Contoso — 500 seats');
    expect(table(technical.el).shadowRoot!.querySelector('a[href="/deals/d1"]'), 'but not linked to one who cannot open it').to.equal(null);
    await expectAccessible(el);
    table(el).dispatchEvent(new CustomEvent('portico-load-more'));
    await settle();
    expect(fake.calls.at(-1)!.options.cursor).to.equal('c2');
    await waitUntil(() => tableText(el).includes('Old licensing question'));
    expect(tableText(el)).to.contain('Closed');
  });

  it('filters by status, category and “asked by me”', async () => {
    const { el, fake } = await mount({ 'LIST /questions': ({ query }) => (query?.askedBy === 'me' ? empty() : { items: [summary()], nextCursor: null }) });
    root(el).querySelector('[name=status]')!.dispatchEvent(new CustomEvent('portico-change', { detail: { value: 'answered' } }));
    await waitUntil(() => listQueries(fake).at(-1)!.status === 'answered');
    await waitUntil(() => root(el).querySelector('[name=categoryId]'));
    root(el).querySelector('[name=categoryId]')!.dispatchEvent(new CustomEvent('portico-change', { detail: { value: 'c2' } }));
    await waitUntil(() => listQueries(fake).at(-1)!.categoryId === 'c2');
    root(el).querySelector('[name=mine]')!.dispatchEvent(new CustomEvent('portico-change', { detail: { checked: true } }));
    await waitUntil(() => root(el).querySelector('portico-empty-state'));
    expect(listQueries(fake).at(-1)).to.deep.include({ status: 'answered', categoryId: 'c2', askedBy: 'me' });
    expect(root(el).querySelector('portico-empty-state')!.getAttribute('heading')).to.equal('No question matches');
    expect(root(el).querySelector('portico-empty-state portico-button'), 'no call to action while filtering').to.equal(null);
  });

  it('offers “Ask a question” in the empty state to those who may ask, and only to them', async () => {
    const { el } = await mount({ 'LIST /questions': empty });
    expect(root(el).querySelector('portico-empty-state')!.getAttribute('heading')).to.equal('No questions yet');
    const ask = root(el).querySelector<HTMLElement>('portico-empty-state portico-button')!;
    setTimeout(() => ask.click());
    expect((await oneEvent(el, 'portico-navigate')).detail).to.deep.equal({ path: '/questions/new' });
    await expectAccessible(el);
    const other = await mount({ 'LIST /questions': empty }, reader);
    expect(root(other.el).querySelector('portico-button'), 'a salesperson does not ask').to.equal(null);
  });

  it('embedded on a deal’s page: only that deal’s questions, few columns, no filters, “Ask about this deal”', async () => {
    const { el, fake } = await mount({ 'LIST /questions': () => ({ items: [summary({ deal: { id: 'd1', title: '500 seats', customerName: 'Contoso' } })], nextCursor: null }) }, asker, {
      dealId: 'd1',
      compact: true,
    });
    expect(listQueries(fake)[0]).to.deep.include({ dealId: 'd1' });
    expect(headers(el)).to.deep.equal(['Question', 'Status', 'Asked']);
    expect(root(el).querySelector('h1')).to.equal(null);
    expect(root(el).querySelector('[part=filters]')).to.equal(null);
    expect(fake.calls.some((c) => c.path === '/question-categories'), 'no filters, no categories to load').to.equal(false);
    expect(tableText(el)).not.to.contain('Contoso');
    const ask = [...root(el).querySelectorAll('a')].find((a) => a.textContent === 'Ask about this deal')!;
    expect(ask.getAttribute('href')).to.equal('/questions/new?dealId=d1');
    await expectAccessible(el);
    const none = await mount({ 'LIST /questions': empty }, asker, { dealId: 'd1', compact: true });
    expect(root(none.el).querySelector('portico-empty-state')!.getAttribute('heading')).to.equal('No questions about this deal yet');
    expect(root(none.el).querySelector('portico-empty-state a')!.getAttribute('href')).to.equal('/questions/new?dealId=d1');
    await expectAccessible(none.el);
  });

  it('shows staff the partner and the way to the queue and categories', async () => {
    const { el } = await mount({ 'LIST /questions': () => ({ items: [summary()], nextCursor: null }) }, support);
    expect(headers(el)).to.include('Partner');
    expect(tableText(el)).to.contain('Acme Resellers');
    expect([...root(el).querySelectorAll('.heading a')].map((a) => a.getAttribute('href'))).to.deep.equal(['/questions/queue', '/questions/categories']);
    expect(root(el).querySelector('[name=mine]'), 'staff ask nothing').to.equal(null);
    expect(root(el).querySelector('.heading portico-button')).to.equal(null);
  });

  it('shows an error with retry, and speaks Spanish', async () => {
    let fail = true;
    const { el } = await mount({
      'LIST /questions': () => {
        if (fail) throw new FakeProblem(503, 'Service unavailable', 'Try again in a moment.');
        return { items: [summary({ status: 'answered', answerVersion: 1 })], nextCursor: null };
      },
    });
    expect(root(el).querySelector('portico-error-state')).to.exist;
    fail = false;
    await el.questions.retry();
    await el.updateComplete;
    expect(tableText(el)).to.contain('SSO with Azure AD');
    expect(tableText(el), 'a first answer is not an update').not.to.contain('Updated');
    await setLocale('es');
    await waitUntil(() => root(el).querySelector('h1')!.textContent === 'Preguntas');
    await waitUntil(() => tableText(el).includes('Respondida'));
  });
});
