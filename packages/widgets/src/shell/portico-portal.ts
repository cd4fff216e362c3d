import { html, nothing } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { customElement, property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg } from '@lit/localize';
import { LOCALES } from '@portico/core';
import type { PorticoClient } from '@portico/sdk';
import { PorticoElement } from '../base/portico-element.js';
import { clientContext, localeContext, portalContext, sessionContext } from '../context.js';
import { loose } from '../provider/loose-client.js';
import type { Locale, PortalInfo, Session } from '../context.js';
import type { WidgetContribution } from '../contribution.js';
import { registerTranslations } from '../i18n/localization.js';
import { contributionsOf, importContribution, type ContributionLoader } from './contributions.js';
import { pathWithin, resolveRoute, visibleNav, type Resolution } from './routes.js';
import { ensureSignInElement } from './sign-in-fallback.js';
import '../slot/portico-slot.js';
import '../ui/error-state/error-state.js';
import { portalStyles } from './portal.styles.js';
import { homeStyles, renderHome } from './home.js';

void registerTranslations('shell', { fr: () => import('./i18n/fr.js'), es: () => import('./i18n/es.js') });

/** Each language named in itself, so a person finds their own whatever the page's language. */
const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', fr: 'Français', es: 'Español' };

/** "AO" for Alice Owner: the person button on narrow screens, where the full name does not fit. */
function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return letters.map((word) => [...word][0]?.toUpperCase() ?? '').join('') || '?';
}

/**
 * The standalone portal: header with the tenant's logo, name and colours; navigation built from the
 * enabled plugins' contributions and the person's permissions and audience; client-side routes with
 * deep links (History API); "not found" and "not allowed" pages; a language switcher, the person menu
 * and the "Powered by Portico" footer (off with `brand.poweredBy = false`). Above every page, the
 * `portal.banners` slot shows what plugins place there for the signed-in person (a billing notice); in
 * the header, beside the language switcher and the person menu, the `portal.header` slot shows small
 * controls plugins place there for them (the notifications bell), once fully signed in. Signed out, it shows
 * the identity provider's sign-in element. Lives inside `<portico-provider>`, which it takes everything from.
 *
 * @attr base - Path the portal is served under (default: the site root).
 * @prop contributionLoader - How a plugin's widget chunk is loaded from its URL (tests replace it).
 * @fires portico-locale-change - The person picked a language (detail `{ locale }`), handled by the provider.
 * @fires portico-session-changed - After signing out, so the provider re-reads the session.
 * @fires portico-route-change - After each navigation (detail `{ path }`).
 * Listens for `portico-navigate` (detail `{ path }`) from the pages inside it.
 * @csspart header, brand, nav, main, footer, person-menu, banners, header-slot
 */
@customElement('portico-portal')
export class PorticoPortal extends PorticoElement {
  static override styles = [...PorticoElement.styles, portalStyles, homeStyles];

  @property() accessor base = '';
  @property({ attribute: false }) accessor contributionLoader: ContributionLoader = importContribution;

  // Set by the provider before the first render; absent only outside a provider, where nothing is signed in.
  @consume({ context: clientContext, subscribe: true }) @state() accessor client = undefined as unknown as PorticoClient;
  @consume({ context: sessionContext, subscribe: true }) @state() accessor session: Session | null = null;
  @consume({ context: portalContext, subscribe: true }) @state() accessor portal: PortalInfo | null = null;
  @consume({ context: localeContext, subscribe: true }) @state() accessor locale: Locale = 'en';

  @state() accessor contributions: WidgetContribution[] | null = null;
  @state() accessor path = '/';
  @state() accessor navOpen = false;
  @state() accessor personMenuOpen = false;
  /** The element of the page shown, kept across renders so that its own state survives a locale switch. */
  @state() accessor pageElement: HTMLElement | null = null;
  /** The page's code could not be fetched (the server or the network is down): said, with Retry. */
  @state() accessor pageLoadFailed: unknown = null;

