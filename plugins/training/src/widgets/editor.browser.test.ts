import { FakeProblem, expect, expectAccessible, fakeClient, fixture, html, settle, testPortal, waitUntil } from '@portico/widgets/testing';
import { setLocale } from '@portico/widgets';
import '@portico/widgets';
import { registerTrainingTranslations } from './test-support.js';
import './editor.js';
import type { PorticoTrainingEditor } from './editor.js';
import type { LibraryFile, Page, StaffModule } from './shared.js';
import type { PorticoTrainingEditorDocuments } from './editor-documents.js';

registerTrainingTranslations();

function staffModule(overrides: Partial<StaffModule> = {}): StaffModule {
  return {
    id: 'm1', title: 'Northwind Cloud fundamentals', description: 'About **Northwind**', descriptionHtml: '<p>About <strong>Northwind</strong></p>', sections: [{ title: 'Plans', body: 'Starter', html: '<p>Starter</p>' }],
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

const DOC_A = 'dddddddd-0000-4000-8000-00000000000a';
const DOC_B = 'dddddddd-0000-4000-8000-00000000000b';
const DOC_GONE = 'dddddddd-0000-4000-8000-0000000000ff';
const libraryFile = (id: string, name: string): LibraryFile => ({
  id, name, spaceTitle: 'Sales kit', contentType: 'application/pdf', size: 1024, spaceId: 's1', description: '',
  version: 1, versionId: `${id}-v1`, badge: null, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
});
const FILE_A = libraryFile(DOC_A, 'Price list 2026.pdf');
const FILE_B = libraryFile(DOC_B, 'Security whitepaper.pdf');

/** The library as the documents plugin answers it: `?ids=` gives the visible files among them, `?q=` a search. */
function library(files: LibraryFile[], search: (q: string) => LibraryFile[] = () => files) {
  return {
    'LIST /documents/library': ({ query = {} }: { query?: Record<string, unknown> }) => {
      const ids = typeof query.ids === 'string' ? query.ids.split(',') : null;
      return { items: ids ? files.filter((f) => ids.includes(f.id)) : search(String(query.q)), nextCursor: null };
    },
  };
}

const documentsPart = (el: HTMLElement) => root(el).querySelector<PorticoTrainingEditorDocuments>('portico-training-editor-documents')!;
const inDocuments = (el: HTMLElement) => documentsPart(el).shadowRoot!;
const labelled = (el: HTMLElement, label: string) => inDocuments(el).querySelector<HTMLElement & { disabled: boolean }>(`portico-button[label="${label}"]`);
const attachedNames = (el: HTMLElement) => [...inDocuments(el).querySelectorAll('[part=files] .name')].map((s) => s.textContent!.trim());

/** Types in the search field and waits for the search that follows the pause in typing to be answered. */
async function searchDocuments(el: PorticoTrainingEditor, fake: ReturnType<typeof fakeClient>, words: string) {
  const before = fake.calls.length;
  inDocuments(el).querySelector('[name="documents-search"]')!.dispatchEvent(new CustomEvent('portico-input', { detail: { value: words } }));
  await waitUntil(() => fake.calls.length > before && !documentsPart(el).searching, 'the search did not answer');
  await documentsPart(el).updateComplete;
}

async function rendered(el: PorticoTrainingEditor) {
  await settle();
  await el.updateComplete;
  await documentsPart(el).updateComplete;
}

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
      documentFileIds: [],
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

  it('attaches a document found by searching the library, and saves its id', async () => {
    const { el, fake } = await mount('m1', { ...library([FILE_A, FILE_B]), 'PATCH /training/modules/{id}': ({ body }) => staffModule(body as Partial<StaffModule>) });
    expect(inDocuments(el).textContent).to.contain('No document attached.');
    expect(fake.calls.some((c) => c.path === '/documents/library')).to.equal(false);
    await searchDocuments(el, fake, 'price');
    const search = fake.calls.find((c) => c.path === '/documents/library')!;
    expect(search.options.query).to.deep.equal({ q: 'price', limit: 20 });
    labelled(el, 'Attach Price list 2026.pdf')!.click();
    await rendered(el);
    expect(attachedNames(el)).to.deep.equal(['Price list 2026.pdf']);
    expect(labelled(el, 'Price list 2026.pdf is attached')!.disabled).to.equal(true);
    expect(labelled(el, 'Attach Security whitepaper.pdf')!.disabled).to.equal(false);
    await expectAccessible(el);
    root(el).querySelector('form')!.requestSubmit();
    await rendered(el);
    const body = fake.calls.find((c) => c.method === 'PATCH')!.options.body as Record<string, unknown>;
    expect(body.documentFileIds).to.deep.equal([DOC_A]);
    // The name was known from the search: it is not fetched again after saving.
    expect(fake.calls.filter((c) => c.path === '/documents/library')).to.have.length(1);
    expect(attachedNames(el)).to.deep.equal(['Price list 2026.pdf']);
  });

  it('shows the attached documents by name, fetched once, and saves the ones left after removing', async () => {
    const { el, fake } = await mount('m1', { ...library([FILE_A, FILE_B]), 'PATCH /training/modules/{id}': () => staffModule({ documentFileIds: [DOC_B] }) }, staffModule({ documentFileIds: [DOC_A, DOC_B] }));
    await rendered(el);
    const lookups = fake.calls.filter((c) => c.path === '/documents/library');
    expect(lookups.map((c) => c.options.query)).to.deep.equal([{ ids: `${DOC_A},${DOC_B}`, limit: 50 }]);
    expect(attachedNames(el)).to.deep.equal(['Price list 2026.pdf', 'Security whitepaper.pdf']);
    labelled(el, 'Remove Price list 2026.pdf')!.click();
    await rendered(el);
    expect(attachedNames(el)).to.deep.equal(['Security whitepaper.pdf']);
    root(el).querySelector('form')!.requestSubmit();
    await rendered(el);
    expect((fake.calls.find((c) => c.method === 'PATCH')!.options.body as Record<string, unknown>).documentFileIds).to.deep.equal([DOC_B]);
  });

  it('sends no documents after removing the last one', async () => {
    const { el, fake } = await mount('m1', { ...library([FILE_A]), 'PATCH /training/modules/{id}': () => staffModule() }, staffModule({ documentFileIds: [DOC_A] }));
    await rendered(el);
    labelled(el, 'Remove Price list 2026.pdf')!.click();
    await rendered(el);
    root(el).querySelector('form')!.requestSubmit();
    await rendered(el);
    expect((fake.calls.find((c) => c.method === 'PATCH')!.options.body as Record<string, unknown>).documentFileIds).to.deep.equal([]);
  });

  it('lists an id the library does not answer as an unavailable document that can be removed', async () => {
    const { el } = await mount('m1', library([FILE_A]), staffModule({ documentFileIds: [DOC_GONE, DOC_A] }));
    await rendered(el);
    expect(attachedNames(el)).to.deep.equal(['Unavailable document', 'Price list 2026.pdf']);
    labelled(el, 'Remove Unavailable document')!.click();
    await rendered(el);
    expect(el.draft.documentFileIds).to.deep.equal([DOC_A]);
  });

  it('says when a search finds nothing, or fails', async () => {
    let fail = false;
    const { el, fake } = await mount('new', library([], () => {
      if (fail) throw new FakeProblem(500, 'Server error');
      return [];
    }));
    await searchDocuments(el, fake, 'nothing');
    expect(inDocuments(el).querySelector('[role=status]')!.textContent).to.contain('No document matches “nothing”.');
    fail = true;
    await searchDocuments(el, fake, 'again');
    expect(inDocuments(el).querySelector('[role=alert]')!.textContent).to.contain('Server error');
  });

  it('says that it is searching while the library has not answered', async () => {
    let answer!: (page: Page<LibraryFile>) => void;
    const { el } = await mount('new', { 'LIST /documents/library': () => new Promise((resolve) => (answer = resolve)) });
    const field = inDocuments(el).querySelector('[name="documents-search"]')!;
    field.dispatchEvent(new CustomEvent('portico-input', { detail: { value: 'price' } }));
    // Enter searches at once (and does not submit the editor's form).
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true });
    field.dispatchEvent(enter);
    expect(enter.defaultPrevented).to.equal(true);
    await documentsPart(el).updateComplete;
    expect(inDocuments(el).querySelector('[role=status]')!.textContent).to.contain('Searching…');
    answer({ items: [FILE_A], nextCursor: null });
    await rendered(el);
    expect(labelled(el, 'Attach Price list 2026.pdf')).to.exist;
  });

  it('shows the server’s error on a document next to it', async () => {
    const { el } = await mount('m1', {
      ...library([FILE_A, FILE_B]),
      'PATCH /training/modules/{id}': () => {
        throw new FakeProblem(400, 'Invalid', '1 problem', [{ field: '/documentFileIds/1', message: 'is not a document file of this programme' }]);
      },
    }, staffModule({ documentFileIds: [DOC_A, DOC_B] }));
    await rendered(el);
    root(el).querySelector('form')!.requestSubmit();
    await rendered(el);
    expect(inDocuments(el).querySelector(`#document-error-${DOC_B}`)!.textContent).to.equal('is not a document file of this programme');
    expect(inDocuments(el).querySelector(`#document-error-${DOC_A}`)).to.equal(null);
    expect(root(el).querySelector('[role=alert]')!.textContent).to.contain('Some fields need your attention.');
  });

  it('hides the Documents part when the documents plugin is absent (its library answers 404)', async () => {
    const { el } = await mount('m1', {}, staffModule({ documentFileIds: [DOC_A] }));
    await rendered(el);
    expect(inDocuments(el).querySelector('fieldset')).to.equal(null);
  });

  it('offers no more attachments once 50 documents are attached', async () => {
    const fileIds = Array.from({ length: 50 }, (_, i) => `dddddddd-0000-4000-8000-${String(i).padStart(12, '0')}`);
    const { el, fake } = await mount('m1', library([FILE_A]), staffModule({ documentFileIds: fileIds }));
    await rendered(el);
    await searchDocuments(el, fake, 'price');
    expect(labelled(el, 'Attach Price list 2026.pdf')!.disabled).to.equal(true);
    expect(inDocuments(el).textContent).to.contain('A module has at most 50 documents');
  });

  it('hides the Documents part when the portal does not have the documents plugin', async () => {
    const { el, fake } = await mount('m1', library([FILE_A]));
    documentsPart(el).portal = testPortal({ locales: ['en'], plugins: [{ id: 'training', widgets: null }] });
    await rendered(el);
    expect(inDocuments(el).querySelector('fieldset')).to.equal(null);
    expect(fake.calls.some((c) => c.path === '/documents/library')).to.equal(false);
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
    await waitUntil(() => inDocuments(el).textContent!.includes('Aucun document joint.'));
  });
});
