import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg, str } from '@lit/localize';
import type { Page as ListPage, PorticoClient } from '@portico/sdk';
import {
  PorticoElement, ResourceController, clientContext, formatDate, formatMoney, hasPermission, localeContext, renderResource, sessionContext, toast,
  type DataTableColumn, type Locale, type Session,
} from '@portico/widgets';
import { accessPermissions } from '@portico/plugin-access/public';
import { pageStyles, problemText, type Deal } from './shared.js';

type Page = ListPage<Deal>;
type Show = 'all' | 'flagged';

/**
 * The staff's review queue (`/deals/review`, `deals.review`): pending deals across partners, the
 * flagged ones (competing registrations, out of territory) first in their own list, then the rest;
 * "flagged only" hides the rest, and a partner filter narrows both. A deal opens on its page, where
 * the decision is made.
 *
 * @csspart filters, flagged, others
 */
@customElement('portico-deal-review-queue')
export class PorticoDealReviewQueue extends PorticoElement {
  static override styles = [...PorticoElement.styles, pageStyles];

  @consume({ context: clientContext, subscribe: true }) @state() accessor client = undefined as unknown as PorticoClient;
  @consume({ context: sessionContext, subscribe: true }) @state() accessor session: Session | null = null;
  @consume({ context: localeContext, subscribe: true }) @state() accessor locale: Locale = 'en';
  @state() accessor show: Show = 'all';
  @state() accessor partnerId = '';
  @state() accessor partners: { id: string; name: string }[] = [];
  @state() accessor loadingMore: 'flagged' | 'others' | null = null;

  #load(flagged: boolean, signal?: AbortSignal, cursor?: string | null): Promise<Page> {
    const query = { status: 'pending' as const, flagged, sort: 'createdAt' as const, partnerId: this.partnerId || undefined };
    return this.client.list('/deals', { query, cursor, signal });
  }

  readonly flagged = new ResourceController(this, {
    args: () => [this.client, this.partnerId] as const,
    enabled: ([client]) => !!client,
    load: (_args, signal) => this.#load(true, signal),
  });

  readonly others = new ResourceController(this, {
    args: () => [this.client, this.partnerId, this.show] as const,
    enabled: ([client, , show]) => !!client && show === 'all',
    load: (_args, signal) => this.#load(false, signal),
  });

  readonly partnerList = new ResourceController(this, {
    args: () => [this.client, hasPermission(this.session, accessPermissions.partnersRead)] as const,
    enabled: ([client, allowed]) => !!client && allowed,
    load: async ([client], signal) => {
      // The first hundred partners by name; the filter is a convenience, the lists work without it.
      this.partners = (await client.list('/access/partners', { query: { limit: 100 }, signal })).items;
      return this.partners;
    },
  });

  async #loadMore(which: 'flagged' | 'others') {
    const resource = this[which];
    this.loadingMore = which;
    try {
      const next = await this.#load(which === 'flagged', undefined, resource.value!.nextCursor);
      resource.value = { items: [...resource.value!.items, ...next.items], nextCursor: next.nextCursor };
    } catch (error) {
      toast(problemText(error), { variant: 'danger' });
    } finally {
      this.loadingMore = null;
    }
  }

  #columns(): DataTableColumn<Deal>[] {
    return [
      { key: 'customerName', label: () => msg('Customer', { id: 'deals.list.customer' }), render: (d) => html`<a href=${`/deals/${d.id}`}>${d.customerName}</a><br /><span class="muted">${d.title}</span>` },
      { key: 'partner', label: () => msg('Partner', { id: 'deals.list.partner' }), render: (d) => d.review?.partnerName ?? '' },
      { key: 'amount', align: 'end', label: () => msg('Amount', { id: 'deals.list.amount' }), render: (d) => formatMoney(d.amount.minor, d.amount.currency, this.locale) },
      { key: 'createdAt', label: () => msg('Submitted', { id: 'deals.list.submitted' }), render: (d) => formatDate(d.createdAt, this.locale) },
      {
        key: 'flags',
        label: () => msg('Why flagged', { id: 'deals.queue.why' }),
        render: (d) => {
          const competing = d.review?.competingDealIds.length ?? 0;
          return html`${competing ? html`<portico-badge variant="warning">${msg(str`${competing} competing`, { id: 'deals.queue.competing' })}</portico-badge>` : nothing}
            ${d.review?.outOfTerritory ? html`<portico-badge variant="warning">${msg('Out of territory', { id: 'deals.queue.territory' })}</portico-badge>` : nothing}`;
        },
      },
    ];
  }

  #table(which: 'flagged' | 'others', label: string, page: Page) {
    const columns = which === 'flagged' ? this.#columns() : this.#columns().slice(0, 4);
    // The table's caption names the section, so no heading repeats it.
    return html`<portico-data-table part=${which} label=${label} .columns=${columns} .rows=${page.items} ?has-more=${!!page.nextCursor}
      ?loading=${this.loadingMore === which} @portico-load-more=${() => this.#loadMore(which)}></portico-data-table>`;
  }

  protected override render() {
    const flaggedLabel = msg('Flagged for a closer look', { id: 'deals.queue.flagged' });
    const othersLabel = msg('Other pending deals', { id: 'deals.queue.others' });
    return html`<h1>${msg('Review queue', { id: 'deals.review.title' })}</h1>
      <div class="toolbar" part="filters">
        <portico-select name="show" label=${msg('Show', { id: 'deals.queue.show' })} .value=${this.show}
          .options=${[
            { value: 'all', label: msg('All pending deals', { id: 'deals.queue.show-all' }) },
            { value: 'flagged', label: msg('Flagged only', { id: 'deals.queue.show-flagged' }) },
          ]}
          @portico-change=${(e: CustomEvent<{ value: Show }>) => (this.show = e.detail.value)}></portico-select>
        ${this.partners.length
          ? html`<portico-select name="partnerId" label=${msg('Partner', { id: 'deals.list.partner' })} .value=${this.partnerId}
              .options=${[{ value: '', label: msg('All partners', { id: 'deals.queue.all-partners' }) }, ...this.partners.map((p) => ({ value: p.id, label: p.name }))]}
              @portico-change=${(e: CustomEvent<{ value: string }>) => (this.partnerId = e.detail.value)}></portico-select>`
          : nothing}
      </div>
      ${this.flagged.status === 'ready' ? nothing : html`<h2>${flaggedLabel}</h2>`}
      ${renderResource(this.flagged, (page) => this.#table('flagged', flaggedLabel, page), {
        empty: () => html`<portico-empty-state heading=${msg('Nothing flagged', { id: 'deals.queue.flagged-empty' })}>
          ${msg('No pending deal competes with another partner’s or lies outside a territory.', { id: 'deals.queue.flagged-empty.body' })}</portico-empty-state>`,
      })}
      ${this.show === 'all'
        ? html`${this.others.status === 'ready' ? nothing : html`<h2>${othersLabel}</h2>`}
            ${renderResource(this.others, (page) => this.#table('others', othersLabel, page), {
              empty: () => html`<portico-empty-state heading=${msg('No other deal waits', { id: 'deals.queue.others-empty' })}>
                ${msg('New registrations appear here as partners submit them.', { id: 'deals.queue.others-empty.body' })}</portico-empty-state>`,
            })}`
        : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-deal-review-queue': PorticoDealReviewQueue;
  }
}
