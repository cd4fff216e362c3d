import { FakeProblem, expect, expectAccessible, fakeClient, fixture, html, settle, testPartner, waitUntil } from '@portico/widgets/testing';
import { setLocale } from '@portico/widgets';
import '@portico/widgets';
import { registerTeamTranslations } from './test-support.js';
import './partner-clients.js';
import type { PorticoTeamClients } from './partner-clients.js';
import type { Assignee, Client } from './shared.js';
import { staffSession } from './test-fixtures.js';

registerTeamTranslations();

const client = (id: string, name: string, assignees: Assignee[] = [], status: Client['status'] = 'active'): Client => ({
  id, partnerId: 'pa1', name, domain: null, country: 'US', status, createdAt: '2026-01-01T00:00:00.000Z', assignees,
});
const partners = () => ({ items: [testPartner({ id: 'pa1', name: 'Acme Resellers' }), testPartner({ id: 'pa2', name: 'Globex' })], nextCursor: null });

async function mount(routes: Parameters<typeof fakeClient>[0], partnerId = 'pa1') {
  const fake = fakeClient({ 'LIST /access/partners': partners, ...routes });
  const el = await fixture<PorticoTeamClients>(html`<portico-team-clients .client=${fake.client} .session=${staffSession} partner-id=${partnerId}></portico-team-clients>`);
  await waitUntil(() => el.clients.status !== 'loading');
  await el.updateComplete;
  return { el, fake };
}
const root = (el: HTMLElement) => el.shadowRoot!;
const table = (el: HTMLElement) => root(el).querySelector('portico-data-table')!;
const tableText = (el: HTMLElement) => table(el).shadowRoot!.textContent!.replace(/\s+/g, ' ');
const buttonIn = (scope: ParentNode, label: string) => [...scope.querySelectorAll<HTMLElement>('portico-button')].find((b) => b.textContent!.includes(label))!;

describe('<portico-team-clients>', () => {
  afterEach(() => setLocale('en'));

  it('asks for an organisation first, then lists its clients with assignees, leftovers flagged', async () => {
    const { el, fake } = await mount({
      'LIST /team/clients': () => ({ items: [client('c1', 'Contoso', [{ personId: 'p1', name: 'Alice' }, { personId: 'x9', name: 'Xavier', crossOrganisation: true }]), client('c2', 'Old Co', [], 'archived')], nextCursor: null }),
    }, '');
    expect(root(el).textContent).to.contain('Choose an organisation to see its clients.');
    root(el).querySelector('[name=partnerId]')!.dispatchEvent(new CustomEvent('portico-change', { detail: { value: 'pa1' } }));
    await waitUntil(() => root(el).querySelector('portico-data-table'));
    expect(fake.calls.find((c) => c.path === '/team/clients')!.options.query).to.deep.equal({ partnerId: 'pa1' });
    expect(tableText(el)).to.contain('Alice').and.contain('Outside the organisation').and.contain('Nobody').and.contain('Archived');
    await expectAccessible(el);
  });

  it('removes a cross-organisation leftover after confirming', async () => {
    const { el, fake } = await mount({
      'LIST /team/clients': () => ({ items: [client('c1', 'Contoso', [{ personId: 'x9', name: 'Xavier', crossOrganisation: true }])], nextCursor: null }),
      'DELETE /team/clients/{id}/assignments/{personId}': () => undefined,
    });
    buttonIn(table(el).shadowRoot!, 'Remove assignment').click();
    await settle();
    const dialog = root(el).querySelector('#leftover')!;
    expect(dialog.textContent).to.contain('Xavier is outside the organisation of Contoso');
    expect(fake.calls.some((c) => c.method === 'DELETE')).to.equal(false);
    buttonIn(dialog, 'Remove assignment').click();
    await waitUntil(() => fake.calls.some((c) => c.method === 'DELETE'));
    expect(fake.calls.find((c) => c.method === 'DELETE')!.options.params).to.deep.equal({ id: 'c1', personId: 'x9' });
  });

  it('registers a client, with the server’s field errors on the fields', async () => {
    let attempt = 0;
    const { el, fake } = await mount({
      'LIST /team/clients': () => ({ items: [], nextCursor: null }),
      'POST /team/clients': () => {
        if (attempt++ === 0) throw new FakeProblem(400, 'Invalid request', undefined, [{ in: 'body', field: '/country', message: 'must match pattern "^[A-Za-z]{2}$"' }]);
        return client('c9', 'Tailspin');
      },
    });
    buttonIn(root(el).querySelector('portico-empty-state')!, 'Register a client').click();
    await settle();
    const dialog = root(el).querySelector<HTMLElement & { open: boolean }>('#register')!;
    const set = (name: string, value: string) => ((dialog.querySelector(`[name=${name}]`) as HTMLElement & { value: string }).value = value);
    set('name', 'Tailspin');
    set('domain', 'tailspin.example');
    set('country', 'usa');
    dialog.querySelector('form')!.requestSubmit();
    await settle();
    expect(fake.calls.at(-1)!.options.body).to.deep.equal({ name: 'Tailspin', domain: 'tailspin.example', country: 'USA', partnerId: 'pa1' });
    expect((dialog.querySelector('[name=country]') as HTMLElement & { error: string }).error).to.contain('must match pattern');
    await expectAccessible(dialog);
    set('country', 'us');
    dialog.querySelector('form')!.requestSubmit();
    await waitUntil(() => !dialog.open);
  });

  it('retries after a load error, then archives a client', async () => {
    let fail = true;
    const { el, fake } = await mount({
      'LIST /team/clients': () => {
        if (fail) throw new FakeProblem(503, 'Service unavailable');
        return { items: [client('c1', 'Contoso')], nextCursor: null };
      },
      'PATCH /team/clients/{id}': ({ body }) => ({ ...client('c1', 'Contoso'), ...(body as Partial<Client>) }),
    });
    expect(root(el).querySelector('portico-error-state')).to.exist;
    fail = false;
    await el.clients.retry();
    await el.updateComplete;
    buttonIn(table(el).shadowRoot!, 'Archive').click();
    await waitUntil(() => fake.calls.some((c) => c.method === 'PATCH'));
    expect(fake.calls.find((c) => c.method === 'PATCH')!.options).to.deep.include({ params: { id: 'c1' }, body: { status: 'archived' } });
  });

  it('speaks French', async () => {
    const { el } = await mount({ 'LIST /team/clients': () => ({ items: [client('c1', 'Contoso')], nextCursor: null }) });
    await setLocale('fr');
    await waitUntil(() => root(el).querySelector('h1')!.textContent === 'Clients des partenaires');
  });
});
