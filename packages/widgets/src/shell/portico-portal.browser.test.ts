import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { msg } from '@lit/localize';
import { setViewport } from '@web/test-runner-commands';
import '../provider/portico-provider.js';
import './portico-portal.js';
import type { PorticoProvider } from '../provider/portico-provider.js';
import type { PorticoPortal } from './portico-portal.js';
import type { ApiResponse } from '@portico/sdk';
import type { PortalInfo, Session } from '../context.js';
import { defineWidgets, type WidgetContribution } from '../contribution.js';
import { setLocale } from '../i18n/localization.js';
import { FakeProblem, fakeClient, settle } from '../testing/fake-client.js';
import { testPortal } from '../testing/portals.js';
import { expectAccessible } from '../testing/axe.js';

/** A page element of a fictional plugin: shows the route parameter it was given. */
class DealPage extends HTMLElement {
  connectedCallback() {
    this.textContent = `deal ${this.dealId ?? ''}`;
  }
  dealId?: string;
}
customElements.define('test-deal-page', DealPage);
customElements.define('test-deal-list', class extends HTMLElement {
  connectedCallback() {
    this.textContent = 'all deals';
  }
});
/** What a plugin places in the header (as the notifications bell). */
customElements.define('test-header-bell', class extends HTMLElement {
  connectedCallback() {
    this.textContent = 'bell';
  }
});

const dealsWidgets: WidgetContribution = defineWidgets({
  id: 'deals',
  nav: [
    { path: '/deals', label: () => msg('Deals', { id: 'test.deals' }), description: () => 'Register and follow your deals.', permission: 'deals.read', order: 1 },
    { path: '/reports', label: () => 'Reports', permission: 'deals.report', order: 2 },
    { path: '/partners', label: () => 'Partners', audience: 'staff', order: 3 },
  ],
  pages: [
    { path: '/deals', tag: 'test-deal-list', load: async () => undefined, permission: 'deals.read', title: () => 'Deals' },
    { path: '/deals/:dealId', tag: 'test-deal-page', load: async () => undefined, permission: 'deals.read', title: () => 'Deal' },
    { path: '/reports', tag: 'test-deal-list', load: async () => undefined, permission: 'deals.report', title: () => 'Reports' },
    // As when the server went down between two pages: the page's chunk cannot be fetched.
    { path: '/forecast', tag: 'test-forecast', load: async () => { throw new TypeError('Failed to fetch dynamically imported module'); }, permission: 'deals.read', title: () => 'Forecast' },
  ],
  slots: { 'portal.header': [{ tag: 'test-header-bell', load: async () => undefined, permission: 'deals.read' }] },
  translations: { fr: async () => ({ templates: { 'test.deals': 'Affaires' } }) },
});

function portal(brand: Partial<PortalInfo['brand']> = {}): ApiResponse<'get', '/portal'> {
  return testPortal({
    brand: { poweredBy: true, ...brand },
    plugins: [
      { id: 'deals', widgets: 'https://portico.test/portico/plugin-deals.js' },
      { id: 'access', widgets: null },
    ],
  });
}

function session(permissions: string[], kind = 'member'): ApiResponse<'get', '/access/session'> {
  return {
    person: { id: 'p1', name: 'Ada Lovelace', email: 'ada@example.com', kind, locale: null, timeZone: null },
    tenant: { id: 't1', slug: 'acme', name: 'Acme' },
    partner: kind === 'member' ? { id: 'pa1', name: 'Reseller', status: 'active' } : null,
    roles: [],
    permissions,
    via: 'session',
    verificationToken: 'v',
    secondFactorRequired: false,
    session: null,
  };
}

