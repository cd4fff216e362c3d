import { FakeProblem, expect, expectAccessible, fakeClient, fixture, html, oneEvent, settle, testPerson, waitUntil } from '@portico/widgets/testing';
import { setLocale, type Session } from '@portico/widgets';
import '@portico/widgets';
import { HOSTILE_BODY, HOSTILE_BODY_HTML, answer, asker, question, reader, registerQuestionsTranslations, support } from './test-support.js';
import './question-detail.js';
import type { PorticoQuestionDetail } from './question-detail.js';

registerQuestionsTranslations();

type Control = HTMLElement & { value: string; error: string; options: { value: string; label: string }[] };

async function mount(routes: Parameters<typeof fakeClient>[0], session: Session = asker) {
  const fake = fakeClient(routes);
  const el = await fixture<PorticoQuestionDetail>(html`<portico-question-detail .client=${fake.client} .session=${session} question-id="q1"></portico-question-detail>`);
  await waitUntil(() => el.question.status !== 'loading' && el.question.status !== 'idle');
  await el.updateComplete;
  return { el, fake };
}
const root = (el: HTMLElement) => el.shadowRoot!;
const text = (el: HTMLElement) => root(el).textContent!.replace(/\s+/g, ' ');
const button = (el: HTMLElement, label: string) => [...root(el).querySelectorAll<HTMLElement>('portico-button')].find((b) => b.textContent!.trim() === label);
const control = (el: HTMLElement, name: string) => root(el).querySelector<Control>(`[name=${name}]`);

const answered = question({ status: 'answered', answerVersion: 2, answeredAt: '2026-03-02T10:00:00.000Z', answer: answer(2) });

