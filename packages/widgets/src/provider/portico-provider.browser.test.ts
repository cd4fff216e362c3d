import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { LitElement } from 'lit';
import { consume } from '@lit/context';
import { customElement } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import './portico-provider.js';
import type { PorticoProvider } from './portico-provider.js';
import { localeContext, portalContext, sessionContext } from '../context.js';
import type { ApiResponse } from '@portico/sdk';
import type { Locale, PortalInfo, Session } from '../context.js';
import { PorticoElement } from '../base/portico-element.js';
import { setLocale } from '../i18n/localization.js';
import { FakeProblem, fakeClient, settle } from '../testing/fake-client.js';
import { testPortal } from '../testing/portals.js';
import { requestTokenFromPage } from './token.js';
import { rememberLocaleCookie, resolveLocale } from './resolve-locale.js';

@customElement('test-provider-consumer')
class TestConsumer extends PorticoElement {
  @consume({ context: sessionContext, subscribe: true }) accessor session: Session | null = null;
  @consume({ context: portalContext, subscribe: true }) accessor portal: PortalInfo | null = null;
  @consume({ context: localeContext, subscribe: true }) accessor locale: Locale = 'en';
  protected override render() {
    return html`<p>${msg('Loading…')}</p>`;
  }
}
void TestConsumer;
void LitElement;

function portal(overrides: Partial<ApiResponse<'get', '/portal'>> = {}): ApiResponse<'get', '/portal'> {
  return testPortal({ brand: { primaryColor: '#ffd400', accentColor: '#123456', poweredBy: true }, ...overrides });
}

function session(locale: string | null = null): ApiResponse<'get', '/access/session'> {
  return {
    person: { id: 'p1', name: 'Ada', email: 'ada@example.com', kind: 'member', locale, timeZone: null },
    tenant: { id: 't1', slug: 'acme', name: 'Acme' },
    partner: { id: 'pa1', name: 'Reseller', status: 'active' },
    roles: [],
    permissions: ['deals.read'],
    via: 'session',
    verificationToken: 'verify-1',
    secondFactorRequired: false,
    session: null,
  };
}

/** A memory of the picked language for one test (the device's local storage is shared by test files). */
function memory(picked: string | null = null) {
  return { picked, get() { return this.picked; }, set(locale: string) { this.picked = locale; } };
}

async function mount(routes: Parameters<typeof fakeClient>[0], attributes: { locale?: string; scheme?: string; remembered?: ReturnType<typeof memory> } = {}) {
  const fake = fakeClient(routes);
  const provider = await fixture<PorticoProvider>(html`
    <portico-provider .client=${fake.client} .localeMemory=${attributes.remembered ?? memory()} locale=${attributes.locale ?? ''} scheme=${attributes.scheme ?? 'light'}>
      <test-provider-consumer></test-provider-consumer>
    </portico-provider>
  `);
  await provider.ready;
  await settle();
  const consumer = provider.querySelector('test-provider-consumer') as TestConsumer;
  return { provider, consumer, fake };
}

