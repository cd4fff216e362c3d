import { FakeProblem, expect, expectAccessible, fakeClient, fixture, html, settle, testPartner, waitUntil } from '@portico/widgets/testing';
import { setLocale } from '@portico/widgets';
import '@portico/widgets';
import { file, manager, registerDocumentsTranslations, salesperson, space } from './test-support.js';
import { UploadProblem, type UploadRequest } from './transfer.js';
import './document-manager.js';
import type { PorticoDocumentManager } from './document-manager.js';

registerDocumentsTranslations();

type Routes = Parameters<typeof fakeClient>[0];
type Control = HTMLElement & { value: string; error: string; checked: boolean };
const staffSpace = space({ visibility: 'partners', partnerIds: ['pa1'], allowedRoles: ['principal', 'salesperson'] });

async function mount(routes: Routes, session: unknown = manager, uploader?: (request: UploadRequest) => Promise<unknown>) {
  const fake = fakeClient({
    'LIST /documents/spaces': () => ({ items: [staffSpace], nextCursor: null }),
    'LIST /documents/spaces/{spaceId}/files': () => ({ items: [file({ downloads: 7, retiredAt: null }), file({ id: 'f2', name: 'Old deck.pptx', retiredAt: '2026-02-01T00:00:00Z', downloads: 0 })], nextCursor: null }),
    'LIST /access/partners': () => ({ items: [testPartner({ id: 'pa1', name: 'Acme Resellers' }), testPartner({ id: 'pa2', name: 'Globex Partners' })], nextCursor: null }),
    'GET /documents/settings': () => ({ maxUploadBytes: 100 * 1024 * 1024, acceptedTypes: ['application/pdf', 'text/csv'] }),
    ...routes,
  });
  const el = await fixture<PorticoDocumentManager>(html`<portico-document-manager .client=${fake.client} .session=${session} .uploader=${uploader}></portico-document-manager>`);
  await waitUntil(() => el.spaces.status !== 'loading' && el.files.status !== 'loading');
  await settle();
  return { el, fake };
}
const root = (el: HTMLElement) => el.shadowRoot!;
const filesTable = (el: HTMLElement) => root(el).querySelector('[part=files] portico-data-table')!;
const button = (scope: ParentNode, label: string) => [...scope.querySelectorAll<HTMLElement>('portico-button')].find((b) => b.textContent!.trim() === label);
const dialog = (el: HTMLElement, id: string) => root(el).querySelector<HTMLElement & { open: boolean }>(`#${id}`)!;

function chooseFile(input: HTMLInputElement, name: string, content: string, type = 'application/pdf') {
  const transfer = new DataTransfer();
  transfer.items.add(new File([content], name, { type }));
  input.files = transfer.files;
}

