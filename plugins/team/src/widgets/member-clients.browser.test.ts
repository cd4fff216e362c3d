import { FakeProblem, expect, expectAccessible, fakeClient, fixture, html, settle, waitUntil } from '@portico/widgets/testing';
import { setLocale } from '@portico/widgets';
import '@portico/widgets';
import { registerTeamTranslations } from './test-support.js';
import './member-clients.js';
import type { PorticoMemberClients } from './member-clients.js';
import type { AssignedClient, Client } from './shared.js';
import { adminSession, member, userSession } from './test-fixtures.js';

registerTeamTranslations();

const assigned = (id: string, name: string, status: AssignedClient['status'] = 'active'): AssignedClient => ({ id, name, domain: `${id}.example`, country: 'US', status, assignedAt: '2026-02-01T10:00:00.000Z' });
const orgClient = (id: string, name: string, assignees: string[] = []): Client => ({ id, partnerId: 'pa1', name, domain: null, country: null, status: 'active', createdAt: '2026-01-01T00:00:00.000Z', assignees: assignees.map((personId) => ({ personId, name: personId })) });

async function mount(routes: Parameters<typeof fakeClient>[0], session: unknown = adminSession, memberId = '') {
  const fake = fakeClient(routes);
  const el = await fixture<PorticoMemberClients>(html`<portico-member-clients .client=${fake.client} .session=${session} member-id=${memberId}></portico-member-clients>`);
  await waitUntil(() => el.clients.status !== 'loading' && el.clients.status !== 'idle');
  await el.updateComplete;
  return { el, fake };
}
const root = (el: HTMLElement) => el.shadowRoot!;
const table = (el: HTMLElement) => root(el).querySelector('portico-data-table')!;
const tableText = (el: HTMLElement) => table(el).shadowRoot!.textContent!.replace(/\s+/g, ' ');
const buttonIn = (scope: ParentNode, label: string) => [...scope.querySelectorAll<HTMLElement>('portico-button')].find((b) => b.textContent!.includes(label))!;

describe('<portico-member-clients>', () => {
  afterEach(() => setLocale('en'));

  it('shows a partner user their own clients, read-only', async () => {
    const { el, fake } = await mount({ 'GET /team/me/clients': () => ({ items: [assigned('c1', 'Contoso Retail'), assigned('c2', 'Old Co', 'archived')] }) }, userSession);
    expect(fake.calls[0].path).to.equal('/team/me/clients');
    expect(root(el).querySelector('h1')!.textContent).to.equal('My clients');
    expect(tableText(el)).to.contain('Contoso Retail').and.contain('c1.example').and.contain('Archived');
    expect(buttonIn(root(el), 'Assign a client')).to.equal(undefined);
    expect(buttonIn(table(el).shadowRoot!, 'Unassign')).to.equal(undefined);
    await expectAccessible(el);
  });

  it('tells a member with no clients who assigns them', async () => {
    const { el } = await mount({ 'GET /team/me/clients': () => ({ items: [] }) }, userSession);
    const empty = root(el).querySelector('portico-empty-state')!;
    expect(empty.getAttribute('heading')).to.equal('No clients assigned');
    expect(empty.textContent).to.contain('Your administrators assign the clients you look after.');
  });

  it('lets an admin assign another client of the organisation to a member', async () => {
    let assignedNow = false;
    const { el, fake } = await mount({
      'GET /team/members/{id}': () => member('p2', 'Bob Builder', 'partner_user'),
      'GET /team/members/{id}/clients': () => ({ items: assignedNow ? [assigned('c1', 'Contoso Retail'), assigned('c4', 'Wide World')] : [assigned('c1', 'Contoso Retail')] }),
      'LIST /team/clients': () => ({ items: [orgClient('c1', 'Contoso Retail', ['p2']), orgClient('c4', 'Wide World')], nextCursor: null }),
      'POST /team/clients/{id}/assignments': () => {
        assignedNow = true;
        return { id: 'a1', clientId: 'c4', personId: 'p2', partnerId: 'pa1' };
      },
    }, adminSession, 'p2');
    expect(root(el).querySelector('h1')!.textContent).to.equal('Clients of Bob Builder');
    buttonIn(root(el), 'Assign a client').click();
    await waitUntil(() => root(el).querySelector('#assign [name=clientId]'));
    const dialog = root(el).querySelector<HTMLElement & { open: boolean }>('#assign')!;
    const options = (dialog.querySelector('[name=clientId]') as HTMLElement & { options: { label: string }[] }).options.map((o) => o.label);
    expect(options).to.deep.equal(['Wide World']);
    await expectAccessible(dialog);
    dialog.querySelector('form')!.requestSubmit();
    await waitUntil(() => !dialog.open);
    expect(fake.calls.find((c) => c.method === 'POST')!.options).to.deep.include({ params: { id: 'c4' }, body: { personId: 'p2' } });
    await waitUntil(() => tableText(el).includes('Wide World'));
  });

  it('shows the server’s refusal of an assignment in the dialog', async () => {
    const { el } = await mount({
      'GET /team/members/{id}': () => member('p2', 'Bob Builder', 'partner_user'),
      'GET /team/members/{id}/clients': () => ({ items: [] }),
      'LIST /team/clients': () => ({ items: [orgClient('c4', 'Wide World')], nextCursor: null }),
      'POST /team/clients/{id}/assignments': () => {
        throw new FakeProblem(409, 'Conflict', 'This client is archived; restore it before assigning it.');
      },
    }, adminSession, 'p2');
    buttonIn(root(el).querySelector('portico-empty-state')!, 'Assign a client').click();
    await waitUntil(() => root(el).querySelector('#assign [name=clientId]'));
    root(el).querySelector<HTMLFormElement>('#assign form')!.requestSubmit();
    await waitUntil(() => root(el).querySelector('#assign [role=alert]'));
    expect(root(el).querySelector('#assign [role=alert]')!.textContent).to.contain('restore it before assigning');
  });

  it('unassigns only after confirming', async () => {
    const { el, fake } = await mount({
      'GET /team/members/{id}': () => member('p2', 'Bob Builder', 'partner_user'),
      'GET /team/members/{id}/clients': () => ({ items: [assigned('c1', 'Contoso Retail')] }),
      'DELETE /team/clients/{id}/assignments/{personId}': () => undefined,
    }, adminSession, 'p2');
    buttonIn(table(el).shadowRoot!, 'Unassign').click();
    await settle();
    const dialog = root(el).querySelector('#unassign')!;
    expect(dialog.textContent).to.contain('Contoso Retail will no longer be looked after');
    expect(fake.calls.some((c) => c.method === 'DELETE')).to.equal(false);
    buttonIn(dialog, 'Unassign').click();
    await waitUntil(() => fake.calls.some((c) => c.method === 'DELETE'));
    expect(fake.calls.find((c) => c.method === 'DELETE')!.options.params).to.deep.equal({ id: 'c1', personId: 'p2' });
  });

  it('shows a member of another organisation as an error with retry', async () => {
    const { el } = await mount({
      'GET /team/members/{id}': () => {
        throw new FakeProblem(404, 'Not found', 'No such member.');
      },
      'GET /team/members/{id}/clients': () => ({ items: [] }),
    }, adminSession, 'elsewhere');
    expect(root(el).querySelector('portico-error-state')).to.exist;
  });

  it('speaks French', async () => {
    const { el } = await mount({ 'GET /team/me/clients': () => ({ items: [assigned('c1', 'Contoso Retail')] }) }, userSession);
    await setLocale('fr');
    await waitUntil(() => root(el).querySelector('h1')!.textContent === 'Mes clients');
  });
});