  #loadedFor: PortalInfo | null = null;
  #shownRoute = '';

  /** Resolves once the plugins' contributions are loaded (tests and embedding pages wait on it). */
  contributionsLoaded: Promise<void> = Promise.resolve();

  constructor() {
    super();
    this.addEventListener('click', (event) => this.#interceptLink(event));
    this.addEventListener('portico-navigate', (event) => {
      const path = (event as CustomEvent<{ path?: string }>).detail?.path;
      if (path) this.navigate(path);
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.#onPopState);
    this.#readLocation();
  }

  override disconnectedCallback(): void {
    window.removeEventListener('popstate', this.#onPopState);
    super.disconnectedCallback();
  }

  /** Goes to `path` (below `base`), adding a history entry. */
  navigate(path: string, options: { replace?: boolean } = {}): void {
    const target = this.#prefix() + (path.startsWith('/') ? path : `/${path}`);
    if (options.replace) history.replaceState(null, '', target);
    else history.pushState(null, '', target);
    this.navOpen = false;
    this.personMenuOpen = false;
    this.#readLocation();
    window.scrollTo?.(0, 0);
  }

  #prefix(): string {
    return this.base.replace(/\/+$/, '');
  }

  #onPopState = () => this.#readLocation();

  #readLocation(): void {
    this.path = pathWithin(this.#prefix(), window.location.pathname) ?? '/';
    this.emit('portico-route-change', { path: this.path });
  }

  #interceptLink(event: MouseEvent): void {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (!anchor || !anchor.href || anchor.target || anchor.hasAttribute('download') || anchor.dataset.external !== undefined) return;
    const url = new URL(anchor.href);
    if (url.origin !== window.location.origin) return;
    const within = pathWithin(this.#prefix(), url.pathname);
    // Server pages (the identity provider's sign-in) and anything outside the portal are left to the browser.
    const serverPaths = ['/api', '/portico', ...(this.portal?.identity ? [this.portal.identity.signInPage] : [])];
    if (within === null || serverPaths.some((p) => url.pathname === p || url.pathname.startsWith(`${p}/`))) return;
    event.preventDefault();
    this.navigate(within + url.search);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('portal') && this.portal && this.portal !== this.#loadedFor) {
      this.#loadedFor = this.portal;
      const portal = this.portal;
      this.contributionsLoaded = contributionsOf(portal, this.contributionLoader).then((loaded) => {
        if (this.portal === portal) this.contributions = loaded;
      });
    }
    // The identity provider's chunk defines the real element: the fallback only once contributions are in.
    const identity = this.portal?.identity;
    if (this.#needsSignIn() && this.contributions && identity) ensureSignInElement(identity.signInElement, identity.signInPage);
    if (changed.has('path') || changed.has('contributions') || changed.has('session')) this.#showRoute();
    if (changed.has('path') || changed.has('contributions') || changed.has('session') || changed.has('locale') || changed.has('portal')) {
      document.title = this.#documentTitle();
    }
  }

  /** Signed out, or signed in but still owing the second factor (which the identity provider's sign-in element asks for). */
  #needsSignIn(): boolean {
    return !this.session || this.session.secondFactorRequired;
  }

  #resolution(): Resolution | null {
    if (!this.contributions || !this.session) return null;
    return resolveRoute(this.contributions, this.session, this.path);
  }

  /** Creates the page's element when the route changes, and sets the route parameters on it. */
  #showRoute(): void {
    const resolution = this.#resolution();
    if (resolution?.kind !== 'page') {
      this.pageElement = null;
      this.#shownRoute = '';
      return;
    }
    const key = `${resolution.pluginId}:${resolution.page.path}:${JSON.stringify(resolution.params)}`;
    if (key === this.#shownRoute) return;
    this.#shownRoute = key;
    const { page, params } = resolution;
    const element = document.createElement(page.tag);
    Object.assign(element, params);
    this.pageElement = element;
    this.pageLoadFailed = null;
    void page.load().catch((error: unknown) => {
      if (this.#shownRoute === key) this.pageLoadFailed = error ?? new Error('The page could not be loaded.');
    });
  }

  #tenantName(): string {
    return this.portal?.brand.displayName ?? this.portal?.tenant.name ?? '';
  }

  #documentTitle(): string {
    const name = this.#tenantName();
    const resolution = this.#resolution();
    let page: string | null = null;
    if (!this.session && this.portal) page = msg('Sign in', { id: 'shell.sign-in.title' });
    else if (resolution?.kind === 'page') page = resolution.page.title();
    else if (resolution?.kind === 'not-allowed') page = msg('Not allowed', { id: 'shell.not-allowed.title' });
    else if (resolution?.kind === 'not-found' && this.path !== '/') page = msg('Page not found', { id: 'shell.not-found.title' });
    return page ? `${page} · ${name}` : name;
  }

