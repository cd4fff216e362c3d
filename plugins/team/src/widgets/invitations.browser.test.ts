import { FakeProblem, expect, expectAccessible, fakeClient, fixture, html, settle, testPartner, waitUntil } from '@portico/widgets/testing';
import { setLocale } from '@portico/widgets';
import '@portico/widgets';
import { registerTeamTranslations } from './test-support.js';
import './invitations.js';
import type { PorticoTeamInvitations } from './invitations.js';
import { adminSession, escalationProblem, staffSession } from './test-fixtures.js';

registerTeamTranslations();

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
const invitation = (id: string, email: string, linkExpiresAt: string | null) => ({
  id, name: `Name ${id}`, email, role: 'partner_user', partnerId: 'pa1', invitedAt: new Date().toISOString(), linkExpiresAt,
});

async function mount(routes: Parameters<typeof fakeClient>[0], session: unknown = adminSession) {
  const fake = fakeClient(routes);
  const el = await fixture<PorticoTeamInvitations>(html`<portico-team-invitations .client=${fake.client} .session=${session}></portico-team-invitations>`);
  await waitUntil(() => el.invitations.status !== 'loading');
  await el.updateComplete;
  return { el, fake };
}
const root = (el: HTMLElement) => el.shadowRoot!;
const table = (el: HTMLElement) => root(el).querySelector('portico-data-table')!;
const tableText = (el: HTMLElement) => table(el).shadowRoot!.textContent!.replace(/\s+/g, ' ');
const buttonIn = (scope: ParentNode, label: string) => [...scope.querySelectorAll<HTMLElement>('portico-button')].find((b) => b.textContent!.includes(label))!;