describe('<portico-document-manager>', () => {
  afterEach(() => setLocale('en'));

  it('lists spaces with their audience and files with download counts and retired ones', async () => {
    const { el } = await mount({});
    const cards = root(el).querySelector('[part=spaces]')!.textContent!.replace(/\s+/g, ' ');
    expect(cards).to.contain('Sales playbook').and.contain('Chosen partners: Acme Resellers').and.contain('Principals, Salespeople');
    const text = filesTable(el).shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Price list 2026.pdf').and.contain('7').and.contain('Old deck.pptx').and.contain('Retired');
    expect(button(filesTable(el).shadowRoot!, 'Restore')).to.exist;
    await expectAccessible(el);
  });

  it('creates a space for chosen partners, with the server’s field errors', async () => {
    let attempt = 0;
    const { el, fake } = await mount({
      'POST /documents/spaces': ({ body }) => {
        if (attempt++ === 0) throw new FakeProblem(400, 'Invalid request', undefined, [{ field: '/partnerIds', message: 'Name at least one partner for a space shared with chosen partners.' }, { field: '/title', message: 'is too long.' }]);
        return space({ id: 's9', title: (body as { title: string }).title });
      },
    });
    button(root(el), 'New space')!.click();
    await settle();
    expect(dialog(el, 'space').open).to.equal(true);
    const form = dialog(el, 'space').querySelector('form')!;
    form.querySelector<Control>('[name=title]')!.value = 'Gold corner';
    const visibility = form.querySelector<Control>('[name=visibility]')!;
    visibility.value = 'partners';
    visibility.dispatchEvent(new CustomEvent('portico-change', { detail: { value: 'partners' } }));
    await waitUntil(() => form.querySelectorAll('portico-checkbox[data-group=partner]').length === 2);
    form.requestSubmit();
    await waitUntil(() => form.querySelector('[role=alert]'));
    expect(form.querySelector('[role=alert]')!.textContent).to.contain('Name at least one partner');
    expect(form.querySelector<Control>('[name=title]')!.error).to.equal('is too long.');
    await expectAccessible(dialog(el, 'space'));
    form.querySelector<Control>('portico-checkbox[value=pa2]')!.checked = true;
    form.requestSubmit();
    await waitUntil(() => !dialog(el, 'space').open);
    const post = fake.calls.filter((c) => c.method === 'POST').at(-1)!;
    expect(post.options.body).to.deep.equal({
      title: 'Gold corner',
      description: '',
      visibility: 'partners',
      partnerIds: ['pa2'],
      tiers: [],
      allowedRoles: ['partner_admin', 'principal', 'salesperson', 'technical', 'partner_user'],
    });
  });

  it('edits a space’s tiers and roles', async () => {
    const { el, fake } = await mount({ 'PATCH /documents/spaces/{spaceId}': ({ body }) => ({ ...staffSpace, ...(body as object) }) });
    button(root(el), 'Edit the space')!.click();
    await settle();
    const form = dialog(el, 'space').querySelector('form')!;
    expect(form.querySelector<Control>('[name=title]')!.value).to.equal('Sales playbook');
    expect(form.querySelector<Control>('portico-checkbox[value=pa1]')!.checked).to.equal(true);
    expect(form.querySelector<Control>('portico-checkbox[value=technical]')!.checked).to.equal(false);
    const visibility = form.querySelector<Control>('[name=visibility]')!;
    visibility.value = 'tiers';
    visibility.dispatchEvent(new CustomEvent('portico-change', { detail: { value: 'tiers' } }));
    await waitUntil(() => form.querySelector('[name=tiers]'));
    form.querySelector<Control>('[name=tiers]')!.value = 'Gold, Platinum';
    form.querySelector<Control>('portico-checkbox[value=salesperson]')!.checked = false;
    form.querySelector<Control>('portico-checkbox[value=principal]')!.checked = false;
    form.requestSubmit();
    await el.updateComplete;
    expect(form.querySelector('[role=alert]')!.textContent).to.equal('Choose at least one role that sees this space.');
    expect(fake.calls.some((c) => c.method === 'PATCH')).to.equal(false);
    form.querySelector<Control>('[name=groups]')!.value = 'emea-sellers';
    form.requestSubmit();
    await waitUntil(() => fake.calls.some((c) => c.method === 'PATCH'));
    const patch = fake.calls.find((c) => c.method === 'PATCH')!;
    expect(patch.options).to.deep.include({ params: { spaceId: 's1' } });
    expect(patch.options.body).to.deep.include({ visibility: 'tiers', tiers: ['Gold', 'Platinum'], partnerIds: [], allowedRoles: ['emea-sellers'] });
  });

  it('uploads with a progress bar, and says plainly when a file is too large or of a refused type', async () => {
    const requests: UploadRequest[] = [];
    let release!: () => void;
    const refusals = [new UploadProblem(413, 'Payload too large', 'The largest file accepted is 100 MB.'), new UploadProblem(415, 'Unsupported media type', 'This file is an application/x-msdownload.')];
    const uploader = (request: UploadRequest) => {
      requests.push(request);
      const refusal = refusals.shift();
      if (refusal) return Promise.reject(refusal);
      request.onProgress(512, 1024);
      return new Promise((resolve) => (release = () => resolve(file({ id: 'f3', name: 'Deck.pdf' }))));
    };
    const { el, fake } = await mount({}, manager, uploader);
    const form = root(el).querySelector<HTMLFormElement>('form[part=upload]')!;
    form.requestSubmit();
    await el.updateComplete;
    expect(form.querySelector('[role=alert]')!.textContent).to.equal('Choose a file to upload.');
    const input = form.querySelector<HTMLInputElement>('input[type=file]')!;
    chooseFile(input, 'huge.pdf', 'x'.repeat(1024));
    form.requestSubmit();
    await waitUntil(() => form.querySelector('[role=alert]')?.textContent?.includes('larger than the programme accepts'));
    expect(form.querySelector('[role=alert]')!.textContent).to.contain('The largest file accepted is 100 MB.');
    form.requestSubmit();
    await waitUntil(() => form.querySelector('[role=alert]')?.textContent?.includes('not accepted'));
    form.querySelector<Control>('[name=description]')!.value = 'Our new deck';
    form.requestSubmit();
    await waitUntil(() => form.querySelector('progress'));
    expect(form.querySelector('progress')!.value).to.equal(50);
    expect(form.querySelector('[role=status]')!.textContent).to.contain('50% sent');
    expect(button(form, 'Upload')!.hasAttribute('loading')).to.equal(true);
    await expectAccessible(form);
    const sent = requests.at(-1)!;
    expect(sent.path).to.equal('/documents/spaces/s1/files');
    expect(sent.form.get('description')).to.equal('Our new deck');
    expect((sent.form.get('file') as File).name).to.equal('huge.pdf');
    const listsBefore = fake.calls.filter((c) => c.path === '/documents/spaces/{spaceId}/files').length;
    release();
    await waitUntil(() => !form.querySelector('progress'));
    await waitUntil(() => fake.calls.filter((c) => c.path === '/documents/spaces/{spaceId}/files').length > listsBefore);
    expect(form.querySelector('[role=alert]')).to.equal(null);
  });

  it('lists versions, downloads older ones and replaces the file with a new version', async () => {
    const versions = [
      { id: 'v2', fileId: 'f1', number: 2, name: 'Price list 2026.pdf', contentType: 'application/pdf', size: 245_000, sha256: 'b', current: true, uploadedAt: '2026-03-05T10:00:00Z' },
      { id: 'v1', fileId: 'f1', number: 1, name: 'Price list.pdf', contentType: 'application/pdf', size: 200_000, sha256: 'a', current: false, uploadedAt: '2026-03-01T10:00:00Z' },
    ];
    const requests: UploadRequest[] = [];
    const { el } = await mount(
      { 'LIST /documents/spaces/{spaceId}/files/{fileId}/versions': () => ({ items: versions, nextCursor: null }) },
      manager,
      async (request) => (requests.push(request), { ...versions[0], id: 'v3', number: 3 }),
    );
    button(filesTable(el).shadowRoot!, 'Versions')!.click();
    await waitUntil(() => dialog(el, 'versions').querySelector('li'));
    const text = dialog(el, 'versions').textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Version 2').and.contain('Current').and.contain('Version 1 — Price list.pdf');
    const old = [...dialog(el, 'versions').querySelectorAll('a[download]')].find((a) => a.textContent === 'Download version 1')!;
    expect(old.getAttribute('href')).to.equal('/api/v1/documents/spaces/s1/files/f1/versions/v1/content');
    await expectAccessible(dialog(el, 'versions'));
    const form = dialog(el, 'versions').querySelector('form')!;
    chooseFile(form.querySelector('input')!, 'Price list v3.pdf', '%PDF-1.4');
    form.requestSubmit();
    await waitUntil(() => requests.length === 1);
    expect(requests[0].path).to.equal('/documents/spaces/s1/files/f1/versions');
  });

  it('shows downloads per partner', async () => {
    const { el } = await mount({
      'GET /documents/spaces/{spaceId}/files/{fileId}/downloads': () => ({ fileId: 'f1', total: 7, staff: 2, partners: [{ partnerId: 'pa1', partnerName: 'Acme Resellers', count: 5 }] }),
    });
    button(filesTable(el).shadowRoot!, 'Downloads')!.click();
    await waitUntil(() => dialog(el, 'downloads').querySelector('portico-data-table'));
    expect(dialog(el, 'downloads').textContent).to.contain('7 downloads in all, 2 by your staff.');
    expect(dialog(el, 'downloads').querySelector('portico-data-table')!.shadowRoot!.textContent).to.contain('Acme Resellers').and.contain('5');
  });

  it('retires a file only after confirming, and restores one', async () => {
    const { el, fake } = await mount({
      'POST /documents/spaces/{spaceId}/files/{fileId}/retire': () => file({ retiredAt: '2026-03-06T00:00:00Z' }),
      'POST /documents/spaces/{spaceId}/files/{fileId}/restore': () => file({ id: 'f2', retiredAt: null }),
    });
    button(filesTable(el).shadowRoot!, 'Retire')!.click();
    await settle();
    expect(fake.calls.some((c) => c.path.endsWith('/retire'))).to.equal(false);
    expect(dialog(el, 'retire').textContent).to.contain('Partners will no longer see Price list 2026.pdf');
    button(dialog(el, 'retire'), 'Retire')!.click();
    await waitUntil(() => !dialog(el, 'retire').open);
    expect(fake.calls.find((c) => c.path.endsWith('/retire'))!.options.params).to.deep.equal({ spaceId: 's1', fileId: 'f1' });
    button(filesTable(el).shadowRoot!, 'Restore')!.click();
    await waitUntil(() => fake.calls.some((c) => c.path.endsWith('/restore')));
    expect(fake.calls.find((c) => c.path.endsWith('/restore'))!.options.params).to.deep.equal({ spaceId: 's1', fileId: 'f2' });
  });

  it('loads a large space’s further files with “Load more”, and keeps them shown after a change', async () => {
    const files = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => file({ id: `f${from + i}`, name: `File ${from + i}.pdf`, retiredAt: null, downloads: 0 }));
    const { el, fake } = await mount({
      'LIST /documents/spaces/{spaceId}/files': ({ cursor }) => (cursor === 'c2' ? { items: files(101, 150), nextCursor: null } : { items: files(1, 100), nextCursor: 'c2' }),
      'POST /documents/spaces/{spaceId}/files/{fileId}/retire': () => file({ id: 'f150', retiredAt: '2026-03-06T00:00:00Z' }),
    });
    const table = () => filesTable(el).shadowRoot!;
    const rows = () => table().querySelectorAll('tbody tr').length;
    const listed = () => fake.calls.filter((c) => c.path === '/documents/spaces/{spaceId}/files');
    expect(rows()).to.equal(100);
    const more = table().querySelector<HTMLElement>('[part=load-more]')!;
    expect(more.textContent!.trim()).to.equal('Load more');
    more.click();
    await waitUntil(() => rows() === 150);
    expect(listed().at(-1)!.options.cursor).to.equal('c2');
    expect(table().textContent).to.contain('File 1.pdf').and.contain('File 150.pdf');
    expect(table().querySelector('[part=load-more]'), 'no more to load').to.equal(null);

    const retire = [...table().querySelectorAll<HTMLElement>('portico-button')].filter((b) => b.textContent!.trim() === 'Retire').at(-1)!;
    retire.click();
    await settle();
    button(dialog(el, 'retire'), 'Retire')!.click();
    await waitUntil(() => !dialog(el, 'retire').open && listed().length === 4);
    await waitUntil(() => el.files.status === 'ready');
    await settle();
    expect(fake.calls.find((c) => c.path.endsWith('/retire'))!.options.params).to.deep.equal({ spaceId: 's1', fileId: 'f150' });
    expect(rows(), 'reloaded as far as it was shown').to.equal(150);
  });

  it('offers the first space when there is none, refuses partners, and speaks Spanish', async () => {
    const { el, fake } = await mount({}, salesperson);
    expect(root(el).textContent).to.contain('managed by the programme’s staff');
    expect(fake.calls).to.have.length(0);
    const empty = await mount({ 'LIST /documents/spaces': () => ({ items: [], nextCursor: null }) });
    expect(root(empty.el).querySelector('portico-empty-state')!.getAttribute('heading')).to.equal('No document spaces yet');
    await setLocale('es');
    await waitUntil(() => root(empty.el).querySelector('h1')!.textContent === 'Gestionar documentos');
    expect(root(empty.el).querySelector('portico-empty-state')!.getAttribute('heading')).to.equal('Todavía no hay espacios de documentos');
  });
});
