import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { PorticoElement } from '../../base/portico-element.js';
import { dataTableStyles } from './data-table.styles.js';
import '../button/button.js';

export type SortDirection = 'ascending' | 'descending';

export interface DataTableColumn<Row> {
  /** Identifies the column in `portico-sort`; also the row property shown when there is no `render`. */
  key: string;
  /** Column heading; a function so it follows the locale. */
  label: string | (() => string);
  sortable?: boolean;
  align?: 'start' | 'end';
  render?: (row: Row) => TemplateResult | string | number | null | undefined;
}

/**
 * A table of rows with sortable headers and cursor paging. It renders what it is given and tells
 * its page what the person asked for; the page fetches (usually with `ResourceController`).
 *
 * @attr label - The table's accessible name, as a caption only screen readers read: the page's own
 *   heading already says it, and a visible caption repeated it ("Deals" / "Deals").
 * @attr sort-key, sort-direction - The current sort, shown with `aria-sort` on the header.
 * @attr has-more - Shows "Load more" (the page holds a `nextCursor`).
 * @attr loading - Marks the table busy and the "Load more" button loading.
 * @attr clickable-rows - Rows are activated by click, Enter or Space (`portico-row-click`).
 * @prop columns - `DataTableColumn[]`.
 * @prop rows - The rows so far.
 * @prop rowKey - Identifies a row for rendering (default `row.id`).
 * @fires portico-sort - A sortable header was activated (detail: `{ key, direction }`).
 * @fires portico-load-more - "Load more" was activated.
 * @fires portico-row-click - A row was activated (detail: `{ row }`).
 * @csspart table, header, row, cell, load-more
 */
@customElement('portico-data-table')
export class PorticoDataTable<Row = Record<string, unknown>> extends PorticoElement {
  static override styles = [...PorticoElement.styles, dataTableStyles];

  @property() accessor label = '';
  @property({ attribute: 'sort-key' }) accessor sortKey: string | undefined = undefined;
  @property({ attribute: 'sort-direction' }) accessor sortDirection: SortDirection = 'ascending';
  @property({ type: Boolean, attribute: 'has-more' }) accessor hasMore = false;
  @property({ type: Boolean, reflect: true }) accessor loading = false;
  @property({ type: Boolean, attribute: 'clickable-rows' }) accessor clickableRows = false;
  @property({ attribute: false }) accessor columns: readonly DataTableColumn<Row>[] = [];
  @property({ attribute: false }) accessor rows: readonly Row[] = [];
  @property({ attribute: false }) accessor rowKey: (row: Row) => unknown = (row) => (row as { id?: unknown }).id;

  #sort(column: DataTableColumn<Row>): void {
    const direction: SortDirection = this.sortKey === column.key && this.sortDirection === 'ascending' ? 'descending' : 'ascending';
    this.sortKey = column.key;
    this.sortDirection = direction;
    this.emit('portico-sort', { key: column.key, direction });
  }

  #activate(row: Row): void {
    this.emit('portico-row-click', { row });
  }

  #onRowKey(event: KeyboardEvent, row: Row): void {
    if (event.target !== event.currentTarget) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.#activate(row);
    }
  }

  #header(column: DataTableColumn<Row>) {
    const label = typeof column.label === 'function' ? column.label() : column.label;
    const sorted = this.sortKey === column.key;
    const ariaSort = column.sortable ? (sorted ? this.sortDirection : 'none') : nothing;
    return html`<th part="header" scope="col" class=${column.align === 'end' ? 'end' : ''} aria-sort=${ariaSort}>
      ${column.sortable
        ? html`<button type="button" @click=${() => this.#sort(column)}>
            ${label}<span aria-hidden="true">${sorted ? (this.sortDirection === 'ascending' ? '▲' : '▼') : '↕'}</span>
          </button>`
        : label}
    </th>`;
  }

  #cell(column: DataTableColumn<Row>, row: Row) {
    const value = column.render ? column.render(row) : (row as Record<string, unknown>)[column.key];
    return html`<td part="cell" class=${column.align === 'end' ? 'end' : ''}>${value ?? ''}</td>`;
  }

  protected override render() {
    return html`<div class="scroll">
        <table part="table" aria-busy=${this.loading ? 'true' : 'false'}>
          ${this.label ? html`<caption class="visually-hidden">${this.label}</caption>` : nothing}
          <thead>
            <tr>
              ${this.columns.map((column) => this.#header(column))}
            </tr>
          </thead>
          <tbody>
            ${this.rows.map(
              (row) => html`<tr
                part="row"
                class=${this.clickableRows ? 'clickable' : ''}
                tabindex=${this.clickableRows ? '0' : nothing}
                @click=${this.clickableRows ? () => this.#activate(row) : nothing}
                @keydown=${this.clickableRows ? (event: KeyboardEvent) => this.#onRowKey(event, row) : nothing}
              >
                ${this.columns.map((column) => this.#cell(column, row))}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${this.hasMore
        ? html`<div class="more">
            <portico-button part="load-more" variant="secondary" ?loading=${this.loading} @click=${() => this.emit('portico-load-more')}
              >${msg('Load more')}</portico-button
            >
          </div>`
        : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-data-table': PorticoDataTable;
  }
}
