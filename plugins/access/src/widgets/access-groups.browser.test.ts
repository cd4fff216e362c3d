import { FakeProblem, expect, expectAccessible, fakeClient, fixture, html, settle, waitUntil, testPerson } from '@portico/widgets/testing';
import { setLocale } from '@portico/widgets';
import '@portico/widgets';
import { registerAccessTranslations } from './test-support.js';
import type { Group, GroupSummary, PermissionMatrix } from './shared.js';
import './access-groups.js';
import type { PorticoAccessGroups } from './access-groups.js';

registerAccessTranslations();

const groups: { items: GroupSummary[] } = {
  items: [
    { id: null, name: 'support', builtIn: true, audience: 'staff', description: '', permissions: ['access.people.read'], memberCount: 2 },
    { id: 'g1', name: 'Deal desk', builtIn: false, audience: 'staff', description: 'Reviews deals', permissions: ['deals.review'], memberCount: 1, createdAt: '', updatedAt: '' },
    { id: 'g2', name: 'Empty', builtIn: false, audience: 'staff', description: '', permissions: [], memberCount: 0, createdAt: '', updatedAt: '' },
    { id: 'g4', name: 'Acme deal desk', builtIn: false, partnerId: 'acme', audience: 'partner', description: '', permissions: [], memberCount: 1, createdAt: '', updatedAt: '' },
  ],
};
/** A tenant's own group of the list (the built-in one has no id), as its detail answers it. */
const customGroup = (index: number) => groups.items[index] as Group;
const catalog: PermissionMatrix = {
  plugins: [
    { plugin: 'access', permissions: [{ key: 'access.people.read', description: 'See people', administrative: false, roles: [], groups: [], people: [], peopleCount: 0 }] },
    { plugin: 'deals', permissions: [{ key: 'deals.review', description: 'Review deals', administrative: false, roles: [], groups: [], people: [], peopleCount: 0 }] },
  ],
};
const admin = { person: { kind: 'staff' }, permissions: ['access.groups.read', 'access.groups.manage'] };

async function mount(routes: Parameters<typeof fakeClient>[0], session: unknown = admin) {
  const fake = fakeClient({ 'GET /access/groups': () => groups, 'GET /access/permissions': () => catalog, ...routes });
  const el = await fixture<PorticoAccessGroups>(html`<portico-access-groups .client=${fake.client} .session=${session}></portico-access-groups>`);
  await waitUntil(() => el.groups.status !== 'loading');
  return { el, fake };
}
const root = (el: HTMLElement) => el.shadowRoot!;
const tableRoot = (el: HTMLElement) => root(el).querySelector('portico-data-table')!.shadowRoot!;
const buttons = (scope: ParentNode, label: string) => [...scope.querySelectorAll<HTMLElement & { disabled: boolean }>('portico-button')].filter((b) => b.textContent!.trim() === label);

describe('<portico-access-groups>', () => {
  afterEach(() => setLocale('en'));

  it('lists built-in roles and groups; a group with members cannot be deleted', async () => {
    const { el } = await mount({});
    const text = tableRoot(el).textContent!;
    expect(text).to.contain('Support').and.contain('Built-in role').and.contain('Deal desk');
    expect(text).to.contain('A partner organisation’s own');
    const deletes = buttons(tableRoot(el), 'Delete');
    expect(deletes.map((b) => b.disabled)).to.deep.equal([true, false, true]);
    await expectAccessible(el);
  });

  it('says what a built-in role is for in the reader’s language (issue 23, item 7)', async () => {
    await setLocale('fr');
    const withDescription = { items: [{ ...groups.items[0], description: 'Helps partners and reads what they need to help.' }, groups.items[1]] };
    const { el } = await mount({ 'GET /access/groups': () => withDescription });
    await waitUntil(() => tableRoot(el).textContent!.includes('Aide les partenaires'));
    // A tenant's own group keeps its own words.
    expect(tableRoot(el).textContent).to.contain('Reviews deals').and.not.contain('Helps partners');
  });

  it('creates a group with permissions picked from the grouped checklist, showing a name error', async () => {
    let tries = 0;
    const { el, fake } = await mount({
      'POST /access/groups': () => {
        if (tries++ === 0) throw new FakeProblem(409, 'Conflict', undefined, [{ field: '/name', message: 'is already taken' }]);
        return { ...customGroup(1), id: 'g3' };
      },
    });
    buttons(root(el), 'Create a group')[0].click();
    await waitUntil(() => root(el).querySelector('#edit fieldset'));
    const dialog = root(el).querySelector('#edit')!;
    expect([...dialog.querySelectorAll('legend')].map((l) => l.textContent)).to.deep.equal(['access', 'deals']);
    (dialog.querySelector('[name=name]') as HTMLElement & { value: string }).value = 'Reviewers';
    (dialog.querySelector('portico-checkbox[value="deals.review"]') as HTMLElement & { checked: boolean }).checked = true;
    dialog.querySelector('form')!.requestSubmit();
    await settle();
    expect(fake.calls.at(-1)!.options.body).to.deep.equal({ name: 'Reviewers', description: '', permissions: ['deals.review'], audience: 'staff' });
    expect((dialog.querySelector('[name=name]') as HTMLElement & { error: string }).error).to.equal('is already taken');
    await expectAccessible(dialog);
  });

  it('changes the members', async () => {
    const { el, fake } = await mount({
      'GET /access/groups/{id}': () => ({ ...customGroup(1), members: [{ id: 'p1', name: 'Ada', email: 'ada@example.com' }] }),
      'LIST /access/people': () => ({ items: [testPerson({ id: 'p1', name: 'Ada', email: 'ada@example.com' }), testPerson({ id: 'p2', name: 'Bob', email: 'bob@example.com' })], nextCursor: null }),
      'PUT /access/groups/{id}/members': () => customGroup(1),
    });
    buttons(tableRoot(el), 'Members')[0].click();
    const dialog = root(el).querySelector('#members')!;
    await waitUntil(() => dialog.textContent!.includes('ada@example.com'));
    (dialog.querySelector('[name=q]') as HTMLElement & { value: string }).value = 'b';
    dialog.querySelector('form')!.requestSubmit();
    await waitUntil(() => dialog.textContent!.includes('bob@example.com'));
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
    const { el, fake } = await mount({ 'DELETE /access/groups/{id}': () => undefined });
    buttons(tableRoot(el), 'Delete')[1].click();
    await settle();
    expect(fake.calls.some((c) => c.method === 'DELETE')).to.equal(false);
    buttons(root(el).querySelector('#delete')!, 'Delete')[0].click();
    await settle();
    expect(fake.calls.find((c) => c.method === 'DELETE')!.options.params).to.deep.equal({ id: 'g2' });
  });

  it('is read-only without access.groups.manage, and speaks French', async () => {
    const { el } = await mount({}, { person: { kind: 'staff' }, permissions: ['access.groups.read'] });
    expect(buttons(root(el), 'Create a group')).to.have.length(0);
    await setLocale('fr');
    await waitUntil(() => root(el).querySelector('h1')!.textContent === 'Groupes d’accès');
  });
});
