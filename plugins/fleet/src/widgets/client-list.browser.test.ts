import { FakeProblem, expect, expectAccessible, fixture, html, oneEvent, settle, waitUntil } from '@portico/widgets/testing';
import { setLocale } from '@portico/widgets';
import '@portico/widgets';
import { detail, fleetFake, partnerAdmin, reader, registerFleetTranslations, settings, staff, summary, type FleetRoutes } from './test-support.js';
import './client-list.js';
import type { PorticoClientList } from './client-list.js';

registerFleetTranslations();

const members = () => ({
  items: [
    { id: 'me', name: 'Pat Partner', email: 'pat@acme.example', role: 'partner_admin', status: 'active' as const, partnerId: 'pa1', isYou: true, activity: 'active-this-week' as const },
    { id: 'p2', name: 'Quinn Q', email: 'quinn@acme.example', role: 'partner_user', status: 'active' as const, partnerId: 'pa1', isYou: false, activity: 'inactive' as const },
  ],
  nextCursor: null,
});

async function mount(routes: FleetRoutes, session: unknown = partnerAdmin) {
  const fake = fleetFake(routes, { 'LIST /team/members': members });
  const el = await fixture<PorticoClientList>(html`<portico-client-list .client=${fake.client} .session=${session}></portico-client-list>`);
  await waitUntil(() => el.clients.status !== 'loading');
  await el.updateComplete;
  return { el, fake };
}
const root = (el: HTMLElement) => el.shadowRoot!;
const table = (el: HTMLElement) => root(el).querySelector('portico-data-table')!;
const tableText = (el: HTMLElement) => table(el).shadowRoot!.textContent!.replace(/\s+/g, ' ');
const listCalls = (fake: ReturnType<typeof fleetFake>) => fake.calls.filter((c) => c.path === '/fleet/clients');
const lastQuery = (fake: ReturnType<typeof fleetFake>) => listCalls(fake).at(-1)!.options.query!;
const choose = (el: HTMLElement, name: string, value: string) => {
  const select = root(el).querySelector<HTMLElement & { value: string }>(`[name=${name}]`)!;
  select.value = value;
  select.dispatchEvent(new CustomEvent('portico-change', { detail: { value } }));
};

