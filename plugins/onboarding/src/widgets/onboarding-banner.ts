import { css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg, str } from '@lit/localize';
import type { PorticoClient } from '@portico/sdk';
import { PorticoElement, ResourceController, clientContext, hasPermission, localeContext, sessionContext, type Locale, type Session } from '@portico/widgets';
import { P } from '../permissions.js';
import { ONBOARDING_CHANGED, doneCount, onboardingCall, pageStyles, type Checklist } from './shared.js';

/** A checklist worth a line above every page: steps left, not put away. */
const showable = (c: Checklist) => c.steps.length > 0 && c.done < c.total && !c.completedAt && !c.dismissedAt;

/** How long a loaded checklist is trusted before moving to another page reads it again (steps complete themselves meanwhile). */
const FRESH_MS = 30_000;

const onChecklistPage = (path: string) => /\/onboarding\/?$/.test(path);

/**
 * The "Getting started" line the onboarding plugin places in the shell's `portal.banners` slot: how
 * far the person got ("2 of 5 done") and a link to their checklist. Nothing otherwise — checklist
 * finished, put away, empty (their role has none), on the checklist page itself, without
 * `onboarding.use`, or when the checklist cannot be read (the banner never shows an error). It reads
 * the checklist again when `<portico-onboarding>` says it changed (`portico-onboarding-changed` on
 * `window`), and when the person moves to another page after a while.
 *
 * @csspart banner, action
 */
@customElement('portico-onboarding-banner')
export class PorticoOnboardingBanner extends PorticoElement {
  static override styles = [
    ...PorticoElement.styles,
    pageStyles,
    css`
      .banner {
        margin: 0 0 var(--portico-space-4, 1rem);
        padding: var(--portico-space-2, 0.5rem) var(--portico-space-4, 1rem);
        border: 1px solid var(--portico-color-border, #9aa5b1);
        border-inline-start: 4px solid var(--portico-color-primary, #2456d3);
        border-radius: var(--portico-radius, 4px);
      }
    `,
  ];

  @consume({ context: clientContext, subscribe: true }) @state() accessor client = undefined as unknown as PorticoClient;
  @consume({ context: sessionContext, subscribe: true }) @state() accessor session: Session | null = null;
  @consume({ context: localeContext, subscribe: true }) @state() accessor locale: Locale = 'en';
  /** The portal path shown (from the shell's `portico-route-change`; at first, the address). */
  @state() accessor path = window.location.pathname;

  #loadedAt = 0;

  readonly checklist = new ResourceController(this, {
    args: () => [this.client, this.session?.person.id, hasPermission(this.session, P.use)] as const,
    enabled: ([client, person, allowed]) => !!client && !!person && allowed,
    isEmpty: (checklist: Checklist) => !showable(checklist),
    load: async ([client], signal) => {
      const checklist = await onboardingCall(client, 'GET /onboarding/checklist', { signal });
      this.#loadedAt = Date.now();
      return checklist;
    },
  });

  /** Reads the checklist again, when it may be read at all. */
  #refresh(): void {
    if (this.client && this.session?.person.id && hasPermission(this.session, P.use)) void this.checklist.retry();
  }

  #onChanged = () => this.#refresh();

  #onRoute = (event: Event) => {
    const path = (event as CustomEvent<{ path?: string }>).detail?.path;
    if (typeof path !== 'string' || path === this.path) return;
    this.path = path;
    if (!onChecklistPage(path) && this.#loadedAt && Date.now() - this.#loadedAt > FRESH_MS) this.#refresh();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener(ONBOARDING_CHANGED, this.#onChanged);
    window.addEventListener('portico-route-change', this.#onRoute);
  }

  override disconnectedCallback(): void {
    window.removeEventListener(ONBOARDING_CHANGED, this.#onChanged);
    window.removeEventListener('portico-route-change', this.#onRoute);
    super.disconnectedCallback();
  }

  protected override render() {
    const c = this.checklist.value;
    if (this.checklist.status !== 'ready' || !c || !hasPermission(this.session, P.use) || onChecklistPage(this.path)) return nothing;
    const count = doneCount(c.done, c.total, this.locale);
    return html`<p part="banner" class="banner" role="status">
      <strong>${msg(str`Getting started: ${count}`, { id: 'onboarding.banner.text' })}</strong> —
      <a part="action" href="/onboarding">${msg('Continue', { id: 'onboarding.banner.action' })}</a>
    </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-onboarding-banner': PorticoOnboardingBanner;
  }
}
