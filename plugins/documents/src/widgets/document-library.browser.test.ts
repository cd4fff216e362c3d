import { FakeProblem, expect, expectAccessible, fakeClient, fixture, html, oneEvent, settle, waitUntil } from '@portico/widgets/testing';
import { setLocale } from '@portico/widgets';
import '@portico/widgets';
import { file, manager, registerDocumentsTranslations, salesperson, space } from './test-support.js';
import './document-library.js';
import type { PorticoDocumentLibrary } from './document-library.js';

registerDocumentsTranslations();

type Routes = Parameters<typeof fakeClient>[0];

async function mount(routes: Routes, session: unknown = salesperson) {
  const fake = fakeClient({
    'LIST /documents/spaces': () => ({ items: [space(), space({ id: 's2', title: 'Technical guides', newFiles: 0, updatedFiles: 0, fileCount: 1 })], nextCursor: null }),
    'LIST /documents/library': () => ({ items: [file(), file({ id: 'f2', name: 'Install guide.docx', badge: 'new', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', spaceId: 's2', spaceTitle: 'Technical guides', version: 1 })], nextCursor: null }),
    'POST /documents/visits': () => ({ visitedAt: '2026-03-06T00:00:00.000Z', previousVisitAt: null }),
    ...routes,
  });
  const el = await fixture<PorticoDocumentLibrary>(html`<portico-document-library .client=${fake.client} .session=${session}></portico-document-library>`);
  await waitUntil(() => el.spaces.status !== 'loading' && el.files.status !== 'loading');
  await el.updateComplete;
  return { el, fake };
}
const root = (el: HTMLElement) => el.shadowRoot!;
const table = (el: HTMLElement) => root(el).querySelector('portico-data-table')!;
const tableText = (el: HTMLElement) => table(el).shadowRoot!.textContent!.replace(/\s+/g, ' ');
const visits = (fake: ReturnType<typeof fakeClient>) => fake.calls.filter((c) => c.path === '/documents/visits').length;

describe('<portico-document-library>', () => {
  afterEach(() => setLocale('en'));

  it('shows the spaces, the latest files with badges and download links, then records the visit', async () => {
    const { el, fake } = await mount({});
    const spaces = root(el).querySelector('[part=spaces]')!.textContent!.replace(/\s+/g, ' ');
    expect(spaces).to.contain('Sales playbook').and.contain('2 files').and.contain('1 new').and.contain('1 updated').and.contain('Technical guides');
    expect(tableText(el)).to.contain('Price list 2026.pdf').and.contain('Updated').and.contain('New').and.contain('PDF').and.contain('Word').and.contain('245 kB');
    const link = table(el).shadowRoot!.querySelector('a[download]')!;
    expect(link.getAttribute('href')).to.equal('/api/v1/documents/spaces/s1/files/f1/content');
    expect(link.textContent).to.equal('Download Price list 2026.pdf');
    await waitUntil(() => visits(fake) === 1);
    await expectAccessible(el);
  });

  it('opens a space with its own files, and searches across the library', async () => {
    const { el, fake } = await mount({
      'LIST /documents/spaces/{spaceId}/files': ({ params }) => ({ items: [file({ id: 'f9', name: `Only in ${params!.spaceId}.pdf` })], nextCursor: null }),
    });
    const technical = [...root(el).querySelectorAll<HTMLButtonElement>('button.space')].find((b) => b.textContent!.includes('Technical guides'))!;
    technical.click();
    await waitUntil(() => tableText(el).includes('Only in s2.pdf'));
    expect(technical.getAttribute('aria-pressed')).to.equal('true');
    expect(root(el).querySelector('h2')!.textContent).to.equal('Technical guides');
    const field = root(el).querySelector<HTMLElement & { value: string }>('[name=q]')!;
    field.value = 'price';
    root(el).querySelector<HTMLFormElement>('form[role=search]')!.requestSubmit();
    await waitUntil(() => fake.calls.at(-1)!.options.query?.q === 'price');
    expect(fake.calls.at(-1)!.path).to.equal('/documents/library');
    await waitUntil(() => root(el).querySelector('h2')!.textContent === 'Results for “price”');
    expect(visits(fake), 'one visit per showing').to.equal(1);
  });

  it('says when nothing matches, and clears the search', async () => {
    const { el } = await mount({ 'LIST /documents/library': ({ query }) => (query?.q ? { items: [], nextCursor: null } : { items: [file()], nextCursor: null }) });
    el.search = 'nothing';
    await waitUntil(() => root(el).querySelector('portico-empty-state'));
    expect(root(el).querySelector('portico-empty-state')!.getAttribute('heading')).to.equal('No document matches');
    root(el).querySelector<HTMLElement>('portico-empty-state portico-button')!.click();
    await waitUntil(() => table(el) && tableText(el).includes('Price list'));
  });

  it('tells a partner when nothing is shared yet, and sends staff to the manager', async () => {
    const { el } = await mount({ 'LIST /documents/spaces': () => ({ items: [], nextCursor: null }), 'LIST /documents/library': () => ({ items: [], nextCursor: null }) });
    expect(root(el).querySelector('portico-empty-state')!.getAttribute('heading')).to.equal('No documents shared with you yet');
    expect(root(el).querySelector('portico-empty-state portico-button')).to.equal(null);
    const staff = await mount({ 'LIST /documents/spaces': () => ({ items: [], nextCursor: null }), 'LIST /documents/library': () => ({ items: [], nextCursor: null }) }, manager);
    const button = root(staff.el).querySelector<HTMLElement>('portico-empty-state portico-button')!;
    setTimeout(() => button.click());
    expect((await oneEvent(staff.el, 'portico-navigate')).detail).to.deep.equal({ path: '/documents/manage' });
  });

  it('shows an error with retry, and speaks French', async () => {
    let fail = true;
    const { el, fake } = await mount({
      'LIST /documents/spaces': () => {
        if (fail) throw new FakeProblem(503, 'Service unavailable', 'Try again in a moment.');
        return { items: [space()], nextCursor: null };
      },
    });
    expect(root(el).querySelector('portico-error-state')).to.exist;
    expect(visits(fake), 'no visit recorded for badges never shown').to.equal(0);
    fail = false;
    await el.spaces.retry();
    await settle();
    expect(tableText(el)).to.contain('Price list');
    await setLocale('fr');
    await waitUntil(() => root(el).querySelector('h1')!.textContent === 'Documents' && root(el).querySelector('h2')!.textContent === 'Documents récents');
    await waitUntil(() => tableText(el).includes('Mis à jour') && tableText(el).includes('Télécharger Price list 2026.pdf'));
  });
});