async function mount(options: { permissions?: string[]; kind?: string; signedIn?: boolean; secondFactorRequired?: boolean; brand?: PortalInfo['brand']; path?: string } = {}) {
  history.replaceState(null, '', options.path ?? '/');
  let signedIn = options.signedIn ?? true;
  const fake = fakeClient({
    '/portal': () => portal(options.brand),
    '/access/session': () => {
      if (!signedIn) throw new FakeProblem(401, 'Sign in first');
      return { ...session(options.permissions ?? ['deals.read'], options.kind), secondFactorRequired: options.secondFactorRequired ?? false };
    },
    'DELETE /access/session': () => {
      signedIn = false;
    },
    'GET /portal/dashboard': () => ({
      sections: [
        {
          key: 'deals.mine',
          pluginId: 'deals',
          title: { en: 'Deals', fr: 'Opportunités', es: 'Oportunidades' },
          items: [{ key: 'pending', count: 2, link: '/deals?status=pending', label: { en: { one: '{count} deal waiting', other: '{count} deals waiting' }, fr: { one: '{count} en attente', other: '{count} en attente' }, es: { one: '{count} pendiente', other: '{count} pendientes' } } }],
        },
      ],
    }),
  });
  const loaded: string[] = [];
  const provider = await fixture<PorticoProvider>(html`
    <portico-provider .client=${fake.client} .localeMemory=${{ get: () => null, set: () => {} }} locale="en">
      <portico-portal .contributionLoader=${async (url: string) => (loaded.push(url), dealsWidgets)}></portico-portal>
    </portico-provider>
  `);
  await provider.ready;
  const shell = provider.querySelector('portico-portal') as PorticoPortal;
  await settle();
  await shell.contributionsLoaded;
  await shell.updateComplete;
  return { provider, shell, fake, loaded, root: shell.shadowRoot! };
}

const navLabels = (root: ShadowRoot) => [...root.querySelectorAll('nav a')].map((a) => a.textContent!.trim());
const heading = (root: ShadowRoot) => root.querySelector('main h1')?.textContent?.trim();

