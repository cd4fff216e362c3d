import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { consume } from '@lit/context';
import { msg, str } from '@lit/localize';
import type { PorticoClient } from '@portico/sdk';
import {
  PorticoElement, ResourceController, clientContext, localeContext, plural, renderResource, toast,
  type Locale, type SelectOption,
} from '@portico/widgets';
import { listStyles, pageStyles, problemText, stateBadge, type CatalogItem, type Page, type PersonState } from './shared.js';


type Filter = 'all' | 'todo' | PersonState;

/**
 * The training catalog: the published modules, those required for the person's role first, each
 * with the person's status (not started, in progress, certified until…, expired, failed and when to
 * retry). Search by title and filter by status; links go to `/training/<id>`.
 *
 * Inside `<portico-portal>` the portal routes those links. Embedded on another site, a click on a
 * link fires `portico-navigate` first: the host page may call `preventDefault()` and show the module
 * its own way; otherwise the browser follows the link, below `link-base`.
 *
 * @attr link-base - Where module links point when embedded, e.g. `https://partners.example.com` (the
 *   standalone portal) or `/partners/training-module?path=`; empty (default) keeps paths as they are.
 * @fires portico-navigate - Embedded only, cancelable: a module or "Your certifications" was clicked (detail `{ path }`).
 * @csspart required, others, module
 */
@customElement('portico-training-catalog')
export class PorticoTrainingCatalog extends PorticoElement {
  static override styles = [...PorticoElement.styles, pageStyles, listStyles];

  @consume({ context: clientContext, subscribe: true }) @state() accessor client = undefined as unknown as PorticoClient;
  @consume({ context: localeContext, subscribe: true }) @state() accessor locale: Locale = 'en';
  @property({ attribute: 'link-base' }) accessor linkBase = '';
  @state() accessor search = '';
  @state() accessor filter: Filter = 'all';
  @state() accessor loadingMore = false;

  readonly catalog = new ResourceController(this, {
    args: () => [this.client] as const,
    load: ([client], signal) => client.list('/training/catalog', { query: { limit: 100 }, signal }),
  });

