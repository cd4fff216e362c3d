import { FakeProblem, expect, expectAccessible, fixture, html, settle, waitUntil } from '@portico/widgets/testing';
import { setLocale } from '@portico/widgets';
import '@portico/widgets';
import { detail, fleetFake, mandate, partnerAdmin, reader, registerFleetTranslations, staff, staffEditor, version, type FleetRoutes } from './test-support.js';
import './client-360.js';
import type { PorticoClient360 } from './client-360.js';
import type { ClientDetail } from './shared.js';

registerFleetTranslations();

const proposal = {
  id: 'pr1', mandateId: 'm1', clientId: 'c1', clientName: 'Contoso Ltd', partnerId: 'pa1', partnerName: 'Acme Advisors', baseVersion: 3,
  terms: { scope: ['view-financials', 'file-returns', 'manage-payroll'], validFrom: '2026-01-01', validUntil: '2030-12-31', status: 'active' as const },
  diff: { scope: { added: ['manage-payroll'], removed: [] } },
  reason: 'Payroll from April.', approver: 'client' as const, status: 'pending' as const, proposedBy: { personId: 'me', name: 'Pat Partner' },
  createdAt: '2026-03-01T10:00:00.000Z', expiresAt: '2026-03-15T10:00:00.000Z', decidedAt: null, decisionNote: null,
};

const routes = (overrides: FleetRoutes = {}): FleetRoutes => ({
  'GET /fleet/clients/{id}': () => detail(),
  'GET /fleet/clients/{id}/mandate/versions': () => ({
    items: [
      version({ version: 2, change: 'reduced', reason: 'The client files its own returns.', diff: { scope: { added: [], removed: ['manage-invoices'] } }, changedBy: { kind: 'member', name: 'Pat Partner' } }),
      version(),
    ],
    nextCursor: null,
  }),
  'GET /fleet/clients/{id}/activity': ({ query }) =>
    query?.cursor
      ? { items: [{ id: 'a3', at: '2026-01-01T09:00:00.000Z', action: 'fleet.invitation.sent', actor: { kind: 'member', name: 'Sally Sales' }, after: null }], nextCursor: null }
      : {
          items: [
            { id: 'a1', at: '2026-03-01T09:00:00.000Z', action: 'fleet.mandate.reduced', actor: { kind: 'member', name: 'Pat Partner' }, after: {} },
            { id: 'a2', at: '2026-01-01T09:00:00.000Z', action: 'fleet.invitation.accepted', actor: { kind: 'contact', name: null }, after: {} },
          ],
          nextCursor: 'more',
        },
  ...overrides,
});

async function mount(r: FleetRoutes, session: unknown = partnerAdmin) {
  const fake = fleetFake(r);
  const el = await fixture<PorticoClient360>(html`<portico-client-360 .client=${fake.client} .session=${session} client-id="c1"></portico-client-360>`);
  await waitUntil(() => el.detail.status !== 'loading' && el.detail.status !== 'idle');
  await el.updateComplete;
  return { el, fake };
}
const root = (el: HTMLElement) => el.shadowRoot!;
const text = (el: HTMLElement) => root(el).textContent!.replace(/\s+/g, ' ');
const part = (el: HTMLElement, name: string) => root(el).querySelector(`[part=${name}]`)!.textContent!.replace(/\s+/g, ' ');

