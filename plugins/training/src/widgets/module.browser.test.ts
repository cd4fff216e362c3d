import { FakeProblem, expect, expectAccessible, fakeClient, fixture, html, settle, waitUntil } from '@portico/widgets/testing';
import { setLocale } from '@portico/widgets';
import '@portico/widgets';
import { registerTrainingTranslations } from './test-support.js';
import { MODULE_ID, O1A, O1B, O2A, O2B, Q1, Q2, learnerModule, status } from './fixtures.js';
import './module.js';
import type { PorticoTrainingModule } from './module.js';
import { documentElements } from '@portico/plugin-documents/public';

registerTrainingTranslations();

type Routes = Parameters<typeof fakeClient>[0];

async function mount(routes: Routes = {}, module: Record<string, unknown> = {}) {
  const fake = fakeClient({
    'GET /training/catalog/{id}': () => learnerModule(module),
    'POST /training/catalog/{id}/start': () => status({ state: 'in_progress', startedAt: new Date().toISOString() }),
    ...routes,
  });
  const el = await fixture<PorticoTrainingModule>(html`<portico-training-module module-id=${MODULE_ID} .client=${fake.client}></portico-training-module>`);
  await el.module.settled;
  await el.updateComplete;
  return { el, fake };
}

const root = (el: HTMLElement) => el.shadowRoot!;
const buttonWith = (el: HTMLElement, label: string) => [...root(el).querySelectorAll<HTMLElement>('portico-button')].find((b) => b.textContent!.includes(label));
const option = (el: HTMLElement, id: string) => root(el).querySelector<HTMLInputElement>(`input[value="${id}"]`)!;

async function startQuiz(el: PorticoTrainingModule) {
  buttonWith(el, 'Start the quiz')!.click();
  await settle();
  await el.updateComplete;
}

function pick(el: HTMLElement, id: string) {
  option(el, id).click();
}

async function submit(el: PorticoTrainingModule) {
  root(el).querySelector('form')!.requestSubmit();
  await settle();
  await el.updateComplete;
}

