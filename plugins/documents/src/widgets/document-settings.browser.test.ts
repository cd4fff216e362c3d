import { FakeProblem, expect, expectAccessible, fakeClient, fixture, html, waitUntil } from '@portico/widgets/testing';
import type { DocumentSettings } from './shared.js';
import { setLocale } from '@portico/widgets';
import '@portico/widgets';
import { manager, registerDocumentsTranslations, salesperson } from './test-support.js';
import './document-settings.js';
import type { PorticoDocumentSettings } from './document-settings.js';

registerDocumentsTranslations();

type Control = HTMLElement & { value: string; error: string; checked: boolean };

async function mount(routes: Parameters<typeof fakeClient>[0], session: unknown = manager) {
  const fake = fakeClient({ 'GET /documents/settings': () => ({ maxUploadBytes: 100 * 1024 * 1024, acceptedTypes: ['application/pdf', 'text/csv'] }), ...routes });
  const el = await fixture<PorticoDocumentSettings>(html`<portico-document-settings .client=${fake.client} .session=${session}></portico-document-settings>`);
  await waitUntil(() => el.settings.status !== 'loading');
  await el.updateComplete;
  return { el, fake };
}
const form = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLFormElement>('form[part=form]')!;

describe('<portico-document-settings>', () => {
  afterEach(() => setLocale('en'));

  it('changes the size limit and accepted types, with the server’s field errors', async () => {
    let attempt = 0;
    const { el, fake } = await mount({
      'PATCH /documents/settings': ({ body }) => {
        if (attempt++ === 0) throw new FakeProblem(400, 'Invalid request', undefined, [{ field: '/maxUploadBytes', message: 'must be <= 5368709120' }]);
        return body as DocumentSettings;
      },
    });
    const size = form(el).querySelector<Control>('[name=maxUploadBytes]')!;
    expect(size.value).to.equal('100');
    expect(form(el).querySelector<Control>('portico-checkbox[value="text/csv"]')!.checked).to.equal(true);
    expect(form(el).querySelector<Control>('portico-checkbox[value="image/png"]')!.checked).to.equal(false);
    await expectAccessible(el);
    size.value = 'lots';
    form(el).requestSubmit();
    await el.updateComplete;
    expect(size.error).to.equal('Give a size in MB, e.g. 100.');
    size.value = '99999';
    form(el).querySelector<Control>('portico-checkbox[value="image/png"]')!.checked = true;
    form(el).requestSubmit();
    await waitUntil(() => size.error);
    expect(size.error).to.equal('must be <= 5368709120');
    size.value = '25';
    form(el).requestSubmit();
    await waitUntil(() => attempt === 2);
    expect(fake.calls.at(-1)!.options.body).to.deep.equal({ maxUploadBytes: 25 * 1024 * 1024, acceptedTypes: ['application/pdf', 'text/csv', 'image/png'] });
  });

  it('asks for at least one type, hides itself from others, and speaks French', async () => {
    const { el, fake } = await mount({});
    for (const box of form(el).querySelectorAll<Control>('portico-checkbox')) box.checked = false;
    form(el).requestSubmit();
    await el.updateComplete;
    expect(form(el).querySelector('[role=alert]')!.textContent).to.equal('Accept at least one type of file.');
    expect(fake.calls.some((c) => c.method === 'PUT')).to.equal(false);
    const other = await mount({}, salesperson);
    expect(other.el.shadowRoot!.querySelector('section')).to.equal(null);
    expect(other.fake.calls).to.have.length(0);
    await setLocale('fr');
    await waitUntil(() => el.shadowRoot!.querySelector('h2')!.textContent === 'Réglages des documents');
  });
});
