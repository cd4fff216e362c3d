import { FakeProblem, expect, expectAccessible, fixture, html, settle, waitUntil } from '@portico/widgets/testing';
import { setLocale } from '@portico/widgets';
import '@portico/widgets';
import { member, notificationsFake, preferences, registerNotificationsTranslations, type NotificationsRoutes } from './test-support.js';
import './notification-preferences.js';
import type { PorticoNotificationPreferences } from './notification-preferences.js';
import type { Channel, Preferences, PreferencesChange } from './shared.js';

registerNotificationsTranslations();

/** The server: applies a change as it would (null: back to the default, which is "both" for every kind here). */
function routes(overrides: NotificationsRoutes = {}): NotificationsRoutes {
  let current = preferences();
  return {
    'GET /notifications/preferences': () => current,
    'PATCH /notifications/preferences': ({ body }) => {
      const change = body as PreferencesChange;
      current = {
        digest: change.digest ?? current.digest,
        kinds: current.kinds.map((k) => {
          if (!change.channels || !(k.kind in change.channels)) return k;
          const channel = change.channels[k.kind];
          return channel === null ? { ...k, channel: 'both' as Channel, chosen: false } : { ...k, channel: channel!, chosen: true };
        }),
      };
      return current;
    },
    ...overrides,
  };
}

async function mount(r: NotificationsRoutes = routes()) {
  const fake = notificationsFake(r);
  const el = await fixture<PorticoNotificationPreferences>(html`<portico-notification-preferences .client=${fake.client} .session=${member}></portico-notification-preferences>`);
  await waitUntil(() => el.preferences.status !== 'loading' && el.preferences.status !== 'idle');
  await el.updateComplete;
  await settle();
  return { el, fake };
}
const root = (el: HTMLElement) => el.shadowRoot!;
type Select = HTMLElement & { value: string; error: string; disabled: boolean; label: string; hint: string; options: { value: string; label: string }[] };
const row = (el: HTMLElement, kind: string) => root(el).querySelector<HTMLLIElement>(`li[data-kind="${kind}"]`)!;
const select = (el: HTMLElement, kind: string) => (kind === 'digest' ? root(el).querySelector<Select>('portico-select[name=digest]')! : row(el, kind).querySelector<Select>('portico-select')!);
const choose = async (el: PorticoNotificationPreferences, kind: string, value: string) => {
  const native = select(el, kind).shadowRoot!.querySelector('select')!;
  native.value = value;
  native.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
};
const button = (el: HTMLElement, action: 'save' | 'undo') => root(el).querySelector<HTMLElement & { disabled: boolean }>(`portico-button[data-action=${action}]`)!;
const click = (b: Element) => b.shadowRoot!.querySelector('button')!.click();
const marked = (el: HTMLElement, kind: string) => !!row(el, kind).querySelector('[data-marker=default]');

