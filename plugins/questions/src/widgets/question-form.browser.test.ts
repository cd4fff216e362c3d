import { FakeProblem, expect, expectAccessible, fakeClient, fixture, html, oneEvent, settle, testPortal, waitUntil } from '@portico/widgets/testing';
import { setLocale, type PortalInfo, type Session } from '@portico/widgets';
import '@portico/widgets';
import { asker, category, listedDeal, question, registerQuestionsTranslations } from './test-support.js';
import type { Question } from './shared.js';
import './question-form.js';
import type { PorticoQuestionForm } from './question-form.js';

registerQuestionsTranslations();

type Control = HTMLElement & { value: string; error: string; options: { value: string; label: string }[] };

const withDeals: PortalInfo = testPortal({ plugins: [{ id: 'deals', widgets: null }, { id: 'questions', widgets: null }] });
const withoutDeals: PortalInfo = { ...withDeals, plugins: [{ id: 'questions', widgets: null }] };

const deals = [listedDeal({ id: 'd1', title: '500 seats', customerName: 'Contoso' }), listedDeal({ id: 'd2', title: 'Renewal', customerName: 'Globex' })];

async function mount(routes: Parameters<typeof fakeClient>[0], options: { portal?: PortalInfo; dealId?: string; session?: Session } = {}) {
  const fake = fakeClient({
    'LIST /question-categories': () => ({ items: [category(), category({ id: 'c2', name: 'Licensing' })], nextCursor: null }),
    'LIST /deals': () => ({ items: deals, nextCursor: null }),
    ...routes,
  });
  const el = await fixture<PorticoQuestionForm>(
    html`<portico-question-form .client=${fake.client} .portal=${options.portal ?? withDeals} .session=${options.session ?? asker} .dealId=${options.dealId}></portico-question-form>`,
  );
  await waitUntil(() => el.choices.status === 'ready' || el.choices.status === 'error');
  await el.updateComplete;
  return { el, fake };
}
const control = (el: HTMLElement, name: string) => el.shadowRoot!.querySelector<Control>(`[name=${name}]`);
const set = (el: HTMLElement, name: string, value: string) => (control(el, name)!.value = value);
const form = (el: HTMLElement) => el.shadowRoot!.querySelector('form')!;
const submitButton = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLElement & { loading: boolean }>('portico-button[type=submit]')!;