describe('<portico-question-detail>', () => {
  afterEach(() => setLocale('en'));

  it('shows the question, its linked deal, the answer marked updated and, on request, every version', async () => {
    const { el, fake } = await mount({
      'GET /questions/{id}': () => ({ ...answered, deal: { id: 'd1', title: '500 seats', customerName: 'Contoso' } }),
      'LIST /questions/{id}/answers': () => ({ items: [answer(2), answer(1)], nextCursor: null }),
    });
    expect(fake.calls[0].options.params).to.deep.equal({ id: 'q1' });
    expect(root(el).querySelector('h1')!.textContent).to.equal('SSO with Azure AD');
    expect(text(el)).to.contain('Answered').and.contain('Tina Tech').and.contain('Integrations').and.contain('Updated').and.contain('By Sam Support');
    expect(root(el).querySelector('a[href="/deals/d1"]')!.textContent).to.equal('Contoso — 500 seats');
    expect(root(el).querySelector('article .markdown strong')!.textContent).to.equal('Enterprise');
    expect(root(el).querySelector('.answer em')!.textContent).to.equal('Business');
    expect(root(el).querySelector('[part=staff]'), 'no staff tools for a partner').to.equal(null);
    await expectAccessible(el);
    const toggle = root(el).querySelector<HTMLButtonElement>('[part=history] button')!;
    expect(toggle.textContent!.trim()).to.equal('Show every version (2)');
    toggle.click();
    await waitUntil(() => root(el).querySelectorAll('li.version').length === 2);
    expect(fake.calls.at(-1)).to.deep.include({ method: 'LIST', path: '/questions/{id}/answers' });
    const versions = [...root(el).querySelectorAll('li.version')].map((li) => li.querySelector('h3')!.textContent!.replace(/\s+/g, ' ').trim());
    expect(versions).to.deep.equal(['Version 2 Current', 'Version 1']);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    await expectAccessible(el);
  });

  it('inserts only the server’s sanitised HTML: a script, an event handler or a javascript: link typed in a body never runs', async () => {
    const win = window as { __xss?: number };
    delete win.__xss;
    const { el } = await mount({
      'GET /questions/{id}': () => question({
        subject: '<img src=x onerror="window.__xss = 4">',
        body: HOSTILE_BODY,
        bodyHtml: HOSTILE_BODY_HTML,
        status: 'answered',
        answerVersion: 1,
        answer: answer(1, { body: HOSTILE_BODY, bodyHtml: HOSTILE_BODY_HTML }),
      }),
    });
    await settle();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(win.__xss, 'nothing typed ran').to.equal(undefined);
    expect(root(el).querySelectorAll('script, img')).to.have.length(0);
    expect(root(el).querySelectorAll('[onerror]')).to.have.length(0);
    expect(root(el).querySelectorAll('a[href^="javascript"]')).to.have.length(0);
    expect(root(el).querySelector('h1')!.textContent, 'the subject is text').to.equal('<img src=x onerror="window.__xss = 4">');
    expect(root(el).querySelector('article .markdown')!.textContent).to.contain('<script>window.__xss = 1</script>');
    expect(root(el).querySelector('.answer .markdown')!.textContent).to.contain('<img src=x onerror="window.__xss = 2">');
    expect(root(el).querySelector('.answer .markdown strong')!.textContent, 'what the server allows still shows').to.equal('bold');
  });

  it('lets the asker close the question after confirming, and reopen it', async () => {
    let current = question();
    const { el, fake } = await mount({
      'GET /questions/{id}': () => current,
      'POST /questions/{id}/close': () => (current = question({ status: 'closed', closedAt: '2026-03-05T10:00:00.000Z' })),
      'POST /questions/{id}/reopen': () => (current = question({ status: 'open' })),
    });
    expect(text(el)).to.contain('You will get an email when the vendor’s team answers.');
    button(el, 'Close the question')!.click();
    await settle();
    const dialog = root(el).querySelector<HTMLElement & { open: boolean }>('portico-dialog#close')!;
    expect(dialog.open).to.equal(true);
    await expectAccessible(el);
    const changed = oneEvent(el, 'portico-question-changed');
    [...dialog.querySelectorAll<HTMLElement>('portico-button')].find((b) => b.textContent!.includes('Close the question'))!.click();
    expect((await changed).detail.question.status).to.equal('closed');
    await el.updateComplete;
    expect(fake.calls.some((c) => c.method === 'POST' && c.path === '/questions/{id}/close')).to.equal(true);
    expect(root(el).querySelector('.heading portico-badge')!.textContent).to.equal('Closed');
    button(el, 'Reopen the question')!.click();
    await waitUntil(() => root(el).querySelector('.heading portico-badge')!.textContent === 'Open');
  });

  it('offers a colleague who did not ask neither close nor reopen', async () => {
    const { el } = await mount({ 'GET /questions/{id}': () => question() }, reader);
    expect(button(el, 'Close the question')).to.equal(undefined);
  });

  it('lets staff publish and then update the answer, with the server’s field errors on the field', async () => {
    let current = question({ assignee: null });
    let fail = true;
    const { el, fake } = await mount(
      {
        'GET /questions/{id}': () => current,
        'LIST /access/people': () => ({ items: [testPerson({ id: 's-sam', name: 'Sam Support', kind: 'staff' }), testPerson({ id: 's-pat', name: 'Pat Manager', kind: 'staff' })], nextCursor: null }),
        'PUT /questions/{id}/answer': ({ body }) => {
          if (fail) throw new FakeProblem(400, 'Invalid request', undefined, [{ field: '/body', message: 'must NOT have fewer than 1 characters' }]);
          const text = (body as { body: string }).body;
          current = question({ status: 'answered', answerVersion: current.answerVersion + 1, answeredAt: '2026-03-02T10:00:00.000Z', answer: answer(current.answerVersion + 1, { body: text }) });
          return current;
        },
      },
      support,
    );
    expect(text(el)).to.contain('Acme Resellers').and.contain('Not answered yet.');
    const field = control(el, 'body')!;
    expect(field.getAttribute('label')).to.equal('Your answer (Markdown)');
    field.value = '   ';
    root(el).querySelector<HTMLFormElement>('[part=staff] form')!.requestSubmit();
    await waitUntil(() => field.error);
    expect(field.error).to.contain('fewer than 1 characters');
    fail = false;
    field.value = 'Yes, with **Enterprise**.';
    root(el).querySelector<HTMLFormElement>('[part=staff] form')!.requestSubmit();
    await waitUntil(() => root(el).querySelector('.answer'));
    expect(fake.calls.find((c) => c.method === 'PUT')!.options.body, 'blank is sent as nothing').to.deep.equal({ body: '' });
    expect(fake.calls.filter((c) => c.method === 'PUT').at(-1)!.options.body).to.deep.equal({ body: 'Yes, with **Enterprise**.' });
    await el.updateComplete;
    expect(control(el, 'body')!.getAttribute('label')).to.equal('Update the answer (Markdown)');
    expect(control(el, 'body')!.value, 'the editor starts from the current answer').to.equal('Yes, with **Enterprise**.');
    expect(button(el, 'Update the answer')).to.exist;
    control(el, 'body')!.value = 'Yes, with **Enterprise** and *Business*.';
    root(el).querySelector<HTMLFormElement>('[part=staff] form')!.requestSubmit();
    await waitUntil(() => root(el).querySelector('[part=history]'));
    expect(root(el).querySelector('#answer-heading')!.textContent).to.contain('Updated');
    await expectAccessible(el);
  });

  it('lets staff assign the question to themselves, a colleague or nobody', async () => {
    let current = question({ assignee: null });
    const { el, fake } = await mount(
      {
        'GET /questions/{id}': () => current,
        'LIST /access/people': () => ({ items: [testPerson({ id: 's-sam', name: 'Sam Support', kind: 'staff' }), testPerson({ id: 's-pat', name: 'Pat Manager', kind: 'staff' })], nextCursor: null }),
        'PUT /questions/{id}/assignee': ({ body }) => {
          const id = (body as { assigneeId: string | null }).assigneeId;
          if (id === 's-gone') throw new FakeProblem(400, 'Invalid request', undefined, [{ field: '/assigneeId', message: 'The assignee must be an active staff member of this programme.' }]);
          current = question({ assignee: id ? { id, name: id === 's-pat' ? 'Pat Manager' : 'Sam Support' } : null });
          return current;
        },
      },
      support,
    );
    await waitUntil(() => el.staffPeople.status === 'ready');
    await el.updateComplete;
    expect(fake.calls.find((c) => c.path === '/access/people')!.options.query).to.deep.include({ kind: 'staff', status: 'active' });
    const select = control(el, 'assigneeId')!;
    expect(select.options.map((o) => o.label)).to.deep.equal(['Nobody', 'Me (Sam Support)', 'Pat Manager']);
    select.dispatchEvent(new CustomEvent('portico-change', { detail: { value: 's-pat' } }));
    await waitUntil(() => fake.calls.some((c) => c.method === 'PUT'));
    expect(fake.calls.find((c) => c.method === 'PUT')!.options.body).to.deep.equal({ assigneeId: 's-pat' });
    await waitUntil(() => control(el, 'assigneeId')!.value === 's-pat');
    select.dispatchEvent(new CustomEvent('portico-change', { detail: { value: '' } }));
    await waitUntil(() => fake.calls.filter((c) => c.method === 'PUT').length === 2);
    expect(fake.calls.filter((c) => c.method === 'PUT')[1].options.body).to.deep.equal({ assigneeId: null });
    select.dispatchEvent(new CustomEvent('portico-change', { detail: { value: 's-gone' } }));
    await waitUntil(() => control(el, 'assigneeId')!.error);
    expect(control(el, 'assigneeId')!.error).to.equal('The assignee must be an active staff member of this programme.');
    await expectAccessible(el);
  });

  it('says when the question cannot be seen, retries, and speaks French', async () => {
    let status = 404;
    const { el } = await mount({
      'GET /questions/{id}': () => {
        if (status) throw new FakeProblem(status, 'Not found');
        return answered;
      },
    });
    expect(root(el).querySelector('portico-error-state')).to.exist;
    status = 0;
    await el.question.retry();
    await el.updateComplete;
    expect(root(el).querySelector('h1')!.textContent).to.equal('SSO with Azure AD');
    await setLocale('fr');
    await waitUntil(() => root(el).querySelector('#answer-heading')!.textContent!.includes('Réponse'));
    expect(text(el)).to.contain('Répondue').and.contain('Mise à jour').and.contain('Fermer la question');
  });
});