describe('<portico-provider>', () => {
  afterEach(() => setLocale('en'));

  it('loads the portal and the session and hands them down', async () => {
    const { provider, consumer, fake } = await mount({ '/portal': () => portal(), '/access/session': () => session() });
    expect(provider.status).to.equal('ready');
    expect(consumer.portal?.tenant.name).to.equal('Acme');
    expect(consumer.session?.person.name).to.equal('Ada');
    expect(fake.verificationTokens).to.deep.equal(['verify-1']);
  });

  it('treats 401 on the session as signed out, not as an error', async () => {
    const { provider, consumer } = await mount({
      '/portal': () => portal(),
      '/access/session': () => {
        throw new FakeProblem(401, 'Sign in first');
      },
    });
    expect(provider.status).to.equal('ready');
    expect(consumer.session).to.equal(null);
  });

  it('knows from the portal that nobody is signed in, and asks for no session (no 401 in the console; issue 23, item 10)', async () => {
    const { consumer, fake, provider } = await mount({ '/portal': () => portal({ signedIn: false }), '/access/session': () => session() });
    expect(provider.status).to.equal('ready');
    expect(consumer.session).to.equal(null);
    expect(fake.calls.some((c) => c.path === '/access/session')).to.equal(false);
    expect(fake.verificationTokens.at(-1)).to.equal(null);
  });

  it('keeps a picked language in a cookie for the pages the server renders, and nothing that is not a language (issue 23, item 7)', () => {
    rememberLocaleCookie('fr');
    expect(document.cookie).to.contain('portico_locale=fr');
    rememberLocaleCookie('de; path=/evil');
    expect(document.cookie).to.contain('portico_locale=fr');
    rememberLocaleCookie('en');
    expect(document.cookie).to.contain('portico_locale=en');
  });

  it('reports an unreachable portal as an error', async () => {
    const fake = fakeClient({
      '/portal': () => {
        throw new FakeProblem(500, 'Down');
      },
      '/access/session': () => session(),
    });
    const provider = await fixture<PorticoProvider>(html`<portico-provider .client=${fake.client}></portico-provider>`);
    await provider.ready;
    expect(provider.status).to.equal('error');
  });

  it('picks the locale: attribute, then the person, then the one picked on this device, then the browser, then the tenant (issue 23, item 7)', () => {
    const spanishTenant = portal({ tenant: { slug: 'acme', name: 'Acme', defaultLocale: 'es' } });
    expect(resolveLocale('es', session('fr'), spanishTenant, ['fr-FR'], 'en')).to.equal('es');
    expect(resolveLocale('', session('fr'), spanishTenant, ['en-US'], 'es')).to.equal('fr');
    expect(resolveLocale('', session(null), spanishTenant, ['en-US'], 'fr')).to.equal('fr');
    expect(resolveLocale('', null, spanishTenant, ['fr-FR', 'en'], null), 'a French browser gets French').to.equal('fr');
    expect(resolveLocale('', null, spanishTenant, ['de-DE'], null), 'a language the portal does not speak: the tenant\'s').to.equal('es');
    expect(resolveLocale('', null, null, ['de-DE'], null)).to.equal('en');
  });

  it('keeps a language picked in the page: on the device, and in the signed-in person\'s profile (issue 23, item 7)', async () => {
    const remembered = memory();
    const withProfile = portal();
    const { provider, consumer, fake } = await mount({ '/portal': () => withProfile, '/access/session': () => session('en'), 'PATCH /access/profile': () => ({ id: 'p1', name: 'Ada', email: 'ada@example.com', locale: 'es', timeZone: null }) }, { remembered });
    consumer.dispatchEvent(new CustomEvent('portico-locale-change', { detail: { locale: 'es' }, bubbles: true, composed: true }));
    await provider.ready;
    await settle();
    expect(remembered.picked).to.equal('es');
    expect(fake.calls.find((c) => c.method === 'PATCH')?.options.body).to.deep.equal({ locale: 'es' });
    expect(consumer.session?.person.locale).to.equal('es');

    // Signed out, on the next page load: the device remembers.
    const signedOut = await mount({ '/portal': () => withProfile, '/access/session': () => { throw new FakeProblem(401, 'Sign in first'); } }, { remembered });
    expect(signedOut.consumer.locale).to.equal('es');
    expect(signedOut.fake.calls.some((c) => c.method === 'PATCH'), 'nobody to save it for').to.equal(false);
  });

  it('applies the locale it picks to the widgets inside it', async () => {
    let result = await mount({ '/portal': () => portal(), '/access/session': () => session('fr') }, { locale: 'es' });
    expect(result.consumer.locale).to.equal('es');
    expect(result.consumer.shadowRoot!.textContent).to.contain('Cargando');

    result = await mount({ '/portal': () => portal(), '/access/session': () => session('fr') });
    expect(result.consumer.locale).to.equal('fr');
    expect(result.consumer.shadowRoot!.textContent).to.contain('Chargement');
    expect(result.provider.lang).to.equal('fr');

    result = await mount({ '/portal': () => portal(), '/access/session': () => session(null) });
    expect(result.consumer.locale).to.equal(navigator.languages[0]?.startsWith('fr') ? 'fr' : navigator.languages[0]?.startsWith('es') ? 'es' : 'en');
  });

  it('switches locale when asked by a portico-locale-change event', async () => {
    const { provider, consumer } = await mount({ '/portal': () => portal(), '/access/session': () => session() });
    consumer.dispatchEvent(new CustomEvent('portico-locale-change', { detail: { locale: 'fr' }, bubbles: true, composed: true }));
    await provider.updateComplete;
    await provider.ready;
    await settle();
    expect(consumer.locale).to.equal('fr');
    expect(consumer.shadowRoot!.textContent).to.contain('Chargement');
  });

  it('re-fetches the session on portico-session-changed', async () => {
    let signedIn = false;
    const { provider, consumer } = await mount({
      '/portal': () => portal(),
      '/access/session': () => {
        if (!signedIn) throw new FakeProblem(401, 'Sign in first');
        return session('es');
      },
    });
    expect(consumer.session).to.equal(null);
    signedIn = true;
    consumer.dispatchEvent(new CustomEvent('portico-session-changed', { bubbles: true, composed: true }));
    await oneEvent(window, 'lit-localize-status');
    await provider.ready;
    await settle();
    expect(consumer.session?.person.email).to.equal('ada@example.com');
    expect(consumer.locale).to.equal('es');
  });

  it('forgets the session when the client reports it unauthenticated', async () => {
    const { consumer, fake } = await mount({ '/portal': () => portal(), '/access/session': () => session() });
    fake.signOut();
    await settle();
    expect(consumer.session).to.equal(null);
  });

  it('takes theme defaults from the brand, with readable text on primary, and lets the page override them', async () => {
    const { consumer } = await mount({ '/portal': () => portal(), '/access/session': () => session() });
    const styles = getComputedStyle(consumer);
    expect(styles.getPropertyValue('--portico-color-primary').trim()).to.equal('#ffd400');
    // Yellow is light: text on it must be dark.
    expect(styles.getPropertyValue('--portico-color-on-primary').trim()).to.equal('#111111');
    expect(styles.getPropertyValue('--portico-color-accent').trim()).to.equal('#123456');

    const style = document.createElement('style');
    style.textContent = 'portico-provider { --portico-color-primary: #660066; }';
    document.head.append(style);
    try {
      expect(getComputedStyle(consumer).getPropertyValue('--portico-color-primary').trim()).to.equal('#660066');
    } finally {
      style.remove();
    }
  });

  it('takes a brand saved on a page inside it at once, without a reload (issue 23, item 4)', async () => {
    let primaryColor = '#ffd400';
    const { provider, consumer } = await mount({ '/portal': () => portal({ brand: { primaryColor, logoUrl: primaryColor === '#ffd400' ? undefined : 'https://portal.test/api/v1/portal/logo?v=abc', poweredBy: true } }), '/access/session': () => session() });
    expect(consumer.portal?.brand.logoUrl).to.equal(undefined);
    primaryColor = '#0b5cad';
    consumer.dispatchEvent(new CustomEvent('portico-portal-changed', { bubbles: true, composed: true }));
    await settle();
    await settle();
    expect(consumer.portal?.brand.logoUrl).to.equal('https://portal.test/api/v1/portal/logo?v=abc');
    expect(getComputedStyle(provider).getPropertyValue('--portico-color-primary').trim()).to.equal('#0b5cad');
  });

  it('ignores brand values that are not plain colours', async () => {
    const hostile = portal({ brand: { primaryColor: 'red; } :host { display: none', poweredBy: true } });
    const { provider, consumer } = await mount({ '/portal': () => hostile, '/access/session': () => session() });
    expect(getComputedStyle(consumer).getPropertyValue('--portico-color-primary').trim()).to.equal('#2456d3');
    expect(getComputedStyle(provider).display).to.equal('block');
  });

  it('switches to the dark scheme with scheme="dark"', async () => {
    const { provider, consumer } = await mount({ '/portal': () => portal(), '/access/session': () => session() });
    const light = getComputedStyle(consumer).getPropertyValue('--portico-color-surface').trim();
    provider.scheme = 'dark';
    await provider.updateComplete;
    const dark = getComputedStyle(consumer).getPropertyValue('--portico-color-surface').trim();
    expect(light).to.equal('#ffffff');
    expect(dark).to.equal('#111827');
  });

  it('asks the host page for an embed token through portico-token-request', async () => {
    const target = document.createElement('div');
    document.body.append(target);
    document.body.addEventListener(
      'portico-token-request',
      (event) => (event as CustomEvent).detail.respondWith(Promise.resolve({ token: 'tok', expiresAt: '2030-01-01T00:00:00Z' })),
      { once: true },
    );
    const answer = await requestTokenFromPage(target);
    target.remove();
    expect(answer.token).to.equal('tok');
    let failure: unknown;
    await requestTokenFromPage(target).catch((error: unknown) => (failure = error));
    expect(String(failure)).to.contain('tokenProvider');
  });
});
