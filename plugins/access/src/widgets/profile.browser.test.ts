import { FakeProblem, expect, expectAccessible, fakeClient, fixture, html, settle, waitUntil } from '@portico/widgets/testing';
import { setLocale } from '@portico/widgets';
import '@portico/widgets';
import { registerAccessTranslations } from './test-support.js';
import './profile.js';
import type { PorticoProfile } from './profile.js';

registerAccessTranslations();

const profile = { id: 'p1', name: 'Ada Lovelace', email: 'ada@example.com', locale: 'en', timeZone: 'Europe/Paris' };
const now = new Date().toISOString();
const sessions = {
  items: [
    { id: 's1', createdAt: now, lastSeenAt: now, expiresAt: now, device: 'Chrome on Linux', ip: null, via: 'session', current: true },
    { id: 's2', createdAt: now, lastSeenAt: now, expiresAt: now, device: 'Safari on iOS', ip: null, via: 'session', current: false },
  ],
};

async function mount(extra: Parameters<typeof fakeClient>[0] = {}) {
  const fake = fakeClient({ 'GET /access/profile': () => profile, 'GET /access/sessions': () => sessions, ...extra });
  const el = await fixture<PorticoProfile>(html`<portico-profile .client=${fake.client}></portico-profile>`);
  await waitUntil(() => el.sessions.status === 'ready' && el.profile.status === 'ready');
  return { el, fake };
}

const root = (el: HTMLElement) => el.shadowRoot!;
const table = (el: HTMLElement) => root(el).querySelector('portico-data-table')!;
const buttonWith = (scope: ParentNode, label: string) => [...scope.querySelectorAll<HTMLElement>('portico-button')].find((b) => b.textContent!.includes(label))!;

describe('<portico-profile>', () => {
  afterEach(() => setLocale('en'));

  it('shows the profile and the devices, the current one marked', async () => {
    const { el } = await mount();
    expect(root(el).querySelector<HTMLElement & { value: string }>('[name=name]')!.value).to.equal('Ada Lovelace');
    const cells = table(el).shadowRoot!.textContent!;
    expect(cells).to.contain('Safari on iOS');
    expect(cells).to.contain('This device');
    await expectAccessible(el);
  });

  it('with an embed token, on a host site, offers no portal devices nor "Sign out everywhere"', async () => {
    const fake = fakeClient({ 'GET /access/profile': () => profile, 'GET /access/sessions': () => sessions });
    const session = { via: 'embed' } as PorticoProfile['session'];
    const el = await fixture<PorticoProfile>(html`<portico-profile .client=${fake.client} .session=${session}></portico-profile>`);
    await waitUntil(() => el.profile.status === 'ready');
    await el.updateComplete;
    expect(root(el).querySelector<HTMLElement & { value: string }>('[name=name]')!.value).to.equal('Ada Lovelace');
    expect(root(el).querySelector('[part=sessions]')).to.equal(null);
    expect(root(el).textContent).to.not.contain('Sign out everywhere');
    expect(fake.calls.map((c) => c.path)).to.not.include('/access/sessions');
    await expectAccessible(el);
  });

  it('shows a skeleton while loading and an error with retry', async () => {
    let fail = true;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const fake = fakeClient({
      'GET /access/profile': () => profile,
      'GET /access/sessions': async () => {
        await gate;
        if (fail) throw new FakeProblem(503, 'Service unavailable');
        return sessions;
      },
    });
    const el = await fixture<PorticoProfile>(html`<portico-profile .client=${fake.client}></portico-profile>`);
    expect(root(el).querySelector('portico-skeleton')).to.exist;
    release();
    await waitUntil(() => el.sessions.status === 'error');
    fail = false;
    root(el).querySelector('portico-error-state')!.dispatchEvent(new CustomEvent('portico-retry'));
    await waitUntil(() => el.sessions.status === 'ready');
  });

  it('saves the name and shows a server field error on the field', async () => {
    const { el, fake } = await mount({
      'PATCH /access/profile': ({ body }) => {
        if ((body as { timeZone: string }).timeZone === 'Europe/Paris') throw new FakeProblem(400, 'Invalid request', undefined, [{ field: '/name', message: 'must not be blank' }]);
        return profile;
      },
    });
    root(el).querySelector('form')!.requestSubmit();
    await settle();
    expect(fake.calls.at(-1)!.options.body).to.deep.equal({ name: 'Ada Lovelace', timeZone: 'Europe/Paris' });
    expect(root(el).querySelector<HTMLElement & { error: string }>('[name=name]')!.error).to.equal('must not be blank');
  });

  it('applies a new language at once and keeps it', async () => {
    const { el, fake } = await mount({ 'PATCH /access/profile': () => ({ ...profile, locale: 'fr' }) });
    let locale = '';
    el.addEventListener('portico-locale-change', (e) => (locale = (e as CustomEvent).detail.locale), { once: true });
    root(el).querySelector('[name=locale]')!.dispatchEvent(new CustomEvent('portico-change', { detail: { value: 'fr' } }));
    await settle();
    expect(locale).to.equal('fr');
    expect(fake.calls.at(-1)!.options.body).to.deep.equal({ locale: 'fr' });
  });

  it('signs out another device', async () => {
    const { el, fake } = await mount({ 'DELETE /access/sessions/{id}': () => undefined });
    buttonWith(table(el).shadowRoot!, 'Sign out this device').click();
    await settle();
    expect(fake.calls.find((c) => c.method === 'DELETE')!.options.params).to.deep.equal({ id: 's2' });
  });

  it('signs out everywhere only after confirming', async () => {
    const { el, fake } = await mount({ 'POST /access/sessions/revoke-all': () => ({ revoked: 2 }) });
    buttonWith(root(el), 'Sign out everywhere').click();
    await settle();
    const dialog = root(el).querySelector('portico-dialog')!;
    expect(dialog.open).to.equal(true);
    expect(fake.calls.some((c) => c.method === 'POST')).to.equal(false);
    let changed = false;
    el.addEventListener('portico-session-changed', () => (changed = true));
    buttonWith(dialog, 'Sign out everywhere').click();
    await settle();
    expect(fake.calls.at(-1)!.options.body).to.deep.equal({ keepCurrent: false });
    expect(changed).to.equal(true);
  });

  it('speaks Spanish', async () => {
    const { el } = await mount();
    await setLocale('es');
    await waitUntil(() => root(el).querySelector('h1')!.textContent!.includes('Su perfil'));
  });
});
