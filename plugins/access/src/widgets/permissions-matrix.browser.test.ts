import { FakeProblem, expect, expectAccessible, fakeClient, fixture, html, waitUntil } from '@portico/widgets/testing';
import { setLocale } from '@portico/widgets';
import '@portico/widgets';
import { registerAccessTranslations } from './test-support.js';
import type { PermissionMatrix } from './shared.js';
import './permissions-matrix.js';
import type { PorticoPermissionsMatrix } from './permissions-matrix.js';

registerAccessTranslations();

const matrix: PermissionMatrix = {
  plugins: [
    {
      plugin: 'access',
      permissions: [
        { key: 'access.people.read', description: 'See the people', administrative: false, roles: ['support', 'partner_admin'], groups: [{ id: 'g1', name: 'Deal desk' }], people: [{ id: 'p1', name: 'Ada', via: 'support' }], peopleCount: 51 },
        { key: 'access.api-keys.manage', description: 'Manage API keys', administrative: false, roles: [], groups: [], people: [], peopleCount: 0 },
      ],
    },
    { plugin: 'deals', permissions: [{ key: 'deals.review', description: 'Review deals', administrative: false, roles: ['partner_manager'], groups: [], people: [], peopleCount: 0 }] },
  ],
};

async function mount(handler: () => PermissionMatrix | Promise<PermissionMatrix>) {
  const fake = fakeClient({ 'GET /access/permissions': handler });
  const el = await fixture<PorticoPermissionsMatrix>(html`<portico-permissions-matrix .client=${fake.client}></portico-permissions-matrix>`);
  await waitUntil(() => el.matrix.status !== 'loading');
  return el;
}
const text = (el: HTMLElement) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('<portico-permissions-matrix>', () => {
  afterEach(() => setLocale('en'));

  it('shows roles, groups and people per permission, plugin by plugin', async () => {
    const el = await mount(() => matrix);
    expect(text(el)).to.contain('Support, Partner admin').and.contain('Deal desk').and.contain('51 people').and.contain('and 50 more').and.contain('Nobody');
    expect([...el.shadowRoot!.querySelectorAll('h2')].map((h) => h.textContent)).to.deep.equal(['access', 'deals']);
    await expectAccessible(el);
  });

  it('narrows to one plugin', async () => {
    const el = await mount(() => matrix);
    el.shadowRoot!.querySelector('[name=plugin]')!.dispatchEvent(new CustomEvent('portico-change', { detail: { value: 'deals' } }));
    await el.updateComplete;
    expect([...el.shadowRoot!.querySelectorAll('h2')].map((h) => h.textContent)).to.deep.equal(['deals']);
  });

  it('shows an error with retry', async () => {
    const el = await mount(() => Promise.reject(new FakeProblem(403, 'Forbidden')));
    expect(el.shadowRoot!.querySelector('portico-error-state')).to.exist;
  });

  it('speaks Spanish', async () => {
    const el = await mount(() => matrix);
    await setLocale('es');
    await waitUntil(() => text(el).includes('Quién tiene cada permiso'));
  });
});
