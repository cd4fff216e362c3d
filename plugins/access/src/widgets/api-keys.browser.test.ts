import { FakeProblem, expect, expectAccessible, fakeClient, fixture, html, settle, waitUntil } from '@portico/widgets/testing';
import { setLocale } from '@portico/widgets';
import '@portico/widgets';
import { registerAccessTranslations } from './test-support.js';
import './api-keys.js';
import type { PorticoApiKeys } from './api-keys.js';

registerAccessTranslations();

const key = (id: string, name: string, lastUsedAt: string | null = null, scopes: Partial<{ audience: 'members' | 'members-and-staff'; scopes: string[] | null }> = {}) => ({
  id, name, hint: 'x9Q2', audience: 'members' as const, scopes: null, createdAt: '2026-11-01T10:00:00.000Z', lastUsedAt, revokedAt: null, ...scopes,
});
const catalog = {
  plugins: [
    { plugin: 'access', permissions: [{ key: 'access.self', description: 'See one’s profile', administrative: false, roles: [], groups: [], people: [], peopleCount: 0 }, { key: 'access.people.manage', description: 'Invite people', administrative: true, roles: [], groups: [], people: [], peopleCount: 0 }] },
    { plugin: 'deals', permissions: [{ key: 'deals.read', description: 'See deals', administrative: false, roles: [], groups: [], people: [], peopleCount: 0 }] },
  ],
};

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

  it('lists keys with their last use, whom they sign in and with which permissions', async () => {
    const { el } = await mount({
      'LIST /access/api-keys': () => ({ items: [key('k1', 'CRM backend', new Date().toISOString()), key('k2', 'Old site', null, { audience: 'members-and-staff', scopes: ['deals.read', 'deals.review'] })], nextCursor: null }),
    });
    const text = root(el).querySelector('portico-data-table')!.shadowRoot!.textContent!;
    expect(text).to.contain('CRM backend').and.contain('x9Q2').and.contain('Never');
    expect(text).to.contain('Partner members only').and.contain('Every permission but administrative ones');
    expect(text).to.contain('Partner members and your staff').and.contain('2 permissions');
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

  it('creates a key for members and staff limited to the permissions ticked, marking administrative ones', async () => {
    const { el, fake } = await mount({
      'LIST /access/api-keys': () => ({ items: [], nextCursor: null }),
      'GET /access/permissions': () => catalog,
      'POST /access/api-keys': () => ({ ...key('k4', 'Intranet', null, { audience: 'members-and-staff', scopes: ['deals.read'] }), key: 'ptk_secret' }),
    });
    buttonIn(root(el), 'Create a key').click();
    await settle();
    const dialog = root(el).querySelector('#create')!;
    (dialog.querySelector('[name=name]') as HTMLElement & { value: string }).value = 'Intranet';
    (dialog.querySelector('[name=audience]') as HTMLElement & { value: string }).value = 'members-and-staff';
    expect(dialog.querySelector('portico-checkbox[name=scopes]')).to.equal(null);
    const limit = dialog.querySelector('portico-checkbox[name=limited]') as HTMLElement & { checked: boolean };
    limit.checked = true;
    limit.dispatchEvent(new CustomEvent('portico-change', { detail: { checked: true } }));
    await waitUntil(() => dialog.querySelector('portico-checkbox[name=scopes]'));
    const administrative = dialog.querySelector('portico-checkbox[value="access.people.manage"]') as HTMLElement & { hint: string };
    expect(administrative.hint).to.contain('administrative');
    (dialog.querySelector('portico-checkbox[value="deals.read"]') as HTMLElement & { checked: boolean }).checked = true;
    dialog.querySelector('form')!.requestSubmit();
    await waitUntil(() => dialog.querySelector('.secret'));
    expect(fake.calls.find((c) => c.method === 'POST')!.options.body).to.deep.equal({ name: 'Intranet', audience: 'members-and-staff', scopes: ['deals.read'] });
    await expectAccessible(dialog);
  });

  it('creates a key with the default scopes when no permission is limited', async () => {
    const { el, fake } = await mount({
      'LIST /access/api-keys': () => ({ items: [], nextCursor: null }),
      'POST /access/api-keys': () => ({ ...key('k5', 'CRM'), key: 'ptk_secret' }),
    });
    buttonIn(root(el), 'Create a key').click();
    await settle();
    const dialog = root(el).querySelector('#create')!;
    (dialog.querySelector('[name=name]') as HTMLElement & { value: string }).value = 'CRM';
    dialog.querySelector('form')!.requestSubmit();
    await waitUntil(() => dialog.querySelector('.secret'));
    expect(fake.calls.find((c) => c.method === 'POST')!.options.body).to.deep.equal({ name: 'CRM', audience: 'members' });
    expect(fake.calls.some((c) => c.path === '/access/permissions')).to.equal(false);
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
