import { FakeProblem, expect, expectAccessible, fixture, html, settle, waitUntil } from '@portico/widgets/testing';
import { setLocale } from '@portico/widgets';
import '@portico/widgets';
import {
  StreamServer, inbox, list, member, minutesAgo, notification, notificationsFake, quickTiming, registerNotificationsTranslations, restoreTiming, type NotificationsRoutes,
} from './test-support.js';
import './notification-centre.js';
import './notification-bell.js';
import type { PorticoNotifications } from './notification-centre.js';
import type { PorticoNotificationBell } from './notification-bell.js';
import type { Notification, NotificationChange } from './shared.js';

registerNotificationsTranslations();

/** A fake server holding `rows`: the list filtered as the server filters it, changes applied to them. */
function server(rows: Notification[], overrides: NotificationsRoutes = {}): NotificationsRoutes {
  return {
    'GET /notifications': ({ query }) => {
      const status = (query?.status as string) ?? 'inbox';
      const plugin = query?.plugin as string | undefined;
      const shown = rows.filter((n) => (!plugin || n.pluginId === plugin) && (status === 'archived' ? n.archivedAt : status === 'unread' ? !n.readAt && !n.archivedAt : !n.archivedAt));
      return list(shown, { unread: rows.filter((n) => !n.readAt && !n.archivedAt).length, plugins: [...new Set(rows.map((n) => n.pluginId))].sort() });
    },
    'PATCH /notifications/{id}': ({ params, body }) => {
      const change = body as NotificationChange;
      const at = new Date().toISOString();
      const i = rows.findIndex((n) => n.id === params!.id);
      const n = rows[i];
      rows[i] = {
        ...n,
        readAt: change.read === undefined ? n.readAt : change.read ? at : null,
        archivedAt: change.archived === undefined ? n.archivedAt : change.archived ? at : null,
      };
      return rows[i];
    },
    'POST /notifications/read-all': ({ body }) => {
      const plugin = (body as { plugin?: string }).plugin;
      let updated = 0;
      rows.forEach((n, i) => {
        if (!n.readAt && (!plugin || n.pluginId === plugin)) {
          rows[i] = { ...n, readAt: new Date().toISOString() };
          updated += 1;
        }
      });
      return { updated, unread: rows.filter((n) => !n.readAt && !n.archivedAt).length };
    },
    ...overrides,
  };
}

async function mount(routes: NotificationsRoutes, stream = new StreamServer()) {
  const fake = notificationsFake(routes, stream);
  const el = await fixture<PorticoNotifications>(html`<portico-notifications .client=${fake.client} .session=${member}></portico-notifications>`);
  await waitUntil(() => el.page.status !== 'loading' && el.page.status !== 'idle');
  await el.updateComplete;
  return { el, fake, stream };
}
const root = (el: HTMLElement) => el.shadowRoot!;
const text = (el: HTMLElement) => root(el).textContent!.replace(/\s+/g, ' ');
const rowsOf = (el: HTMLElement) => [...root(el).querySelectorAll<HTMLLIElement>('[part=item]')];
const titles = (el: HTMLElement) => rowsOf(el).map((li) => li.querySelector('.title')!.textContent!.replace(/^\s*Unread:\s*/, '').trim());
const click = (button: Element) => button.shadowRoot!.querySelector('button')!.click();
const action = (li: HTMLElement, name: string) => li.querySelector(`portico-button[data-action=${name}]`)!;
const pageAction = (el: HTMLElement, name: string) => root(el).querySelector<HTMLElement & { disabled: boolean }>(`portico-button[data-action=${name}]`)!;
const show = async (el: PorticoNotifications, status: string) => {
  root(el).querySelector<HTMLButtonElement>(`[part=filters] button[data-status=${status}]`)!.click();
  await waitUntil(() => el.page.status !== 'loading');
  await el.updateComplete;
  await settle();
};
const choosePlugin = async (el: PorticoNotifications, plugin: string) => {
  const select = root(el).querySelector('portico-select[name=plugin]')!.shadowRoot!.querySelector('select')!;
  select.value = plugin;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await waitUntil(() => el.page.status !== 'loading');
  await el.updateComplete;
};
const toastSays = (words: string) => waitUntil(() => document.querySelector('portico-toaster')?.shadowRoot?.textContent?.includes(words));

