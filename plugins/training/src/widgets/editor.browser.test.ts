import { FakeProblem, expect, expectAccessible, fakeClient, fixture, html, settle, waitUntil } from '@portico/widgets/testing';
import { setLocale } from '@portico/widgets';
import '@portico/widgets';
import { registerTrainingTranslations } from './test-support.js';
import './editor.js';
import type { PorticoTrainingEditor, StaffModule } from './editor.js';

registerTrainingTranslations();

function staffModule(overrides: Partial<StaffModule> = {}): StaffModule {
  return {
    id: 'm1', title: 'Northwind Cloud fundamentals', description: 'About **Northwind**', sections: [{ title: 'Plans', body: 'Starter', html: '<p>Starter</p>' }],
    status: 'published', version: 2,
    quiz: [{ id: 'q1', prompt: 'Which plan has SSO?', kind: 'single', points: 1, options: [{ id: 'o1', text: 'Starter', correct: false }, { id: 'o2', text: 'Business', correct: true }] }],
    totalPoints: 1, passThreshold: 80, validForDays: 365, requiredFor: 'all', documentFileIds: [], publishedAt: new Date().toISOString(), retiredAt: null,
    createdAt: new Date().toISOString(), updatedAt: new Date().toISOString(),
    versions: [{ version: 2, passThreshold: 80, validForDays: 365, totalPoints: 1, publishedAt: new Date().toISOString(), supersededAt: null, attemptCount: 3 }],
    ...overrides,
  };
}

async function mount(moduleId: string, routes: Parameters<typeof fakeClient>[0] = {}, module = staffModule()) {
  const fake = fakeClient({ 'GET /training/modules/{id}': () => module, ...routes });
  const el = await fixture<PorticoTrainingEditor>(html`<portico-training-editor module-id=${moduleId} .client=${fake.client}></portico-training-editor>`);
  await el.module.settled;
  await el.updateComplete;
  return { el, fake };
}

const root = (el: HTMLElement) => el.shadowRoot!;
const control = <T = HTMLElement & { value: string; error: string }>(el: HTMLElement, name: string) => root(el).querySelector(`[name="${name}"]`) as T;
const buttonWith = (scope: ParentNode, label: string) => [...scope.querySelectorAll<HTMLElement>('portico-button')].find((b) => b.textContent!.trim().startsWith(label));
const type = (el: HTMLElement, name: string, value: string) => control(el, name).dispatchEvent(new CustomEvent('portico-input', { detail: { value } }));

