import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg, str } from '@lit/localize';
import type { PorticoClient } from '@portico/sdk';
import {
  PorticoElement, ResourceController, clientContext, formatDateTime, hasPermission, localeContext, renderResource, sessionContext, submitOnEnter, toast,
  type DataTableColumn, type Locale, type Session,
} from '@portico/widgets';
import type { AuditActionList, AuditListQuery } from '../schemas.js';
import { download, pageStyles, problemText, type AuditEvent } from './shared.js';

/** The filters the page offers, as the audit route's query declares them. */
type Filters = Pick<AuditListQuery, 'actorId' | 'action' | 'from' | 'to'>;

/** A date field's day as the instant it starts (or ends) in the person's own time zone. */
function dayBoundary(day: string, end: boolean): string | undefined {
  if (!day) return undefined;
  const [y, m, d] = day.split('-').map(Number);
  return (end ? new Date(y, m - 1, d, 23, 59, 59, 999) : new Date(y, m - 1, d)).toISOString();
}

/** The action filter's choices: every action by its label (with its plugin where two read alike), and each plugin's actions at once. */
function actionOptions(actions: AuditActionList['items']): { value: string; label: string }[] {
  const count = new Map<string, number>();
  for (const a of actions) count.set(a.label, (count.get(a.label) ?? 0) + 1);
  const plugins = [...new Set(actions.map((a) => a.pluginId))].sort();
  return [
    { value: '', label: msg('Any action', { id: 'access.audit.any-action' }) },
    ...plugins.map((plugin) => ({ value: `${plugin}.*`, label: msg(str`Every action of ${plugin}`, { id: 'access.audit.every-action-of' }) })),
    ...actions
      .map((a) => ({ value: a.action, label: count.get(a.label)! > 1 ? `${a.label} (${a.pluginId})` : a.label }))
      .sort((a, b) => a.label.localeCompare(b.label)),
  ];
}

/**
 * The audit trail, newest first, in the reader's language: each action by its label (its key in the
 * title), each target by its name; filters by who, what (an action, or all of a plugin's) and dates;
 * cursor paging; the selection downloaded as CSV, with labels and names, through the export route.
 *
 * @csspart filters, table
 */
@customElement('portico-audit-log')
export class PorticoAuditLog extends PorticoElement {
  static override styles = [...PorticoElement.styles, pageStyles];

  @consume({ context: clientContext, subscribe: true }) @state() accessor client = undefined as unknown as PorticoClient;
  @consume({ context: sessionContext, subscribe: true }) @state() accessor session: Session | null = null;
  @consume({ context: localeContext, subscribe: true }) @state() accessor locale: Locale = 'en';
  @state() accessor filters: Filters = {};
  @state() accessor rows: AuditEvent[] = [];
  @state() accessor nextCursor: string | null = null;
  @state() accessor loadingMore = false;
  @state() accessor exporting = false;
  @state() accessor people: { id: string; name: string }[] = [];

  readonly events = new ResourceController(this, {
    args: () => [this.client, this.filters, this.locale] as const,
    enabled: ([client]) => !!client,
    load: async ([client, filters, locale], signal) => {
      const page = await client.list('/access/audit', { query: { ...filters, locale }, signal });
      this.rows = page.items;
      this.nextCursor = page.nextCursor;
      return page;
    },
  });

  /** The declared actions in the reader's language, for the action filter. */
  readonly actions = new ResourceController(this, {
    args: () => [this.client, this.locale] as const,
    enabled: ([client]) => !!client,
    load: ([client, locale], signal) => client.get('/access/audit/actions', { query: { locale }, signal }),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    void this.updateComplete.then(() => this.#loadPeople());
  }

  async #loadPeople() {
    if (!this.client || !hasPermission(this.session, 'access.people.read')) return;
    try {
      this.people = (await this.client.list('/access/people', { query: { limit: 100 } })).items;
    } catch {
      // The actor filter then offers only "anyone" and actors picked from the rows.
    }
  }

  #apply = (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const read = (name: string) => form.querySelector<HTMLElement & { value: string }>(`[name="${name}"]`)?.value.trim() ?? '';
    this.filters = Object.fromEntries(
      Object.entries({ actorId: read('actorId'), action: read('action'), from: dayBoundary(read('from'), false), to: dayBoundary(read('to'), true) }).filter(([, v]) => v),
    );
  };

