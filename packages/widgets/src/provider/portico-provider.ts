import { css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { createClient } from '@portico/sdk';
import type { PorticoClient } from '@portico/sdk';
import { PorticoElement } from '../base/portico-element.js';
import { clientContext, localeContext, portalContext, sessionContext } from '../context.js';
import type { Locale, PortalInfo, Session } from '../context.js';
import { getLocale, setLocale } from '../i18n/localization.js';
import { themeStyles } from '../theme/tokens.js';
import { brandDeclarations } from '../theme/brand.js';
import { isProblem, loose } from './loose-client.js';
import { deviceLocaleMemory, resolveLocale, type LocaleMemory } from './resolve-locale.js';
import { requestTokenFromPage } from './token.js';
import type { TokenProvider } from './token.js';

export type ProviderStatus = 'loading' | 'ready' | 'error';

/**
 * Owns the API client, the session, the portal (tenant, brand, plugins) and the locale, and hands
 * them down through @lit/context. Every Portico widget lives inside one.
 *
 * @attr base-url - Where Portico answers (default: this origin). Paths are sent without `/api/v1`.
 * @attr locale - Pins the locale (`en`, `fr`, `es`); otherwise the person's, the tenant's default, the browser's.
 * @attr auth - `session` (cookie session, the standalone portal) or `bearer` (embed tokens on another site).
 * @attr scheme - `light` or `dark` pins the colour scheme; otherwise it follows the system.
 *
 * @prop tokenProvider - For `auth="bearer"`: `async () => ({ token, expiresAt })`, minted by the host's backend.
 * @prop client - An existing client to use instead of creating one.
 * @prop localeMemory - Where a language picked in the page is kept between page loads (default: this device's local storage).
 *
 * @fires portico-token-request - Bearer auth without `tokenProvider`: answer with `event.detail.respondWith(promise)`.
 * @fires portico-ready - The portal and session are loaded (detail: `{ portal, session }`).
 * @fires portico-error - The portal could not be loaded (detail: the error).
 *
 * Listens for `portico-session-changed` (re-fetches the session, e.g. after sign-in or sign-out),
 * `portico-portal-changed` (re-fetches the portal, e.g. after the brand was saved) and
 * `portico-locale-change` (detail `{ locale }`, e.g. from a locale switcher) from anything inside it.
 *
 * @slot - The widgets.
 * @cssprop --portico-color-primary, --portico-color-on-primary, --portico-color-accent, --portico-color-surface,
 *   --portico-color-surface-alt, --portico-color-text, --portico-color-muted, --portico-color-border,
 *   --portico-color-danger, --portico-color-success, --portico-color-warning, --portico-font-family,
 *   --portico-radius, --portico-space-1 … --portico-space-6 - Theme tokens; the tenant brand sets the
 *   defaults, and the host page's own rules on `portico-provider` override them.
 */
@customElement('portico-provider')
export class PorticoProvider extends PorticoElement {
  static override styles = [
    ...PorticoElement.styles,
    themeStyles,
    css`
      :host {
        display: block;
        color: var(--portico-color-text);
        font-family: var(--portico-font-family);
      }
    `,
  ];

  @property({ attribute: 'base-url' }) accessor baseUrl = '';
  @property({ reflect: true }) accessor locale: string | undefined = undefined;
  @property() accessor auth: 'session' | 'bearer' = 'session';
  @property({ attribute: false }) accessor localeMemory: LocaleMemory = deviceLocaleMemory;
  @property({ reflect: true }) accessor scheme: 'light' | 'dark' | undefined = undefined;
  @property({ attribute: false }) accessor tokenProvider: TokenProvider | undefined = undefined;

  @provide({ context: clientContext })
  @property({ attribute: false })
  // Set in the first willUpdate, before anything can consume it; typed as always present for consumers.
  accessor client: PorticoClient = undefined as unknown as PorticoClient;

  @provide({ context: sessionContext })
  @state()
  accessor session: Session | null = null;

  @provide({ context: portalContext })
  @state()
  accessor portal: PortalInfo | null = null;

  @provide({ context: localeContext })
  @state()
  accessor activeLocale: Locale = getLocale();

  @state() accessor status: ProviderStatus = 'loading';

  /** Resolves once the portal, the session and the locale are loaded (again after each reload). */
  get ready(): Promise<void> {
    return this.#loading;
  }

  #ownsClient = false;
  #loading: Promise<void> = Promise.resolve();
  #loadId = 0;
  #stopListening: (() => void) | undefined;
  #baseSheets: CSSStyleSheet[] | undefined;
  #brandSheet = new CSSStyleSheet();

  constructor() {
    super();
    this.addEventListener('portico-session-changed', () => void this.refreshSession());
    this.addEventListener('portico-portal-changed', () => void this.refreshPortal());
    this.addEventListener('portico-locale-change', (event) => {
      const locale = (event as CustomEvent<{ locale?: string }>).detail?.locale;
      if (!locale) return;
      this.locale = locale;
      void this.#rememberLocale(locale);
    });
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    const connectionChanged = changed.has('baseUrl') || changed.has('auth');
    if (!this.client || (this.#ownsClient && connectionChanged)) {
      this.client = this.#createClient();
      this.#ownsClient = true;
    }
    if (changed.has('client') || (this.#ownsClient && connectionChanged)) {
      this.#loading = this.#load();
    } else if (changed.has('locale') && this.status !== 'loading') {
      this.#loading = this.#applyLocale();
    }
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('portal')) this.#applyBrand();
  }

  /** Fetches the session again: after sign-in, sign-out, or a change of profile. */
  async refreshSession(): Promise<void> {
    try {
      this.session = await this.#fetchSession();
    } catch (error) {
      this.emit('portico-error', error);
      return;
    }
    this.#loading = this.#applyLocale();
    await this.#loading;
  }

  /**
   * A language picked in the page is kept: on this device (before anyone signs in, and across reloads
   * and links), and in the signed-in person's profile, which their other devices and their emails follow.
   */
  async #rememberLocale(locale: string): Promise<void> {
    this.localeMemory.set(locale);
    const profilePath = this.portal?.identity?.profilePath;
    const person = this.session?.person;
    if (!profilePath || !person || person.locale === locale || this.session?.secondFactorRequired) return;
    try {
      await loose(this.client!).patch(profilePath, { body: { locale } });
      if (this.session?.person.id === person.id) this.session = { ...this.session, person: { ...this.session.person, locale } };
    } catch (error) {
      this.emit('portico-error', error);
    }
  }

  /** Fetches the portal again (its brand, once saved, shows at once). */
  async refreshPortal(): Promise<void> {
    try {
      this.portal = (await loose(this.client!).get('/portal')) as PortalInfo;
    } catch (error) {
      this.emit('portico-error', error);
    }
  }

  #createClient(): PorticoClient {
    const acceptLanguage = () => getLocale();
    if (this.auth === 'bearer') {
      return createClient({
        baseUrl: this.baseUrl,
        acceptLanguage,
        auth: { type: 'bearer', getToken: () => (this.tokenProvider ? this.tokenProvider() : requestTokenFromPage(this)) },
      });
    }
    return createClient({ baseUrl: this.baseUrl, acceptLanguage, auth: { type: 'session' } });
  }

  async #load(): Promise<void> {
    const loadId = ++this.#loadId;
    const client = loose(this.client!);
    this.#stopListening?.();
    const stop = client.onUnauthenticated?.(() => {
      if (loadId === this.#loadId) this.session = null;
    });
    this.#stopListening = typeof stop === 'function' ? (stop as () => void) : undefined;
    this.status = 'loading';
    try {
      // The portal names the identity provider, whose session path tells who is here.
      const portal = (await client.get('/portal')) as PortalInfo;
      client.setIdentity?.(portal.identity);
      // Signed out is known from the portal: no request for a session that is not there (no 401 in
      // the browser's console on every signed-out page).
      const session = portal.signedIn === false ? this.#noSession() : await this.#fetchSession(portal);
      if (loadId !== this.#loadId) return;
      this.portal = portal;
      this.session = session;
      await this.#applyLocale();
      this.status = 'ready';
      this.emit('portico-ready', { portal, session });
    } catch (error) {
      if (loadId !== this.#loadId) return;
      this.status = 'error';
      this.emit('portico-error', error);
    }
  }

  #noSession(): null {
    loose(this.client!).setVerificationToken?.(null);
    return null;
  }

  async #fetchSession(portal: PortalInfo | null = this.portal): Promise<Session | null> {
    const client = loose(this.client!);
    // Without an identity provider nobody signs in: everyone is anonymous.
    if (!portal?.identity) return null;
    try {
      const session = (await client.get(portal.identity.sessionPath)) as Session;
      if (this.auth === 'session') client.setVerificationToken?.(session.verificationToken);
      return session;
    } catch (error) {
      // Signed out is an answer, not a failure.
      if (isProblem(error) && error.status === 401) {
        client.setVerificationToken?.(null);
        return null;
      }
      throw error;
    }
  }

  async #applyLocale(): Promise<void> {
    const locale = resolveLocale(this.locale, this.session, this.portal, navigator.languages, this.localeMemory.get());
    await setLocale(locale);
    this.activeLocale = locale;
    // Screen readers pick their voice from the nearest lang; the page's own may differ.
    this.lang = locale;
  }

  #applyBrand(): void {
    const root = this.shadowRoot;
    if (!root) return;
    this.#baseSheets ??= [...root.adoptedStyleSheets];
    this.#brandSheet.replaceSync(brandDeclarations(this.portal?.brand));
    root.adoptedStyleSheets = [...this.#baseSheets, this.#brandSheet];
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-provider': PorticoProvider;
  }
}