describe('<portico-team-invitations>', () => {
  afterEach(() => setLocale('en'));

  it('lists pending invitations with their expiry, and pages on', async () => {
    const { el, fake } = await mount({
      'LIST /team/invitations': ({ cursor }) =>
        cursor ? { items: [invitation('i3', 'cleo@example.com', inDays(3))], nextCursor: null } : { items: [invitation('i1', 'nina@example.com', inDays(2)), invitation('i2', 'old@example.com', null)], nextCursor: 'c2' },
    });
    expect(tableText(el)).to.contain('nina@example.com').and.contain('in 2 days').and.contain('No live link').and.contain('Partner user');
    await expectAccessible(el);
    table(el).dispatchEvent(new CustomEvent('portico-load-more'));
    await settle();
    expect(fake.calls.at(-1)!.options.cursor).to.equal('c2');
    expect(tableText(el)).to.contain('cleo@example.com');
  });

  it('invites a partner user, showing the server’s field errors on the fields', async () => {
    let attempt = 0;
    const { el, fake } = await mount({
      'LIST /team/invitations': () => ({ items: [invitation('i1', 'nina@example.com', inDays(2))], nextCursor: null }),
      'POST /team/invitations': () => {
        if (attempt++ === 0) throw new FakeProblem(400, 'Invalid request', undefined, [{ in: 'body', field: '/email', message: 'must be an email address' }]);
        return invitation('i9', 'sam@example.com', inDays(7));
      },
    });
    buttonIn(root(el), 'Invite a colleague').click();
    await settle();
    const dialog = root(el).querySelector<HTMLElement & { open: boolean }>('#invite')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.querySelector('[name=role]')).to.equal(null);
    const set = (name: string, value: string) => ((dialog.querySelector(`[name=${name}]`) as HTMLElement & { value: string }).value = value);
    set('email', 'sam@');
    set('name', 'Sam Lee');
    set('locale', 'fr');
    dialog.querySelector('form')!.requestSubmit();
    await settle();
    expect(fake.calls.at(-1)!.options.body).to.deep.equal({ email: 'sam@', name: 'Sam Lee', locale: 'fr', role: 'partner_user' });
    expect((dialog.querySelector('[name=email]') as HTMLElement & { error: string }).error).to.equal('must be an email address');
    expect(dialog.open).to.equal(true);
    await expectAccessible(dialog);
    set('email', 'sam@example.com');
    dialog.querySelector('form')!.requestSubmit();
    await waitUntil(() => !dialog.open);
    expect(fake.calls.filter((c) => c.path === '/team/invitations' && c.method === 'LIST')).to.have.length(2);
  });

  it('revokes only after confirming', async () => {
    const { el, fake } = await mount({
      'LIST /team/invitations': () => ({ items: [invitation('i1', 'nina@example.com', inDays(2))], nextCursor: null }),
      'DELETE /team/invitations/{id}': () => undefined,
    });
    buttonIn(table(el).shadowRoot!, 'Revoke').click();
    await settle();
    const dialog = root(el).querySelector('#revoke')!;
    expect(dialog.textContent).to.contain('nina@example.com stops working at once');
    expect(fake.calls.some((c) => c.method === 'DELETE')).to.equal(false);
    buttonIn(dialog, 'Revoke').click();
    await waitUntil(() => fake.calls.some((c) => c.method === 'DELETE'));
    expect(fake.calls.find((c) => c.method === 'DELETE')!.options.params).to.deep.equal({ id: 'i1' });
  });

  it('shows the suspended-organisation refusal with the support contact', async () => {
    const { el } = await mount({
      'LIST /team/invitations': () => ({ items: [], nextCursor: null }),
      'POST /team/invitations': () => {
        throw escalationProblem('organisation-inactive', 'Your organisation is suspended', 'While your organisation is suspended, its team can be viewed but not changed.');
      },
      'GET /team/escalations': () => ({ support: { email: 'partners@vendor.example', url: null }, boundaries: [] }),
    });
    const empty = root(el).querySelector('portico-empty-state')!;
    expect(empty.getAttribute('heading')).to.equal('No pending invitations');
    buttonIn(empty, 'Invite a colleague').click();
    await settle();
    const dialog = root(el).querySelector<HTMLElement & { open: boolean }>('#invite')!;
    (dialog.querySelector('[name=email]') as HTMLElement & { value: string }).value = 'sam@example.com';
    (dialog.querySelector('[name=name]') as HTMLElement & { value: string }).value = 'Sam';
    dialog.querySelector('form')!.requestSubmit();
    await waitUntil(() => root(el).querySelector('[part=escalation] a[href="mailto:partners@vendor.example"]'));
    expect(root(el).querySelector('[part=escalation]')!.textContent).to.contain('Your organisation is suspended');
    expect(dialog.open).to.equal(false);
  });

  it('offers no invitation while the organisation is suspended, and retries after an error', async () => {
    let fail = true;
    const suspended = { ...adminSession, partner: { ...adminSession.partner, status: 'suspended' } };
    const { el } = await mount({
      'LIST /team/invitations': () => {
        if (fail) throw new FakeProblem(503, 'Service unavailable');
        return { items: [invitation('i1', 'nina@example.com', inDays(2))], nextCursor: null };
      },
    }, suspended);
    expect(root(el).querySelector('portico-error-state')).to.exist;
    fail = false;
    await el.invitations.retry();
    await el.updateComplete;
    expect(root(el).querySelector('.banner')).to.exist;
    expect(buttonIn(root(el), 'Invite a colleague')).to.equal(undefined);
    expect(buttonIn(table(el).shadowRoot!, 'Revoke')).to.equal(undefined);
  });

  it('lets staff choose the organisation and the role', async () => {
    const { el, fake } = await mount({
      'LIST /access/partners': () => ({ items: [testPartner({ id: 'pa1', name: 'Acme Resellers' })], nextCursor: null }),
      'LIST /team/invitations': () => ({ items: [invitation('i1', 'nina@example.com', inDays(2))], nextCursor: null }),
    }, staffSession);
    expect(root(el).textContent).to.contain('Choose an organisation to see its pending invitations.');
    expect(fake.calls.some((c) => c.path === '/team/invitations')).to.equal(false);
    root(el).querySelector('[name=partnerId]')!.dispatchEvent(new CustomEvent('portico-change', { detail: { value: 'pa1' } }));
    await waitUntil(() => root(el).querySelector('portico-data-table'));
    expect(fake.calls.find((c) => c.path === '/team/invitations')!.options.query).to.deep.equal({ partnerId: 'pa1' });
    buttonIn(root(el), 'Invite a colleague').click();
    await settle();
    expect(root(el).querySelector('#invite [name=role]')).to.exist;
  });

  it('speaks Spanish', async () => {
    const { el } = await mount({ 'LIST /team/invitations': () => ({ items: [invitation('i1', 'nina@example.com', inDays(2))], nextCursor: null }) });
    await setLocale('es');
    await waitUntil(() => root(el).querySelector('h1')!.textContent === 'Invitaciones pendientes');
  });
});
