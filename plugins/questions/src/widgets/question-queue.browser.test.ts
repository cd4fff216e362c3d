import { FakeProblem, expect, expectAccessible, fakeClient, fixture, html, settle, testPartner, waitUntil } from '@portico/widgets/testing';
import { setLocale } from '@portico/widgets';
import '@portico/widgets';
import { category, registerQuestionsTranslations, summary, support } from './test-support.js';
import './question-queue.js';
import type { PorticoQuestionQueue } from './question-queue.js';

registerQuestionsTranslations();

async function mount(routes: Parameters<typeof fakeClient>[0]) {
  const fake = fakeClient({
    'LIST /access/partners': () => ({ items: [testPartner({ id: 'pa1', name: 'Acme Resellers' }), testPartner({ id: 'pa2', name: 'Globex Partners' })], nextCursor: null }),
    'LIST /question-categories': () => ({ items: [category()], nextCursor: null }),
    ...routes,
  });
  const el = await fixture<PorticoQuestionQueue>(html`<portico-question-queue .client=${fake.client} .session=${support}></portico-question-queue>`);
  await waitUntil(() => el.questions.status !== 'loading' && el.questions.status !== 'idle' && el.choices.status === 'ready');
  await el.updateComplete;
  return { el, fake };
}
const root = (el: HTMLElement) => el.shadowRoot!;
const table = (el: HTMLElement) => root(el).querySelector('portico-data-table')!;
const tableText = (el: HTMLElement) => table(el).shadowRoot!.textContent!.replace(/\s+/g, ' ');
const lastQuery = (fake: ReturnType<typeof fakeClient>) => fake.calls.filter((c) => c.path === '/questions').at(-1)!.options.query!;
const change = (el: HTMLElement, name: string, value: string) =>
  root(el).querySelector(`[name=${name}]`)!.dispatchEvent(new CustomEvent('portico-change', { detail: { value } }));

describe('<portico-question-queue>', () => {
  afterEach(() => setLocale('en'));

  it('lists questions across partners, those needing attention first, with assignee and age, and pages on', async () => {
    const { el, fake } = await mount({
      'LIST /questions': ({ cursor }) =>
        cursor
          ? { items: [summary({ id: 'q4', subject: 'Answered long ago', status: 'answered', answerVersion: 1 })], nextCursor: null }
          : {
              items: [
                summary({ assignee: { id: 's-sam', name: 'Sam Support' } }),
                summary({ id: 'q2', subject: 'Globex asks', partner: { id: 'pa2', name: 'Globex Partners' }, assignee: { id: 's-pat', name: 'Pat Manager' }, deal: { id: 'd1', title: 'Renewal', customerName: 'Initech' } }),
                summary({ id: 'q3', subject: 'Nobody has it', assignee: null }),
              ],
              nextCursor: 'c2',
            },
    });
    expect(lastQuery(fake)).to.deep.include({ sort: 'attention' });
    expect(tableText(el)).to.contain('Acme Resellers').and.contain('Globex Partners').and.contain('Me').and.contain('Pat Manager').and.contain('Nobody')
      .and.contain('Initech — Renewal').and.contain('3 days ago');
    expect(table(el).shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('/questions/q1');
    await expectAccessible(el);
    table(el).dispatchEvent(new CustomEvent('portico-load-more'));
    await settle();
    expect(fake.calls.at(-1)!.options.cursor).to.equal('c2');
    await waitUntil(() => tableText(el).includes('Answered long ago'));
  });

  it('filters by status, never answered, partner, category, assignee and the day asked', async () => {
    const { el, fake } = await mount({ 'LIST /questions': () => ({ items: [summary()], nextCursor: null }) });
    change(el, 'show', 'unanswered');
    await waitUntil(() => lastQuery(fake).unanswered === true);
    expect(lastQuery(fake).status).to.equal(undefined);
    change(el, 'show', 'closed');
    await waitUntil(() => lastQuery(fake).status === 'closed');
    expect(lastQuery(fake).unanswered).to.equal(undefined);
    change(el, 'partnerId', 'pa2');
    await waitUntil(() => lastQuery(fake).partnerId === 'pa2');
    change(el, 'categoryId', 'c1');
    await waitUntil(() => lastQuery(fake).categoryId === 'c1');
    change(el, 'assignee', 'me');
    await waitUntil(() => lastQuery(fake).assigneeId === 's-sam');
    change(el, 'assignee', 'none');
    await waitUntil(() => lastQuery(fake).assigneeId === 'none');
    change(el, 'askedFrom', '2026-03-01');
    change(el, 'askedTo', '2026-03-31');
    await waitUntil(() => lastQuery(fake).askedBefore);
    // Whole local days: from the start of the first to the start of the day after the last.
    expect(lastQuery(fake).askedAfter).to.equal(new Date(2026, 2, 1).toISOString());
    expect(lastQuery(fake).askedBefore).to.equal(new Date(2026, 3, 1).toISOString());
    change(el, 'sort', 'newest');
    await waitUntil(() => lastQuery(fake).sort === 'newest');
  });

  it('says when the queue is empty, and when nothing matches', async () => {
    const { el } = await mount({ 'LIST /questions': ({ query }) => (query?.partnerId ? { items: [], nextCursor: null } : { items: [], nextCursor: null }) });
    expect(root(el).querySelector('portico-empty-state')!.getAttribute('heading')).to.equal('The queue is empty');
    await expectAccessible(el);
    change(el, 'partnerId', 'pa2');
    await waitUntil(() => root(el).querySelector('portico-empty-state')?.getAttribute('heading') === 'No question matches');
  });

  it('works without the partner list, shows an error with retry, and speaks Spanish', async () => {
    let fail = true;
    const { el } = await mount({
      'LIST /access/partners': () => {
        throw new FakeProblem(403, 'Forbidden');
      },
      'LIST /questions': () => {
        if (fail) throw new FakeProblem(503, 'Service unavailable');
        return { items: [summary()], nextCursor: null };
      },
    });
    expect(root(el).querySelector('[name=partnerId]'), 'no partner filter without the list').to.equal(null);
    expect(root(el).querySelector('portico-error-state')).to.exist;
    fail = false;
    await el.questions.retry();
    await el.updateComplete;
    expect(tableText(el)).to.contain('SSO with Azure AD');
    await setLocale('es');
    await waitUntil(() => root(el).querySelector('h1')!.textContent === 'Cola de preguntas');
    await waitUntil(() => tableText(el).includes('Abierta'));
  });
});