describe('<portico-client-360>', () => {
  afterEach(() => setLocale('en'));

  it('shows the profile, facts, mandate, assignees, history, activity and the deep link', async () => {
    const { el, fake } = await mount(routes());
    expect(fake.calls.filter((c) => c.path.startsWith('/fleet/clients/')).every((c) => c.options.params!.id === 'c1')).to.equal(true);
    expect(root(el).querySelector('h1')!.textContent).to.equal('Contoso Ltd');
    expect(part(el, 'profile')).to.contain('contoso.example').and.contain('CRM-1').and.contain('cfo@contoso.example').and.contain('plan').and.contain('Business').and.contain('42');
    expect(part(el, 'mandate')).to.contain('Active').and.contain('Version 3').and.contain('View financial statements').and.contain('File tax returns').and.contain('until Dec 31, 2030');
    expect(part(el, 'members')).to.contain('Pat Partner');
    expect(part(el, 'history')).to.contain('Version 2: Reduced').and.contain('The client files its own returns.').and.contain('Takes out: Issue and pay invoices').and.contain('Version 1: Created');
    expect(part(el, 'activity')).to.contain('Mandate reduced').and.contain('Invitation accepted').and.contain('The client’s contact');
    const open = [...root(el).querySelectorAll<HTMLAnchorElement>('a')].find((a) => a.textContent!.includes('Open in Ledgerly'))!;
    expect(open.getAttribute('href')).to.equal('https://app.example.com/c/CRM-1');
    expect(open.getAttribute('rel')).to.contain('noopener');
    const change = [...root(el).querySelectorAll<HTMLAnchorElement>('a')].find((a) => a.textContent!.includes('Change the mandate'))!;
    expect(change.getAttribute('href')).to.equal('/clients/c1/mandate');
    await expectAccessible(el);
    // Earlier activity, page by page.
    [...root(el).querySelectorAll<HTMLElement>('[part=activity] portico-button')].find((b) => b.textContent!.includes('Show earlier activity'))!.click();
    await waitUntil(() => part(el, 'activity').includes('Invitation sent'));
    expect(fake.calls.at(-1)!.options.query).to.deep.include({ cursor: 'more' });
  });

  it('renders the sections slot for other plugins, with the client’s id', async () => {
    const { el } = await mount(routes());
    const slot = root(el).querySelector<HTMLElement & { name: string; properties: Record<string, unknown> }>('portico-slot')!;
    expect(slot.name).to.equal('fleet.client-360.sections');
    expect(slot.properties).to.deep.equal({ clientId: 'c1' });
  });

  it('shows a pending extension and withdraws it', async () => {
    let withdrawn = false;
    const { el, fake } = await mount(
      routes({
        'GET /fleet/clients/{id}': () => detail({ mandate: mandate({ pendingProposal: withdrawn ? null : proposal }) }),
        'POST /fleet/mandate-proposals/{id}/withdraw': () => {
          withdrawn = true;
          return { ...proposal, status: 'withdrawn' };
        },
      }),
    );
    expect(part(el, 'mandate')).to.contain('An extension waits for the client’s approval').and.contain('Adds: Run payroll');
    [...root(el).querySelectorAll<HTMLElement>('[part=mandate] portico-button')].find((b) => b.textContent!.includes('Withdraw the extension'))!.click();
    await waitUntil(() => !part(el, 'mandate').includes('An extension waits'));
    expect(fake.calls.find((c) => c.path === '/fleet/mandate-proposals/{id}/withdraw')!.options.params).to.deep.equal({ id: 'pr1' });
  });

  it('offers no change to those who may not propose, and shows a client without a mandate', async () => {
    const { el } = await mount(routes({ 'GET /fleet/clients/{id}': () => detail({ mandate: null, deepLink: null, assignees: [], pendingInvitation: { id: 'i1', status: 'sent', contactEmail: 'cfo@contoso.example', expiresAt: '2026-03-15T10:00:00.000Z' } }) }), reader);
    expect(part(el, 'mandate')).to.contain('No mandate yet').and.contain('Invitation to cfo@contoso.example');
    expect(part(el, 'members')).to.contain('Nobody is assigned');
    expect(text(el)).not.to.contain('Change the mandate');
    expect(text(el)).not.to.contain('Open in');
  });

  it('shows staff the partner and the company’s other partners', async () => {
    const { el } = await mount(routes({ 'GET /fleet/clients/{id}': () => detail({ alsoServedBy: [{ clientId: 'c9', partnerId: 'pa2', partnerName: 'Globex Partners', clientName: 'Contoso' }] }) }), staff);
    expect(part(el, 'profile')).to.contain('Acme Advisors');
    expect(part(el, 'members')).to.contain('Also served by').and.contain('Globex Partners');
  });

  it('lets staff who change clients set, correct and remove the client’s contact; partners cannot', async () => {
    let contact: ClientDetail['contact'] = null;
    const { el, fake } = await mount(
      routes({
        'GET /fleet/clients/{id}': () => detail({ contact }),
        'PATCH /fleet/clients/{id}': ({ body }) => {
          const wanted = (body as { contact: typeof contact }).contact;
          if (wanted && wanted.email.endsWith('.invalid')) throw new FakeProblem(400, 'Invalid', undefined, [{ in: 'body', field: '/contact/email', message: 'is not an address we can write to.' }]);
          contact = wanted;
          return detail({ contact });
        },
      }),
      staffEditor,
    );
    // As a person presses it: on the button inside, which submits the form for a submit button.
    const press = (label: string) => [...root(el).querySelectorAll<HTMLElement>('portico-button')].find((b) => b.textContent!.trim() === label)!.shadowRoot!.querySelector('button')!.click();
    const field = (name: string) => root(el).querySelector<HTMLElement & { value: string; error: string }>(`#contact [name="${name}"]`)!;
    expect(part(el, 'profile')).to.contain('Set the contact');
    press('Set the contact');
    await waitUntil(() => root(el).querySelector<HTMLElement & { open: boolean }>('#contact')!.open);
    await expectAccessible(el);
    // Nothing is sent without an address.
    press('Save the contact');
    await waitUntil(() => field('contact.email').error !== '');
    expect(fake.calls.some((c) => c.path === '/fleet/clients/{id}' && c.method === 'PATCH')).to.equal(false);
    // The server's refusal shows on the field.
    field('contact.email').value = 'cfo@contoso.invalid';
    press('Save the contact');
    await waitUntil(() => field('contact.email').error.includes('not an address we can write to'));
    field('contact.email').value = 'cfo@contoso.example';
    field('contact.name').value = 'Carla Finance';
    field('contact.locale').value = 'fr';
    press('Save the contact');
    await waitUntil(() => part(el, 'profile').includes('Carla Finance'));
    const patch = fake.calls.filter((c) => c.method === 'PATCH').at(-1)!;
    expect(patch.options.params).to.deep.equal({ id: 'c1' });
    expect(patch.options.body).to.deep.equal({ contact: { email: 'cfo@contoso.example', name: 'Carla Finance', locale: 'fr' } });
    // Then it can be changed or removed.
    press('Change the contact');
    await waitUntil(() => field('contact.email').value === 'cfo@contoso.example');
    expect(field('contact.locale').value).to.equal('fr');
    press('Remove the contact');
    await waitUntil(() => part(el, 'profile').includes('Set the contact'));
    expect(fake.calls.filter((c) => c.method === 'PATCH').at(-1)!.options.body).to.deep.equal({ contact: null });

    const partner = await mount(routes(), partnerAdmin);
    expect(part(partner.el, 'profile')).not.to.contain('contact').and.not.to.contain('Set the');
  });

  it('shows not found, and retries after an error', async () => {
    let status = 404;
    const { el } = await mount(routes({ 'GET /fleet/clients/{id}': () => {
      if (status) throw new FakeProblem(status, 'Not found');
      return detail();
    } }));
    const error = root(el).querySelector<HTMLElement & { error: { title: string }; updateComplete: Promise<unknown> }>('portico-error-state')!;
    expect(error.error.title).to.equal('This client does not exist, or you cannot see it.');
    await error.updateComplete;
    // Asking again would not help: no Retry for a client that is not there.
    expect(error.shadowRoot!.querySelector('[part=retry]')).to.equal(null);
    status = 503;
    await el.detail.retry();
    await settle();
    const failed = root(el).querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('portico-error-state')!;
    await failed.updateComplete;
    expect(failed.shadowRoot!.querySelector('[part=retry]')).to.not.equal(null);
    status = 0;
    await el.detail.retry();
    await settle();
    expect(root(el).querySelector('h1')!.textContent).to.equal('Contoso Ltd');
  });

  it('speaks Spanish', async () => {
    const { el } = await mount(routes());
    await setLocale('es');
    el.locale = 'es'; // as the provider hands it down
    await waitUntil(() => part(el, 'history').includes('Historial del mandato'));
    expect(part(el, 'mandate')).to.contain('Del 1 ene 2026 al 31 dic 2030');
    expect(part(el, 'mandate')).to.contain('Consultar los estados financieros');
  });
});
