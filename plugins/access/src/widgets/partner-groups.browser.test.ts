import { FakeProblem, expect, expectAccessible, fakeClient, fixture, html, settle, waitUntil, testPerson } from '@portico/widgets/testing';
import { setLocale } from '@portico/widgets';
import '@portico/widgets';
import { registerAccessTranslations } from './test-support.js';
import type { PartnerGroup, PartnerPermissions } from './shared.js';
import './partner-groups.js';
import type { PorticoPartnerGroups } from './partner-groups.js';

registerAccessTranslations();

const group = (id: string, name: string, memberCount: number, permissions: string[] = []): PartnerGroup => ({
  id,
  name,
  description: '',
  partnerId: 'acme',
  permissions,
  memberCount,
  createdAt: '2026-12-01T00:00:00.000Z',
  updatedAt: '2026-12-01T00:00:00.000Z',
});
const groups = { items: [group('g1', 'Deal desk', 2, ['deals.partner-wide']), group('g2', 'Empty', 0)] };
const delegable: PartnerPermissions = {
  plugins: [
    { plugin: 'access', permissions: [{ key: 'access.people.read', description: 'See people', roles: ['partner_admin'], groups: [], people: [] }] },
    { plugin: 'deals', permissions: [{ key: 'deals.partner-wide', description: 'See every deal of one’s partner', roles: ['principal', 'partner_admin'], groups: [{ id: 'g1', name: 'Deal desk' }], people: [] }] },
  ],
};

async function mount(routes: Parameters<typeof fakeClient>[0] = {}) {
  const fake = fakeClient({ 'GET /access/partner-groups': () => groups, 'GET /access/partner-permissions': () => delegable, ...routes });
  const el = await fixture<PorticoPartnerGroups>(html`<portico-partner-groups .client=${fake.client}></portico-partner-groups>`);
  await waitUntil(() => el.groups.status !== 'loading');
  return { el, fake };
}
const root = (el: HTMLElement) => el.shadowRoot!;
const tableRoot = (el: HTMLElement) => root(el).querySelector('portico-data-table')!.shadowRoot!;
const buttons = (scope: ParentNode, label: string) => [...scope.querySelectorAll<HTMLElement & { disabled: boolean }>('portico-button')].filter((b) => b.textContent!.trim() === label);

describe('<portico-partner-groups>', () => {
  afterEach(() => setLocale('en'));

  it('lists the organisation’s groups; a group with members cannot be deleted', async () => {
    const { el } = await mount();
    const text = tableRoot(el).textContent!;
    expect(text).to.contain('Deal desk').and.contain('deals.partner-wide').and.contain('Empty');
    expect(buttons(tableRoot(el), 'Delete').map((b) => b.disabled)).to.deep.equal([true, false]);
    await expectAccessible(el);
  });

  it('shows an empty state, and an error with retry', async () => {
    const empty = await mount({ 'GET /access/partner-groups': () => ({ items: [] }) });
    expect(root(empty.el).querySelector('portico-empty-state')!.getAttribute('heading')).to.equal('No groups yet');
    await expectAccessible(empty.el);
    const failing = await mount({ 'GET /access/partner-groups': () => Promise.reject(new FakeProblem(500, 'Server error')) });
    expect(root(failing.el).querySelector('portico-error-state')).to.exist;
  });

  it('creates a group from the delegable permissions, by keyboard, showing the server’s refusal on the field', async () => {
    let tries = 0;
    const { el, fake } = await mount({
      'POST /access/partner-groups': () => {
        if (tries++ === 0) throw new FakeProblem(400, 'Bad request', undefined, [{ field: '/name', message: 'is already taken' }]);
        return group('g3', 'Closers', 0, ['deals.partner-wide']);
      },
    });
    buttons(root(el), 'Create a group')[0].click();
    await waitUntil(() => root(el).querySelector('#edit fieldset'));
    const dialog = root(el).querySelector('#edit')!;
    expect([...dialog.querySelectorAll('legend')].map((l) => l.textContent)).to.deep.equal(['access', 'deals']);
    const name = dialog.querySelector('[name=name]') as HTMLElement & { value: string; error: string };
    name.value = 'Closers';
    (dialog.querySelector('portico-checkbox[value="deals.partner-wide"]') as HTMLElement & { checked: boolean }).checked = true;
    name.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await settle();
    expect(fake.calls.find((c) => c.method === 'POST')!.options.body).to.deep.equal({ name: 'Closers', description: '', permissions: ['deals.partner-wide'] });
    expect(name.error).to.equal('is already taken');
    await expectAccessible(dialog);
    dialog.querySelector('form')!.requestSubmit();
    await settle();
    expect(fake.calls.filter((c) => c.method === 'POST')).to.have.length(2);
  });

  it('changes the members among the organisation’s people', async () => {
    const { el, fake } = await mount({
      'GET /access/partner-groups/{id}': () => ({ ...groups.items[0], members: [{ id: 'p1', name: 'Ada', email: 'ada@acme.example' }] }),
      'LIST /access/people': () => ({ items: [testPerson({ id: 'p1', name: 'Ada', email: 'ada@acme.example' }), testPerson({ id: 'p2', name: 'Bob', email: 'bob@acme.example' })], nextCursor: null }),
      'PUT /access/partner-groups/{id}/members': () => groups.items[0],
    });
    buttons(tableRoot(el), 'Members')[0].click();
    const dialog = root(el).querySelector('#members')!;
    await waitUntil(() => dialog.textContent!.includes('ada@acme.example'));
    (dialog.querySelector('[name=q]') as HTMLElement & { value: string }).value = 'b';
    dialog.querySelector('form')!.requestSubmit();
    await waitUntil(() => dialog.textContent!.includes('bob@acme.example'));
    expect(fake.calls.find((c) => c.method === 'LIST')!.options.query).to.include({ kind: 'member', q: 'b' });
    buttons(dialog, 'Add')[0].click();
    await settle();
    buttons(dialog, 'Remove')[0].click();
    await settle();
    buttons(dialog, 'Save')[0].click();
    await settle();
    const put = fake.calls.find((c) => c.method === 'PUT')!;
    expect(put.options.params).to.deep.equal({ id: 'g1' });
    expect(put.options.body).to.deep.equal({ personIds: ['p2'] });
  });

  it('deletes an unused group after confirming', async () => {
    const { el, fake } = await mount({ 'DELETE /access/partner-groups/{id}': () => undefined });
    buttons(tableRoot(el), 'Delete')[1].click();
    await settle();
    expect(fake.calls.some((c) => c.method === 'DELETE')).to.equal(false);
    buttons(root(el).querySelector('#delete')!, 'Delete')[0].click();
    await settle();
    expect(fake.calls.find((c) => c.method === 'DELETE')!.options.params).to.deep.equal({ id: 'g2' });
  });

  it('speaks French and Spanish', async () => {
    const { el } = await mount();
    await setLocale('fr');
    await waitUntil(() => root(el).querySelector('h1')!.textContent === 'Les groupes d’accès de votre organisation');
    await setLocale('es');
    await waitUntil(() => root(el).querySelector('h1')!.textContent === 'Los grupos de acceso de tu organización');
  });
});