describe('<portico-client-list>', () => {
  afterEach(() => setLocale('en'));

  it('lists clients with health, mandate and assignees, each linking to its page, and pages on with the cursor', async () => {
    const { el, fake } = await mount({
      'GET /fleet/clients': ({ query }) =>
        query?.cursor
          ? { items: [summary({ id: 'c3', name: 'Initech', health: null, mandate: null, assignees: [] })], nextCursor: null }
          : { items: [summary(), summary({ id: 'c2', name: 'Globex', health: 'critical', mandate: { status: 'suspended', scope: ['view-financials'], validUntil: null } })], nextCursor: 'next-1' },
    });
    expect(lastQuery(fake)).to.deep.equal({ q: undefined, status: 'active', health: undefined, mandate: undefined, assignee: undefined, sort: 'name' });
    expect(tableText(el)).to.contain('Contoso Ltd').and.contain('Healthy').and.contain('Active').and.contain('Pat Partner').and.contain('Critical').and.contain('Suspended');
    expect(tableText(el)).not.to.contain('Acme Advisors'); // partners get no partner column
    expect(table(el).shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('/clients/c1');
    await expectAccessible(el);
    table(el).dispatchEvent(new CustomEvent('portico-load-more'));
    await waitUntil(() => tableText(el).includes('Initech'));
    expect(lastQuery(fake).cursor).to.equal('next-1');
    expect(tableText(el)).to.contain('No mandate').and.contain('Nobody').and.contain('Unknown');
  });

  it('searches, filters by status, health, mandate and assignee, and sorts', async () => {
    const { el, fake } = await mount({ 'GET /fleet/clients': ({ query }) => (query?.q === 'nobody' ? { items: [], nextCursor: null } : { items: [summary()], nextCursor: null }) });
    await waitUntil(() => root(el).querySelector('[name=assignee]'));
    choose(el, 'health', 'attention');
    await waitUntil(() => lastQuery(fake).health === 'attention');
    choose(el, 'mandate', 'none');
    await waitUntil(() => lastQuery(fake).mandate === 'none');
    choose(el, 'assignee', 'p2');
    await waitUntil(() => lastQuery(fake).assignee === 'p2');
    choose(el, 'status', '');
    await waitUntil(() => lastQuery(fake).status === undefined);
    table(el).dispatchEvent(new CustomEvent('portico-sort', { detail: { key: 'createdAt', direction: 'descending' } }));
    await waitUntil(() => lastQuery(fake).sort === '-createdAt');
    expect(lastQuery(fake)).to.include({ health: 'attention', mandate: 'none', assignee: 'p2' });
    const assignees = root(el).querySelector<HTMLElement & { options: { label: string }[] }>('[name=assignee]')!.options.map((o) => o.label);
    expect(assignees).to.deep.equal(['Anyone', 'Me', 'Quinn Q']);
    (root(el).querySelector('[name=q]') as HTMLElement & { value: string }).value = 'nobody';
    root(el).querySelector<HTMLFormElement>('form[role=search]')!.requestSubmit();
    await waitUntil(() => root(el).querySelector('portico-empty-state'));
    expect(root(el).querySelector('portico-empty-state')!.getAttribute('heading')).to.equal('No client matches');
  });

  it('offers to invite the first client to those who may, and not to others', async () => {
    const { el } = await mount({ 'GET /fleet/clients': () => ({ items: [], nextCursor: null }) });
    expect(root(el).querySelector('portico-empty-state')!.getAttribute('heading')).to.equal('No clients yet');
    const invite = root(el).querySelector<HTMLElement>('portico-empty-state portico-button')!;
    setTimeout(() => invite.click());
    expect((await oneEvent(el, 'portico-navigate')).detail).to.deep.equal({ path: '/clients/invitations' });
    const other = await mount({ 'GET /fleet/clients': () => ({ items: [], nextCursor: null }) }, reader);
    expect(root(other.el).querySelector('portico-empty-state portico-button')).to.equal(null);
    // Without team.read there is no roster to pick from: only oneself.
    const assignees = root(other.el).querySelector<HTMLElement & { options: { label: string }[] }>('[name=assignee]')!.options.map((o) => o.label);
    expect(assignees).to.deep.equal(['Anyone', 'Me']);
  });

  it('lets a partner register a client while the programme allows it, with the server’s field errors', async () => {
    let attempt = 0;
    const { el, fake } = await mount({
      'GET /fleet/clients': () => ({ items: [summary()], nextCursor: null }),
      'POST /fleet/clients': ({ body }) => {
        if (attempt++ === 0) throw new FakeProblem(409, 'Conflict', undefined, [{ field: '/name', message: 'You already have a client of that name.' }]);
        return { ...detail(), id: 'c9', name: (body as { name: string }).name };
      },
    });
    const register = () => [...root(el).querySelectorAll<HTMLElement>('.heading portico-button')].find((b) => b.textContent!.includes('Register a client'));
    await waitUntil(() => register());
    register()!.click();
    await settle();
    const dialog = root(el).querySelector<HTMLElement & { open: boolean }>('#register')!;
    const set = (name: string, value: string) => ((dialog.querySelector(`[name=${name}]`) as HTMLElement & { value: string }).value = value);
    set('name', 'Tailspin Toys');
    set('country', 'gb');
    dialog.querySelector('form')!.requestSubmit();
    await waitUntil(() => (dialog.querySelector('[name=name]') as HTMLElement & { error: string }).error);
    expect(fake.calls.find((c) => c.method === 'POST')!.options.body).to.deep.equal({ name: 'Tailspin Toys', domain: null, country: 'GB' });
    expect((dialog.querySelector('[name=name]') as HTMLElement & { error: string }).error).to.contain('already have a client');
    setTimeout(() => dialog.querySelector('form')!.requestSubmit());
    expect((await oneEvent(el, 'portico-navigate')).detail).to.deep.equal({ path: '/clients/c9' });
    // Not when the programme keeps registration to its feed and staff.
    const closed = fleetFake({ 'GET /fleet/clients': () => ({ items: [], nextCursor: null }), 'GET /fleet/settings': () => settings({ partnersMayRegisterClients: false }) });
    const other = await fixture<PorticoClientList>(html`<portico-client-list .client=${closed.client} .session=${partnerAdmin}></portico-client-list>`);
    await waitUntil(() => closed.calls.some((c) => c.path === '/fleet/settings'));
    await settle();
    expect([...root(other).querySelectorAll('.heading portico-button')].some((b) => b.textContent!.includes('Register a client'))).to.equal(false);
  });

  it('shows staff the partner of each client', async () => {
    const { el } = await mount({ 'GET /fleet/clients': () => ({ items: [summary()], nextCursor: null }) }, staff);
    expect(tableText(el)).to.contain('Acme Advisors');
  });

  it('shows an error with a retry, then the list', async () => {
    let fail = true;
    const { el } = await mount({
      'GET /fleet/clients': () => {
        if (fail) throw new FakeProblem(503, 'Service unavailable');
        return { items: [summary()], nextCursor: null };
      },
    });
    expect(root(el).querySelector('portico-error-state')).to.exist;
    fail = false;
    await el.clients.retry();
    await settle();
    expect(tableText(el)).to.contain('Contoso Ltd');
  });

  it('speaks French and Spanish', async () => {
    const { el } = await mount({ 'GET /fleet/clients': () => ({ items: [summary()], nextCursor: null }) });
    await setLocale('fr');
    await waitUntil(() => root(el).querySelector('h1')!.textContent === 'Clients');
    await waitUntil(() => tableText(el).includes('En bonne santé'));
    await setLocale('es');
    await waitUntil(() => tableText(el).includes('Saludable'));
  });
});
