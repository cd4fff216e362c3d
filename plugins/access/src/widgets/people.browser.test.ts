import { FakeProblem, expect, expectAccessible, fakeClient, fixture, html, settle, waitUntil, testPartner, testPerson } from '@portico/widgets/testing';
import { setLocale } from '@portico/widgets';
import '@portico/widgets';
import { registerAccessTranslations } from './test-support.js';
import type { Person } from './shared.js';
import './people.js';
import type { PorticoPeople } from './people.js';

registerAccessTranslations();

const person = (id: string, name: string, status: Person['status']): Person => ({
  id, name, email: `${id}@example.com`, kind: 'member', role: 'salesperson', partnerId: 'pa1', partnerName: 'Reseller', status, locale: 'en', lastSeenAt: null, activity: 'never', createdAt: new Date().toISOString(),
});
const staff = {
  person: { id: 'me', name: 'Sam Staff', email: 'sam@vendor.example', kind: 'staff', locale: null, timeZone: null },
  tenant: { id: 't1', slug: 'acme', name: 'Acme' }, partner: null, roles: ['tenant_admin'],
  permissions: ['access.people.read', 'access.people.manage', 'access.partners.read'], via: 'session', verificationToken: null, secondFactorRequired: false,
};

async function mount(routes: Parameters<typeof fakeClient>[0], session: unknown = staff) {
  const fake = fakeClient(routes);
  const el = await fixture<PorticoPeople>(html`<portico-people .client=${fake.client} .session=${session}></portico-people>`);
  await waitUntil(() => el.people.status !== 'loading');
  return { el, fake };
}
const root = (el: HTMLElement) => el.shadowRoot!;
const table = (el: HTMLElement) => root(el).querySelector('portico-data-table')!;
const tableText = (el: HTMLElement) => table(el).shadowRoot!.textContent!.replace(/\s+/g, ' ');
const buttonIn = (scope: ParentNode, label: string) => [...scope.querySelectorAll<HTMLElement>('portico-button')].find((b) => b.textContent!.includes(label))!;