describe('<portico-question-form>', () => {
  afterEach(() => setLocale('en'));

  it('shows, in place of the form, what stands in the way when a gate reserves asking, with the way out', async () => {
    const { el } = await mount({
      'GET /portal/features': () => ({
        features: { 'questions.ask': { allowed: false, problem: { type: 'https://portico.dev/problems/billing-required', title: 'Your plan does not include questions', status: 402, detail: 'Choose a plan that includes them.', action: { href: '/billing', label: 'See plans' } } } },
      }),
    });
    const gate = el.shadowRoot!.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('portico-feature-gate')!;
    await waitUntil(() => gate.shadowRoot!.querySelector('[part="notice"]'));
    expect(gate.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.contain('Your plan does not include questions');
    expect(gate.shadowRoot!.querySelector('[part="action"]')!.getAttribute('href')).to.equal('/billing');
    expect(gate.shadowRoot!.querySelector('slot'), 'the form is not shown').to.equal(null);
  });

  it('asks one question per submit, with category and deal, then goes to its page', async () => {
    let reply!: (value: Question) => void;
    const { el, fake } = await mount({ 'POST /questions': () => new Promise((resolve) => (reply = resolve)) });
    expect(control(el, 'categoryId')!.options.map((o) => o.label)).to.deep.equal(['No category', 'Integrations', 'Licensing']);
    expect(control(el, 'dealId')!.options.map((o) => o.label)).to.deep.equal(['No deal', 'Contoso — 500 seats', 'Globex — Renewal']);
    await expectAccessible(el);
    set(el, 'subject', '  SSO with Azure AD ');
    set(el, 'body', 'Does **Enterprise** support SAML?');
    set(el, 'categoryId', 'c2');
    set(el, 'dealId', 'd2');
    form(el).requestSubmit();
    await settle();
    expect(submitButton(el).loading, 'busy while sending').to.equal(true);
    form(el).requestSubmit();
    await settle();
    expect(fake.calls.filter((c) => c.method === 'POST'), 'one submit, one question').to.have.length(1);
    expect(fake.calls.find((c) => c.method === 'POST')!.options.body).to.deep.equal({
      subject: 'SSO with Azure AD', body: 'Does **Enterprise** support SAML?', categoryId: 'c2', dealId: 'd2',
    });
    const asked = oneEvent(el, 'portico-question-asked');
    const navigated = oneEvent(el, 'portico-navigate');
    reply(question({ id: 'q9' }));
    expect((await asked).detail.question.id).to.equal('q9');
    expect((await navigated).detail).to.deep.equal({ path: '/questions/q9' });
  });

  it('leaves out the category and deal when none is chosen, and offers no deals without the deals plugin', async () => {
    const { el, fake } = await mount({ 'POST /questions': () => question() }, { portal: withoutDeals });
    expect(control(el, 'dealId')).to.equal(null);
    expect(fake.calls.some((c) => c.path === '/deals')).to.equal(false);
    set(el, 'subject', 'Pricing');
    set(el, 'body', 'How are seats counted?');
    form(el).requestSubmit();
    await waitUntil(() => fake.calls.some((c) => c.method === 'POST'));
    expect(fake.calls.find((c) => c.method === 'POST')!.options.body).to.deep.equal({ subject: 'Pricing', body: 'How are seats counted?' });
    const technical = await mount({}, { session: { ...asker, permissions: ['questions.read', 'questions.ask'] } });
    expect(control(technical.el, 'dealId'), 'no picker for one who may not list deals').to.equal(null);
    expect(technical.fake.calls.some((c) => c.path === '/deals')).to.equal(false);
  });

  it('pre-selects the deal it was opened from, and Cancel goes back to it', async () => {
    const { el } = await mount({}, { dealId: 'd1' });
    expect(control(el, 'dealId')!.value).to.equal('d1');
    const other = await mount({ 'LIST /deals': () => ({ items: [], nextCursor: null }) }, { dealId: 'd7', portal: withoutDeals });
    expect(control(other.el, 'dealId')!.options.at(-1)).to.deep.equal({ value: 'd7', label: 'The deal you came from' });
    const cancel = [...other.el.shadowRoot!.querySelectorAll<HTMLElement>('portico-button')].find((b) => b.textContent!.includes('Cancel'))!;
    setTimeout(() => cancel.click());
    expect((await oneEvent(other.el, 'portico-navigate')).detail).to.deep.equal({ path: '/deals/d7' });
  });

  it('shows the server’s field errors on their fields', async () => {
    const { el } = await mount({
      'POST /questions': () => {
        throw new FakeProblem(400, 'Invalid request', undefined, [
          { field: '/dealId', message: 'No deal with this id was found.' },
          { field: '/subject', message: 'must NOT have fewer than 1 characters' },
        ]);
      },
    });
    set(el, 'body', 'Hello');
    set(el, 'dealId', 'd1');
    form(el).requestSubmit();
    await waitUntil(() => control(el, 'dealId')!.error);
    expect(control(el, 'dealId')!.error).to.equal('No deal with this id was found.');
    expect(control(el, 'subject')!.error).to.contain('fewer than 1');
    expect(submitButton(el).loading).to.equal(false);
    await expectAccessible(el);
  });

  it('previews Markdown without ever running what was typed', async () => {
    const { el } = await mount({});
    const body = control(el, 'body')!;
    const typed = '**Hi** <img src=x onerror="window.__formXss = 1"> [bad](javascript:window.__formXss=2) [docs](https://docs.example.com)\n\n- one\n- two';
    body.value = typed;
    body.dispatchEvent(new CustomEvent('portico-input', { detail: { value: typed } }));
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('button.link-button')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    await settle();
    const preview = el.shadowRoot!.querySelector<HTMLElement>('#preview')!;
    expect(preview.hidden).to.equal(false);
    expect(preview.querySelector('strong')!.textContent).to.equal('Hi');
    expect(preview.querySelectorAll('li')).to.have.length(2);
    expect(preview.querySelector('img')).to.equal(null);
    expect(preview.textContent).to.contain('<img src=x onerror="window.__formXss = 1">');
    expect([...preview.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['https://docs.example.com']);
    expect((window as { __formXss?: number }).__formXss).to.equal(undefined);
    await expectAccessible(el);
  });

  it('shows an error with retry when the categories cannot be read, and speaks French', async () => {
    let fail = true;
    const { el } = await mount({
      'LIST /question-categories': () => {
        if (fail) throw new FakeProblem(503, 'Service unavailable');
        return { items: [], nextCursor: null };
      },
    });
    expect(el.shadowRoot!.querySelector('portico-error-state')).to.exist;
    fail = false;
    await el.choices.retry();
    await el.updateComplete;
    expect(control(el, 'categoryId'), 'no categories, no picker').to.equal(null);
    await setLocale('fr');
    await waitUntil(() => el.shadowRoot!.querySelector('h1')!.textContent === 'Poser une question');
    expect(control(el, 'subject')!.getAttribute('label')).to.equal('Objet');
  });
});