  #inPortal(): boolean {
    return !!this.closest('portico-portal') || (this.getRootNode() as ShadowRoot).host?.localName === 'portico-portal';
  }

  /** A link to a portal path: routed by the portal inside it; on a host site, the host's first. */
  #link(path: string, text: unknown) {
    if (this.#inPortal()) return html`<a href=${path}>${text}</a>`;
    const onClick = (event: MouseEvent) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      if (!this.emit('portico-navigate', { path }, { cancelable: true })) event.preventDefault();
    };
    return html`<a href=${this.linkBase + path} @click=${onClick}>${text}</a>`;
  }

  async #loadMore() {
    const page = this.catalog.value!;
    this.loadingMore = true;
    try {
      const next = await this.client.list('/training/catalog', { query: { limit: 100 }, cursor: page.nextCursor });
      this.catalog.value = { items: [...page.items, ...next.items], nextCursor: next.nextCursor };
    } catch (error) {
      toast(problemText(error), { variant: 'danger' });
    } finally {
      this.loadingMore = false;
    }
  }

  #matches(item: CatalogItem): boolean {
    const words = this.search.trim().toLowerCase();
    if (words && !item.title.toLowerCase().includes(words)) return false;
    if (this.filter === 'all') return true;
    if (this.filter === 'todo') return item.required && item.status.state !== 'certified';
    return item.status.state === this.filter;
  }

  #filters(): SelectOption[] {
    return [
      { value: 'all', label: msg('All modules', { id: 'training.catalog.filter.all' }) },
      { value: 'todo', label: msg('Required, not yet certified', { id: 'training.catalog.filter.todo' }) },
      { value: 'not_started', label: msg('Not started', { id: 'training.state.not-started' }) },
      { value: 'in_progress', label: msg('In progress', { id: 'training.state.in-progress' }) },
      { value: 'certified', label: msg('Certified', { id: 'training.state.certified' }) },
      { value: 'expired', label: msg('Expired', { id: 'training.state.expired' }) },
      { value: 'failed', label: msg('Failed', { id: 'training.state.failed-short' }) },
    ];
  }

  #card(item: CatalogItem) {
    const validity = item.validForDays
      ? plural(item.validForDays, { one: msg(str`Valid ${item.validForDays} day`, { id: 'training.catalog.valid-days.one' }), other: msg(str`Valid ${item.validForDays} days`, { id: 'training.catalog.valid-days' }) })
      : msg('Does not expire', { id: 'training.catalog.no-expiry' });
    return html`<li class="card" part="module">
      <h3>${this.#link(`/training/${item.id}`, item.title)}</h3>
      <p class="badges">
        ${item.required ? html`<portico-badge variant="info">${msg('Required for your role', { id: 'training.catalog.required' })}</portico-badge>` : nothing}
        ${stateBadge(item.status, this.locale)}
      </p>
      <div class="description">${unsafeHTML(item.descriptionHtml)}</div>
      <p class="muted">
        ${msg(str`${item.questionCount} questions · pass at ${item.passThreshold}%`, { id: 'training.catalog.quiz-facts' })} · ${validity}
      </p>
    </li>`;
  }

  #list(page: Page<CatalogItem>) {
    const shown = page.items.filter((item) => this.#matches(item));
    const required = shown.filter((item) => item.required);
    const others = shown.filter((item) => !item.required);
    return html`<div class="toolbar" role="search">
        <portico-field type="text" name="search" label=${msg('Search by title', { id: 'training.catalog.search' })} .value=${this.search}
          @portico-input=${(e: CustomEvent<{ value: string }>) => (this.search = e.detail.value)}></portico-field>
        <portico-select name="filter" label=${msg('Status', { id: 'training.catalog.status' })} .value=${this.filter} .options=${this.#filters()}
          @portico-change=${(e: CustomEvent<{ value: string }>) => (this.filter = e.detail.value as Filter)}></portico-select>
      </div>
      ${shown.length === 0
        ? html`<portico-empty-state heading=${msg('No module matches', { id: 'training.catalog.no-match' })}>
            ${msg('Try other words or another status.', { id: 'training.catalog.no-match.body' })}
            <portico-button slot="action" variant="secondary" @click=${() => ((this.search = ''), (this.filter = 'all'))}>${msg('Clear the filters', { id: 'training.catalog.clear' })}</portico-button>
          </portico-empty-state>`
        : nothing}
      ${required.length
        ? html`<section part="required" aria-labelledby="required-heading">
            <h2 id="required-heading">${msg('Required for your role', { id: 'training.catalog.required' })}</h2>
            <ul class="modules">${required.map((item) => this.#card(item))}</ul>
          </section>`
        : nothing}
      ${others.length
        ? html`<section part="others" aria-labelledby="others-heading">
            <h2 id="others-heading">${required.length ? msg('Other modules', { id: 'training.catalog.others' }) : msg('Modules', { id: 'training.catalog.modules' })}</h2>
            <ul class="modules">${others.map((item) => this.#card(item))}</ul>
          </section>`
        : nothing}
      ${page.nextCursor
        ? html`<p><portico-button variant="secondary" ?loading=${this.loadingMore} @click=${() => this.#loadMore()}>${msg('Load more', { id: 'training.load-more' })}</portico-button></p>`
        : nothing}`;
  }

  protected override render() {
    return html`<h1>${msg('Training', { id: 'training.catalog.title' })}</h1>
      <p class="muted">
        ${msg('Modules required for your role come first. Pass a module’s quiz to be certified.', { id: 'training.catalog.lead' })}
        ${this.#link('/training/certifications', msg('Your certifications', { id: 'training.catalog.my-certifications' }))}
      </p>
      ${renderResource(this.catalog, (page) => this.#list(page), {
        empty: () => html`<portico-empty-state heading=${msg('No training yet', { id: 'training.catalog.empty' })}>
          ${msg('Your vendor has not published any training module. Check back later.', { id: 'training.catalog.empty.body' })}
          <portico-button slot="action" variant="secondary" @click=${() => void this.catalog.retry()}>${msg('Check again', { id: 'training.catalog.empty.action' })}</portico-button>
        </portico-empty-state>`,
      })}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-training-catalog': PorticoTrainingCatalog;
  }
}
