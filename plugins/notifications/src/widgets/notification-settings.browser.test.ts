import { FakeProblem, expect, expectAccessible, fixture, html, settle, waitUntil } from '@portico/widgets/testing';
import { setLocale, type Session } from '@portico/widgets';
import '@portico/widgets';
import { kinds, manager, notificationSettings, notificationsFake, registerNotificationsTranslations, staff, type NotificationsRoutes } from './test-support.js';
import './notification-settings.js';
import type { PorticoNotificationSettings } from './notification-settings.js';
import type { NotificationSettings } from './shared.js';

registerNotificationsTranslations();

function routes(overrides: NotificationsRoutes = {}): NotificationsRoutes {
  let current = notificationSettings();
  return {
    'GET /notifications/kinds': () => ({ kinds: kinds() }),
    'GET /notifications/settings': () => current,
    'PATCH /notifications/settings': ({ body }) => (current = { ...current, ...(body as Partial<NotificationSettings>) }),
    ...overrides,
  };
}

async function mount(r: NotificationsRoutes = routes(), session: Session = manager) {
  const fake = notificationsFake(r);
  const el = await fixture<PorticoNotificationSettings>(html`<portico-notification-settings .client=${fake.client} .session=${session}></portico-notification-settings>`);
  await waitUntil(() => el.data.status !== 'loading' && (el.data.status !== 'idle' || !session.permissions.includes('notifications.manage')));
  await el.updateComplete;
  await settle();
  return { el, fake };
}
const root = (el: HTMLElement) => el.shadowRoot!;
type Select = HTMLElement & { value: string; error: string; options: { value: string; label: string }[] };
type Checkbox = HTMLElement & { checked: boolean; disabled: boolean; hint: string; error: string };
const row = (el: HTMLElement, kind: string) => root(el).querySelector<HTMLLIElement>(`li[data-kind="${kind}"]`)!;
const select = (el: HTMLElement, kind: string) => (kind === 'digest' ? root(el).querySelector<Select>('portico-select[name=digest]')! : row(el, kind).querySelector<Select>('portico-select')!);
const box = (el: HTMLElement, kind: string) => row(el, kind).querySelector<Checkbox>('portico-checkbox')!;
const choose = async (el: PorticoNotificationSettings, kind: string, value: string) => {
  const native = select(el, kind).shadowRoot!.querySelector('select')!;
  native.value = value;
  native.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
};
const tick = async (el: PorticoNotificationSettings, kind: string) => {
  box(el, kind).shadowRoot!.querySelector('input')!.click();
  await el.updateComplete;
};
const button = (el: HTMLElement, action: 'save' | 'undo') => root(el).querySelector<HTMLElement & { disabled: boolean }>(`portico-button[data-action=${action}]`)!;
const click = (b: Element) => b.shadowRoot!.querySelector('button')!.click();