describe('<portico-people>', () => {
  afterEach(() => setLocale('en'));

  it('lists people, pages on with the cursor and filters by search and status', async () => {
    const { el, fake } = await mount({
      'LIST /access/people': ({ cursor, query }) =>
        cursor ? { items: [person('p3', 'Cleo', 'active')], nextCursor: null }
          : query?.q === 'zed' ? { items: [], nextCursor: null }
          : { items: [person('p1', 'Ada', 'active'), person('p2', 'Bob', 'invited')], nextCursor: 'c2' },
    });
    expect(tableText(el)).to.contain('Ada').and.contain('Invited').and.contain('Reseller');
    await expectAccessible(el);
    table(el).dispatchEvent(new CustomEvent('portico-load-more'));
    await settle();
    expect(fake.calls.at(-1)!.options.cursor).to.equal('c2');
    expect(tableText(el)).to.contain('Cleo');
    root(el).querySelector('[name=status]')!.dispatchEvent(new CustomEvent('portico-change', { detail: { value: 'deactivated' } }));
    (root(el).querySelector('[name=status]') as HTMLElement & { value: string }).value = 'deactivated';
    await waitUntil(() => fake.calls.at(-1)!.options.query?.status === 'deactivated');
    (root(el).querySelector('[name=q]') as HTMLElement & { value: string }).value = 'zed';
    root(el).querySelector<HTMLFormElement>('form[role=search]')!.requestSubmit();
    await waitUntil(() => root(el).querySelector('portico-empty-state'));
    expect(root(el).querySelector('portico-empty-state')!.getAttribute('heading')).to.equal('Nobody matches');
  });

  it('invites with role and organisation, showing field errors from the server', async () => {
    let attempt = 0;
    const { el, fake } = await mount({
      'LIST /access/people': () => ({ items: [person('p1', 'Ada', 'active')], nextCursor: null }),
      'LIST /access/partners': () => ({ items: [testPartner({ id: 'pa1', name: 'Reseller' })], nextCursor: null }),
      'POST /access/people': () => {
        if (attempt++ === 0) throw new FakeProblem(409, 'Conflict', undefined, [{ field: '/email', message: 'is already in the programme' }]);
        return testPerson({ id: 'p9', name: 'Invited', status: 'invited' });
      },
    });
    buttonIn(root(el), 'Invite someone').click();
    await settle();
    const dialog = root(el).querySelector<HTMLElement & { open: boolean }>('#invite')!;
    expect(dialog.open).to.equal(true);
    const set = (name: string, value: string) => ((dialog.querySelector(`[name=${name}]`) as HTMLElement & { value: string }).value = value);
    dialog.querySelector('[name=partnerId]')!.dispatchEvent(new CustomEvent('portico-change', { detail: { value: 'pa1' } }));
    await settle();
    set('partnerId', 'pa1');
    set('name', 'Sam Lee');
    set('email', 'sam@example.com');
    set('role', 'salesperson');
    dialog.querySelector('form')!.requestSubmit();
    await settle();
    expect(fake.calls.at(-1)!.options.body).to.deep.equal({ name: 'Sam Lee', email: 'sam@example.com', role: 'salesperson', partnerId: 'pa1' });
    expect((dialog.querySelector('[name=email]') as HTMLElement & { error: string }).error).to.equal('is already in the programme');
    await expectAccessible(dialog);
    dialog.querySelector('form')!.requestSubmit();
    await waitUntil(() => !dialog.open);
  });

  it('deactivates, and removes only after confirming', async () => {
    const { el, fake } = await mount({
      'LIST /access/people': () => ({ items: [person('p1', 'Ada', 'active')], nextCursor: null }),
      'POST /access/people/{id}/deactivate': () => person('p1', 'Ada', 'deactivated'),
      'DELETE /access/people/{id}': () => undefined,
    });
    buttonIn(table(el).shadowRoot!, 'Deactivate').click();
    await settle();
    expect(fake.calls.find((c) => c.path === '/access/people/{id}/deactivate')!.options.params).to.deep.equal({ id: 'p1' });
    buttonIn(table(el).shadowRoot!, 'Remove').click();
    await settle();
    expect(fake.calls.some((c) => c.method === 'DELETE')).to.equal(false);
    const dialog = root(el).querySelector('#remove')!;
    expect(dialog.textContent).to.contain('Ada loses access');
    buttonIn(dialog, 'Remove').click();
    await settle();
    expect(fake.calls.some((c) => c.method === 'DELETE')).to.equal(true);
  });

  it('hides management without access.people.manage', async () => {
    const { el } = await mount({ 'LIST /access/people': () => ({ items: [person('p1', 'Ada', 'active')], nextCursor: null }) }, { ...staff, permissions: ['access.people.read'] });
    expect(buttonIn(root(el), 'Invite someone')).to.equal(undefined);
    expect(buttonIn(table(el).shadowRoot!, 'Deactivate')).to.equal(undefined);
  });

  it('offers to invite the first person when there is nobody, and retry on errors', async () => {
    let fail = true;
    const { el } = await mount({
      'LIST /access/people': () => {
        if (fail) throw new FakeProblem(503, 'Service unavailable');
        return { items: [], nextCursor: null };
      },
    });
    expect(root(el).querySelector('portico-error-state')).to.exist;
    fail = false;
    await el.people.retry();
    await el.updateComplete;
    expect(root(el).querySelector('portico-empty-state')!.getAttribute('heading')).to.equal('No people yet');
  });

  it('speaks Spanish', async () => {
    const { el } = await mount({ 'LIST /access/people': () => ({ items: [person('p1', 'Ada', 'active')], nextCursor: null }) });
    await setLocale('es');
    await waitUntil(() => root(el).querySelector('h1')!.textContent === 'Personas');
  });
});
