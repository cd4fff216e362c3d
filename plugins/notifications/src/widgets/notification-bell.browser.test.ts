import { FakeProblem, expect, expectAccessible, fixture, html, settle, waitUntil } from '@portico/widgets/testing';
import { setLocale, type Session } from '@portico/widgets';
import '@portico/widgets';
import {
  StreamServer, inbox, list, member, minutesAgo, notification, notificationsFake, quickTiming, registerNotificationsTranslations, restoreTiming, withoutNotifications,
  type NotificationsRoutes,
} from './test-support.js';
import './notification-bell.js';
import type { PorticoNotificationBell } from './notification-bell.js';
import type { Notification } from './shared.js';

registerNotificationsTranslations();

async function mount(routes: NotificationsRoutes = {}, server = new StreamServer(), session: Session = member) {
  const fake = notificationsFake({ 'GET /notifications': () => list(inbox()), ...routes }, server);
  const el = await fixture<PorticoNotificationBell>(html`<portico-notification-bell .client=${fake.client} .session=${session}></portico-notification-bell>`);
  await el.updateComplete;
  return { el, fake, server };
}
const root = (el: HTMLElement) => el.shadowRoot!;
const toggle = (el: HTMLElement) => root(el).querySelector<HTMLButtonElement>('button.toggle')!;
const count = (el: HTMLElement) => root(el).querySelector('[part=count]')?.textContent?.trim() ?? null;
const panel = (el: HTMLElement) => root(el).querySelector<HTMLElement>('[part=panel]');
const items = (el: HTMLElement) => [...root(el).querySelectorAll<HTMLLIElement>('[part=items] > li')];
const titles = (el: HTMLElement) => items(el).map((li) => li.querySelector('.title')!.textContent!.replace(/\s+/g, ' ').trim());
/** Clicks a `<portico-button>` as a person would: its inner button. */
const press = (el: HTMLElement, action: string) => root(el).querySelector(`portico-button[data-action=${action}]`)!.shadowRoot!.querySelector('button')!.click();
async function open(el: PorticoNotificationBell) {
  toggle(el).click();
  await waitUntil(() => el.latest.status !== 'loading' && el.latest.status !== 'idle' && panel(el));
  await el.updateComplete;
}
/** Links followed in a test stay on the test page. */
const stay = (event: Event) => event.preventDefault();

