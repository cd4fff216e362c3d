import { FakeProblem, expect, expectAccessible, fixture, html, waitUntil } from '@portico/widgets/testing';
import { setLocale } from '@portico/widgets';
import '@portico/widgets';
import { fleetFake, partnerAdmin, registerFleetTranslations, staff, type FleetRoutes } from './test-support.js';
import './mandate-proposals.js';
import type { PorticoMandateProposals } from './mandate-proposals.js';
import type { Proposal } from './shared.js';

registerFleetTranslations();

const proposal = (overrides: Partial<Proposal> = {}): Proposal => ({
  id: 'pr1', mandateId: 'm1', clientId: 'c1', clientName: 'Contoso Ltd', partnerId: 'pa1', partnerName: 'Acme Advisors', baseVersion: 3,
  terms: { scope: ['view-financials', 'manage-payroll'], validFrom: '2026-01-01', validUntil: null, status: 'active' },
  diff: { scope: { added: ['manage-payroll'], removed: [] } },
  reason: 'Payroll from April.', approver: 'staff', status: 'pending', proposedBy: { personId: 'me', name: 'Pat Partner' },
  createdAt: '2026-03-01T10:00:00.000Z', expiresAt: '2026-03-15T10:00:00.000Z', decidedAt: null, decisionNote: null,
  ...overrides,
});

async function mount(routes: FleetRoutes, session: unknown = staff) {
  const fake = fleetFake(routes);
  const el = await fixture<PorticoMandateProposals>(html`<portico-mandate-proposals .client=${fake.client} .session=${session}></portico-mandate-proposals>`);
  await waitUntil(() => el.proposals.status !== 'loading' && el.proposals.status !== 'idle');
  await el.updateComplete;
  return { el, fake };
}
const root = (el: HTMLElement) => el.shadowRoot!;
const text = (el: HTMLElement) => root(el).textContent!.replace(/\s+/g, ' ');
const button = (el: HTMLElement, label: string) => [...root(el).querySelectorAll<HTMLElement>('portico-button')].find((b) => b.textContent!.includes(label));

describe('<portico-mandate-proposals>', () => {
  afterEach(() => setLocale('en'));

  it('lets staff approve an extension the programme approves, with a note, and leaves the client’s to the client', async () => {
    const { el, fake } = await mount({
      'GET /fleet/mandate-proposals': () => ({ items: [proposal(), proposal({ id: 'pr2', clientName: 'Globex', approver: 'client' })], nextCursor: null }),
      'POST /fleet/mandate-proposals/{id}/approve': () => proposal({ status: 'approved' }),
    });
    expect(fake.calls[0].options.query).to.deep.equal({ status: 'pending' });
    expect(text(el)).to.contain('Contoso Ltd').and.contain('Acme Advisors').and.contain('Adds: Run payroll').and.contain('Payroll from April.').and.contain('Proposed by Pat Partner')
      .and.contain('The client’s contact approves this one');
    await expectAccessible(el);
    (root(el).querySelector('[name="note-pr1"]') as HTMLElement & { value: string }).value = 'Confirmed by phone.';
    button(el, 'Approve')!.click();
    await waitUntil(() => !text(el).includes('Contoso Ltd'));
    const call = fake.calls.find((c) => c.path === '/fleet/mandate-proposals/{id}/approve')!;
    expect(call.options).to.deep.include({ params: { id: 'pr1' }, body: { note: 'Confirmed by phone.' } });
  });

  it('declines, and tells why a decision is refused', async () => {
    const { el, fake } = await mount({
      'GET /fleet/mandate-proposals': () => ({ items: [proposal()], nextCursor: null }),
      'POST /fleet/mandate-proposals/{id}/decline': () => {
        throw new FakeProblem(403, 'Forbidden', 'You proposed this extension: another person approves it.');
      },
    });
    button(el, 'Decline')!.click();
    await waitUntil(() => fake.calls.some((c) => c.path === '/fleet/mandate-proposals/{id}/decline'));
    expect(text(el)).to.contain('Contoso Ltd');
  });

  it('shows partners their pending extensions without decisions, and an empty queue', async () => {
    const { el } = await mount({ 'GET /fleet/mandate-proposals': () => ({ items: [proposal()], nextCursor: null }) }, partnerAdmin);
    expect(text(el)).to.contain('The programme’s team approves this one.');
    expect(button(el, 'Approve') === undefined).to.equal(true);
    const empty = await mount({ 'GET /fleet/mandate-proposals': () => ({ items: [], nextCursor: null }) });
    expect(root(empty.el).querySelector('portico-empty-state')!.getAttribute('heading')).to.equal('No extension waits for approval');
  });

  it('speaks French', async () => {
    const { el } = await mount({ 'GET /fleet/mandate-proposals': () => ({ items: [proposal()], nextCursor: null }) });
    await setLocale('fr');
    await waitUntil(() => root(el).querySelector('h1')!.textContent === 'Extensions de mandat');
  });
});