describe('<portico-training-module>', () => {
  afterEach(() => setLocale('en'));

  it('shows the content, then the quiz after Start, with radios and checkboxes', async () => {
    const { el, fake } = await mount();
    expect(root(el).querySelector('h1')!.textContent).to.equal('Northwind Cloud fundamentals');
    expect(root(el).querySelector('[part=content] strong')!.textContent).to.equal('Northwind Cloud');
    expect(root(el).querySelector('form')).to.equal(null);
    await startQuiz(el);
    expect(fake.calls.find((c) => c.method === 'POST')!.path).to.equal('/training/catalog/{id}/start');
    expect(option(el, O1A).type).to.equal('radio');
    expect(option(el, O2A).type).to.equal('checkbox');
    expect(root(el).activeElement).to.equal(option(el, O1A));
    expect(root(el).textContent).to.contain('In progress');
    await expectAccessible(el);
  });

  it('submits the answers chosen and shows a pass with the certification', async () => {
    const expiresAt = new Date(Date.UTC(2031, 5, 30, 12)).toISOString();
    const { el, fake } = await mount({
      'POST /training/catalog/{id}/attempts': () => ({
        id: 'a1', moduleId: MODULE_ID, version: 3, scorePoints: 3, totalPoints: 3, percent: 100, passThreshold: 80, passed: true, submittedAt: new Date().toISOString(),
        questions: [{ questionId: Q1, correct: true }, { questionId: Q2, correct: true }],
        certification: { id: 'c1', passedAt: new Date().toISOString(), expiresAt },
        status: status({ state: 'certified', expiresAt }),
      }),
    });
    let submitted: unknown;
    el.addEventListener('portico-training-submitted', (e) => (submitted = (e as CustomEvent).detail));
    await startQuiz(el);
    pick(el, O1A);
    pick(el, O1B); // a radio: the second choice replaces the first
    pick(el, O2A);
    pick(el, O2B);
    await submit(el);
    expect(fake.calls.at(-1)!.options.body).to.deep.equal({ version: 3, answers: [{ questionId: Q1, optionIds: [O1B] }, { questionId: Q2, optionIds: [O2A, O2B] }] });
    const result = root(el).querySelector('[part=result]')!;
    expect(result.querySelector('h2')!.textContent).to.equal('Passed');
    expect(result.textContent).to.contain('You scored 3 of 3 points (100%)');
    expect(result.textContent).to.contain('You are certified until Jun 30, 2031');
    expect(root(el).activeElement).to.equal(result.querySelector('h2'));
    expect((submitted as { passed: boolean }).passed).to.equal(true);
    await expectAccessible(el);
  });

  it('shows a fail with when to retry', async () => {
    const retryAllowedAt = new Date(Date.now() + 3_600_000).toISOString();
    const { el } = await mount({
      'POST /training/catalog/{id}/attempts': () => ({
        id: 'a1', moduleId: MODULE_ID, version: 3, scorePoints: 1, totalPoints: 3, percent: 33.33, passThreshold: 80, passed: false, submittedAt: new Date().toISOString(),
        questions: [{ questionId: Q1, correct: true }, { questionId: Q2, correct: false }], certification: null,
        status: status({ state: 'failed', retryAllowedAt }),
      }),
    });
    await startQuiz(el);
    pick(el, O1B);
    pick(el, O2A);
    await submit(el);
    const result = root(el).querySelector('[part=result]')!;
    expect(result.querySelector('h2')!.textContent).to.equal('Not passed');
    expect(result.textContent).to.contain('33.33%');
    expect(result.textContent).to.contain('You can try again from');
    expect([...result.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['Correct', 'Incorrect']);
  });

  it('puts the server’s field errors on the questions', async () => {
    const { el } = await mount({
      'POST /training/catalog/{id}/attempts': () => {
        throw new FakeProblem(400, 'Your request is not valid', '2 problems', [
          { in: 'body', field: '/answers/0/optionIds/0', message: 'is not an option of this question' },
          { in: 'body', field: '/answers', message: `1 question is not answered: ${Q2}` },
        ]);
      },
    });
    await startQuiz(el);
    pick(el, O1A);
    await submit(el);
    expect(root(el).querySelector(`#error-${Q1}`)!.textContent).to.equal('is not an option of this question');
    expect(root(el).querySelector(`#error-${Q2}`)!.textContent).to.equal('Answer this question.');
    expect(root(el).querySelectorAll('fieldset[aria-invalid="true"]')).to.have.length(2);
    expect(root(el).querySelector('[role=alert]')!.textContent).to.contain('Some answers need your attention.');
    pick(el, O2A);
    await el.updateComplete;
    expect(root(el).querySelector(`#error-${Q2}`)!.textContent).to.equal('');
  });

  it('shows a 409 cooldown with the time from Retry-After', async () => {
    const { el } = await mount({
      'POST /training/catalog/{id}/attempts': () => {
        throw Object.assign(new FakeProblem(409, 'Conflict', 'Your last attempt did not pass'), { type: 'https://portico.dev/problems/retry-cooldown', retryAfter: 1800 });
      },
    });
    await startQuiz(el);
    pick(el, O1A);
    pick(el, O2A);
    await submit(el);
    expect(root(el).querySelector('form')).to.equal(null);
    expect(el.retryAt!.getTime()).to.be.closeTo(Date.now() + 1_800_000, 5_000);
    expect(root(el).querySelector('[role=status]')!.textContent).to.contain('You can try again from');
  });

  it('keeps a person in cooldown from starting again', async () => {
    const { el } = await mount({}, { status: status({ state: 'failed', retryAllowedAt: new Date(Date.now() + 600_000).toISOString() }) });
    expect(buttonWith(el, 'Try again')).to.equal(undefined);
    expect(root(el).textContent).to.contain('Your last attempt did not pass.');
  });

  it('offers renewal to a person certified and expiring within 30 days', async () => {
    const { el } = await mount({}, { status: status({ state: 'certified', expiresAt: new Date(Date.now() + 10 * 86_400_000).toISOString() }) });
    expect(buttonWith(el, 'Renew my certification')).to.exist;
  });

  it('lists the module’s documents with the documents plugin’s element, and nothing when there are none', async () => {
    const fileIds = ['dddddddd-0000-4000-8000-000000000001', 'dddddddd-0000-4000-8000-000000000002'];
    const { el } = await mount({}, { documentFileIds: fileIds });
    const section = root(el).querySelector('[part=documents]')!;
    expect(section.querySelector('h2')!.textContent).to.equal('Documents for this module');
    expect(section.getAttribute('aria-labelledby')).to.equal('documents-heading');
    // Not defined here (the documents plugin is not loaded): the property is set all the same.
    const links = section.querySelector(documentElements.documentLinks) as HTMLElement & { fileIds?: string[] };
    expect(links.fileIds).to.deep.equal(fileIds);
    expect(root(el).querySelector('[part=content]')!.compareDocumentPosition(section) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    await expectAccessible(el);

    const { el: without } = await mount();
    expect(root(without).querySelector('[part=documents]')).to.equal(null);
    expect(root(without).querySelector(documentElements.documentLinks)).to.equal(null);
  });

  it('shows an error with retry when the module cannot be loaded', async () => {
    const { el } = await mount({ 'GET /training/catalog/{id}': () => { throw new FakeProblem(404, 'Not found'); } });
    expect(el.module.status).to.equal('error');
    expect(root(el).querySelector('portico-error-state')).to.exist;
  });

  it('speaks Spanish', async () => {
    const { el } = await mount();
    await setLocale('es');
    await waitUntil(() => buttonWith(el, 'Empezar el cuestionario') !== undefined);
    expect(root(el).textContent).to.contain('Obligatorio para su rol');
  });
});
