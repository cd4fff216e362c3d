import { html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg, str } from '@lit/localize';
import type { PorticoClient } from '@portico/sdk';
import {
  PorticoElement, ResourceController, applyProblem, clearProblem, clientContext, formatDate, hasPermission, localeContext, readField, renderResource, sessionContext, submitOnEnter, toast,
  type DataTableColumn, type Locale, type PorticoDialog, type Session, type SortDirection,
} from '@portico/widgets';
import {
  HEALTHS, MANDATE_STATUSES, fleetCall, formatDay, healthBadge, healthLabel, mandateBadge, mandateStatusLabel, pageStyles, problemText, type ClientSummary, type Health, type MandateStatus,
} from './shared.js';

type Sort = 'name' | '-name' | 'createdAt' | '-createdAt';
type Member = { id: string; name: string };

/**
 * The client companies the person may see (their organisation's; staff: every partner's), A→Z:
 * health as the tenant's product judges it, the mandate's status and end, who looks after each;
 * search by name, domain or external id, filters by status, health, mandate and assignee, sortable
 * by name and age, cursor pages ("Show more"). Each name opens the client's 360 page. A partner's
 * people holding `fleet.clients.register` register a client themselves while the programme allows it
 * (`partnersMayRegisterClients`).
 *
 * @csspart filters, table
 */
@customElement('portico-client-list')
export class PorticoClientList extends PorticoElement {
  static override styles = [...PorticoElement.styles, pageStyles];

  @consume({ context: clientContext, subscribe: true }) @state() accessor client = undefined as unknown as PorticoClient;
  @consume({ context: sessionContext, subscribe: true }) @state() accessor session: Session | null = null;
  @consume({ context: localeContext, subscribe: true }) @state() accessor locale: Locale = 'en';
  @state() accessor search = '';
  @state() accessor status: 'active' | 'archived' | '' = 'active';
  @state() accessor health: Health | 'unknown' | '' = '';
  @state() accessor mandate: MandateStatus | 'none' | '' = '';
  @state() accessor assignee = '';
  @state() accessor sort: Sort = 'name';
  @state() accessor rows: ClientSummary[] = [];
  @state() accessor nextCursor: string | null = null;
  @state() accessor loadingMore = false;
  @state() accessor members: Member[] = [];
  /** Whether the programme lets partners register their clients (the fleet settings). */
  @state() accessor partnersMayRegister = false;
  @state() accessor busy = false;
  @state() accessor formMessage = '';
  @query('#register') private accessor registerDialog!: PorticoDialog;
  #membersAsked = false;
  #settingsAsked = false;

  readonly clients = new ResourceController(this, {
    args: () => [this.client, this.search, this.status, this.health, this.mandate, this.assignee, this.sort] as const,
    enabled: ([client]) => !!client,
    load: async (_args, signal) => {
      const page = await fleetCall(this.client, 'GET /fleet/clients', { query: this.#query(), signal });
      this.rows = page.items;
      this.nextCursor = page.nextCursor;
      return page;
    },
  });

  protected override willUpdate(): void {
    if (this.client && this.session && !this.#settingsAsked && !this.#staff && hasPermission(this.session, 'fleet.clients.register')) {
      this.#settingsAsked = true;
      void fleetCall(this.client, 'GET /fleet/settings')
        .then((settings) => (this.partnersMayRegister = settings.partnersMayRegisterClients))
        .catch(() => undefined);
    }
    // A partner's people filter by any member of their organisation (from the team's roster, when they may read it).
    if (this.client && this.session && !this.#membersAsked && !this.#staff && hasPermission(this.session, 'team.read')) {
      this.#membersAsked = true;
      void this.client
        .list('/team/members', {})
        .then((page) => (this.members = page.items.map((m) => ({ id: m.id, name: m.name }))))
        .catch(() => undefined);
    }
  }

  get #canRegister(): boolean {
    return !this.#staff && this.partnersMayRegister && hasPermission(this.session, 'fleet.clients.register');
  }

  #openRegister = () => {
    this.formMessage = '';
    const form = this.renderRoot.querySelector<HTMLFormElement>('#register form');
    if (form) {
      clearProblem(form);
      for (const field of form.querySelectorAll<HTMLElement & { value: string }>('portico-field')) field.value = '';
    }
    this.registerDialog.show();
  };

