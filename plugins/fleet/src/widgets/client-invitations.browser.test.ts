import { FakeProblem, expect, expectAccessible, fixture, html, settle, waitUntil } from '@portico/widgets/testing';
import { setLocale } from '@portico/widgets';
import '@portico/widgets';
import { fleetFake, invitation, partnerAdmin, reader, registerFleetTranslations, salesperson, staff, type FleetRoutes } from './test-support.js';
import './client-invitations.js';
import type { PorticoClientInvitations } from './client-invitations.js';
import type { NewInvitation } from './shared.js';

registerFleetTranslations();

async function mount(routes: FleetRoutes, session: unknown = partnerAdmin) {
  const fake = fleetFake(routes);
  const el = await fixture<PorticoClientInvitations>(html`<portico-client-invitations .client=${fake.client} .session=${session}></portico-client-invitations>`);
  await waitUntil(() => el.invitations.status !== 'loading' && el.invitations.status !== 'idle');
  await el.updateComplete;
  return { el, fake };
}
const root = (el: HTMLElement) => el.shadowRoot!;
const table = (el: HTMLElement) => root(el).querySelector('portico-data-table')!;
const tableText = (el: HTMLElement) => table(el).shadowRoot!.textContent!.replace(/\s+/g, ' ');
const buttonIn = (scope: ParentNode, label: string) => [...scope.querySelectorAll<HTMLElement>('portico-button')].find((b) => b.textContent!.includes(label));
const listQueries = (fake: ReturnType<typeof fleetFake>) => fake.calls.filter((c) => c.method === 'GET' && c.path === '/fleet/invitations').map((c) => c.options.query);

