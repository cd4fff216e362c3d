import { css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg, str } from '@lit/localize';
import type { PorticoClient } from '@portico/sdk';
import { PorticoElement, ResourceController, clientContext, hasPermission, localeContext, plural, renderResource, sessionContext, toast, type Locale, type Session } from '@portico/widgets';
import { P } from '../permissions.js';
import { LiveController, noteAllRead, noteChange, type LiveEvent } from './live.js';
import { counted, notificationsCall, pageStyles, problemText, when, type Notification, type NotificationList } from './shared.js';

/** How many of the latest the panel shows. */
const LATEST = 5;

/**
 * The notifications bell: a button with the count of unread notifications, kept live over the
 * server's stream (`live.ts`; polling where the stream cannot be had), which opens a panel of the
 * latest few — title, text, how long ago, a link to what it is about — with "Mark all read" and "See
 * all" (the centre, `/notifications`). Following a notification's link marks it read; one that
 * arrives while the panel is open appears at its top, and is announced to screen readers. Escape, a
 * click elsewhere or moving to another page closes the panel.
 *
 * The notifications plugin places it in the shell's `portal.header` slot; a host site may put it in its
 * own header inside `<portico-provider>`. Nothing shows without `notifications.use` or signed out.
 *
 * @attr centre-href - Where "See all" leads (default `/notifications`, the portal's centre).
 * @csspart button, count, panel, items, see-all
 */
@customElement('portico-notification-bell')
export class PorticoNotificationBell extends PorticoElement {
  static override styles = [
    ...PorticoElement.styles,
    pageStyles,
    css`
      :host {
        display: inline-block;
        position: relative;
        color: inherit;
      }
      .toggle {
        position: relative;
        display: inline-flex;
        align-items: center;
        justify-content: center;
        min-inline-size: 2.25rem;
        min-block-size: 2.25rem;
        font: inherit;
        color: inherit;
        background: transparent;
        border: 1px solid currentColor;
        border-radius: var(--portico-radius, 6px);
        padding: var(--portico-space-1, 4px) var(--portico-space-2, 8px);
        cursor: pointer;
      }
      .toggle svg {
        inline-size: 1.25rem;
        block-size: 1.25rem;
      }
      .count {
        position: absolute;
        inset-block-start: -0.5rem;
        inset-inline-end: -0.5rem;
        min-inline-size: 1.25rem;
        padding: 0 0.3rem;
        border-radius: 999px;
        background: var(--portico-color-danger, #b42318);
        color: var(--portico-color-surface, #fff);
        font-size: 0.75rem;
        font-weight: 700;
        line-height: 1.25rem;
        text-align: center;
      }
      .panel {
        position: absolute;
        inset-inline-end: 0;
        inset-block-start: calc(100% + 6px);
        z-index: 20;
        inline-size: min(24rem, 92vw);
        max-block-size: 70vh;
        overflow: auto;
        display: grid;
        gap: var(--portico-space-3, 0.75rem);
        padding: var(--portico-space-3, 0.75rem);
        background: var(--portico-color-surface, #fff);
        color: var(--portico-color-text, #1f2933);
        border: 1px solid var(--portico-color-border, #9aa5b1);
        border-radius: var(--portico-radius, 6px);
        box-shadow: 0 8px 24px rgb(0 0 0 / 0.18);
        text-align: start;
        font-size: 1rem;
        font-weight: 400;
      }
      .panel-head {
        display: flex;
        justify-content: space-between;
        align-items: center;
        gap: var(--portico-space-2, 0.5rem);
      }
      .panel-title {
        margin: 0;
        font-weight: 700;
      }
      ul.items > li {
        grid-template-columns: 0.75rem 1fr;
        padding: var(--portico-space-2, 0.5rem) var(--portico-space-3, 0.75rem);
      }
      ul.items .item-actions {
        grid-column: 2;
        justify-content: start;
      }
    `,
  ];

  /** Where "See all" leads. */
  @property({ attribute: 'centre-href' }) accessor centreHref = '/notifications';
  @consume({ context: clientContext, subscribe: true }) @state() accessor client = undefined as unknown as PorticoClient;
  @consume({ context: sessionContext, subscribe: true }) @state() accessor session: Session | null = null;
  @consume({ context: localeContext, subscribe: true }) @state() accessor locale: Locale = 'en';
  /** Unread and not archived; null until the server said. */
  @state() accessor unread: number | null = null;
  @state() accessor open = false;
  /** The latest notifications in the panel, as loaded and as they changed since. */
  @state() accessor items: Notification[] = [];
  @state() accessor busy = false;
  /** What the live region last said ("New notification: …"). */
  @state() accessor announcement = '';
  @query('.toggle') private accessor toggleButton!: HTMLButtonElement;