describe('<portico-notifications>', () => {
  beforeEach(() => quickTiming());
  afterEach(async () => {
    restoreTiming();
    await setLocale('en');
  });

  it('lists the inbox newest first, unread ones marked, with their plugin, how long ago, a link and their actions', async () => {
    const { el, fake } = await mount(server(inbox()));
    expect(fake.calls.map((c) => [c.method, c.path, c.options.query])).to.deep.equal([['GET', '/notifications', { status: 'inbox', plugin: undefined, limit: 20 }]]);
    expect(root(el).querySelector('h1')!.textContent).to.equal('Notifications');
    expect(root(el).querySelector('[role=status]')!.textContent).to.equal('2 unread');
    expect(titles(el)).to.deep.equal(['Deal approved: Acme renewal', 'Your question is answered', 'Deal declined: Globex pilot']);
    const [deal, question, declined] = rowsOf(el);
    expect([deal.className, question.className, declined.className]).to.deep.equal(['unread', 'unread', 'read']);
    expect(deal.querySelector('.title')!.textContent).to.contain('Unread:');
    expect(deal.querySelector('a')!.getAttribute('href')).to.equal('/deals/d1');
    expect(deal.querySelector('.meta')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Deals · 5 minutes ago');
    expect(question.querySelector('.meta')!.textContent).to.contain('Questions');
    expect(action(deal, 'read').textContent!.trim()).to.equal('Mark read');
    expect(action(deal, 'read').shadowRoot!.querySelector('button')!.getAttribute('aria-label')).to.equal('Mark read: Deal approved: Acme renewal');
    expect(action(declined, 'unread').textContent!.trim()).to.equal('Mark unread');
    expect(action(declined, 'archive').textContent!.trim()).to.equal('Archive');
    const filters = [...root(el).querySelectorAll('[part=filters] button')].map((b) => [b.textContent, b.getAttribute('aria-pressed')]);
    expect(filters).to.deep.equal([['Inbox', 'true'], ['Unread', 'false'], ['Archived', 'false']]);
    const options = root(el).querySelector<HTMLElement & { options: { value: string; label: string }[] }>('portico-select[name=plugin]')!.options;
    expect(options.map((o) => [o.value, o.label])).to.deep.equal([['', 'All plugins'], ['deals', 'Deals'], ['questions', 'Questions']]);
    expect(root(el).querySelector('a[href="/settings/notifications"]')!.textContent).to.equal('Notification preferences');
    await expectAccessible(el);
  });

  it('shows the unread and the archived, and one plugin’s', async () => {
    const rows = [...inbox(), notification({ title: 'Old news', archivedAt: minutesAgo(10), readAt: minutesAgo(20) })];
    const { el, fake } = await mount(server(rows));
    await show(el, 'unread');
    expect(fake.calls.at(-1)!.options.query).to.deep.include({ status: 'unread' });
    expect(titles(el)).to.deep.equal(['Deal approved: Acme renewal', 'Your question is answered']);
    expect(root(el).querySelector('[data-status=unread]')!.getAttribute('aria-pressed')).to.equal('true');
    await show(el, 'archived');
    expect(titles(el)).to.deep.equal(['Old news']);
    expect(action(rowsOf(el)[0], 'unarchive').textContent!.trim()).to.equal('Back to the inbox');
    expect(pageAction(el, 'read-all')).to.equal(null);
    await show(el, 'inbox');
    await choosePlugin(el, 'questions');
    expect(fake.calls.at(-1)!.options.query).to.deep.equal({ status: 'inbox', plugin: 'questions', limit: 20 });
    expect(titles(el)).to.deep.equal(['Your question is answered']);
    await expectAccessible(el);
  });

  it('marks read and unread, archives and brings back, each as the server answers', async () => {
    const rows = inbox();
    const { el, fake } = await mount(server(rows));
    click(action(rowsOf(el)[0], 'read'));
    await waitUntil(() => rowsOf(el)[0].className === 'read');
    expect(fake.calls.at(-1)).to.deep.include({ method: 'PATCH', path: '/notifications/{id}' });
    expect(fake.calls.at(-1)!.options.body).to.deep.equal({ read: true });
    expect(root(el).querySelector('[role=status]')!.textContent).to.equal('1 unread');
    click(action(rowsOf(el)[0], 'unread'));
    await waitUntil(() => rowsOf(el)[0].className === 'unread');
    expect(fake.calls.at(-1)!.options.body).to.deep.equal({ read: false });
    expect(root(el).querySelector('[role=status]')!.textContent).to.equal('2 unread');
    // Archived, it leaves the inbox; the keyboard goes on with the next one.
    click(action(rowsOf(el)[0], 'archive'));
    await waitUntil(() => rowsOf(el).length === 2);
    expect(fake.calls.at(-1)!.options.body).to.deep.equal({ archived: true });
    expect(titles(el)).to.deep.equal(['Your question is answered', 'Deal declined: Globex pilot']);
    await toastSays('Archived.');
    await waitUntil(() => root(el).activeElement === rowsOf(el)[0].querySelector('portico-button'));
    expect(root(el).querySelector('[role=status]')!.textContent).to.equal('1 unread');
    await show(el, 'archived');
    click(action(rowsOf(el)[0], 'unarchive'));
    await waitUntil(() => rowsOf(el).length === 0);
    expect(fake.calls.at(-1)!.options.body).to.deep.equal({ archived: false });
    await toastSays('Back in the inbox.');
    expect(root(el).querySelector<HTMLElement & { heading: string }>('portico-empty-state')!.heading).to.equal('Nothing archived');
  });

  it('following an unread one’s link marks it read', async () => {
    const { el, fake } = await mount(server(inbox()));
    const stay = (event: Event) => event.preventDefault();
    window.addEventListener('click', stay);
    try {
      rowsOf(el)[0].querySelector('a')!.click();
      await waitUntil(() => fake.calls.some((c) => c.method === 'PATCH'));
      expect(fake.calls.at(-1)!.options.body).to.deep.equal({ read: true });
    } finally {
      window.removeEventListener('click', stay);
    }
  });

  it('marks all read, of the plugin chosen only', async () => {
    const rows = [...inbox(), notification({ kind: 'questions.answered', pluginId: 'questions', title: 'Another answer' })];
    const { el, fake } = await mount(server(rows));
    expect(root(el).querySelector('[role=status]')!.textContent).to.equal('3 unread');
    await choosePlugin(el, 'questions');
    click(pageAction(el, 'read-all'));
    await waitUntil(() => fake.calls.some((c) => c.method === 'POST'));
    expect(fake.calls.find((c) => c.method === 'POST')!.options.body).to.deep.equal({ plugin: 'questions' });
    await waitUntil(() => rowsOf(el).every((li) => li.className === 'read'));
    expect(root(el).querySelector('[role=status]')!.textContent).to.equal('1 unread');
    await choosePlugin(el, '');
    click(pageAction(el, 'read-all'));
    await waitUntil(() => fake.calls.filter((c) => c.method === 'POST').length === 2);
    expect(fake.calls.filter((c) => c.method === 'POST')[1].options.body).to.deep.equal({});
    await waitUntil(() => root(el).querySelector('[role=status]')!.textContent === '0 unread');
    expect(pageAction(el, 'read-all').disabled).to.equal(true);
  });

  it('loads more with the cursor', async () => {
    const first = inbox();
    const second = [notification({ title: 'Older one', createdAt: minutesAgo(60 * 24 * 3), readAt: minutesAgo(60) })];
    const { el, fake } = await mount({
      'GET /notifications': ({ query }) => (query?.cursor === 'c2' ? list(second, { unread: 2 }) : list(first, { nextCursor: 'c2' })),
    });
    click(pageAction(el, 'more'));
    await waitUntil(() => rowsOf(el).length === 4);
    expect(fake.calls.at(-1)!.options.query).to.deep.equal({ status: 'inbox', plugin: undefined, limit: 20, cursor: 'c2' });
    expect(titles(el).at(-1)).to.equal('Older one');
    expect(pageAction(el, 'more')).to.equal(null);
  });

  it('puts new notifications at the top as they arrive, where they belong', async () => {
    const { el, stream } = await mount(server(inbox()));
    await waitUntil(() => stream.opened.length === 1);
    stream.last.hello(2);
    const fresh = notification({ title: 'Just now', createdAt: new Date().toISOString() });
    stream.last.arrive(fresh, 3);
    await waitUntil(() => titles(el)[0] === 'Just now');
    await waitUntil(() => root(el).querySelector('[role=status]')!.textContent === '3 unread');
    // Shown once, however often it comes (a replay after reconnecting).
    stream.last.arrive(fresh, 3);
    await settle();
    expect(titles(el).filter((t) => t === 'Just now')).to.have.length(1);
    // Not among the archived, nor another plugin's.
    await show(el, 'archived');
    stream.last.arrive(notification({ title: 'Not archived' }), 4);
    await choosePlugin(el, 'questions');
    await show(el, 'inbox');
    stream.last.arrive(notification({ title: 'A deal' }), 5);
    stream.last.arrive(notification({ pluginId: 'questions', title: 'A question' }), 6);
    await waitUntil(() => titles(el)[0] === 'A question');
    expect(titles(el)).not.to.include('A deal');
  });

  it('an empty inbox fills as notifications arrive', async () => {
    const { el, stream } = await mount(server([]));
    expect(root(el).querySelector<HTMLElement & { heading: string }>('portico-empty-state')!.heading).to.equal('No notifications');
    await expectAccessible(el);
    await waitUntil(() => stream.opened.length === 1);
    stream.last.arrive(notification({ title: 'First ever' }), 1);
    await waitUntil(() => titles(el)[0] === 'First ever');
    expect(root(el).querySelector('portico-empty-state')).to.equal(null);
  });

  it('follows what the bell changes', async () => {
    const rows = inbox();
    const { el, fake } = await mount(server(rows));
    const bell = await fixture<PorticoNotificationBell>(html`<portico-notification-bell .client=${fake.client} .session=${member}></portico-notification-bell>`);
    bell.shadowRoot!.querySelector<HTMLButtonElement>('button.toggle')!.click();
    await waitUntil(() => bell.shadowRoot!.querySelector('portico-button[data-action=read-all]'));
    bell.shadowRoot!.querySelector('portico-button[data-action=read-all]')!.shadowRoot!.querySelector('button')!.click();
    await waitUntil(() => rowsOf(el).every((li) => li.className === 'read'));
    expect(root(el).querySelector('[role=status]')!.textContent).to.equal('0 unread');
  });

  it('says what each view holds when empty, and when filtered', async () => {
    const { el } = await mount(server([notification({ readAt: minutesAgo(1) })]));
    await show(el, 'unread');
    const empty = () => root(el).querySelector<HTMLElement & { heading: string }>('portico-empty-state')!;
    expect([empty().heading, empty().textContent!.trim()]).to.deep.equal(['Nothing unread', 'You are all caught up.']);
    await show(el, 'archived');
    expect(empty().heading).to.equal('Nothing archived');
    await show(el, 'inbox');
    await choosePlugin(el, 'deals');
    await show(el, 'unread');
    expect(empty().textContent!.trim()).to.equal('Nothing here from Deals. Try all plugins.');
  });

  it('shows a skeleton while loading, and an error with Retry', async () => {
    let release!: (value: ReturnType<typeof list>) => void;
    const slow = notificationsFake({ 'GET /notifications': () => new Promise((resolve) => (release = resolve)) });
    const loading = await fixture<PorticoNotifications>(html`<portico-notifications .client=${slow.client} .session=${member}></portico-notifications>`);
    await waitUntil(() => root(loading).querySelector('portico-skeleton'));
    release(list(inbox()));
    await waitUntil(() => rowsOf(loading).length === 3);

    let failing = true;
    const { el } = await mount(server(inbox(), {
      'GET /notifications': () => {
        if (failing) throw new FakeProblem(503, 'Service unavailable');
        return list(inbox());
      },
    }));
    expect(root(el).querySelector('portico-error-state')).to.not.equal(null);
    await expectAccessible(el);
    failing = false;
    await el.page.retry();
    await settle();
    expect(rowsOf(el)).to.have.length(3);
  });

  it('speaks French', async () => {
    const { el } = await mount(server(inbox()));
    await setLocale('fr');
    el.locale = 'fr';
    await waitUntil(() => root(el).querySelector('[role=status]')!.textContent === '2 non lues');
    expect([...root(el).querySelectorAll('[part=filters] button')].map((b) => b.textContent)).to.deep.equal(['Boîte de réception', 'Non lues', 'Archivées']);
    expect(rowsOf(el)[0].querySelector('.meta')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Opportunités · il y a 5 minutes');
    expect(action(rowsOf(el)[0], 'read').textContent!.trim()).to.equal('Marquer comme lue');
    expect(action(rowsOf(el)[0], 'archive').textContent!.trim()).to.equal('Archiver');
    expect(pageAction(el, 'read-all').textContent!.trim()).to.equal('Tout marquer comme lu');
    expect(text(el)).to.contain('Préférences de notification');
    await expectAccessible(el);
  });
});
