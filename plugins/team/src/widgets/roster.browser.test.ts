import { FakeProblem, expect, expectAccessible, fakeClient, fixture, html, settle, testPartner, waitUntil } from '@portico/widgets/testing';
import { setLocale } from '@portico/widgets';
import '@portico/widgets';
import { registerTeamTranslations } from './test-support.js';
import './roster.js';
import type { PorticoTeamRoster } from './roster.js';
import type { Member } from './shared.js';
import { adminSession, escalationProblem, member, userSession } from './test-fixtures.js';

registerTeamTranslations();

const me: Member = { ...member('me', 'Ada Admin', 'partner_admin'), isYou: true, mfa: 'enabled', lastSeenAt: new Date(Date.now() - 3_600_000).toISOString() };
const peer = member('p2', 'Bob Builder', 'partner_user');
const otherAdmin = member('p3', 'Cleo Chief', 'partner_admin');

async function mount(routes: Parameters<typeof fakeClient>[0], session: unknown = adminSession) {
  const fake = fakeClient(routes);
  const el = await fixture<PorticoTeamRoster>(html`<portico-team-roster .client=${fake.client} .session=${session}></portico-team-roster>`);
  await waitUntil(() => el.members.status !== 'loading' && el.members.status !== 'idle');
  await el.updateComplete;
  return { el, fake };
}
const root = (el: HTMLElement) => el.shadowRoot!;
const table = (el: HTMLElement) => root(el).querySelector('portico-data-table')!;
const tableText = (el: HTMLElement) => table(el).shadowRoot!.textContent!.replace(/\s+/g, ' ');
const buttonsIn = (scope: ParentNode, label: string) => [...scope.querySelectorAll<HTMLElement>('portico-button')].filter((b) => b.textContent!.includes(label));
const buttonIn = (scope: ParentNode, label: string) => buttonsIn(scope, label)[0];
const rowOf = (el: HTMLElement, name: string) => [...table(el).shadowRoot!.querySelectorAll('tr')].find((tr) => tr.textContent!.includes(name))!;

