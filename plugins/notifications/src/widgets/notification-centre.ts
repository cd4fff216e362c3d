import { css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg, str } from '@lit/localize';
import type { PorticoClient } from '@portico/sdk';
import { PorticoElement, ResourceController, clientContext, hasPermission, localeContext, renderResource, sessionContext, toast, type Locale, type Session } from '@portico/widgets';
import { P } from '../permissions.js';
import { LiveController, noteAllRead, noteChange, type LiveEvent } from './live.js';
import {
  STATUSES, counted, matches, notificationsCall, pageStyles, pluginLabel, problemText, statusLabel, unreadCount, when, type Notification, type NotificationChange, type NotificationList,
  type Status,
} from './shared.js';

const PAGE_SIZE = 20;

/**
 * The person's notifications (`/notifications`, everyone holding `notifications.use`): the inbox (all
 * not archived), the unread or the archived ones, of every plugin or one, newest first, a page at a
 * time. Each shows its title (a link to what it is about), text, plugin and how long ago, unread ones
 * marked; each can be marked read or unread, archived or brought back to the inbox; "Mark all read"
 * reads them all (of the plugin chosen). New notifications appear at the top as they arrive, over the
 * same live feed as the bell (`live.ts`), which follows the changes made here.
 *
 * @csspart filters, items, item, more
 */
@customElement('portico-notifications')
export class PorticoNotifications extends PorticoElement {
  static override styles = [
    ...PorticoElement.styles,
    pageStyles,
    css`
      .count {
        margin: 0 0 var(--portico-space-3, 0.75rem);
      }
      .toolbar > .actions {
        align-self: end;
      }
    `,
  ];

  @consume({ context: clientContext, subscribe: true }) @state() accessor client = undefined as unknown as PorticoClient;
  @consume({ context: sessionContext, subscribe: true }) @state() accessor session: Session | null = null;
  @consume({ context: localeContext, subscribe: true }) @state() accessor locale: Locale = 'en';
  @state() accessor status: Status = 'inbox';
  /** The plugin filter ('' for all). */
  @state() accessor plugin = '';
  @state() accessor items: Notification[] = [];
  @state() accessor nextCursor: string | null = null;
  @state() accessor unread: number | null = null;
  /** Every plugin the person has notifications from (the filter's choices). */
  @state() accessor plugins: string[] = [];
  @state() accessor loadingMore = false;
  /** The notification being changed, or `all`. */
  @state() accessor busy = '';