describe('<portico-notification-preferences>', () => {
  afterEach(() => setLocale('en'));

  it('shows the digest and each kind by plugin: the default marked, a chosen channel, security notices locked', async () => {
    const { el, fake } = await mount();
    expect(fake.calls.map((c) => `${c.method} ${c.path}`)).to.deep.equal(['GET /notifications/preferences']);
    expect(root(el).querySelector('h1')!.textContent).to.equal('Notification preferences');
    expect(select(el, 'digest').value).to.equal('off');
    expect(select(el, 'digest').options.map((o) => o.label)).to.deep.equal(['No digest: one email per notification', 'Daily digest', 'Weekly digest']);
    expect([...root(el).querySelectorAll('section.plugin h2')].map((h) => h.textContent)).to.deep.equal(['Deals', 'Questions', 'Access and sign-in']);

    const deals = select(el, 'deals.decided');
    expect(row(el, 'deals.decided').querySelector('.kind-name')!.textContent).to.equal('A deal of yours is decided');
    expect(deals.label).to.equal('How you hear of: A deal of yours is decided');
    expect(deals.value).to.equal('');
    expect(deals.options.map((o) => [o.value, o.label])).to.deep.equal([['', 'Default (Both)'], ['in-app', 'In the portal'], ['email', 'By email'], ['both', 'Both'], ['off', 'Off']]);
    expect(marked(el, 'deals.decided')).to.equal(true);

    const questions = select(el, 'questions.answered');
    expect([questions.value, questions.options[0].label]).to.deep.equal(['email', 'Default']);
    expect(marked(el, 'questions.answered')).to.equal(false);

    const mfa = select(el, 'access.mfa-reset');
    expect([mfa.disabled, mfa.value]).to.deep.equal([true, 'email']);
    expect(row(el, 'access.mfa-reset').textContent).to.contain('Always emailed (security)');
    expect(button(el, 'save').disabled).to.equal(true);
    expect(button(el, 'undo').disabled).to.equal(true);
    await expectAccessible(el);
  });

  it('saves only what changed — a channel, back to the default (null), the digest — and shows what the server answered', async () => {
    const { el, fake } = await mount();
    await choose(el, 'deals.decided', 'in-app');
    expect(marked(el, 'deals.decided')).to.equal(false);
    await choose(el, 'questions.answered', '');
    expect(marked(el, 'questions.answered')).to.equal(true);
    await choose(el, 'digest', 'weekly');
    expect(button(el, 'save').disabled).to.equal(false);
    click(button(el, 'save'));
    await waitUntil(() => fake.calls.some((c) => c.method === 'PATCH'));
    expect(fake.calls.find((c) => c.method === 'PATCH')!.options.body).to.deep.equal({ digest: 'weekly', channels: { 'deals.decided': 'in-app', 'questions.answered': null } });
    await waitUntil(() => document.querySelector('portico-toaster')?.shadowRoot?.textContent?.includes('Your notification preferences are saved.'));
    await el.updateComplete;
    await settle();
    expect(button(el, 'save').disabled).to.equal(true);
    expect(select(el, 'deals.decided').value).to.equal('in-app');
    expect(select(el, 'questions.answered').value).to.equal('');
    // Back on the default, the default's channel is said.
    expect(select(el, 'questions.answered').options[0].label).to.equal('Default (Both)');
    expect(select(el, 'digest').value).to.equal('weekly');
  });

  it('forgets a change made back to what was saved, and undoes', async () => {
    const { el } = await mount();
    await choose(el, 'deals.decided', 'off');
    expect(button(el, 'save').disabled).to.equal(false);
    await choose(el, 'deals.decided', '');
    expect(button(el, 'save').disabled).to.equal(true);
    await choose(el, 'questions.answered', 'off');
    await choose(el, 'digest', 'daily');
    click(button(el, 'undo'));
    await el.updateComplete;
    await settle();
    expect(select(el, 'questions.answered').value).to.equal('email');
    expect(select(el, 'digest').value).to.equal('off');
    expect(button(el, 'save').disabled).to.equal(true);
  });

  it('shows the server’s objection at the row it names', async () => {
    const { el } = await mount(routes({
      'PATCH /notifications/preferences': () => {
        throw new FakeProblem(400, 'Invalid request', 'A field is invalid.', [
          { in: 'body', field: '/channels/questions.answered', message: 'This notice cannot be turned off any more.' },
          { in: 'body', field: '/digest', message: 'Digests are off in this programme.' },
        ]);
      },
    }));
    await choose(el, 'questions.answered', 'off');
    await choose(el, 'digest', 'daily');
    click(button(el, 'save'));
    await waitUntil(() => select(el, 'questions.answered').error);
    expect(select(el, 'questions.answered').error).to.equal('This notice cannot be turned off any more.');
    expect(select(el, 'digest').error).to.equal('Digests are off in this programme.');
    expect(select(el, 'deals.decided').error).to.equal('');
    await expectAccessible(el);
    // Changing the row clears its error; the change is still there to correct.
    await choose(el, 'questions.answered', 'in-app');
    expect(select(el, 'questions.answered').error).to.equal('');
    expect(button(el, 'save').disabled).to.equal(false);
  });

  it('says why a save failed that names no field', async () => {
    const { el } = await mount(routes({
      'PATCH /notifications/preferences': () => {
        throw new FakeProblem(503, 'Service unavailable', 'Try again in a minute.');
      },
    }));
    await choose(el, 'digest', 'daily');
    click(button(el, 'save'));
    await waitUntil(() => root(el).querySelector('[role=alert]'));
    expect(root(el).querySelector('[role=alert]')!.textContent).to.equal('Try again in a minute.');
  });

  it('shows the digest alone when no kind reaches the person', async () => {
    const { el } = await mount({ 'GET /notifications/preferences': (): Preferences => ({ digest: 'daily', kinds: [] }) });
    expect(root(el).querySelector<HTMLElement & { heading: string }>('portico-empty-state')!.heading).to.equal('Nothing to choose yet');
    expect(select(el, 'digest').value).to.equal('daily');
    await expectAccessible(el);
  });

  it('shows a skeleton while loading, and an error with Retry', async () => {
    let release!: (value: Preferences) => void;
    const slow = notificationsFake({ 'GET /notifications/preferences': () => new Promise((resolve) => (release = resolve)) });
    const loading = await fixture<PorticoNotificationPreferences>(html`<portico-notification-preferences .client=${slow.client} .session=${member}></portico-notification-preferences>`);
    await waitUntil(() => root(loading).querySelector('portico-skeleton'));
    release(preferences());
    await waitUntil(() => root(loading).querySelector('li[data-kind]'));

    let failing = true;
    const { el } = await mount(routes({
      'GET /notifications/preferences': () => {
        if (failing) throw new FakeProblem(503, 'Service unavailable');
        return preferences();
      },
    }));
    expect(root(el).querySelector('portico-error-state')).to.not.equal(null);
    await expectAccessible(el);
    failing = false;
    await el.preferences.retry();
    await settle();
    expect(root(el).querySelectorAll('li[data-kind]')).to.have.length(3);
  });

  it('speaks French, with the kinds’ French names', async () => {
    const { el } = await mount();
    await setLocale('fr');
    el.locale = 'fr';
    await waitUntil(() => root(el).querySelector('h1')!.textContent === 'Préférences de notification');
    await settle();
    expect(row(el, 'deals.decided').querySelector('.kind-name')!.textContent).to.equal('Une de vos opportunités est tranchée');
    expect(select(el, 'deals.decided').options.map((o) => o.label)).to.deep.equal(['Par défaut (Les deux)', 'Dans le portail', 'Par e-mail', 'Les deux', 'Désactivé']);
    expect(row(el, 'access.mfa-reset').textContent).to.contain('Toujours envoyée par e-mail (sécurité)');
    expect([...root(el).querySelectorAll('section.plugin h2')].map((h) => h.textContent)).to.deep.equal(['Opportunités', 'Questions', 'Accès et connexion']);
    expect(button(el, 'save').textContent!.trim()).to.equal('Enregistrer les préférences');
    await expectAccessible(el);
  });
});
