import { FakeProblem, expect, expectAccessible, fakeClient, fixture, html, settle, waitUntil, testPerson } from '@portico/widgets/testing';
import { setLocale } from '@portico/widgets';
import '@portico/widgets';
import { registerAccessTranslations } from './test-support.js';
import './audit-log.js';
import type { PorticoAuditLog } from './audit-log.js';

registerAccessTranslations();

const event = (id: string, action: string, targetName: string | null = null, actionLabel = action) => ({
  id, createdAt: '2026-11-20T10:00:00.000Z', action, actionLabel, targetType: 'person', targetId: 'p1-0000-0000', targetName, partnerId: null,
  actor: { id: 'u1', name: 'Ada Lovelace', email: 'ada@example.com' }, actorKind: 'staff', before: null, after: null, ip: null, requestId: null,
});
const session = { person: { id: 'u1', kind: 'staff' }, permissions: ['access.audit.read', 'access.people.read'] };

/** The declared actions as the server answers them, in the language asked for. */
const LABELS: Record<string, Record<string, string>> = {
  'access.person.invited': { en: 'Person invited', fr: 'Personne invitée' },
  'deals.deal.submitted': { en: 'Deal submitted', fr: 'Opportunité soumise' },
  'fleet.client.registered': { en: 'Client registered', fr: 'Client enregistré' },
  'team.client.registered': { en: 'Client registered', fr: 'Client enregistré' },
};
const actions = ({ query }: { query?: Record<string, unknown> }) => ({
  items: Object.entries(LABELS).map(([action, label]) => ({ action, label: label[(query?.locale as string) ?? 'en'], pluginId: action.split('.')[0] })),
});

async function mount(routes: Parameters<typeof fakeClient>[0], locale: 'en' | 'fr' = 'en') {
  const fake = fakeClient({ 'LIST /access/people': () => ({ items: [testPerson({ id: 'u1', name: 'Ada Lovelace' })], nextCursor: null }), 'GET /access/audit/actions': actions, ...routes });
  const el = await fixture<PorticoAuditLog>(html`<portico-audit-log .client=${fake.client} .session=${session} .locale=${locale}></portico-audit-log>`);
  await waitUntil(() => el.events.status !== 'loading' && el.people.length > 0 && el.actions.status === 'ready');
  return { el, fake };
}
const root = (el: HTMLElement) => el.shadowRoot!;
const tableText = (el: HTMLElement) => root(el).querySelector('portico-data-table')!.shadowRoot!.textContent!;
const set = (el: HTMLElement, name: string, value: string) => ((root(el).querySelector(`[name=${name}]`) as HTMLElement & { value: string }).value = value);

describe('<portico-audit-log>', () => {
  afterEach(() => setLocale('en'));

  it('lists events, pages with the cursor, and is accessible', async () => {
    const { el, fake } = await mount({
      'LIST /access/audit': ({ cursor }) => (cursor ? { items: [event('e3', 'deals.created')], nextCursor: null } : { items: [event('e1', 'access.person.invited', null, 'Person invited')], nextCursor: 'n1' }),
    });
    expect(tableText(el)).to.contain('Person invited').and.contain('Ada Lovelace').and.not.contain('access.person.invited');
    await expectAccessible(el);
    root(el).querySelector('portico-data-table')!.dispatchEvent(new CustomEvent('portico-load-more'));
    await settle();
    expect(fake.calls.at(-1)!.options.cursor).to.equal('n1');
    expect(fake.calls.at(-1)!.options.query).to.deep.equal({ locale: 'en' });
    // An action no registered plugin declares any more shows as recorded.
    expect(tableText(el)).to.contain('deals.created');
  });

  it('names targets as their plugins do, and shows one nothing names by kind and id (issue 23, item 9)', async () => {
    const { el } = await mount({
      'LIST /access/audit': () => ({ items: [event('e1', 'access.person.invited', 'Grace Hopper'), { ...event('e2', 'deals.deal.submitted'), targetType: 'deal', targetId: 'd9f8e7c6-0000' }], nextCursor: null }),
    });
    expect(tableText(el)).to.contain('Grace Hopper').and.contain('deal d9f8e7c6').and.not.contain('person p1-0000');
  });

  it('filters by actor, action (one, or all of a plugin’s, by label) and dates', async () => {
    const { el, fake } = await mount({
      'LIST /access/audit': ({ query }) => (query?.action ? { items: [], nextCursor: null } : { items: [event('e1', 'x')], nextCursor: null }),
    });
    const options = (root(el).querySelector('[name=action]') as HTMLElement & { options: { value: string; label: string }[] }).options;
    expect(options[0]).to.deep.equal({ value: '', label: 'Any action' });
    expect(options).to.deep.include({ value: 'deals.*', label: 'Every action of deals' });
    expect(options).to.deep.include({ value: 'deals.deal.submitted', label: 'Deal submitted' });
    // Two actions that read alike say whose they are.
    expect(options).to.deep.include({ value: 'fleet.client.registered', label: 'Client registered (fleet)' });
    expect(options).to.deep.include({ value: 'team.client.registered', label: 'Client registered (team)' });
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
    expect(asked[0]).to.deep.equal(['GET', '/access/audit/export', { query: { action: 'access.*', locale: 'en' } }]);
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

  it('reads the log in French: labels asked for in French, the key in a title, targets by name, the filter by label (issue 23, items 7 and 9)', async () => {
    await setLocale('fr');
    const { el, fake } = await mount(
      {
        'LIST /access/audit': ({ query }) => ({
          items: [
            { ...event('e1', 'deals.deal.submitted', 'Initech GmbH — 200 seats', query?.locale === 'fr' ? 'Opportunité soumise' : 'Deal submitted'), targetType: 'deal', targetId: 'd9f8e7c6-0000' },
          ],
          nextCursor: null,
        }),
      },
      'fr',
    );
    expect(fake.calls.find((c) => c.path === '/access/audit')!.options.query).to.deep.equal({ locale: 'fr' });
    expect(fake.calls.find((c) => c.path === '/access/audit/actions')!.options.query).to.deep.equal({ locale: 'fr' });
    const table = root(el).querySelector('portico-data-table')!.shadowRoot!;
    expect(table.textContent).to.contain('Opportunité soumise').and.contain('Initech GmbH — 200 seats').and.not.contain('deals.deal.submitted');
    expect(table.querySelector('[title="deals.deal.submitted"]')!.textContent).to.equal('Opportunité soumise');
    expect(table.querySelector('[title="deal d9f8e7c6-0000"]')!.textContent).to.equal('Initech GmbH — 200 seats');
    const options = (root(el).querySelector('[name=action]') as HTMLElement & { options: { value: string; label: string }[] }).options;
    expect(options[0]).to.deep.equal({ value: '', label: 'Toute action' });
    expect(options).to.deep.include({ value: 'deals.deal.submitted', label: 'Opportunité soumise' });
    expect(options).to.deep.include({ value: 'deals.*', label: 'Toutes les actions de deals' });
    await expectAccessible(el);
  });
});