  async #loadMore() {
    this.loadingMore = true;
    try {
      const page = await this.client.list('/access/audit', { query: { ...this.filters, locale: this.locale }, cursor: this.nextCursor });
      this.rows = [...this.rows, ...page.items];
      this.nextCursor = page.nextCursor;
    } catch (error) {
      toast(problemText(error), { variant: 'danger' });
    } finally {
      this.loadingMore = false;
    }
  }

  #export = async () => {
    this.exporting = true;
    try {
      const response = await this.client.raw('GET', '/access/audit/export', { query: { ...this.filters, locale: this.locale } });
      const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'audit.csv';
      download(name, await response.blob());
      if (response.headers.get('x-portico-truncated') === 'true') {
        toast(msg('The file holds the newest 50,000 events only: narrow the dates to get the rest.', { id: 'access.audit.truncated' }));
      }
    } catch (error) {
      toast(problemText(error), { variant: 'danger' });
    } finally {
      this.exporting = false;
    }
  };

  #columns(): DataTableColumn<AuditEvent>[] {
    return [
      { key: 'createdAt', label: () => msg('When', { id: 'access.audit.when' }), render: (e) => formatDateTime(e.createdAt, this.locale) },
      {
        key: 'actor',
        label: () => msg('Who', { id: 'access.audit.who' }),
        render: (e) => (e.actor ? html`${e.actor.name ?? e.actor.email}` : e.actorKind === 'api-key' ? msg('API key', { id: 'access.audit.api-key' }) : msg('System', { id: 'access.audit.system' })),
      },
      // The label in the reader's language; the recorded key stays at hand in the title.
      { key: 'action', label: () => msg('Action', { id: 'access.audit.action' }), render: (e) => html`<span title=${e.action}>${e.actionLabel}</span>` },
      // The target by its name (as its plugin names it); one nothing names, by kind and the start of its id.
      {
        key: 'target',
        label: () => msg('Target', { id: 'access.audit.target' }),
        render: (e) => {
          const ref = `${e.targetType}${e.targetId ? ` ${e.targetId}` : ''}`;
          return e.targetName ? html`<span title=${ref}>${e.targetName}</span>` : `${e.targetType}${e.targetId ? ` ${e.targetId.slice(0, 8)}` : ''}`;
        },
      },
    ];
  }

  protected override render() {
    const filtered = Object.keys(this.filters).length > 0;
    return html`<h1>${msg('Audit log', { id: 'access.audit.title' })}</h1>
      <form class="toolbar" part="filters" novalidate @keydown=${submitOnEnter} @submit=${this.#apply} aria-label=${msg('Filters', { id: 'access.audit.filters' })}>
        ${this.people.length
          ? html`<portico-select name="actorId" label=${msg('Who', { id: 'access.audit.who' })} .value=${this.filters.actorId ?? ''}
              .options=${[{ value: '', label: msg('Anyone', { id: 'access.audit.anyone' }) }, ...this.people.map((p) => ({ value: p.id, label: p.name }))]}></portico-select>`
          : nothing}
        <portico-select name="action" label=${msg('Action', { id: 'access.audit.action' })} .value=${this.filters.action ?? ''}
          .options=${actionOptions(this.actions.value?.items ?? [])}></portico-select>
        <portico-field name="from" type="date" label=${msg('From', { id: 'access.audit.from' })}></portico-field>
        <portico-field name="to" type="date" label=${msg('To', { id: 'access.audit.to' })}></portico-field>
        <div class="actions">
          <portico-button type="submit">${msg('Apply filters', { id: 'access.audit.apply' })}</portico-button>
          <portico-button variant="secondary" ?loading=${this.exporting} @click=${this.#export}>${msg('Download CSV', { id: 'access.audit.export' })}</portico-button>
        </div>
      </form>
      ${renderResource(this.events, () => html`<portico-data-table part="table" label=${msg('Audit events', { id: 'access.audit.table' })} .columns=${this.#columns()} .rows=${this.rows}
          ?has-more=${!!this.nextCursor} ?loading=${this.loadingMore} @portico-load-more=${() => this.#loadMore()}></portico-data-table>`, {
        empty: () => html`<portico-empty-state heading=${filtered ? msg('No events match these filters', { id: 'access.audit.no-match' }) : msg('Nothing recorded yet', { id: 'access.audit.empty' })}>
          ${filtered ? msg('Widen the dates or clear the action.', { id: 'access.audit.no-match.body' }) : msg('Changes made in the portal will appear here.', { id: 'access.audit.empty.body' })}
        </portico-empty-state>`,
      })}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-audit-log': PorticoAuditLog;
  }
}