  #register = async (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const body = { name: readField(form, 'name'), domain: readField(form, 'domain') || null, country: readField(form, 'country').toUpperCase() || null };
    clearProblem(form);
    this.formMessage = '';
    if (!body.name) {
      applyProblem({ status: 400, title: '', errors: [{ field: '/name', message: msg('Name the company.', { id: 'fleet.invite.company-required' }) }] }, form);
      return;
    }
    this.busy = true;
    try {
      const created = await fleetCall(this.client, 'POST /fleet/clients', { body });
      this.registerDialog.close();
      toast(msg(str`${created.name} is registered.`, { id: 'fleet.list.registered' }), { variant: 'success' });
      this.emit('portico-navigate', { path: `/clients/${created.id}` });
      await this.clients.retry();
    } catch (error) {
      this.formMessage = applyProblem(error, form).join(' ');
    } finally {
      this.busy = false;
    }
  };

  get #staff(): boolean {
    return this.session?.person.kind === 'staff';
  }

  #query() {
    return {
      q: this.search || undefined,
      status: this.status || undefined,
      health: this.health || undefined,
      mandate: this.mandate || undefined,
      assignee: this.assignee || undefined,
      sort: this.sort,
    };
  }

  async #loadMore() {
    this.loadingMore = true;
    try {
      const page = await fleetCall(this.client, 'GET /fleet/clients', { query: { ...this.#query(), cursor: this.nextCursor ?? undefined } });
      this.rows = [...this.rows, ...page.items];
      this.nextCursor = page.nextCursor;
    } catch (error) {
      toast(problemText(error), { variant: 'danger' });
    } finally {
      this.loadingMore = false;
    }
  }

  #columns(): DataTableColumn<ClientSummary>[] {
    const columns: (DataTableColumn<ClientSummary> | false)[] = [
      {
        key: 'name',
        sortable: true,
        label: () => msg('Client', { id: 'fleet.list.client' }),
        render: (c) => html`<a href=${`/clients/${c.id}`}>${c.name}</a>${c.status === 'archived' ? html` <portico-badge>${msg('Archived', { id: 'fleet.client.status.archived' })}</portico-badge>` : nothing}
          ${c.domain ? html`<br /><span class="muted">${c.domain}</span>` : nothing}`,
      },
      this.#staff && { key: 'partner', label: () => msg('Partner', { id: 'fleet.list.partner' }), render: (c) => c.partnerName },
      { key: 'health', label: () => msg('Health', { id: 'fleet.list.health' }), render: (c) => healthBadge(c.health) },
      {
        key: 'mandate',
        label: () => msg('Mandate', { id: 'fleet.list.mandate' }),
        render: (c) => html`${mandateBadge(c.mandate?.status ?? null)}
          ${c.mandate?.validUntil ? html`<br /><span class="muted">${msg('Until', { id: 'fleet.list.until' })} ${formatDay(c.mandate.validUntil, this.locale)}</span>` : nothing}`,
      },
      {
        key: 'assignees',
        label: () => msg('Looked after by', { id: 'fleet.list.assignees' }),
        render: (c) => (c.assignees.length ? c.assignees.map((a) => a.name).join(', ') : html`<span class="muted">${msg('Nobody', { id: 'fleet.list.nobody' })}</span>`),
      },
      { key: 'createdAt', sortable: true, label: () => msg('Since', { id: 'fleet.list.since' }), render: (c) => formatDate(c.createdAt, this.locale) },
    ];
    return columns.filter((c): c is DataTableColumn<ClientSummary> => !!c);
  }

  #onSort = (event: CustomEvent<{ key: string; direction: SortDirection }>) => {
    const column = event.detail.key === 'createdAt' ? 'createdAt' : 'name';
    this.sort = event.detail.direction === 'ascending' ? column : `-${column}`;
  };

  #filters() {
    const onSearch = (event: Event) => {
      event.preventDefault();
      this.search = readField(event.target as HTMLFormElement, 'q');
    };
    const select = <T extends string>(name: string, label: string, value: string, options: { value: string; label: string }[], set: (value: T) => void) =>
      html`<portico-select name=${name} label=${label} .value=${value} .options=${options} @portico-change=${(e: CustomEvent<{ value: string }>) => set(e.detail.value as T)}></portico-select>`;
    const all = { value: '', label: msg('All', { id: 'fleet.all' }) };
    const me = this.session?.person.id;
    const assignees = [
      { value: '', label: msg('Anyone', { id: 'fleet.list.anyone' }) },
      ...(me && !this.#staff ? [{ value: me, label: msg('Me', { id: 'fleet.list.me' }) }] : []),
      ...this.members.filter((m) => m.id !== me).map((m) => ({ value: m.id, label: m.name })),
    ];
    return html`<div class="toolbar" part="filters">
      <form role="search" @submit=${onSearch} @keydown=${submitOnEnter}>
        <portico-field name="q" label=${msg('Search by name, domain or id', { id: 'fleet.list.search' })}></portico-field>
      </form>
      ${select('status', msg('Status', { id: 'fleet.list.status' }), this.status, [
        all,
        { value: 'active', label: msg('Active', { id: 'fleet.client.status.active' }) },
        { value: 'archived', label: msg('Archived', { id: 'fleet.client.status.archived' }) },
      ], (v: typeof this.status) => (this.status = v))}
      ${select('health', msg('Health', { id: 'fleet.list.health' }), this.health, [all, ...[...HEALTHS, 'unknown' as const].map((h) => ({ value: h, label: healthLabel(h) }))], (v: typeof this.health) => (this.health = v))}
      ${select('mandate', msg('Mandate', { id: 'fleet.list.mandate' }), this.mandate, [
        all,
        ...MANDATE_STATUSES.map((s) => ({ value: s, label: mandateStatusLabel(s) })),
        { value: 'none', label: msg('No mandate', { id: 'fleet.mandate.none' }) },
      ], (v: typeof this.mandate) => (this.mandate = v))}
      ${assignees.length > 1 ? select('assignee', msg('Looked after by', { id: 'fleet.list.assignees' }), this.assignee, assignees, (v: string) => (this.assignee = v)) : nothing}
    </div>`;
  }

  protected override render() {
    const filtered = !!(this.search || this.health || this.mandate || this.assignee || this.status === 'archived');
    const [sortKey, sortDirection] = this.sort.startsWith('-') ? [this.sort.slice(1), 'descending'] : [this.sort, 'ascending'];

    return html`<div class="heading">
        <h1>${msg('Clients', { id: 'fleet.title' })}</h1>
        <div class="actions">
          ${this.#canRegister ? html`<portico-button variant="secondary" @click=${this.#openRegister}>${msg('Register a client', { id: 'fleet.list.register' })}</portico-button>` : nothing}
          <a href="/clients/invitations">${msg('Client invitations', { id: 'fleet.invitations.title' })}</a>
          ${hasPermission(this.session, 'fleet.mandates.approve') ? html`<a href="/clients/proposals">${msg('Mandate extensions', { id: 'fleet.proposals.title' })}</a>` : nothing}
        </div>
      </div>
      ${this.#filters()}
      ${renderResource(
        this.clients,
        () => html`<portico-data-table part="table" label=${msg('Clients', { id: 'fleet.title' })} .columns=${this.#columns()} .rows=${this.rows}
          sort-key=${sortKey} sort-direction=${sortDirection} ?has-more=${!!this.nextCursor} ?loading=${this.loadingMore}
          @portico-sort=${this.#onSort} @portico-load-more=${() => this.#loadMore()}></portico-data-table>`,
        {
          empty: () => html`<portico-empty-state heading=${filtered ? msg('No client matches', { id: 'fleet.list.no-match' }) : msg('No clients yet', { id: 'fleet.list.empty' })}>
            ${filtered
              ? msg('Try another search or filter.', { id: 'fleet.list.no-match.body' })
              : msg('Invite the companies you serve to give you a mandate; the programme’s product may also add them for you.', { id: 'fleet.list.empty.body' })}
            ${!filtered && hasPermission(this.session, 'fleet.invitations.send')
              ? html`<portico-button slot="action" @click=${() => this.emit('portico-navigate', { path: '/clients/invitations' })}>${msg('Invite a client', { id: 'fleet.invite' })}</portico-button>`
              : nothing}
          </portico-empty-state>`,
        },
      )}
      <portico-dialog id="register" label=${msg('Register a client', { id: 'fleet.list.register' })}>
        <form novalidate @keydown=${submitOnEnter} @submit=${this.#register}>
          <p class="muted">${msg('A client you register has no mandate yet: invite its contact to give you one.', { id: 'fleet.list.register-note' })}</p>
          <portico-field name="name" required autocomplete="off" label=${msg('Company', { id: 'fleet.invitations.company' })}></portico-field>
          <portico-field name="domain" autocomplete="off" label=${msg('Domain', { id: 'fleet.360.domain' })} hint=${msg('For example contoso.com', { id: 'fleet.invite.domain-hint' })}></portico-field>
          <portico-field name="country" autocomplete="off" label=${msg('Country', { id: 'fleet.360.country' })} hint=${msg('Two letters, for example US', { id: 'fleet.list.country-hint' })}></portico-field>
          ${this.formMessage ? html`<p class="alert" role="alert">${this.formMessage}</p>` : nothing}
          <div class="actions">
            <portico-button type="submit" ?loading=${this.busy}>${msg('Register', { id: 'fleet.list.register-confirm' })}</portico-button>
            <portico-button variant="secondary" @click=${() => this.registerDialog.close()}>${msg('Cancel', { id: 'fleet.cancel' })}</portico-button>
          </div>
        </form>
      </portico-dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-client-list': PorticoClientList;
  }
}
