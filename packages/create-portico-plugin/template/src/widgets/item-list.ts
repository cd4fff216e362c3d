import { css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg, str } from '@lit/localize';
import type { PorticoClient } from '@portico/sdk';
import {
  PorticoElement, ResourceController, applyProblem, clearProblem, clientContext, formatDate, hasPermission, isProblem, isStaff, localeContext, pageStyles, problemTexts,
  readField, renderResource, sessionContext, submitOnEnter, toast,
  type DataTableColumn, type Locale, type Session,
} from '@portico/widgets';
import { P } from '../permissions.js';
import type { Item, ItemPage, NewItem } from '../schemas.js';

/** How a failed call reads to a person: the server's problem detail, else this. */
const problemText = problemTexts({
  generic: () => msg('Something went wrong. Check your connection and try again.', { id: '__PLUGIN_ID__.error.generic' }),
});

/**
 * The items the person may see (their organisation's; staff: every organisation's), newest first, with
 * cursor paging; and, for those who may add items, a form to add one. Loading, empty and failed states
 * (with Retry) come from `ResourceController`; a refused item shows the server's message on its field.
 *
 * The SDK's generated types know only the built-in plugins' routes, so this element calls its own with
 * `client.call<T>(method, path, …)`, typing `T` from the plugin's schemas.
 *
 * @fires portico-__PLUGIN_ID__-item-added - After adding an item (detail `{ item }`).
 * @csspart form, table
 */
@customElement('portico-__PLUGIN_ID__-list')
export class Portico__PASCAL__List extends PorticoElement {
  static override styles = [
    ...PorticoElement.styles,
    pageStyles,
    css`
      form {
        max-width: 40rem;
        margin-block-end: var(--portico-space-5, 1.5rem);
      }
    `,
  ];

  @consume({ context: clientContext, subscribe: true }) @state() accessor client = undefined as unknown as PorticoClient;
  @consume({ context: sessionContext, subscribe: true }) @state() accessor session: Session | null = null;
  @consume({ context: localeContext, subscribe: true }) @state() accessor locale: Locale = 'en';
  @state() accessor rows: Item[] = [];
  @state() accessor nextCursor: string | null = null;
  @state() accessor loadingMore = false;
  @state() accessor saving = false;
  @state() accessor message = '';

  readonly items = new ResourceController(this, {
    args: () => [this.client] as const,
    enabled: ([client]) => !!client,
    load: async ([client], signal) => {
      const page = await client.call<ItemPage>('GET', '/__PLUGIN_ID__/items', { signal });
      this.rows = page.items;
      this.nextCursor = page.nextCursor;
      return page;
    },
  });

  get #canAdd(): boolean {
    return !isStaff(this.session) && hasPermission(this.session, P.write);
  }

  async #loadMore() {
    if (!this.nextCursor) return;
    this.loadingMore = true;
    try {
      const page = await this.client.call<ItemPage>('GET', '/__PLUGIN_ID__/items', { query: { cursor: this.nextCursor } });
      this.rows = [...this.rows, ...page.items];
      this.nextCursor = page.nextCursor;
    } catch (error) {
      toast(problemText(error), { variant: 'danger' });
    } finally {
      this.loadingMore = false;
    }
  }

  #add = async (event: Event) => {
    event.preventDefault();
    if (this.saving) return;
    const form = event.target as HTMLFormElement;
    this.saving = true;
    this.message = '';
    clearProblem(form);
    try {
      const body: NewItem = { title: readField(form, 'title') };
      const note = readField(form, 'note');
      if (note) body.note = note;
      const item = await this.client.call<Item>('POST', '/__PLUGIN_ID__/items', { body });
      for (const field of form.querySelectorAll<HTMLElement & { value: string }>('portico-field')) field.value = '';
      toast(msg(str`“${item.title}” is added.`, { id: '__PLUGIN_ID__.form.added' }), { variant: 'success' });
      this.emit('portico-__PLUGIN_ID__-item-added', { item });
      await this.items.retry();
    } catch (error) {
      // Field errors go on their fields (`/title` on the title); what fits no field is shown below the form.
      this.message = isProblem(error) ? applyProblem(error, form).join(' ') : problemText(error);
    } finally {
      this.saving = false;
    }
  };

  #columns(): DataTableColumn<Item>[] {
    return [
      {
        key: 'title',
        label: () => msg('Title', { id: '__PLUGIN_ID__.field.title' }),
        render: (item) => html`${item.title}${item.note ? html`<br /><span class="muted">${item.note}</span>` : nothing}`,
      },
      { key: 'createdAt', label: () => msg('Added', { id: '__PLUGIN_ID__.list.added' }), render: (item) => formatDate(item.createdAt, this.locale) },
    ];
  }

  #form() {
    return html`<form part="form" novalidate @keydown=${submitOnEnter} @submit=${this.#add}>
      <h2>${msg('Add an item', { id: '__PLUGIN_ID__.form.heading' })}</h2>
      <portico-field name="title" required label=${msg('Title', { id: '__PLUGIN_ID__.field.title' })}></portico-field>
      <portico-field name="note" type="textarea" label=${msg('Note (optional)', { id: '__PLUGIN_ID__.field.note' })}></portico-field>
      ${this.message ? html`<p class="alert" role="alert">${this.message}</p>` : nothing}
      <div class="actions">
        <portico-button type="submit" ?loading=${this.saving}>${msg('Add the item', { id: '__PLUGIN_ID__.form.submit' })}</portico-button>
      </div>
    </form>`;
  }

  protected override render() {
    return html`<h1>${msg('__PLUGIN_NAME__', { id: '__PLUGIN_ID__.title' })}</h1>
      ${this.#canAdd ? this.#form() : nothing}
      ${renderResource(
        this.items,
        () => html`<portico-data-table part="table" label=${msg('__PLUGIN_NAME__', { id: '__PLUGIN_ID__.title' })} .columns=${this.#columns()} .rows=${this.rows}
          ?has-more=${!!this.nextCursor} ?loading=${this.loadingMore} @portico-load-more=${() => this.#loadMore()}></portico-data-table>`,
        {
          empty: () => html`<portico-empty-state heading=${msg('No items yet', { id: '__PLUGIN_ID__.list.empty' })}>
            ${msg('The items of your organisation appear here.', { id: '__PLUGIN_ID__.list.empty.body' })}
          </portico-empty-state>`,
        },
      )}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-__PLUGIN_ID__-list': Portico__PASCAL__List;
  }
}