describe('<portico-notification-bell>', () => {
  beforeEach(() => {
    quickTiming();
    window.addEventListener('click', stay);
  });
  afterEach(async () => {
    window.removeEventListener('click', stay);
    restoreTiming();
    await setLocale('en');
  });

  it('shows the unread count the stream tells, and says it in the button’s name', async () => {
    const { el, server } = await mount();
    await waitUntil(() => server.opened.length === 1);
    expect(toggle(el).getAttribute('aria-label')).to.equal('Notifications');
    expect(count(el)).to.equal(null);
    server.last.hello(3, 'n3');
    await waitUntil(() => count(el) === '3');
    expect(toggle(el).getAttribute('aria-label')).to.equal('Notifications, 3 unread');
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('false');
    expect(root(el).querySelector('[part=count]')!.getAttribute('aria-hidden')).to.equal('true');
    server.last.event('unread', { unread: 1, latest: 'n3' });
    await waitUntil(() => count(el) === '1');
    expect(toggle(el).getAttribute('aria-label')).to.equal('Notifications, 1 unread');
    server.last.event('unread', { unread: 240, latest: 'n3' });
    await waitUntil(() => count(el) === '99+');
    expect(toggle(el).getAttribute('aria-label')).to.equal('Notifications, 99+ unread');
    await expectAccessible(el);
  });

  it('opens on the latest five: title with its link, text, how long ago, unread marked; "See all" leads to the centre', async () => {
    const { el, fake, server } = await mount();
    server.last.hello(2);
    await open(el);
    expect(fake.calls.map((c) => [c.method, c.path, c.options.query])).to.deep.equal([['GET', '/notifications', { status: 'inbox', limit: 5 }]]);
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('true');
    expect(toggle(el).getAttribute('aria-controls')).to.equal(panel(el)!.id);
    expect(titles(el)).to.deep.equal(['Unread: Deal approved: Acme renewal', 'Unread: Your question is answered', 'Deal declined: Globex pilot']);
    const [deal, question, declined] = items(el);
    expect(deal.className).to.equal('unread');
    expect(declined.className).to.equal('read');
    expect(deal.querySelector('a')!.getAttribute('href')).to.equal('/deals/d1');
    expect(deal.textContent).to.contain('Your deal was approved by Sam Staff.').and.contain('5 minutes ago');
    expect(question.textContent).to.contain('1 hour ago');
    expect(declined.querySelector('time')!.textContent).to.equal('yesterday');
    expect(declined.querySelector('a')).to.equal(null);
    const seeAll = root(el).querySelector<HTMLAnchorElement>('[part=see-all]')!;
    expect([seeAll.getAttribute('href'), seeAll.textContent]).to.deep.equal(['/notifications', 'See all']);
    await expectAccessible(el);
  });

  it('puts a notification arriving while open at the top, counts it, and says it to screen readers', async () => {
    const { el, server } = await mount();
    server.last.hello(2, 'n0');
    await open(el);
    const fresh = notification({ title: 'New deal to review', createdAt: new Date().toISOString() });
    server.last.arrive(fresh, 3);
    await waitUntil(() => titles(el)[0] === 'Unread: New deal to review');
    await waitUntil(() => count(el) === '3');
    expect(items(el)).to.have.length(4);
    expect(root(el).querySelector('[role=status]')!.textContent).to.equal('New notification: New deal to review');
    // The panel shows five at most.
    for (const title of ['a', 'b', 'c']) server.last.arrive(notification({ title }), 4);
    await waitUntil(() => titles(el)[0] === 'Unread: c');
    expect(items(el)).to.have.length(5);
  });

  it('marks a notification read when its link is followed, and closes', async () => {
    const rows = [notification(), notification({ title: 'Already read', readAt: minutesAgo(1) })];
    const { el, fake, server } = await mount({
      'GET /notifications': () => list(rows),
      'PATCH /notifications/{id}': ({ params }) => ({ ...rows.find((n) => n.id === params!.id)!, readAt: new Date().toISOString() }),
    });
    server.last.hello(2);
    await waitUntil(() => count(el) === '2');
    await open(el);
    const id = items(el)[0].dataset.id!;
    items(el)[0].querySelector('a')!.click();
    await el.updateComplete;
    expect(panel(el)).to.equal(null);
    await waitUntil(() => fake.calls.some((c) => c.method === 'PATCH'));
    const patch = fake.calls.find((c) => c.method === 'PATCH')!;
    expect([patch.path, patch.options.params, patch.options.body]).to.deep.equal(['/notifications/{id}', { id }, { read: true }]);
    await waitUntil(() => count(el) === '1');
    // A read one followed asks nothing.
    await open(el);
    items(el)[1].querySelector('a')!.click();
    await settle();
    expect(panel(el)).to.equal(null);
    expect(fake.calls.filter((c) => c.method === 'PATCH')).to.have.length(1);
  });

  it('marks all read', async () => {
    const { el, fake, server } = await mount({ 'POST /notifications/read-all': () => ({ updated: 2, unread: 0 }) });
    server.last.hello(2);
    await open(el);
    press(el, 'read-all');
    await waitUntil(() => count(el) === null);
    expect(fake.calls.at(-1)).to.deep.include({ method: 'POST', path: '/notifications/read-all' });
    expect(fake.calls.at(-1)!.options.body).to.deep.equal({});
    expect(items(el).map((li) => li.className)).to.deep.equal(['read', 'read', 'read']);
    expect(toggle(el).getAttribute('aria-label')).to.equal('Notifications');
    expect(root(el).querySelector<HTMLElement & { disabled: boolean }>('portico-button[data-action=read-all]')!.disabled).to.equal(true);
  });

  it('closes with Escape (back on the button), a click elsewhere, or moving to another page', async () => {
    const { el } = await mount();
    await open(el);
    root(el).querySelector('[part=panel]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(panel(el)).to.equal(null);
    expect(root(el).activeElement).to.equal(toggle(el));
    await open(el);
    document.body.click();
    await el.updateComplete;
    expect(panel(el)).to.equal(null);
    await open(el);
    window.dispatchEvent(new CustomEvent('portico-route-change', { detail: { path: '/deals' } }));
    await el.updateComplete;
    expect(panel(el)).to.equal(null);
  });

  it('says when there is nothing yet, and when the latest cannot be read, with Retry', async () => {
    const empty = await mount({ 'GET /notifications': () => list([]) });
    await open(empty.el);
    expect(root(empty.el).querySelector('[part=empty]')!.textContent).to.contain('No notifications yet');
    await expectAccessible(empty.el);

    let failing = true;
    const { el } = await mount({
      'GET /notifications': () => {
        if (failing) throw new FakeProblem(503, 'Service unavailable');
        return list(inbox());
      },
    });
    await open(el);
    const error = root(el).querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('portico-error-state')!;
    await error.updateComplete;
    expect(error.shadowRoot!.textContent).to.contain('Service unavailable');
    await expectAccessible(el);
    failing = false;
    error.shadowRoot!.querySelector<HTMLElement>('[part=retry]')!.click();
    await waitUntil(() => items(el).length === 3);
  });

  it('shows a skeleton while the latest load', async () => {
    let release!: (value: ReturnType<typeof list>) => void;
    const { el } = await mount({ 'GET /notifications': () => new Promise((resolve) => (release = resolve)) });
    toggle(el).click();
    await waitUntil(() => root(el).querySelector('portico-skeleton'));
    release(list(inbox()));
    await waitUntil(() => items(el).length === 3);
  });

  it('polls the count where the stream cannot be had, and reads the latest again when something new came', async () => {
    let latest = 'n1';
    let unread = 2;
    let rows: Notification[] = inbox();
    const { el, fake } = await mount(
      { 'GET /notifications/unread': () => ({ unread, latest }), 'GET /notifications': () => list(rows) },
      new StreamServer(404),
    );
    await waitUntil(() => count(el) === '2');
    await open(el);
    const reads = fake.calls.filter((c) => c.path === '/notifications').length;
    rows = [notification({ title: 'Seen by polling' }), ...rows];
    latest = 'n2';
    unread = 3;
    await waitUntil(() => count(el) === '3');
    await waitUntil(() => titles(el)[0] === 'Unread: Seen by polling');
    expect(fake.calls.filter((c) => c.path === '/notifications').length).to.equal(reads + 1);
  });

  it('stops listening when it leaves the page', async () => {
    const { el, server } = await mount();
    await waitUntil(() => server.opened.length === 1);
    el.remove();
    await waitUntil(() => server.last.cancelled);
  });

  it('shows nothing, and opens no stream, without notifications.use or signed out', async () => {
    const without = await mount({}, new StreamServer(), withoutNotifications);
    const out = await mount({}, new StreamServer(), null as unknown as Session);
    await settle();
    for (const { el, server, fake } of [without, out]) {
      expect(root(el).children.length).to.equal(0);
      expect(server.opened).to.have.length(0);
      expect(fake.calls).to.have.length(0);
    }
  });

  it('speaks French and Spanish', async () => {
    const { el, server } = await mount();
    server.last.hello(3);
    await waitUntil(() => count(el) === '3');
    await setLocale('fr');
    el.locale = 'fr'; // what the provider's locale context hands down
    await waitUntil(() => toggle(el).getAttribute('aria-label') === 'Notifications, 3 non lues');
    await open(el);
    expect(root(el).querySelector('portico-button[data-action=read-all]')!.textContent!.trim()).to.equal('Tout marquer comme lu');
    expect(root(el).querySelector('[part=see-all]')!.textContent).to.equal('Tout voir');
    expect(items(el)[0].querySelector('time')!.textContent).to.equal('il y a 5 minutes');
    expect(titles(el)[0]).to.equal('Non lue : Deal approved: Acme renewal');
    await expectAccessible(el);
    await setLocale('es');
    el.locale = 'es';
    // The latest, as read on opening, count two unread.
    await waitUntil(() => toggle(el).getAttribute('aria-label') === 'Notificaciones, 2 sin leer');
    expect(root(el).querySelector('[part=see-all]')!.textContent).to.equal('Ver todas');
    expect(items(el)[0].querySelector('time')!.textContent).to.equal('hace 5 minutos');
  });
});