describe('<portico-portal>', () => {
  afterEach(async () => {
    await setLocale('en');
    history.replaceState(null, '', '/');
  });

  it('says a page could not be loaded, with Retry, instead of a blank content area (issue 23, item 10)', async () => {
    const { root, shell } = await mount({ path: '/forecast' });
    await waitUntil(() => root.querySelector('main portico-error-state'));
    await shell.updateComplete;
    expect(heading(root)).to.equal('Forecast');
    const error = root.querySelector('main portico-error-state')!;
    await (error as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(error.shadowRoot!.textContent).to.contain('Check your connection and try again');
    expect(error.shadowRoot!.querySelector('[part=retry]')).to.not.equal(null);
    expect(root.querySelector('main test-forecast')).to.equal(null);
  });

  it('loads the chunks of enabled plugins and shows only the nav entries the person may use', async () => {
    const { root, loaded } = await mount({ permissions: ['deals.read'] });
    expect(loaded).to.deep.equal(['https://portico.test/portico/plugin-deals.js']);
    expect(navLabels(root)).to.deep.equal(['Deals']);
    expect(root.querySelector('.brand')!.textContent!.trim()).to.equal('Acme');
  });

  it('shows entries by audience: staff see staff entries, members do not', async () => {
    const staff = await mount({ permissions: ['deals.read', 'deals.report'], kind: 'staff' });
    expect(navLabels(staff.root)).to.deep.equal(['Deals', 'Reports', 'Partners']);
  });

  it('routes with the History API, sets route parameters on the page element and the document title', async () => {
    const { root, shell } = await mount();
    (root.querySelector('nav a[href="/deals"]') as HTMLAnchorElement).click();
    await shell.updateComplete;
    expect(location.pathname).to.equal('/deals');
    expect(root.querySelector('main test-deal-list')).to.exist;
    expect(root.querySelector('nav a[href="/deals"]')!.getAttribute('aria-current')).to.equal('page');
    expect(document.title).to.equal('Deals · Acme');

    shell.navigate('/deals/d%2042');
    await shell.updateComplete;
    const page = root.querySelector('main test-deal-page') as DealPage;
    expect(page.dealId).to.equal('d 42');
    expect(page.textContent).to.equal('deal d 42');

    history.back();
    await waitUntil(() => root.querySelector('main test-deal-list'), 'back shows the list again');
  });

  it('opens a deep link straight on its page', async () => {
    const { root } = await mount({ path: '/deals/abc' });
    expect((root.querySelector('main test-deal-page') as DealPage).dealId).to.equal('abc');
  });

  it('shows "not found" for an unknown path and "not allowed" for a page whose permission is missing', async () => {
    const missing = await mount({ path: '/nowhere' });
    expect(heading(missing.root)).to.equal('Page not found');
    expect(document.title).to.equal('Page not found · Acme');

    const refused = await mount({ path: '/reports', permissions: ['deals.read'] });
    expect(heading(refused.root)).to.equal('Not allowed');
    expect(refused.root.querySelector('test-deal-list')).to.equal(null);
  });

  it('offers a skip link first, which takes the keyboard past the header and navigation to the page (issue 23, item 10)', async () => {
    const { root } = await mount({ path: '/' });
    const focusable = root.querySelector<HTMLAnchorElement>('a, button, select, input');
    expect(focusable!.classList.contains('skip-link')).to.equal(true);
    expect(focusable!.textContent).to.equal('Skip to content');
    focusable!.focus();
    focusable!.click();
    expect(root.activeElement?.tagName).to.equal('MAIN');
    expect(location.pathname).to.equal('/');
  });

  it('shows the "Powered by Portico" footer unless the tenant turns it off', async () => {
    const shown = await mount();
    expect(shown.root.querySelector('footer')!.textContent).to.contain('Powered by Portico');
    const hidden = await mount({ brand: { poweredBy: false, displayName: 'Acme Partners' } });
    expect(hidden.root.querySelector('footer')).to.equal(null);
    expect(hidden.root.querySelector('.brand')!.textContent!.trim()).to.equal('Acme Partners');
  });

  it('switches the language: the shell and the plugin labels follow', async () => {
    const { root, shell } = await mount();
    const select = root.querySelector('select[name="locale"]') as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).to.deep.equal(['English', 'Français', 'Español']);
    select.value = 'fr';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => navLabels(root)[0] === 'Affaires', 'nav in French');
    shell.navigate('/nowhere');
    await shell.updateComplete;
    expect(heading(root)).to.equal('Page introuvable');
    expect(root.querySelector('footer')!.textContent).to.contain('Propulsé par Portico');
  });

  it('signed out, shows the sign-in element and no navigation; signing out comes back to it', async () => {
    const out = await mount({ signedIn: false });
    expect(out.root.querySelector('nav')).to.equal(null);
    const signIn = out.root.querySelector('main portico-sign-in');
    expect(signIn).to.exist;
    expect(customElements.get('portico-sign-in')).to.exist;

    const { root, shell } = await mount();
    (root.querySelector('.person-toggle') as HTMLButtonElement).click();
    await shell.updateComplete;
    expect(root.querySelector('.person-menu a')!.getAttribute('href')).to.equal('/profile');
    (root.querySelector('.sign-out') as HTMLButtonElement).click();
    await waitUntil(() => root.querySelector('main portico-sign-in'), 'sign-in after signing out');
  });

  it('shows the sign-in element, not the page, while the session owes its second factor', async () => {
    const { root } = await mount({ permissions: ['access.mfa'], secondFactorRequired: true, path: '/deals' });
    expect(root.querySelector('main portico-sign-in')).to.exist;
    expect(root.querySelector('main test-deal-list')).to.equal(null);
    expect(root.querySelector('header portico-slot')).to.equal(null);
  });

  it('shows what plugins place in the header (portal.header) beside the person menu, signed in only, as the person’s permissions allow', async () => {
    const { root, shell } = await mount({ permissions: ['deals.read'] });
    const slot = root.querySelector('header portico-slot[name="portal.header"]')!;
    expect(slot).to.exist;
    expect(slot.nextElementSibling!.classList.contains('person')).to.equal(true);
    await waitUntil(() => slot.shadowRoot!.querySelector('test-header-bell'), 'the contributed header element');
    expect(slot.shadowRoot!.querySelector('test-header-bell')!.textContent).to.equal('bell');
    await expectAccessible(shell);

    const without = await mount({ permissions: [] });
    const empty = without.root.querySelector('header portico-slot[name="portal.header"]') as HTMLElement & { entries: unknown[]; updateComplete: Promise<unknown> };
    await empty.updateComplete;
    await settle();
    expect(empty.entries).to.deep.equal([]);

    const out = await mount({ signedIn: false });
    expect(out.root.querySelector('header portico-slot')).to.equal(null);
  });

  it('welcomes the person on home with their organisation and a card per section they may use, and their profile', async () => {
    const { root, shell } = await mount({ permissions: ['deals.read'] });
    expect(root.querySelector('main h1')!.textContent).to.equal('Welcome, Ada Lovelace');
    expect(root.querySelector('main .organisation')!.textContent).to.equal('Reseller, a partner of Acme');
    const cards = [...root.querySelectorAll('main .cards a')].map((a) => [a.getAttribute('href'), a.querySelector('.label')!.textContent, a.querySelector('.description')?.textContent]);
    expect(cards).to.deep.equal([
      ['/deals', 'Deals', 'Register and follow your deals.'],
      ['/profile', 'Your profile', 'Your name, language and time zone, and where you are signed in.'],
    ]);
    await expectAccessible(shell);
  });

  it('shows on home what needs the person, above the sections, each count opening its page within the portal (issue 23, item 8)', async () => {
    const { root, shell } = await mount({ permissions: ['deals.read', 'portal.dashboard'] });
    const dashboard = root.querySelector('main portico-dashboard')!;
    expect(dashboard).to.exist;
    expect(dashboard.compareDocumentPosition(root.querySelector('main .cards')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    await waitUntil(() => dashboard.shadowRoot!.querySelector('.items a'), 'the dashboard\'s counts');
    const link = dashboard.shadowRoot!.querySelector<HTMLAnchorElement>('.items a')!;
    expect(link.textContent!.replace(/\s+/g, ' ').trim()).to.equal('2 deals waiting');
    link.click();
    await shell.updateComplete;
    expect(location.pathname + location.search).to.equal('/deals?status=pending');
    await waitUntil(() => root.querySelector('main test-deal-list'), 'the deals page');
    await expectAccessible(shell);
  });

  it('leaves the dashboard out for a person who may not see it', async () => {
    const { root } = await mount({ permissions: ['deals.read'] });
    expect(root.querySelector('main portico-dashboard')).to.equal(null);
    expect(root.querySelector('main .cards')).to.exist;
  });

  it('names the tenant for its staff on home', async () => {
    const { root } = await mount({ permissions: [], kind: 'staff' });
    expect(root.querySelector('main .organisation')!.textContent).to.equal('Acme staff');
    expect([...root.querySelectorAll('main .cards a')].map((a) => a.getAttribute('href'))).to.deep.equal(['/partners', '/profile']);
  });

  it('collapses the navigation behind a menu button on narrow screens', async () => {
    const { root, shell } = await mount();
    const nav = root.querySelector('nav')!;
    const toggle = root.querySelector('.menu-toggle') as HTMLButtonElement;
    await setViewport({ width: 1200, height: 800 });
    expect(getComputedStyle(toggle).display).to.equal('none');
    expect(getComputedStyle(nav).display).to.not.equal('none');
    try {
      await setViewport({ width: 360, height: 740 });
      expect(getComputedStyle(nav).display).to.equal('none');
      // The person button keeps a visible name: the initials, where the full name does not fit.
      const initials = root.querySelector('.person-initials')!;
      expect(initials.textContent).to.equal('AL');
      expect(getComputedStyle(initials).display).to.not.equal('none');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      toggle.click();
      await shell.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(getComputedStyle(nav).display).to.not.equal('none');
      (root.querySelector('nav a[href="/deals"]') as HTMLAnchorElement).click();
      await shell.updateComplete;
      expect(getComputedStyle(nav).display, 'closes after choosing').to.equal('none');
    } finally {
      await setViewport({ width: 1200, height: 800 });
    }
  });
});
