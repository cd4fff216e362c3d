import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg } from '@lit/localize';
import type { DashboardItemView, DashboardSection, PortalDashboard } from '@portico/core';
import type { PorticoClient } from '@portico/sdk';
import { PorticoElement } from '../base/portico-element.js';
import { clientContext, localeContext, sessionContext, type Locale, type Session } from '../context.js';
import { ResourceController, renderResource } from '../controllers/resource.js';
import { formatNumber, plural } from '../i18n/format.js';
import { registerTranslations } from '../i18n/localization.js';
import '../ui/button/button.js';
import { dashboardStyles } from './dashboard.styles.js';

void registerTranslations('widgets.dashboard', { fr: () => import('./i18n/fr.js'), es: () => import('./i18n/es.js') });

/** The phrase for an item in the reader's language and plural form, split around its number. */
function phrase(item: DashboardItemView, locale: Locale): { before: string; count: string; after: string } {
  const forms = item.label[locale] ?? item.label.en;
  const text = plural(item.count, forms, locale);
  const at = text.indexOf('{count}');
  const count = formatNumber(item.count, locale);
  return at < 0 ? { before: '', count, after: ` ${text}` } : { before: text.slice(0, at), count, after: text.slice(at + '{count}'.length) };
}

/**
 * What needs the signed-in person, from every enabled plugin (`GET /api/v1/portal/dashboard`): a
 * card per plugin's summary with its counts — deals to review, documents new since the last visit,
 * questions answered, certifications expiring — each a link to the page that lists what it counts.
 * While loading, a skeleton; nothing to count, "Nothing needs you right now"; the server unreachable,
 * the error with Retry; one summary failing, its card says so (with Retry) and the others show.
 * The portal's home shows it; a host site embeds it inside `<portico-provider>`.
 *
 * @attr heading - The heading above the cards (default "What needs you").
 * @attr link-base - Put before each link's portal path: the portal's `base`, or its address when a
 *   host site embeds the dashboard (`https://partners.example.com`). Default: none.
 * @csspart heading, sections, section, item, count, failed
 */
@customElement('portico-dashboard')
export class PorticoDashboard extends PorticoElement {
  static override styles = [...PorticoElement.styles, dashboardStyles];

  @property() accessor heading: string | undefined = undefined;
  @property({ attribute: 'link-base' }) accessor linkBase = '';

  @consume({ context: clientContext, subscribe: true }) @state() accessor client = undefined as unknown as PorticoClient;
  @consume({ context: sessionContext, subscribe: true }) @state() accessor session: Session | null = null;
  @consume({ context: localeContext, subscribe: true }) @state() accessor locale: Locale = 'en';

  /** Asked again when the person changes (a sign-in as someone else), never for nobody. */
  readonly summary = new ResourceController(this, {
    args: () => [this.client, this.session?.person.id] as const,
    enabled: ([client, person]) => !!client && !!person,
    load: ([client], signal) => client.get('/portal/dashboard', { signal }) as Promise<PortalDashboard>,
    isEmpty: (value) => value.sections.every((section) => !section.error && section.items.length === 0),
  });

  protected override render() {
    const heading = this.heading ?? msg('What needs you', { id: 'dashboard.heading' });
    return html`<section aria-labelledby="dashboard-heading">
      <h2 id="dashboard-heading" part="heading">${heading}</h2>
      ${renderResource(this.summary, (value) => this.#renderSections(value.sections), {
        loading: () => html`<portico-skeleton lines="3"></portico-skeleton>`,
        empty: () => html`<portico-empty-state heading=${msg('Nothing needs you right now', { id: 'dashboard.empty' })}>
          ${msg('What needs your attention will show here.', { id: 'dashboard.empty.body' })}
        </portico-empty-state>`,
      })}
    </section>`;
  }

  #renderSections(sections: readonly DashboardSection[]) {
    // Cards with something to say; failed ones last, with the way to ask again.
    const shown = [...sections.filter((s) => s.items.length > 0), ...sections.filter((s) => s.error)];
    return html`<ul class="sections" part="sections">
      ${shown.map((section) => html`<li class="section ${section.error ? 'failed' : ''}" part="section ${section.error ? 'failed' : ''}">
        <h3>${section.title[this.locale] ?? section.title.en}</h3>
        ${section.error ? this.#renderFailed() : html`<ul class="items">${section.items.map((item) => this.#renderItem(item))}</ul>`}
      </li>`)}
    </ul>`;
  }

  #renderItem(item: DashboardItemView) {
    const { before, count, after } = phrase(item, this.locale);
    return html`<li part="item" class=${item.tone === 'attention' ? 'attention' : 'info'}>
      <a href=${this.linkBase.replace(/\/+$/, '') + item.link}>${before ? html`<span class="label">${before}</span>` : nothing}<span class="count" part="count">${count}</span><span class="label">${after}</span></a>
    </li>`;
  }

  #renderFailed() {
    return html`<p>${msg('This could not be counted just now.', { id: 'dashboard.failed' })}</p>
      <portico-button variant="secondary" @click=${() => void this.summary.retry()}>${msg('Retry', { id: 'dashboard.retry' })}</portico-button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-dashboard': PorticoDashboard;
  }
}