  get #allowed(): boolean {
    return !!this.client && hasPermission(this.session, P.use);
  }

  readonly page = new ResourceController(this, {
    args: () => [this.client, this.status, this.plugin] as const,
    enabled: ([client]) => !!client,
    isEmpty: (list: NotificationList) => list.items.length === 0,
    load: async ([client, status, plugin], signal) => {
      const list = await notificationsCall(client, 'GET /notifications', { query: { status, plugin: plugin || undefined, limit: PAGE_SIZE }, signal });
      this.items = list.items;
      this.nextCursor = list.nextCursor;
      this.#learn(list);
      return list;
    },
  });

  readonly live = new LiveController(this, () => (this.#allowed ? this.client : null), (event) => this.#onLive(event));

  #learn(list: NotificationList): void {
    this.unread = list.unread;
    const known = new Set([...this.plugins, ...list.plugins, ...list.items.map((n) => n.pluginId)]);
    if (known.size !== this.plugins.length) this.plugins = [...known].sort();
  }

  get #shown(): boolean {
    return this.page.status === 'ready' || this.page.status === 'empty';
  }

  #onLive(event: LiveEvent): void {
    switch (event.type) {
      case 'unread':
        this.unread = event.unread;
        break;
      case 'notification': {
        const n = event.notification;
        if (!this.plugins.includes(n.pluginId)) this.plugins = [...this.plugins, n.pluginId].sort();
        if (this.#shown && matches(n, this.status, this.plugin) && !this.items.some((i) => i.id === n.id)) this.items = [n, ...this.items];
        break;
      }
      case 'changed':
        this.items = this.items.map((i) => (i.id === event.notification.id ? event.notification : i));
        break;
      case 'all-read':
        this.#allRead(event.plugin, event.at);
        break;
      case 'stale':
        void this.#newer();
        break;
      default:
        break;
    }
  }

  /** Polling said something new came: the first page's newer notifications go on top. */
  async #newer(): Promise<void> {
    if (!this.#shown) return;
    const status = this.status;
    const plugin = this.plugin;
    try {
      const list = await notificationsCall(this.client, 'GET /notifications', { query: { status, plugin: plugin || undefined, limit: PAGE_SIZE } });
      if (status !== this.status || plugin !== this.plugin) return;
      const have = new Set(this.items.map((n) => n.id));
      const newest = this.items[0]?.createdAt ?? '';
      const fresh = list.items.filter((n) => !have.has(n.id) && n.createdAt >= newest);
      if (fresh.length) this.items = [...fresh, ...this.items];
      this.#learn(list);
    } catch {
      // the next poll tries again
    }
  }

  #allRead(plugin: string | null, at: string): void {
    const touched = (n: Notification) => !plugin || n.pluginId === plugin;
    this.items = this.status === 'unread'
      ? this.items.filter((n) => !touched(n))
      : this.items.map((n) => (!n.readAt && touched(n) ? { ...n, readAt: at } : n));
  }

  #setStatus(status: Status): void {
    if (status === this.status) return;
    this.status = status;
    this.items = [];
    this.nextCursor = null;
  }

  #setPlugin(plugin: string): void {
    if (plugin === this.plugin) return;
    this.plugin = plugin;
    this.items = [];
    this.nextCursor = null;
  }

  async #more(): Promise<void> {
    if (!this.nextCursor) return;
    this.loadingMore = true;
    const status = this.status;
    const plugin = this.plugin;
    try {
      const list = await notificationsCall(this.client, 'GET /notifications', { query: { status, plugin: plugin || undefined, limit: PAGE_SIZE, cursor: this.nextCursor } });
      if (status !== this.status || plugin !== this.plugin) return;
      const have = new Set(this.items.map((n) => n.id));
      this.items = [...this.items, ...list.items.filter((n) => !have.has(n.id))];
      this.nextCursor = list.nextCursor;
      this.#learn(list);
    } catch (error) {
      toast(problemText(error), { variant: 'danger' });
    } finally {
      this.loadingMore = false;
    }
  }

  async #change(n: Notification, change: NotificationChange): Promise<void> {
    this.busy = n.id;
    try {
      const after = await notificationsCall(this.client, 'PATCH /notifications/{id}', { params: { id: n.id }, body: change });
      // The count follows here, and through the feed wherever it is shown (which then says the feed's count).
      if (this.unread !== null) this.unread = Math.max(0, this.unread + Number(counted(after)) - Number(counted(n)));
      noteChange(this.client, n, after);
      const index = this.items.findIndex((i) => i.id === n.id);
      if (matches(after, this.status, this.plugin)) {
        this.items = this.items.map((i) => (i.id === after.id ? after : i));
      } else {
        // It left this view: the keyboard goes on with the next one (or the list).
        this.items = this.items.filter((i) => i.id !== after.id);
        await this.updateComplete;
        const next = this.renderRoot.querySelectorAll<HTMLElement>('ul.items > li')[Math.min(index, this.items.length - 1)];
        (next?.querySelector<HTMLElement>('portico-button') ?? this.renderRoot.querySelector<HTMLElement>('ul.items, h1'))?.focus();
      }
      if (change.archived !== undefined) {
        toast(change.archived ? msg('Archived.', { id: 'notifications.archived-toast' }) : msg('Back in the inbox.', { id: 'notifications.unarchived-toast' }), { variant: 'success' });
      }
    } catch (error) {
      toast(problemText(error), { variant: 'danger' });
    } finally {
      this.busy = '';
    }
  }

  async #readAll(): Promise<void> {
    this.busy = 'all';
    try {
      const plugin = this.plugin || null;
      const result = await notificationsCall(this.client, 'POST /notifications/read-all', { body: plugin ? { plugin } : {} });
      this.unread = result.unread;
      // The other elements follow (the bell); this page already knows.
      noteAllRead(this.client, plugin, result.unread);
      this.#allRead(plugin, new Date().toISOString());
    } catch (error) {
      toast(problemText(error), { variant: 'danger' });
    } finally {
      this.busy = '';
    }
  }

  #item(n: Notification) {
    const unread = !n.readAt;
    const busy = this.busy === n.id;
    return html`<li part="item" class=${unread ? 'unread' : 'read'} data-id=${n.id}>
      <span class="dot" aria-hidden="true"></span>
      <div>
        <p class="title">${unread ? html`<span class="visually-hidden">${msg('Unread:', { id: 'notifications.unread-label' })} </span>` : nothing}${n.link
          ? html`<a href=${n.link} @click=${() => (unread && !n.archivedAt ? void this.#change(n, { read: true }) : undefined)}>${n.title}</a>`
          : n.title}</p>
        ${n.body ? html`<p class="body">${n.body}</p>` : nothing}
        <p class="meta muted">${pluginLabel(n.pluginId)} · ${when(n.createdAt, this.locale)}</p>
      </div>
      <div class="item-actions">
        ${unread
          ? html`<portico-button variant="secondary" data-action="read" ?disabled=${busy} label=${msg(str`Mark read: ${n.title}`, { id: 'notifications.mark-read-label' })}
              @click=${() => this.#change(n, { read: true })}>${msg('Mark read', { id: 'notifications.mark-read' })}</portico-button>`
          : html`<portico-button variant="secondary" data-action="unread" ?disabled=${busy} label=${msg(str`Mark unread: ${n.title}`, { id: 'notifications.mark-unread-label' })}
              @click=${() => this.#change(n, { read: false })}>${msg('Mark unread', { id: 'notifications.mark-unread' })}</portico-button>`}
        ${n.archivedAt
          ? html`<portico-button variant="secondary" data-action="unarchive" ?disabled=${busy} label=${msg(str`Back to the inbox: ${n.title}`, { id: 'notifications.unarchive-label' })}
              @click=${() => this.#change(n, { archived: false })}>${msg('Back to the inbox', { id: 'notifications.unarchive' })}</portico-button>`
          : html`<portico-button variant="secondary" data-action="archive" ?disabled=${busy} label=${msg(str`Archive: ${n.title}`, { id: 'notifications.archive-label' })}
              @click=${() => this.#change(n, { archived: true })}>${msg('Archive', { id: 'notifications.archive' })}</portico-button>`}
      </div>
    </li>`;
  }

  #empty() {
    const filtered = !!this.plugin;
    const [heading, body] = {
      inbox: [msg('No notifications', { id: 'notifications.empty.inbox' }), msg('What the programme tells you appears here as it happens.', { id: 'notifications.empty.inbox.body' })],
      unread: [msg('Nothing unread', { id: 'notifications.empty.unread' }), msg('You are all caught up.', { id: 'notifications.empty.unread.body' })],
      archived: [msg('Nothing archived', { id: 'notifications.empty.archived' }), msg('Notifications you archive are kept here.', { id: 'notifications.empty.archived.body' })],
    }[this.status];
    return html`<portico-empty-state heading=${heading}>
      ${filtered ? msg(str`Nothing here from ${pluginLabel(this.plugin)}. Try all plugins.`, { id: 'notifications.empty.filtered' }) : body}
    </portico-empty-state>`;
  }

  #list() {
    if (!this.items.length) return this.#empty();
    return html`<ul class="items" part="items" tabindex="-1" aria-label=${statusLabel(this.status)}>${this.items.map((n) => this.#item(n))}</ul>
      ${this.nextCursor
        ? html`<div class="more" part="more"><portico-button variant="secondary" data-action="more" ?loading=${this.loadingMore} @click=${() => this.#more()}>
            ${msg('Load more', { id: 'notifications.more' })}</portico-button></div>`
        : nothing}`;
  }

  protected override render() {
    const options = [{ value: '', label: msg('All plugins', { id: 'notifications.filter.all' }) }, ...this.plugins.map((p) => ({ value: p, label: pluginLabel(p) }))];
    return html`<div class="heading">
        <h1 tabindex="-1">${msg('Notifications', { id: 'notifications.title' })}</h1>
        <div class="actions"><a href="/settings/notifications">${msg('Notification preferences', { id: 'notifications.preferences.title' })}</a></div>
      </div>
      ${this.unread !== null ? html`<p class="count muted" role="status">${unreadCount(this.unread, this.locale)}</p>` : nothing}
      <div class="toolbar">
        <div class="filters" part="filters" role="group" aria-label=${msg('Show', { id: 'notifications.filter.show' })}>
          ${STATUSES.map((s) => html`<button type="button" data-status=${s} aria-pressed=${String(this.status === s)} @click=${() => this.#setStatus(s)}>${statusLabel(s)}</button>`)}
        </div>
        <portico-select name="plugin" label=${msg('From', { id: 'notifications.filter.plugin' })} .value=${this.plugin} .options=${options}
          @portico-change=${(e: CustomEvent<{ value: string }>) => this.#setPlugin(e.detail.value)}></portico-select>
        ${this.status !== 'archived'
          ? html`<div class="actions"><portico-button variant="secondary" data-action="read-all" ?disabled=${!this.unread} ?loading=${this.busy === 'all'} @click=${() => this.#readAll()}>
              ${msg('Mark all read', { id: 'notifications.read-all' })}</portico-button></div>`
          : nothing}
      </div>
      ${this.#shown ? this.#list() : renderResource(this.page, () => html``)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-notifications': PorticoNotifications;
  }
}