  /**
   * The first stop of the keyboard: past the header and the navigation, to the page itself. A button,
   * as a link's #main cannot reach into the shadow root.
   */
  #skipToMain = (event: Event) => {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>('main')?.focus();
  };

  protected override render() {
    if (!this.portal) return html`<main part="main" role="status">${msg('Loading…', { id: 'shell.loading' })}</main>`;
    this.classList.toggle('signed-out', !this.session);
    return html`<button type="button" class="skip-link" @click=${this.#skipToMain}>${msg('Skip to content', { id: 'shell.skip' })}</button>
      ${this.#renderHeader()} ${this.session ? this.#renderNav() : nothing}
      <main part="main" id="main" tabindex="-1">${this.session ? html`<portico-slot name="portal.banners" part="banners"></portico-slot>` : nothing}${this.#renderMain()}</main>
      ${this.portal.brand.poweredBy === false
        ? nothing
        : html`<footer part="footer"><a href="https://github.com/portico-dev/portico" data-external rel="noopener" target="_blank">${msg('Powered by Portico', { id: 'shell.powered-by' })}</a></footer>`}`;
  }

  #renderHeader() {
    const brand = this.portal!.brand;
    const logo = brand.logoUrl ? html`<img src=${brand.logoUrl} alt="" />` : nothing;
    return html`<header part="header">
      ${this.session
        ? html`<button class="menu-toggle" type="button" aria-controls="nav" aria-expanded=${String(this.navOpen)} @click=${() => (this.navOpen = !this.navOpen)}>
            ${msg('Menu', { id: 'shell.menu' })}
          </button>`
        : nothing}
      <a class="brand" part="brand" href=${this.#prefix() + '/'}>${logo}<span>${this.#tenantName()}</span></a>
      <label>
        <span class="visually-hidden">${msg('Language', { id: 'shell.language' })}</span>
        <select name="locale" @change=${this.#onLocaleChange}>
          ${(this.portal!.locales.length ? this.portal!.locales : LOCALES).map(
            (locale) => html`<option value=${locale} lang=${locale} ?selected=${locale === this.locale}>${LANGUAGE_NAMES[locale] ?? locale}</option>`,
          )}
        </select>
      </label>
      ${this.#needsSignIn() ? nothing : html`<portico-slot name="portal.header" part="header-slot" class="header-slot"></portico-slot>`}
      ${this.session ? this.#renderPersonMenu(this.session) : nothing}
    </header>`;
  }

  #renderPersonMenu(session: Session) {
    return html`<div class="person">
      <button type="button" class="person-toggle" aria-haspopup="true" aria-expanded=${String(this.personMenuOpen)} aria-controls="person-menu"
        @click=${() => (this.personMenuOpen = !this.personMenuOpen)}>
        <span class="visually-hidden">${msg('Your account', { id: 'shell.account' })}</span>
        <span class="person-name" aria-hidden="true">${session.person.name}</span>
        <span class="person-initials" aria-hidden="true">${initials(session.person.name)}</span>
      </button>
      ${this.personMenuOpen
        ? html`<div class="person-menu" id="person-menu" part="person-menu">
            <span class="who">${session.person.name}<br />${session.person.email}</span>
            <a href=${this.#prefix() + '/profile'}>${msg('Profile', { id: 'shell.profile' })}</a>
            <button type="button" class="sign-out" @click=${this.#signOut}>${msg('Sign out', { id: 'shell.sign-out' })}</button>
          </div>`
        : nothing}
    </div>`;
  }

  #renderNav() {
    const entries = visibleNav(this.contributions ?? [], this.session);
    return html`<nav part="nav" id="nav" class=${this.navOpen ? 'open' : ''} aria-label=${msg('Main navigation', { id: 'shell.nav.label' })}>
      <ul>
        ${entries.map((entry) => {
          const current = this.path === entry.path || this.path.startsWith(`${entry.path.replace(/\/$/, '')}/`);
          return html`<li><a href=${this.#prefix() + entry.path} aria-current=${current ? 'page' : 'false'}>${entry.label()}</a></li>`;
        })}
      </ul>
    </nav>`;
  }

  #renderMain() {
    if (this.#needsSignIn()) {
      if (!this.contributions) return html`<p role="status">${msg('Loading…', { id: 'shell.loading' })}</p>`;
      const identity = this.portal?.identity;
      if (!identity) return html`<p role="status">${msg('Nobody can sign in to this portal yet: it has no sign-in plugin.', { id: 'shell.no-identity' })}</p>`;
      const signIn = unsafeStatic(identity.signInElement);
      return staticHtml`<${signIn}></${signIn}>`;
    }
    if (!this.contributions) return html`<p role="status">${msg('Loading…', { id: 'shell.loading' })}</p>`;
    const resolution = this.#resolution()!;
    if (resolution.kind === 'page') {
      if (!this.pageLoadFailed) return this.pageElement;
      // A module that failed to load stays failed in this document: Retry loads the page again.
      return html`<h1>${resolution.page.title()}</h1>
        <portico-error-state .error=${this.pageLoadFailed} @portico-retry=${() => location.reload()}></portico-error-state>`;
    }
    if (resolution.kind === 'not-allowed') {
      return html`<section class="not-allowed"><h1>${msg('Not allowed', { id: 'shell.not-allowed.title' })}</h1>
        <p>${msg('Your account cannot open this page. Ask an administrator for access.', { id: 'shell.not-allowed.body' })}</p>
        <a href=${this.#prefix() + '/'}>${msg('Back to the home page', { id: 'shell.back-home' })}</a></section>`;
    }
    if (this.path === '/') return this.#renderHome();
    return html`<section class="not-found"><h1>${msg('Page not found', { id: 'shell.not-found.title' })}</h1>
      <p>${msg('This page does not exist or has moved.', { id: 'shell.not-found.body' })}</p>
      <a href=${this.#prefix() + '/'}>${msg('Back to the home page', { id: 'shell.back-home' })}</a></section>`;
  }

  /** With no page of its own at `/`, home welcomes the person and shows where they can go. */
  #renderHome() {
    // The vendor's own name ("a partner of Northwind"), not the portal's brand name.
    return renderHome(this.session!, this.session!.tenant.name || this.#tenantName(), visibleNav(this.contributions ?? [], this.session), this.#prefix());
  }

  #onLocaleChange(event: Event): void {
    const locale = (event.target as HTMLSelectElement).value as Locale;
    this.emit('portico-locale-change', { locale });
  }

  async #signOut(): Promise<void> {
    this.personMenuOpen = false;
    try {
      const identity = this.portal?.identity;
      if (identity && this.client) await loose(this.client).delete(identity.sessionPath);
    } catch (error) {
      console.error('Portico: sign-out failed', error);
    }
    this.emit('portico-session-changed');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-portal': PorticoPortal;
  }
}
