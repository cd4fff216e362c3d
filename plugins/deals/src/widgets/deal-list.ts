import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg } from '@lit/localize';
import type { PorticoClient } from '@portico/sdk';
import {
  PorticoElement, ResourceController, clientContext, formatDate, formatMoney, hasPermission, localeContext, readField, renderResource, sessionContext, submitOnEnter, toast,
  type DataTableColumn, type Locale, type Session, type SortDirection,
} from '@portico/widgets';
import { DEAL_STATUSES, pageStyles, problemText, statusBadge, statusLabel, type Deal, type DealListQuery, type DealStatus } from './shared.js';

type Sort = NonNullable<DealListQuery['sort']>;

/** The server sorts customers A→Z only; the other columns both ways. */
function sortFor(key: string, direction: SortDirection): Sort {
  if (key === 'customerName') return 'customerName';
  const column = key === 'amount' ? 'amount' : 'createdAt';
  return direction === 'ascending' ? column : `-${column}`;
}

/** `?status=pending` in the address (the home dashboard's link) opens the list filtered so. */
function statusInAddress(): DealStatus | '' {
  const value = new URLSearchParams(globalThis.location?.search ?? '').get('status') ?? '';
  return (DEAL_STATUSES as readonly string[]).includes(value) ? (value as DealStatus) : '';
}

/**
 * The deals the person may see (their partner's, or only their own under the `own` setting; staff:
 * every partner's), newest first: status badges with the decision reason, amounts in their currency,
 * filters by status (from `?status=` when opened with one) and submission date, search by customer,
 * sortable columns and cursor paging.
 * Those who may register deals get "Register a deal", also in the empty state; staff get links to
 * the review queue and the settings they may change.
 *
 * @fires portico-navigate - "Register a deal" (detail `{ path: '/deals/new' }`).
 * @csspart filters, table
 */
@customElement('portico-deal-list')
export class PorticoDealList extends PorticoElement {
  static override styles = [...PorticoElement.styles, pageStyles];

  @consume({ context: clientContext, subscribe: true }) @state() accessor client = undefined as unknown as PorticoClient;
  @consume({ context: sessionContext, subscribe: true }) @state() accessor session: Session | null = null;
  @consume({ context: localeContext, subscribe: true }) @state() accessor locale: Locale = 'en';
  @state() accessor search = '';
  @state() accessor status: DealStatus | '' = statusInAddress();
  @state() accessor from = '';
  @state() accessor to = '';
  @state() accessor sort: Sort = '-createdAt';
  @state() accessor rows: Deal[] = [];
  @state() accessor nextCursor: string | null = null;
  @state() accessor loadingMore = false;

  readonly deals = new ResourceController(this, {
    args: () => [this.client, this.search, this.status, this.from, this.to, this.sort] as const,
    enabled: ([client]) => !!client,
    load: async (_args, signal) => {
      const page = await this.client.list('/deals', { query: this.#query(), signal });
      this.rows = page.items;
      this.nextCursor = page.nextCursor;
      return page;
    },
  });

  #query() {
    return {
      q: this.search || undefined,
      status: this.status || undefined,
      submittedFrom: this.from || undefined,
      submittedTo: this.to || undefined,
      sort: this.sort,
    };
  }

  get #staff(): boolean {
    return this.session?.person.kind === 'staff';
  }

