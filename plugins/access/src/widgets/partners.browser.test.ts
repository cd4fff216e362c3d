import { FakeProblem, expect, expectAccessible, fakeClient, fixture, html, settle, waitUntil } from '@portico/widgets/testing';
import { setLocale } from '@portico/widgets';
import '@portico/widgets';
import { registerAccessTranslations } from './test-support.js';
import type { Partner } from './shared.js';
import './partners.js';
import type { PorticoPartners } from './partners.js';

registerAccessTranslations();

const partner = (id: string, name: string, status: Partner['status'] = 'active'): Partner => ({ id, name, tier: 'Gold', country: 'FR', status, memberCount: 12, createdAt: '', updatedAt: '' });
const manager = { person: { id: 'me', kind: 'staff' }, permissions: ['access.partners.read', 'access.partners.manage'] };

async function mount(routes: Parameters<typeof fakeClient>[0], session: unknown = manager) {
  const fake = fakeClient(routes);
  const el = await fixture<PorticoPartners>(html`<portico-partners .client=${fake.client} .session=${session}></portico-partners>`);
  await waitUntil(() => el.partners.status !== 'loading');
  return { el, fake };
}
const root = (el: HTMLElement) => el.shadowRoot!;
const tableRoot = (el: HTMLElement) => root(el).querySelector('portico-data-table')!.shadowRoot!;
const buttonIn = (scope: ParentNode, label: string) => [...scope.querySelectorAll<HTMLElement>('portico-button')].find((b) => b.textContent!.includes(label))!;
const set = (scope: ParentNode, name: string, value: string) => ((scope.querySelector(`[name=${name}]`) as HTMLElement & { value: string }).value = value);

describe('<portico-partners>', () => {
  afterEach(() => setLocale('en'));

  it('lists organisations with tier, country and people, and filters by status', async () => {
    const { el, fake } = await mount({ 'LIST /access/partners': ({ query }) => ({ items: query?.status === 'archived' ? [] : [partner('a', 'Alpha Resellers')], nextCursor: null }) });
    expect(tableRoot(el).textContent).to.contain('Alpha Resellers').and.contain('France').and.contain('Gold');
    await expectAccessible(el);
    root(el).querySelector('[name=status]')!.dispatchEvent(new CustomEvent('portico-change', { detail: { value: 'archived' } }));
    await waitUntil(() => root(el).querySelector('portico-empty-state'));
    expect(fake.calls.at(-1)!.options.query!.status).to.equal('archived');
  });

  it('creates an organisation, showing a taken name on the field', async () => {
    let tries = 0;
    const { el, fake } = await mount({
      'LIST /access/partners': () => ({ items: [], nextCursor: null }),
      'POST /access/partners': () => {
        if (tries++ === 0) throw new FakeProblem(409, 'Conflict', 'Another organisation has this name.', [{ field: '/name', message: 'is taken' }]);
        return partner('b', 'Beta');
      },
    });
    buttonIn(root(el), 'Add an organisation').click();
    await settle();
    const dialog = root(el).querySelector('#edit')!;
    set(dialog, 'name', 'Beta');
    set(dialog, 'country', 'es');
    dialog.querySelector('form')!.requestSubmit();
    await settle();
    expect(fake.calls.at(-1)!.options.body).to.deep.equal({ name: 'Beta', tier: null, country: 'ES' });
    expect((dialog.querySelector('[name=name]') as HTMLElement & { error: string }).error).to.equal('is taken');
    dialog.querySelector('form')!.requestSubmit();
    await waitUntil(() => !(dialog as HTMLElement & { open: boolean }).open);
  });

  it('edits tier and status', async () => {
    const { el, fake } = await mount({ 'LIST /access/partners': () => ({ items: [partner('a', 'Alpha')], nextCursor: null }), 'PATCH /access/partners/{id}': ({ body }) => ({ ...partner('a', 'Alpha'), ...(body as Partial<Partner>) }) });
    buttonIn(tableRoot(el), 'Edit').click();
    await settle();
    const dialog = root(el).querySelector('#edit')!;
    set(dialog, 'tier', 'Platinum');
    set(dialog, 'status', 'suspended');
    dialog.querySelector('form')!.requestSubmit();
    await settle();
    const call = fake.calls.find((c) => c.method === 'PATCH')!;
    expect(call.options.params).to.deep.equal({ id: 'a' });
    expect(call.options.body).to.deep.equal({ name: 'Alpha', tier: 'Platinum', country: 'FR', status: 'suspended' });
  });

  it('is read-only without access.partners.manage', async () => {
    const { el } = await mount({ 'LIST /access/partners': () => ({ items: [partner('a', 'Alpha')], nextCursor: null }) }, { person: { kind: 'staff' }, permissions: ['access.partners.read'] });
    expect(buttonIn(root(el), 'Add an organisation')).to.equal(undefined);
    expect(buttonIn(tableRoot(el), 'Edit')).to.equal(undefined);
  });

  it('speaks French', async () => {
    const { el } = await mount({ 'LIST /access/partners': () => ({ items: [partner('a', 'Alpha')], nextCursor: null }) });
    await setLocale('fr');
    await waitUntil(() => root(el).querySelector('h1')!.textContent === 'Organisations partenaires');
  });
});