describe('<portico-team-roster>', () => {
  afterEach(() => setLocale('en'));

  it('shows one’s own exact posture and only the coarse activity of peers, and pages on', async () => {
    const { el, fake } = await mount({
      'LIST /team/members': ({ cursor }) => (cursor ? { items: [otherAdmin], nextCursor: null } : { items: [me, peer], nextCursor: 'c2' }),
    });
    const mine = rowOf(el, 'Ada Admin').textContent!.replace(/\s+/g, ' ');
    expect(mine).to.contain('You').and.contain('Two-factor on').and.contain('hour ago');
    const theirs = rowOf(el, 'Bob Builder').textContent!.replace(/\s+/g, ' ');
    expect(theirs).to.contain('Not shared').and.contain('Active this week').and.not.contain('Two-factor');
    await expectAccessible(el);
    table(el).dispatchEvent(new CustomEvent('portico-load-more'));
    await settle();
    expect(fake.calls.at(-1)!.options.cursor).to.equal('c2');
    expect(tableText(el)).to.contain('Cleo Chief');
  });

  it('searches, and sorts by the column asked for', async () => {
    const { el, fake } = await mount({
      'LIST /team/members': ({ query }) => (query?.q === 'zed' ? { items: [], nextCursor: null } : { items: [me, peer], nextCursor: null }),
    });
    expect(fake.calls[0].options.query).to.include({ sort: 'name', direction: 'asc' });
    table(el).dispatchEvent(new CustomEvent('portico-sort', { detail: { key: 'activity', direction: 'descending' } }));
    await waitUntil(() => fake.calls.length === 2);
    expect(fake.calls[1].options.query).to.include({ sort: 'activity', direction: 'desc' });
    (root(el).querySelector('[name=q]') as HTMLElement & { value: string }).value = 'zed';
    root(el).querySelector<HTMLFormElement>('form[role=search]')!.requestSubmit();
    await waitUntil(() => root(el).querySelector('portico-empty-state'));
    expect(fake.calls.at(-1)!.options.query).to.include({ q: 'zed' });
    expect(root(el).querySelector('portico-empty-state')!.getAttribute('heading')).to.equal('Nobody matches');
  });

  it('offers no action on oneself, and changes another member’s role after confirming', async () => {
    const { el, fake } = await mount({
      'LIST /team/members': () => ({ items: [me, peer], nextCursor: null }),
      'PATCH /team/members/{id}': ({ body }) => ({ ...peer, ...(body as Partial<Member>) }),
    });
    expect(buttonIn(rowOf(el, 'Ada Admin'), 'Change role')).to.equal(undefined);
    expect(buttonIn(rowOf(el, 'Ada Admin'), 'Remove')).to.equal(undefined);
    buttonIn(rowOf(el, 'Bob Builder'), 'Change role').click();
    await settle();
    const dialog = root(el).querySelector<HTMLElement & { open: boolean }>('#role')!;
    expect(dialog.open).to.equal(true);
    expect(fake.calls.some((c) => c.method === 'PATCH')).to.equal(false);
    const options = (dialog.querySelector('[name=role]') as HTMLElement & { options: { value: string }[] }).options.map((o) => o.value);
    expect(options).to.deep.equal(['partner_admin', 'partner_user']);
    await expectAccessible(dialog);
    buttonsIn(dialog, 'Change role').at(-1)!.click();
    await waitUntil(() => fake.calls.some((c) => c.method === 'PATCH'));
    const patch = fake.calls.find((c) => c.method === 'PATCH')!;
    expect(patch.options).to.deep.include({ params: { id: 'p2' }, body: { role: 'partner_admin' } });
    await waitUntil(() => !dialog.open);
  });

  it('removes another member only after a confirmation naming the consequence', async () => {
    let removed = false;
    const { el, fake } = await mount({
      'LIST /team/members': () => ({ items: removed ? [me] : [me, peer], nextCursor: null }),
      'DELETE /team/members/{id}': () => {
        removed = true;
      },
    });
    const changed = new Promise<CustomEvent>((resolve) => el.addEventListener('portico-team-changed', (e) => resolve(e as CustomEvent), { once: true }));
    buttonIn(rowOf(el, 'Bob Builder'), 'Remove').click();
    await settle();
    const dialog = root(el).querySelector('#remove')!;
    expect(dialog.textContent).to.contain('Bob Builder leaves the team: their sessions end at once');
    expect(fake.calls.some((c) => c.method === 'DELETE')).to.equal(false);
    buttonIn(dialog, 'Remove').click();
    expect((await changed).detail).to.deep.equal({ memberId: 'p2', action: 'removed' });
    await waitUntil(() => !tableText(el).includes('Bob Builder'));
  });

  it('explains the last-administrator refusal with the support contact', async () => {
    const { el } = await mount({
      'LIST /team/members': () => ({ items: [me, otherAdmin], nextCursor: null }),
      'PATCH /team/members/{id}': () => {
        throw escalationProblem('last-partner-admin', 'The last administrator must stay', 'This member is the organisation’s last active administrator and cannot be demoted.');
      },
      'GET /team/escalations': () => ({ support: { email: 'partners@vendor.example', url: 'https://vendor.example/help' }, boundaries: [] }),
    });
    buttonIn(rowOf(el, 'Cleo Chief'), 'Change role').click();
    await settle();
    buttonsIn(root(el).querySelector('#role')!, 'Change role').at(-1)!.click();
    await waitUntil(() => root(el).querySelector('[part=escalation] a[href^="mailto:"]'));
    const notice = root(el).querySelector('[part=escalation]')!;
    expect(notice.getAttribute('role')).to.equal('alert');
    expect(notice.textContent).to.contain('The last administrator must stay').and.contain('cannot be demoted').and.contain('Never send passwords');
    expect(notice.querySelector('a[href^="mailto:"]')!.getAttribute('href')).to.equal('mailto:partners@vendor.example');
    expect(notice.querySelector('a[href="https://vendor.example/help"]')).to.exist;
    await expectAccessible(notice);
  });

  it('turns read-only when the server says the organisation is suspended', async () => {
    const { el } = await mount({
      'LIST /team/members': () => ({ items: [me, peer], nextCursor: null }),
      'DELETE /team/members/{id}': () => {
        throw escalationProblem('organisation-inactive', 'Your organisation is suspended', 'While your organisation is suspended, its team can be viewed but not changed.');
      },
      'GET /team/escalations': () => ({ support: { email: 'partners@vendor.example', url: null }, boundaries: [] }),
    });
    buttonIn(rowOf(el, 'Bob Builder'), 'Remove').click();
    await settle();
    buttonIn(root(el).querySelector('#remove')!, 'Remove').click();
    await waitUntil(() => root(el).querySelector('.banner'));
    expect(root(el).querySelector('.banner')!.textContent).to.contain('you can view its team but not change it');
    expect(root(el).querySelector('[part=escalation]')!.textContent).to.contain('Your organisation is suspended');
    expect(buttonIn(rowOf(el, 'Bob Builder'), 'Remove')).to.equal(undefined);
  });

  it('is read-only for a partner user, and for an organisation already archived', async () => {
    const { el } = await mount({ 'LIST /team/members': () => ({ items: [{ ...me, role: 'partner_user' }, peer], nextCursor: null }) }, userSession);
    expect(buttonIn(table(el).shadowRoot!, 'Change role')).to.equal(undefined);
    expect(buttonIn(table(el).shadowRoot!, 'Remove')).to.equal(undefined);
    expect(root(el).querySelector('a[href="/team/invitations"]')).to.equal(null);
    expect(root(el).textContent).to.contain('its administrators manage it');
    const archived = { ...adminSession, partner: { ...adminSession.partner, status: 'archived' } };
    const { el: el2 } = await mount({ 'LIST /team/members': () => ({ items: [me, peer], nextCursor: null }) }, archived);
    expect(root(el2).querySelector('.banner')).to.exist;
    expect(buttonIn(table(el2).shadowRoot!, 'Remove')).to.equal(undefined);
  });

  it('shows an error with retry, then the members', async () => {
    let fail = true;
    const { el } = await mount({
      'LIST /team/members': () => {
        if (fail) throw new FakeProblem(403, 'Forbidden', 'Only members of a partner organisation can see a partner team.');
        return { items: [me], nextCursor: null };
      },
    });
    expect(root(el).querySelector('portico-error-state')).to.exist;
    fail = false;
    await el.members.retry();
    await el.updateComplete;
    expect(tableText(el)).to.contain('Ada Admin');
  });

  it('lets staff pick the organisation and see exact values', async () => {
    const staff = { ...adminSession, person: { ...adminSession.person, kind: 'staff' }, partner: null, roles: ['partner_manager'], permissions: ['team.read', 'team.manage', 'team.clients.manage', 'access.partners.read'] };
    const { el, fake } = await mount({
      'LIST /team/members': () => ({ items: [{ ...peer, mfa: 'not-enabled', lastSeenAt: null, activity: 'unknown' }], nextCursor: null }),
      'LIST /access/partners': () => ({ items: [testPartner({ id: 'pa1', name: 'Acme Resellers' })], nextCursor: null }),
    }, staff);
    await waitUntil(() => (root(el).querySelector('[name=partnerId]') as HTMLElement & { options: unknown[] }).options.length === 2);
    expect(tableText(el)).to.contain('Two-factor off').and.contain('Never signed in');
    root(el).querySelector('[name=partnerId]')!.dispatchEvent(new CustomEvent('portico-change', { detail: { value: 'pa1' } }));
    await waitUntil(() => fake.calls.filter((c) => c.path === '/team/members').at(-1)!.options.query?.partnerId === 'pa1');
  });

  it('speaks French', async () => {
    const { el } = await mount({ 'LIST /team/members': () => ({ items: [me, peer], nextCursor: null }) });
    await setLocale('fr');
    await waitUntil(() => root(el).querySelector('h1')!.textContent === 'Équipe');
    await waitUntil(() => tableText(el).includes('Actif cette semaine'));
  });
});
