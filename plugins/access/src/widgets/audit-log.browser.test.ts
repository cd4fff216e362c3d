import { FakeProblem, expect, expectAccessible, fakeClient, fixture, html, settle, waitUntil, testPerson } from '@portico/widgets/testing';
import { setLocale } from '@portico/widgets';
import '@portico/widgets';
import { registerAccessTranslations } from './test-support.js';
import './audit-log.js';
import type { PorticoAuditLog } from './audit-log.js';

registerAccessTranslations();

const event = (id: string, action: string, targetName: string | null = null) => ({
  id, createdAt: '2026-11-20T10:00:00.000Z', action, targetType: 'person', targetId: 'p1-0000-0000', targetName, partnerId: null,
  actor: { id: 'u1', name: 'Ada Lovelace', email: 'ada@example.com' }, actorKind: 'staff', before: null, after: null, ip: null, requestId: null,
});
const session = { person: { id: 'u1', kind: 'staff' }, permissions: ['access.audit.read', 'access.people.read'] };

async function mount(routes: Parameters<typeof fakeClient>[0]) {
  const fake = fakeClient({ 'LIST /access/people': () => ({ items: [testPerson({ id: 'u1', name: 'Ada Lovelace' })], nextCursor: null }), ...routes });
  const el = await fixture<PorticoAuditLog>(html`<portico-audit-log .client=${fake.client} .session=${session}></portico-audit-log>`);
  await waitUntil(() => el.events.status !== 'loading' && el.people.length > 0);
  return { el, fake };
}
const root = (el: HTMLElement) => el.shadowRoot!;
const tableText = (el: HTMLElement) => root(el).querySelector('portico-data-table')!.shadowRoot!.textContent!;
const set = (el: HTMLElement, name: string, value: string) => ((root(el).querySelector(`[name=${name}]`) as HTMLElement & { value: string }).value = value);

describe('<portico-audit-log>', () => {
  afterEach(() => setLocale('en'));

  it('lists events, pages with the cursor, and is accessible', async () => {
    const { el, fake } = await mount({
      'LIST /access/audit': ({ cursor }) => (cursor ? { items: [event('e3', 'deals.created')], nextCursor: null } : { items: [event('e1', 'access.person.invited')], nextCursor: 'n1' }),
    });
    expect(tableText(el)).to.contain('access.person.invited').and.contain('Ada Lovelace');
    await expectAccessible(el);
    root(el).querySelector('portico-data-table')!.dispatchEvent(new CustomEvent('portico-load-more'));
    await settle();
    expect(fake.calls.at(-1)!.options.cursor).to.equal('n1');
    expect(tableText(el)).to.contain('deals.created');
  });

  it('names a person, partner or client target, and shows other targets by kind and id (issue 23, item 9)', async () => {
    const { el } = await mount({
      'LIST /access/audit': () => ({ items: [event('e1', 'access.person.invited', 'Grace Hopper'), { ...event('e2', 'deals.deal.submitted'), targetType: 'deal', targetId: 'd9f8e7c6-0000' }], nextCursor: null }),
    });
    expect(tableText(el)).to.contain('Grace Hopper').and.contain('deal d9f8e7c6').and.not.contain('person p1-0000');
  });

  it('filters by actor, action and dates', async () => {
    const { el, fake } = await mount({
      'LIST /access/audit': ({ query }) => (query?.action ? { items: [], nextCursor: null } : { items: [event('e1', 'x')], nextCursor: null }),
    });
    set(el, 'actorId', 'u1');
    set(el, 'action', 'deals.*');
    set(el, 'from', '2026-11-01');
    set(el, 'to', '2026-11-30');
    root(el).querySelector('form')!.requestSubmit();
    await waitUntil(() => root(el).querySelector('portico-empty-state'));
    const query = fake.calls.filter((c) => c.path === '/access/audit').at(-1)!.options.query!;
    expect(query.actorId).to.equal('u1');
    expect(query.action).to.equal('deals.*');
    expect(new Date(query.from as string).getDate()).to.equal(1);
    expect(new Date(query.to as string).getHours()).to.equal(23);
    expect(root(el).querySelector('portico-empty-state')!.getAttribute('heading')).to.equal('No events match these filters');
  });

  it('downloads the selection as CSV through the export route', async () => {
    const { el, fake } = await mount({ 'LIST /access/audit': () => ({ items: [event('e1', 'x')], nextCursor: null }) });
    const asked: unknown[] = [];
    (fake.client as unknown as { raw: unknown }).raw = async (method: string, path: string, options: unknown) => {
      asked.push([method, path, options]);
      return new Response('id,action\n1,x\n', { headers: { 'content-type': 'text/csv', 'content-disposition': 'attachment; filename="audit-2026-11-23.csv"' } });
    };
    let downloaded = '';
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      downloaded = this.download;
    };
    try {
      set(el, 'action', 'access.*');
      root(el).querySelector('form')!.requestSubmit();
      await settle();
      [...root(el).querySelectorAll<HTMLElement>('portico-button')].find((b) => b.textContent!.includes('CSV'))!.click();
      await waitUntil(() => downloaded);
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(downloaded).to.equal('audit-2026-11-23.csv');
    expect(asked[0]).to.deep.equal(['GET', '/access/audit/export', { query: { action: 'access.*' } }]);
  });

  it('shows an error with retry', async () => {
    const { el } = await mount({ 'LIST /access/audit': () => Promise.reject(new FakeProblem(500, 'Server error')) });
    expect(root(el).querySelector('portico-error-state')).to.exist;
  });

  it('speaks French', async () => {
    const { el } = await mount({ 'LIST /access/audit': () => ({ items: [], nextCursor: null }) });
    await setLocale('fr');
    await waitUntil(() => root(el).querySelector('h1')!.textContent === 'Journal d’audit');
  });
});