  get #canSubmit(): boolean {
    return !this.#staff && hasPermission(this.session, 'deals.submit');
  }

  async #loadMore() {
    this.loadingMore = true;
    try {
      const page = await this.client.list('/deals', { query: this.#query(), cursor: this.nextCursor });
      this.rows = [...this.rows, ...page.items];
      this.nextCursor = page.nextCursor;
    } catch (error) {
      toast(problemText(error), { variant: 'danger' });
    } finally {
      this.loadingMore = false;
    }
  }

  #register = () => this.emit('portico-navigate', { path: '/deals/new' });

  #columns(): DataTableColumn<Deal>[] {
    const columns: (DataTableColumn<Deal> | false)[] = [
      {
        key: 'customerName',
        sortable: true,
        label: () => msg('Customer', { id: 'deals.list.customer' }),
        render: (d) => html`<a href=${`/deals/${d.id}`}>${d.customerName}</a><br /><span class="muted">${d.title}</span>`,
      },
      this.#staff && { key: 'partner', label: () => msg('Partner', { id: 'deals.list.partner' }), render: (d) => d.review?.partnerName ?? '' },
      { key: 'amount', sortable: true, align: 'end', label: () => msg('Amount', { id: 'deals.list.amount' }), render: (d) => formatMoney(d.amount.minor, d.amount.currency, this.locale) },
      {
        key: 'status',
        label: () => msg('Status', { id: 'deals.list.status' }),
        render: (d) => html`${statusBadge(d.status)}${d.review?.flagged ? html` <portico-badge variant="warning">${msg('Flagged', { id: 'deals.flagged' })}</portico-badge>` : nothing}
          ${d.decisionReason ? html`<br /><span class="muted">${d.decisionReason}</span>` : nothing}`,
      },
      { key: 'createdAt', sortable: true, label: () => msg('Submitted', { id: 'deals.list.submitted' }), render: (d) => formatDate(d.createdAt, this.locale) },
      {
        key: 'expiresAt',
        label: () => msg('Protected until', { id: 'deals.list.expires' }),
        render: (d) => (d.expiresAt && d.status === 'approved' ? formatDate(d.expiresAt, this.locale) : '—'),
      },
    ];
    return columns.filter((c): c is DataTableColumn<Deal> => !!c);
  }

  #onSort = (event: CustomEvent<{ key: string; direction: SortDirection }>) => {
    this.sort = sortFor(event.detail.key, event.detail.direction);
  };

  #filters() {
    const onSearch = (event: Event) => {
      event.preventDefault();
      this.search = readField(event.target as HTMLFormElement, 'q');
    };
    const onDates = (event: CustomEvent<{ value: string }>) => {
      const name = (event.target as HTMLElement & { name: string }).name;
      if (name === 'submittedFrom') this.from = event.detail.value;
      else this.to = event.detail.value;
    };
    return html`<div class="toolbar" part="filters">
      <form role="search" @submit=${onSearch} @keydown=${submitOnEnter}>
        <portico-field name="q" label=${msg('Search by customer', { id: 'deals.list.search' })}></portico-field>
      </form>
      <portico-select name="status" label=${msg('Status', { id: 'deals.list.status' })} .value=${this.status}
        .options=${[{ value: '', label: msg('All', { id: 'deals.all' }) }, ...DEAL_STATUSES.map((s) => ({ value: s, label: statusLabel(s) }))]}
        @portico-change=${(e: CustomEvent<{ value: string }>) => (this.status = e.detail.value as DealStatus | '')}></portico-select>
      <portico-field name="submittedFrom" type="date" .value=${this.from} max=${this.to || nothing} label=${msg('Submitted from', { id: 'deals.list.from' })} @portico-change=${onDates}></portico-field>
      <portico-field name="submittedTo" type="date" .value=${this.to} min=${this.from || nothing} label=${msg('Submitted until', { id: 'deals.list.to' })} @portico-change=${onDates}></portico-field>
    </div>`;
  }

  protected override render() {
    const filtered = !!(this.search || this.status || this.from || this.to);
    const [sortKey, sortDirection] = this.sort.startsWith('-') ? [this.sort.slice(1), 'descending'] : [this.sort, 'ascending'];
    return html`<div class="heading">
        <h1>${msg('Deals', { id: 'deals.title' })}</h1>
        <div class="actions">
          ${hasPermission(this.session, 'deals.review') ? html`<a href="/deals/review">${msg('Review queue', { id: 'deals.review.title' })}</a>` : nothing}
          ${this.#staff && (hasPermission(this.session, 'deals.settings.manage') || hasPermission(this.session, 'deals.territories.manage'))
            ? html`<a href="/deals/settings">${msg('Deal settings', { id: 'deals.settings.title' })}</a>`
            : nothing}
          ${this.#canSubmit ? html`<portico-button @click=${this.#register}>${msg('Register a deal', { id: 'deals.form.title' })}</portico-button>` : nothing}
        </div>
      </div>
      ${this.#filters()}
      ${renderResource(
        this.deals,
        () => html`<portico-data-table part="table" label=${msg('Deals', { id: 'deals.title' })} .columns=${this.#columns()} .rows=${this.rows}
          sort-key=${sortKey} sort-direction=${sortDirection} ?has-more=${!!this.nextCursor} ?loading=${this.loadingMore}
          @portico-sort=${this.#onSort} @portico-load-more=${() => this.#loadMore()}></portico-data-table>`,
        {
          empty: () => html`<portico-empty-state heading=${filtered ? msg('No deal matches', { id: 'deals.list.no-match' }) : msg('No deals yet', { id: 'deals.list.empty' })}>
            ${filtered
              ? msg('Try another search, status or date.', { id: 'deals.list.no-match.body' })
              : msg('Register the deals you work on: once approved, they are protected for you.', { id: 'deals.list.empty.body' })}
            ${this.#canSubmit && !filtered ? html`<portico-button slot="action" @click=${this.#register}>${msg('Register a deal', { id: 'deals.form.title' })}</portico-button>` : nothing}
          </portico-empty-state>`,
        },
      )}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-deal-list': PorticoDealList;
  }
}