describe('<portico-notification-settings>', () => {
  afterEach(() => setLocale('en'));

  it('shows each kind by plugin with its default channel or as declared, its audience, and whether it is mandatory', async () => {
    const { el, fake } = await mount();
    expect(fake.calls.map((c) => `${c.method} ${c.path}`).sort()).to.deep.equal(['GET /notifications/kinds', 'GET /notifications/settings']);
    expect(root(el).querySelector('h1')!.textContent).to.equal('Notification defaults');
    expect([...root(el).querySelectorAll('section.plugin h2')].map((h) => h.textContent)).to.deep.equal(['Deals', 'Access and sign-in']);
    expect(select(el, 'deals.decided').value).to.equal('');
    expect(select(el, 'deals.decided').options.map((o) => [o.value, o.label])).to.deep.equal([['', 'As declared: Both'], ['in-app', 'In the portal'], ['email', 'By email'], ['both', 'Both'], ['off', 'Off']]);
    expect(select(el, 'deals.submitted').value).to.equal('email');
    expect(select(el, 'deals.submitted').options[0].label).to.equal('As declared: In the portal');
    expect(row(el, 'deals.decided').textContent).to.contain('Partners');
    expect(row(el, 'deals.submitted').textContent).to.contain('Staff');
    expect(row(el, 'access.mfa-reset').textContent).to.contain('Everyone');
    expect([box(el, 'deals.decided').checked, box(el, 'deals.decided').disabled]).to.deep.equal([false, false]);
    expect([box(el, 'access.mfa-reset').checked, box(el, 'access.mfa-reset').disabled]).to.deep.equal([true, true]);
    expect(box(el, 'access.mfa-reset').hint).to.contain('its plugin makes it mandatory');
    expect(select(el, 'digest').value).to.equal('off');
    expect(button(el, 'save').disabled).to.equal(true);
    await expectAccessible(el);
  });

  it('saves the fields changed: defaults, mandatory kinds, digest', async () => {
    const { el, fake } = await mount();
    await choose(el, 'deals.decided', 'in-app');
    await choose(el, 'deals.submitted', '');
    await tick(el, 'deals.decided');
    expect(button(el, 'save').disabled).to.equal(false);
    click(button(el, 'save'));
    await waitUntil(() => fake.calls.some((c) => c.method === 'PATCH'));
    expect(fake.calls.find((c) => c.method === 'PATCH')!.options.body).to.deep.equal({ defaults: { 'deals.decided': 'in-app' }, mandatory: ['deals.decided'] });
    await waitUntil(() => document.querySelector('portico-toaster')?.shadowRoot?.textContent?.includes('Notification defaults saved.'));
    await el.updateComplete;
    expect(button(el, 'save').disabled).to.equal(true);
    expect(box(el, 'deals.decided').checked).to.equal(true);

    await choose(el, 'digest', 'daily');
    click(button(el, 'save'));
    await waitUntil(() => fake.calls.filter((c) => c.method === 'PATCH').length === 2);
    expect(fake.calls.filter((c) => c.method === 'PATCH')[1].options.body).to.deep.equal({ digest: 'daily' });
  });

  it('shows the server’s objection at the row it names, and undoes', async () => {
    const { el } = await mount(routes({
      'PATCH /notifications/settings': () => {
        throw new FakeProblem(400, 'Invalid request', 'A field is invalid.', [
          { in: 'body', field: '/mandatory/0', message: '"deals.submitted" is no notification of this programme.' },
          { in: 'body', field: '/defaults/deals.decided', message: 'Not a channel.' },
        ]);
      },
    }));
    await tick(el, 'deals.submitted');
    await choose(el, 'deals.decided', 'off');
    click(button(el, 'save'));
    await waitUntil(() => select(el, 'deals.decided').error);
    expect(select(el, 'deals.decided').error).to.equal('Not a channel.');
    expect(select(el, 'deals.submitted').error).to.equal('"deals.submitted" is no notification of this programme.');
    await expectAccessible(el);
    click(button(el, 'undo'));
    await el.updateComplete;
    await settle();
    expect(select(el, 'deals.decided').value).to.equal('');
    expect(box(el, 'deals.submitted').checked).to.equal(false);
    expect(select(el, 'deals.decided').error).to.equal('');
    expect(button(el, 'save').disabled).to.equal(true);
  });

  it('shows a skeleton while loading, and an error with Retry', async () => {
    let release!: () => void;
    const slow = notificationsFake(routes({ 'GET /notifications/kinds': () => new Promise((resolve) => (release = () => resolve({ kinds: kinds() }))) }));
    const loading = await fixture<PorticoNotificationSettings>(html`<portico-notification-settings .client=${slow.client} .session=${manager}></portico-notification-settings>`);
    await waitUntil(() => root(loading).querySelector('portico-skeleton'));
    release();
    await waitUntil(() => root(loading).querySelector('li[data-kind]'));

    let failing = true;
    const { el } = await mount(routes({
      'GET /notifications/settings': () => {
        if (failing) throw new FakeProblem(503, 'Service unavailable');
        return notificationSettings();
      },
    }));
    expect(root(el).querySelector('portico-error-state')).to.not.equal(null);
    await expectAccessible(el);
    failing = false;
    await el.data.retry();
    await settle();
    expect(root(el).querySelectorAll('li[data-kind]')).to.have.length(3);
  });

  it('shows staff without notifications.manage nothing to change, without calling the API', async () => {
    const { el, fake } = await mount(routes(), staff);
    expect(fake.calls).to.deep.equal([]);
    expect(root(el).querySelector('[role=status]')!.textContent).to.contain('changed by the programme’s staff');
    expect(root(el).querySelector('portico-select, portico-button')).to.equal(null);
    await expectAccessible(el);
  });

  it('speaks French', async () => {
    const { el } = await mount();
    await setLocale('fr');
    el.locale = 'fr';
    await waitUntil(() => root(el).querySelector('h1')!.textContent === 'Notifications par défaut');
    await settle();
    expect(select(el, 'deals.decided').options[0].label).to.equal('Comme déclaré : Les deux');
    expect(row(el, 'deals.decided').querySelector('.kind-name')!.textContent).to.equal('Une de vos opportunités est tranchée');
    expect(row(el, 'access.mfa-reset').textContent).to.contain('Tout le monde');
    expect(button(el, 'save').textContent!.trim()).to.equal('Enregistrer les valeurs par défaut');
    await expectAccessible(el);
  });
});