describe('<portico-client-invitations>', () => {
  afterEach(() => setLocale('en'));

  it('lists the pending invitations with company, contact, scope and until when the link works', async () => {
    const { el, fake } = await mount({
      'GET /fleet/invitations': ({ query }) =>
        query?.status === 'pending'
          ? { items: [invitation(), invitation({ id: 'i2', companyName: 'Initech', contactEmail: 'it@initech.example', status: 'resent', validUntil: '2030-12-31', sentBy: { personId: 'other', name: 'Otto' } })], nextCursor: null }
          : { items: [invitation({ id: 'i3', status: 'accepted', clientId: 'c7', respondedAt: '2026-03-02T10:00:00.000Z' })], nextCursor: null },
    });
    expect(listQueries(fake)[0]).to.deep.equal({ status: 'pending', q: undefined });
    expect(tableText(el)).to.contain('Globex GmbH').and.contain('Greta Globex').and.contain('cfo@globex.example').and.contain('View financial statements')
      .and.contain('Sent again').and.contain('Link valid until Mar 15, 2026').and.contain('Until Dec 31, 2030');
    expect(tableText(el)).not.to.contain('Acme Advisors');
    await expectAccessible(el);
    const status = root(el).querySelector<HTMLElement & { value: string }>('[name=status]')!;
    status.value = 'accepted';
    status.dispatchEvent(new CustomEvent('portico-change', { detail: { value: 'accepted' } }));
    await waitUntil(() => tableText(el).includes('Accepted'));
    expect(table(el).shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('/clients/c7');
  });

  it('invites a company’s contact with the scope proposed, with the server’s field errors on the fields', async () => {
    let attempt = 0;
    const { el, fake } = await mount({
      'GET /fleet/invitations': () => ({ items: [], nextCursor: null }),
      'POST /fleet/invitations': ({ body }) => {
        if (attempt++ === 0) throw new FakeProblem(409, 'Invitation pending', undefined, [{ field: '/contactEmail', message: 'An invitation to this address is already pending.' }]);
        return invitation({ companyName: (body as NewInvitation).companyName!, contactEmail: (body as NewInvitation).contactEmail });
      },
    });
    expect(root(el).querySelector('portico-empty-state')!.getAttribute('heading')).to.equal('No pending invitations');
    buttonIn(root(el).querySelector('portico-empty-state')!, 'Invite a client')!.click();
    await settle();
    const dialog = root(el).querySelector<HTMLElement & { open: boolean }>('#invite')!;
    const set = (name: string, value: string) => ((dialog.querySelector(`[name=${name}]`) as HTMLElement & { value: string }).value = value);
    const form = dialog.querySelector('form')!;
    // Nothing is sent without a company, an address and a scope.
    form.requestSubmit();
    await settle();
    expect(fake.calls.some((c) => c.method === 'POST')).to.equal(false);
    expect((dialog.querySelector('[name=companyName]') as HTMLElement & { error: string }).error).to.equal('Name the company.');
    set('companyName', 'Umbrella Corp');
    set('contactEmail', 'cfo@umbrella.example');
    set('contactName', 'Una Umbrella');
    set('validUntil', '2030-06-30');
    form.requestSubmit();
    await settle();
    expect(dialog.textContent).to.contain('Choose at least one thing');
    for (const key of ['view-financials', 'file-returns']) (dialog.querySelector(`portico-checkbox[value=${key}]`) as HTMLElement & { checked: boolean }).checked = true;
    form.requestSubmit();
    await waitUntil(() => fake.calls.some((c) => c.method === 'POST'));
    await settle();
    expect(fake.calls.find((c) => c.method === 'POST')!.options.body).to.deep.equal({
      companyName: 'Umbrella Corp', contactEmail: 'cfo@umbrella.example', contactName: 'Una Umbrella', domain: undefined, scope: ['view-financials', 'file-returns'], validUntil: '2030-06-30', message: undefined,
    });
    expect((dialog.querySelector('[name=contactEmail]') as HTMLElement & { error: string }).error).to.contain('already pending');
    await expectAccessible(dialog);
    form.requestSubmit();
    await waitUntil(() => !dialog.open);
    expect(listQueries(fake)).to.have.length(2); // the list is loaded again
  });

  it('lets the sender resend or revoke a pending invitation, and nobody else without the manage permission', async () => {
    const { el, fake } = await mount(
      {
        'GET /fleet/invitations': () => ({ items: [invitation(), invitation({ id: 'i2', companyName: 'Initech', sentBy: { personId: 'other', name: 'Otto' } })], nextCursor: null }),
        'POST /fleet/invitations/{id}/resend': () => invitation({ status: 'resent', resendCount: 1 }),
        'POST /fleet/invitations/{id}/revoke': () => invitation({ status: 'revoked' }),
      },
      salesperson,
    );
    const rows = [...table(el).shadowRoot!.querySelectorAll('tbody tr')];
    expect(buttonIn(rows[0], 'Send again') !== undefined, 'the sender resends').to.equal(true);
    expect(buttonIn(rows[1], 'Send again') === undefined, 'not another member’s').to.equal(true);
    buttonIn(rows[0], 'Send again')!.click();
    await waitUntil(() => fake.calls.some((c) => c.path === '/fleet/invitations/{id}/resend'));
    expect(fake.calls.find((c) => c.path === '/fleet/invitations/{id}/resend')!.options.params).to.deep.equal({ id: 'i1' });
    await settle();
    buttonIn([...table(el).shadowRoot!.querySelectorAll('tbody tr')][0], 'Revoke')!.click();
    await waitUntil(() => fake.calls.some((c) => c.path === '/fleet/invitations/{id}/revoke'));
  });

  it('gives staff the partner and who already serves the company, and readers no invitation button', async () => {
    const { el } = await mount({ 'GET /fleet/invitations': () => ({ items: [invitation({ alsoServedBy: [{ clientId: 'c9', partnerId: 'pa2', partnerName: 'Globex Partners', clientName: 'Globex' }] })], nextCursor: null }) }, staff);
    expect(tableText(el)).to.contain('Acme Advisors').and.contain('Also served by Globex Partners');
    expect(buttonIn(root(el), 'Invite a client') === undefined, 'staff do not invite for a partner').to.equal(true);
    const other = await mount({ 'GET /fleet/invitations': () => ({ items: [], nextCursor: null }) }, reader);
    expect(buttonIn(root(other.el), 'Invite a client') === undefined).to.equal(true);
  });

  it('speaks French', async () => {
    const { el } = await mount({ 'GET /fleet/invitations': () => ({ items: [invitation()], nextCursor: null }) });
    await setLocale('fr');
    await waitUntil(() => root(el).querySelector('h1')!.textContent === 'Invitations de clients');
  });
});