  get #allowed(): boolean {
    return !!this.client && !!this.session && hasPermission(this.session, P.use);
  }

  readonly latest = new ResourceController(this, {
    args: () => [this.client, this.open && this.#allowed] as const,
    enabled: ([client, load]) => !!client && load,
    isEmpty: (list: NotificationList) => list.items.length === 0,
    load: async ([client], signal) => {
      const list = await notificationsCall(client, 'GET /notifications', { query: { status: 'inbox', limit: LATEST }, signal });
      this.items = list.items;
      this.unread = list.unread;
      return list;
    },
  });

  readonly live = new LiveController(this, () => (this.#allowed ? this.client : null), (event) => this.#onLive(event));

  #onLive(event: LiveEvent): void {
    switch (event.type) {
      case 'unread':
        this.unread = event.unread;
        break;
      case 'notification': {
        const n = event.notification;
        this.announcement = msg(str`New notification: ${n.title}`, { id: 'notifications.bell.arrived' });
        if (!n.archivedAt && !this.items.some((i) => i.id === n.id)) this.items = [n, ...this.items].slice(0, LATEST);
        break;
      }
      case 'changed':
        this.items = this.items.map((i) => (i.id === event.notification.id ? event.notification : i)).filter((i) => !i.archivedAt);
        break;
      case 'all-read':
        this.items = this.items.map((i) => (!i.readAt && (!event.plugin || i.pluginId === event.plugin) ? { ...i, readAt: event.at } : i));
        break;
      case 'stale':
        if (this.open) void this.latest.retry();
        break;
      default:
        break;
    }
  }

  #outside = (event: Event) => {
    if (!event.composedPath().includes(this)) this.open = false;
  };

  #onRoute = () => {
    this.open = false;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('portico-route-change', this.#onRoute);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('portico-route-change', this.#onRoute);
    document.removeEventListener('click', this.#outside);
    this.open = false;
    super.disconnectedCallback();
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('open')) {
      if (this.open) document.addEventListener('click', this.#outside);
      else document.removeEventListener('click', this.#outside);
    }
  }

  #onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !this.open) return;
    event.stopPropagation();
    this.open = false;
    this.toggleButton?.focus();
  };

  #follow(n: Notification): void {
    this.open = false;
    if (!n.readAt) void this.#markRead(n);
  }

  async #markRead(n: Notification): Promise<void> {
    try {
      const after = await notificationsCall(this.client, 'PATCH /notifications/{id}', { params: { id: n.id }, body: { read: true } });
      if (this.unread !== null) this.unread = Math.max(0, this.unread + Number(counted(after)) - Number(counted(n)));
      noteChange(this.client, n, after);
      this.items = this.items.map((i) => (i.id === after.id ? after : i));
    } catch (error) {
      toast(problemText(error), { variant: 'danger' });
    }
  }

  async #markAllRead(): Promise<void> {
    this.busy = true;
    try {
      const result = await notificationsCall(this.client, 'POST /notifications/read-all', { body: {} });
      noteAllRead(this.client, null, result.unread);
      this.unread = result.unread;
    } catch (error) {
      toast(problemText(error), { variant: 'danger' });
    } finally {
      this.busy = false;
    }
  }

  /** The count as the badge shows it: "99+" past 99. */
  #shown(n: number): string {
    return n > 99 ? '99+' : String(n);
  }

  /** "Notifications, 3 unread": the badge's text is part of the button's name, as it reads. */
  #label(): string {
    const n = this.unread ?? 0;
    if (n === 0) return msg('Notifications', { id: 'notifications.title' });
    const shown = this.#shown(n);
    return plural(n, {
      one: msg(str`Notifications, ${shown} unread`, { id: 'notifications.bell.label.one' }),
      other: msg(str`Notifications, ${shown} unread`, { id: 'notifications.bell.label' }),
    }, this.locale);
  }

  #item(n: Notification) {
    const unread = !n.readAt;
    return html`<li class=${unread ? 'unread' : 'read'} data-id=${n.id}>
      <span class="dot" aria-hidden="true"></span>
      <div>
        <p class="title">${unread ? html`<span class="visually-hidden">${msg('Unread:', { id: 'notifications.unread-label' })} </span>` : nothing}${n.link
          ? html`<a href=${n.link} @click=${() => this.#follow(n)}>${n.title}</a>`
          : n.title}</p>
        ${n.body ? html`<p class="body">${n.body}</p>` : nothing}
        <p class="meta muted">${when(n.createdAt, this.locale)}</p>
      </div>
      ${unread && !n.link
        ? html`<div class="item-actions"><portico-button variant="text" data-action="read" label=${msg(str`Mark read: ${n.title}`, { id: 'notifications.mark-read-label' })}
            @click=${() => this.#markRead(n)}>${msg('Mark read', { id: 'notifications.mark-read' })}</portico-button></div>`
        : nothing}
    </li>`;
  }

  #list() {
    const status = this.latest.status;
    if (status === 'ready' || status === 'empty') {
      return this.items.length
        ? html`<ul class="items" part="items" aria-label=${msg('Latest notifications', { id: 'notifications.bell.latest' })}>${this.items.map((n) => this.#item(n))}</ul>`
        : html`<p class="muted" part="empty">${msg('No notifications yet. What the programme tells you appears here.', { id: 'notifications.bell.empty' })}</p>`;
    }
    return renderResource(this.latest, () => html``, { loading: () => html`<portico-skeleton lines="3"></portico-skeleton>` });
  }

  #panel() {
    return html`<div id="panel" class="panel" part="panel">
      <div class="panel-head">
        <p class="panel-title">${msg('Notifications', { id: 'notifications.title' })}</p>
        <portico-button variant="text" data-action="read-all" ?disabled=${!this.unread} ?loading=${this.busy} @click=${() => this.#markAllRead()}>
          ${msg('Mark all read', { id: 'notifications.read-all' })}</portico-button>
      </div>
      ${this.#list()}
      <a part="see-all" href=${this.centreHref} @click=${() => (this.open = false)}>${msg('See all', { id: 'notifications.bell.see-all' })}</a>
    </div>`;
  }

  protected override render() {
    if (!this.#allowed) return nothing;
    const count = this.unread ?? 0;
    return html`<div class="bell" @keydown=${this.#onKey}>
      <button type="button" class="toggle" part="button" aria-label=${this.#label()} aria-expanded=${String(this.open)} aria-controls="panel"
        @click=${() => (this.open = !this.open)}>
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"/></svg>
        ${count > 0 ? html`<span class="count" part="count" aria-hidden="true">${this.#shown(count)}</span>` : nothing}
      </button>
      <span class="visually-hidden" role="status">${this.announcement}</span>
      ${this.open ? this.#panel() : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-notification-bell': PorticoNotificationBell;
  }
}