describe('<portico-training-editor>', () => {
  afterEach(() => setLocale('en'));

  it('writes a new module with a section and a quiz, and goes to it', async () => {
    const { el, fake } = await mount('new', { 'POST /training/modules': () => staffModule({ id: 'm9', status: 'draft' }) });
    type(el, 'title', 'Northwind basics');
    buttonWith(root(el), 'Add a section')!.click();
    await el.updateComplete;
    type(el, 'sections.0.title', 'Plans');
    type(el, 'sections.0.body', 'Starter and Business.');
    buttonWith(root(el), 'Add a question')!.click();
    await el.updateComplete;
    type(el, 'quiz.0.prompt', 'Which regions exist?');
    control(el, 'quiz.0.kind').dispatchEvent(new CustomEvent('portico-change', { detail: { value: 'multiple' } }));
    type(el, 'quiz.0.points', '2');
    type(el, 'quiz.0.options.0.text', 'eu-west');
    type(el, 'quiz.0.options.1.text', 'us-east');
    control(el, 'quiz.0.options.1.correct').dispatchEvent(new CustomEvent('portico-change', { detail: { checked: true } }));
    type(el, 'validForDays', '');
    control(el, 'requiredFor').dispatchEvent(new CustomEvent('portico-change', { detail: { value: 'roles' } }));
    await el.updateComplete;
    control(el, 'role-salesperson').dispatchEvent(new CustomEvent('portico-change', { detail: { checked: true } }));
    let path = '';
    el.addEventListener('portico-navigate', (e) => (path = (e as CustomEvent).detail.path));
    root(el).querySelector('form')!.requestSubmit();
    await settle();
    expect(fake.calls.find((c) => c.method === 'POST')!.options.body).to.deep.equal({
      title: 'Northwind basics',
      description: '',
      sections: [{ title: 'Plans', body: 'Starter and Business.' }],
      quiz: [{ prompt: 'Which regions exist?', kind: 'multiple', points: 2, options: [{ text: 'eu-west', correct: true }, { text: 'us-east', correct: true }] }],
      passThreshold: 80,
      validForDays: null,
      requiredFor: ['salesperson'],
    });
    expect(path).to.equal('/training/manage/m9');
  });

  it('shows the server’s field errors on the fields and under the question', async () => {
    const { el } = await mount('new', {
      'POST /training/modules': () => {
        throw new FakeProblem(400, 'Invalid', '2 problems', [
          { field: '/title', message: 'must NOT have fewer than 1 characters' },
          { field: '/quiz/0/options', message: 'a single-choice question needs exactly one correct option (it has 2)' },
        ]);
      },
    });
    buttonWith(root(el), 'Add a question')!.click();
    await el.updateComplete;
    root(el).querySelector('form')!.requestSubmit();
    await settle();
    await el.updateComplete;
    expect(control(el, 'title').error).to.equal('must NOT have fewer than 1 characters');
    expect(root(el).querySelector('#question-error-0')!.textContent).to.contain('exactly one correct option');
    expect(root(el).querySelector('[role=alert]')!.textContent).to.contain('Some fields need your attention.');
  });

  it('says that editing a published quiz creates a new version, and saves', async () => {
    const { el, fake } = await mount('m1', { 'PATCH /training/modules/{id}': () => staffModule({ version: 3 }) });
    expect(root(el).querySelector('[role=note]')!.textContent).to.contain('creates version 3');
    expect(control(el, 'title').value).to.equal('Northwind Cloud fundamentals');
    type(el, 'passThreshold', '90');
    root(el).querySelector('form')!.requestSubmit();
    await settle();
    const body = fake.calls.find((c) => c.method === 'PATCH')!.options.body as Record<string, unknown>;
    expect(body.passThreshold).to.equal(90);
    expect(body.requiredFor).to.equal('all');
    expect(el.module.value!.version).to.equal(3);
    await expectAccessible(el);
  });

  it('retires a published module only after confirming', async () => {
    const { el, fake } = await mount('m1', { 'POST /training/modules/{id}/retire': () => staffModule({ status: 'retired' }) });
    buttonWith(root(el), 'Retire')!.click();
    await el.updateComplete;
    const dialog = root(el).querySelector<HTMLElement & { open: boolean }>('#retire')!;
    expect(dialog.open).to.equal(true);
    expect(fake.calls.some((c) => c.method === 'POST')).to.equal(false);
    buttonWith(dialog, 'Retire')!.click();
    await settle();
    expect(fake.calls.at(-1)!.path).to.equal('/training/modules/{id}/retire');
    expect(el.module.value!.status).to.equal('retired');
  });

  it('publishes a draft, and deletes a draft after confirming', async () => {
    const draft = staffModule({ status: 'draft', version: 1 });
    const { el, fake } = await mount('m1', { 'POST /training/modules/{id}/publish': () => ({ ...draft, status: 'published' }), 'DELETE /training/modules/{id}': () => undefined }, draft);
    expect(root(el).querySelector('[role=note]')).to.equal(null);
    buttonWith(root(el), 'Delete the draft')!.click();
    await el.updateComplete;
    const dialog = root(el).querySelector<HTMLElement & { open: boolean }>('#delete')!;
    expect(dialog.open).to.equal(true);
    let path = '';
    el.addEventListener('portico-navigate', (e) => (path = (e as CustomEvent).detail.path));
    buttonWith(dialog, 'Delete the draft')!.click();
    await settle();
    expect(fake.calls.at(-1)!.method).to.equal('DELETE');
    expect(path).to.equal('/training/manage');
    buttonWith(root(el), 'Publish')!.click();
    await settle();
    expect(fake.calls.at(-1)!.path).to.equal('/training/modules/{id}/publish');
  });

  it('shows an error with retry when the module cannot be loaded', async () => {
    const { el } = await mount('m1', { 'GET /training/modules/{id}': () => { throw new FakeProblem(404, 'Not found'); } });
    expect(el.module.status).to.equal('error');
    expect(root(el).querySelector('portico-error-state')).to.exist;
  });

  it('speaks French', async () => {
    const { el } = await mount('new');
    await setLocale('fr');
    await waitUntil(() => root(el).querySelector('h1')!.textContent!.includes('Nouveau module de formation'));
  });
});
