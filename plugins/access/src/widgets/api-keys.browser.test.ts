import { FakeProblem, expect, expectAccessible, fakeClient, fixture, html, settle, waitUntil } from '@portico/widgets/testing';
import { setLocale } from '@portico/widgets';
import '@portico/widgets';
import { registerAccessTranslations } from './test-support.js';
import './api-keys.js';
import type { PorticoApiKeys } from './api-keys.js';

registerAccessTranslations();

const key = (id: string, name: string, lastUsedAt: string | null = null) => ({ id, name, hint: 'x9Q2', createdAt: '2026-11-01T10:00:00.000Z', lastUsedAt, revokedAt: null });

async function mount(routes: Parameters<typeof fakeClient>[0]) {
  const fake = fakeClient(routes);
  const el = await fixture<PorticoApiKeys>(html`<portico-api-keys .client=${fake.client}></portico-api-keys>`);
  await waitUntil(() => el.keys.status !== 'loading');
  return { el, fake };
}
const root = (el: HTMLElement) => el.shadowRoot!;
const buttonIn = (scope: ParentNode, label: string) => [...scope.querySelectorAll<HTMLElement>('portico-button')].find((b) => b.textContent!.includes(label))!;

describe('<portico-api-keys>', () => {
  afterEach(() => setLocale('en'));

  it('lists keys with their last use', async () => {
    const { el } = await mount({ 'LIST /access/api-keys': () => ({ items: [key('k1', 'CRM backend', new Date().toISOString()), key('k2', 'Old site')], nextCursor: null }) });
    const text = root(el).querySelector('portico-data-table')!.shadowRoot!.textContent!;
    expect(text).to.contain('CRM backend').and.contain('x9Q2').and.contain('Never');
    await expectAccessible(el);
  });

  it('creates a key and shows its secret once, with field errors first', async () => {
    let tries = 0;
    const { el, fake } = await mount({
      'LIST /access/api-keys': () => ({ items: [], nextCursor: null }),
      'POST /access/api-keys': () => {
        if (tries++ === 0) throw new FakeProblem(400, 'Invalid request', undefined, [{ field: '/name', message: 'must not be blank' }]);
        return { ...key('k3', 'CRM'), key: 'pk_live_secret_value' };
      },
    });
    expect(root(el).querySelector('portico-empty-state')).to.exist;
    buttonIn(root(el), 'Create a key').click();
    await settle();
    const dialog = root(el).querySelector('#create')!;
    dialog.querySelector('form')!.requestSubmit();
    await settle();
    expect((dialog.querySelector('[name=name]') as HTMLElement & { error: string }).error).to.equal('must not be blank');
    (dialog.querySelector('[name=name]') as HTMLElement & { value: string }).value = 'CRM';
    dialog.querySelector('form')!.requestSubmit();
    await waitUntil(() => dialog.querySelector('.secret'));
    expect(dialog.querySelector('.secret')!.textContent).to.equal('pk_live_secret_value');
    expect(fake.calls.filter((c) => c.path === '/access/api-keys' && c.method === 'LIST')).to.have.length(2);
    await expectAccessible(dialog);
  });

  it('revokes only after confirming', async () => {
    const { el, fake } = await mount({ 'LIST /access/api-keys': () => ({ items: [key('k1', 'CRM backend')], nextCursor: null }), 'DELETE /access/api-keys/{id}': () => undefined });
    buttonIn(root(el).querySelector('portico-data-table')!.shadowRoot!, 'Revoke').click();
    await settle();
    expect(fake.calls.some((c) => c.method === 'DELETE')).to.equal(false);
    const dialog = root(el).querySelector('#revoke')!;
    expect(dialog.textContent).to.contain('CRM backend');
    buttonIn(dialog, 'Revoke').click();
    await settle();
    expect(fake.calls.find((c) => c.method === 'DELETE')!.options.params).to.deep.equal({ id: 'k1' });
  });

  it('speaks Spanish', async () => {
    const { el } = await mount({ 'LIST /access/api-keys': () => ({ items: [], nextCursor: null }) });
    await setLocale('es');
    await waitUntil(() => root(el).querySelector('h1')!.textContent === 'Claves de API');
  });
});
