import { FakeProblem, expect, expectAccessible, fakeClient, fixture, html, settle, waitUntil } from '@portico/widgets/testing';
import { setLocale } from '@portico/widgets';
import '@portico/widgets';
import { file, registerDocumentsTranslations } from './test-support.js';
import './document-links.js';
import type { PorticoDocumentLinks } from './document-links.js';

registerDocumentsTranslations();

type Routes = Parameters<typeof fakeClient>[0];

const id = (n: number) => `dddddddd-0000-4000-8000-00000000000${n}`;
const visible = [
  file({ id: id(1), name: 'Price list 2026.pdf' }),
  file({ id: id(3), name: 'Install guide.docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', size: 1_200_000 }),
];

async function mount(routes: Routes, fileIds: string[]) {
  const fake = fakeClient({ 'LIST /documents/library': () => ({ items: visible, nextCursor: null }), ...routes });
  const el = await fixture<PorticoDocumentLinks>(html`<portico-document-links .client=${fake.client} .fileIds=${fileIds}></portico-document-links>`);
  await waitUntil(() => el.files.status !== 'loading');
  await el.updateComplete;
  return { el, fake };
}
const root = (el: HTMLElement) => el.shadowRoot!;
const text = (el: HTMLElement) => root(el).textContent!.replace(/\s+/g, ' ');
const library = (fake: ReturnType<typeof fakeClient>) => fake.calls.filter((c) => c.path === '/documents/library');

describe('<portico-document-links>', () => {
  afterEach(() => setLocale('en'));

  it('asks the library for the ids and lists the visible files, in the given order, with their downloads', async () => {
    const { el, fake } = await mount({}, [id(3), id(2), id(1)]);
    expect(library(fake).length).to.equal(1);
    expect(library(fake)[0].options.query).to.deep.include({ ids: `${id(3)},${id(2)},${id(1)}` });
    const items = [...root(el).querySelectorAll('ul[part=list] > li[part=item]')];
    expect(items.map((li) => li.querySelector('.name')!.textContent)).to.deep.equal(['Install guide.docx', 'Price list 2026.pdf']);
    expect(items[0].textContent).to.contain('Word').and.contain('1.2 MB');
    expect(items[1].textContent).to.contain('PDF').and.contain('245 kB');
    const link = items[1].querySelector('a[download]')!;
    expect(link.getAttribute('href')).to.equal(`/api/v1/documents/spaces/s1/files/${id(1)}/content`);
    expect(link.textContent).to.equal('Download Price list 2026.pdf');
    await expectAccessible(el);
  });

  it('says so when none of the files is available, in the person’s language', async () => {
    const { el } = await mount({ 'LIST /documents/library': () => ({ items: [], nextCursor: null }) }, [id(2)]);
    expect(root(el).querySelector('ul')).to.equal(null);
    expect(text(el)).to.contain('None of these documents is available to you.');
    await setLocale('fr');
    await waitUntil(() => text(el).includes('Aucun de ces documents ne vous est accessible.'));
  });

  it('shows an error with retry when the request fails', async () => {
    let fail = true;
    const { el } = await mount(
      {
        'LIST /documents/library': () => {
          if (fail) throw new FakeProblem(503, 'Service unavailable', 'Try again in a moment.');
          return { items: visible, nextCursor: null };
        },
      },
      [id(1)],
    );
    expect(root(el).querySelector('portico-error-state')).to.exist;
    fail = false;
    await el.files.retry();
    await settle();
    expect(root(el).querySelectorAll('li').length).to.equal(2);
  });

  it('renders and fetches nothing without ids, and loads when ids arrive or change', async () => {
    const { el, fake } = await mount({}, []);
    expect(root(el).children.length).to.equal(0);
    expect(text(el).trim()).to.equal('');
    expect(fake.calls.length).to.equal(0);

    el.fileIds = [id(1)];
    await waitUntil(() => root(el).querySelectorAll('li').length === 2);
    expect(library(fake).length).to.equal(1);
    el.fileIds = [id(1)];
    await settle();
    expect(library(fake).length, 'the same list again does not reload').to.equal(1);
    el.fileIds = [id(1), id(3)];
    await waitUntil(() => library(fake).length === 2);
    expect(library(fake)[1].options.query).to.deep.include({ ids: `${id(1)},${id(3)}` });
    el.fileIds = [];
    await el.updateComplete;
    expect(root(el).querySelector('ul')).to.equal(null);
  });

  it('takes the ids from the file-ids attribute, leaving out malformed ones', async () => {
    const fake = fakeClient({ 'LIST /documents/library': () => ({ items: visible, nextCursor: null }) });
    const el = await fixture<PorticoDocumentLinks>(html`<portico-document-links .client=${fake.client} file-ids="${id(1)}, not-an-id ,${id(3)}"></portico-document-links>`);
    await waitUntil(() => root(el).querySelectorAll('li').length === 2);
    expect(library(fake)[0].options.query).to.deep.include({ ids: `${id(1)},${id(3)}` });
  });
});
