import { FakeProblem, expect, expectAccessible, fakeClient, fixture, html, settle, waitUntil } from '@portico/widgets/testing';
import { setLocale } from '@portico/widgets';
import '@portico/widgets';
import { registerAccessTranslations } from './test-support.js';
import './embed-origins.js';
import type { PorticoEmbedOrigins } from './embed-origins.js';

registerAccessTranslations();

async function mount(routes: Parameters<typeof fakeClient>[0]) {
  const fake = fakeClient({ 'GET /access/tenant/embed-origins': () => ({ origins: ['https://a.example.com'] }), ...routes });
  const el = await fixture<PorticoEmbedOrigins>(html`<portico-embed-origins .client=${fake.client}></portico-embed-origins>`);
  await waitUntil(() => el.saved.status !== 'loading');
  return { el, fake };
}
const root = (el: HTMLElement) => el.shadowRoot!;
const buttonIn = (scope: ParentNode, label: string) => [...scope.querySelectorAll<HTMLElement & { disabled: boolean }>('portico-button')].find((b) => b.textContent!.trim() === label)!;
const add = async (el: HTMLElement, origin: string) => {
  (root(el).querySelector('[name=origin]') as HTMLElement & { value: string }).value = origin;
  root(el).querySelector('form')!.requestSubmit();
  await settle();
};

describe('<portico-embed-origins>', () => {
  afterEach(() => setLocale('en'));

  it('adds and removes origins, then saves the list', async () => {
    const { el, fake } = await mount({ 'PUT /access/tenant/embed-origins': ({ body }) => body as { origins: string[] } });
    expect(buttonIn(root(el), 'Save').disabled).to.equal(true);
    await add(el, 'https://b.example.com/');
    buttonIn(root(el), 'Remove').click();
    await settle();
    await expectAccessible(el);
    buttonIn(root(el), 'Save').click();
    await settle();
    expect(fake.calls.at(-1)!.options.body).to.deep.equal({ origins: ['https://b.example.com'] });
  });

  it('refuses a duplicate on the field and shows the server\'s complaint', async () => {
    const { el } = await mount({
      'PUT /access/tenant/embed-origins': () => {
        throw new FakeProblem(400, 'Invalid request', undefined, [{ field: '/origins/1', message: 'must be https, or http for localhost' }]);
      },
    });
    await add(el, 'https://a.example.com');
    expect((root(el).querySelector('[name=origin]') as HTMLElement & { error: string }).error).to.contain('already');
    await add(el, 'http://example.com');
    buttonIn(root(el), 'Save').click();
    await settle();
    expect(root(el).querySelector('[role=alert]')!.textContent).to.contain('must be https');
  });

  it('speaks French', async () => {
    const { el } = await mount({});
    await setLocale('fr');
    await waitUntil(() => root(el).querySelector('h1')!.textContent === 'Intégration');
  });
});
