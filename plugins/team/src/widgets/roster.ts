import { html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg, str } from '@lit/localize';
import type { PorticoClient } from '@portico/sdk';
import {
  PARTNER_ROLES, PorticoElement, ResourceController, clientContext, formatRelativeTime, hasPermission, isStaff, localeContext, renderResource, sessionContext, submitOnEnter, toast,
  type DataTableColumn, type Locale, type PorticoDialog, type Session,
} from '@portico/widgets';
import { SELF_SERVICE_ROLES, activityLabel, escalationNotice, escalationOf, loadPartners, loadSupport, organisationInactive, pageStyles, partnerPicker, problemText, roleLabel, type Member, type Partner, type PartnerRole, type Support } from './shared.js';

type SortKey = 'name' | 'email' | 'role' | 'activity';

/**
 * The team of one's organisation: name, email, role, security posture and activity, with search,
 * sort by column and cursor paging. A member sees their own exact two-factor status and last activity,
 * and for peers only what the server sends (a coarse activity). Partner admins change another
 * member between partner admin and partner user, and remove another member, each after confirming;
 * nothing is offered on oneself. Refusals only support can lift (the last administrator, a suspended
 * or archived organisation) are shown with the support contact. Staff pick the organisation.
 *
 * @attr partner-id - Staff: the organisation shown (default: the whole programme).
 * @fires portico-team-changed - A role changed or a member was removed (detail: `{ memberId, action }`).
 * @csspart filters, table, escalation
 */
@customElement('portico-team-roster')
export class PorticoTeamRoster extends PorticoElement {
  static override styles = [...PorticoElement.styles, pageStyles];

  @consume({ context: clientContext, subscribe: true }) @state() accessor client = undefined as unknown as PorticoClient;
  @consume({ context: sessionContext, subscribe: true }) @state() accessor session: Session | null = null;
  @consume({ context: localeContext, subscribe: true }) @state() accessor locale: Locale = 'en';
  @property({ attribute: 'partner-id' }) accessor partnerId = '';
  @state() accessor search = '';
  @state() accessor sort: SortKey = 'name';
  @state() accessor direction: 'asc' | 'desc' = 'asc';
  @state() accessor rows: Member[] = [];
  @state() accessor nextCursor: string | null = null;
  @state() accessor loadingMore = false;
  @state() accessor busy = false;
  @state() accessor changing: Member | null = null;
  @state() accessor newRole: PartnerRole | '' = '';
  @state() accessor removing: Member | null = null;
  @state() accessor refusal: { title: string; detail?: string } | null = null;
  @state() accessor support: Support | null = null;
  @state() accessor becameReadOnly = false;
  @state() accessor partners: Partner[] = [];
  @query('#role') private accessor roleDialog!: PorticoDialog;
  @query('#remove') private accessor removeDialog!: PorticoDialog;

  readonly members = new ResourceController(this, {
    args: () => [this.client, this.search, this.sort, this.direction, this.partnerId] as const,
    enabled: ([client]) => !!client,
    load: async ([client, q, sort, direction, partnerId], signal) => {
      const page = await client.list('/team/members', { query: this.#query(q, sort, direction, partnerId), signal });
      this.rows = page.items;
      this.nextCursor = page.nextCursor;
      return page;
    },
  });

  protected override willUpdate(): void {
    if (this.client && isStaff(this.session) && this.partners.length === 0 && !this.#partnersAsked) {
      this.#partnersAsked = true;
      void loadPartners(this.client).then((p) => (this.partners = p));
    }
  }

  #partnersAsked = false;

  #query(q: string, sort: SortKey, direction: 'asc' | 'desc', partnerId: string) {
    return { q: q || undefined, sort, direction, partnerId: isStaff(this.session) && partnerId ? partnerId : undefined };
  }

  get #manage(): boolean {
    return hasPermission(this.session, 'team.manage');
  }

  get #readOnly(): boolean {
    return this.becameReadOnly || organisationInactive(this.session);
  }

  async #loadMore() {
    this.loadingMore = true;
    try {
      const page = await this.client.list('/team/members', { query: this.#query(this.search, this.sort, this.direction, this.partnerId), cursor: this.nextCursor });
      this.rows = [...this.rows, ...page.items];
      this.nextCursor = page.nextCursor;
    } catch (error) {
      toast(problemText(error), { variant: 'danger' });
    } finally {
      this.loadingMore = false;
    }
  }

  #onSort = (event: CustomEvent<{ key: string; direction: 'ascending' | 'descending' }>) => {
    this.sort = event.detail.key as SortKey;
    this.direction = event.detail.direction === 'descending' ? 'desc' : 'asc';
  };

  /** A refusal at an escalation boundary becomes a notice with support's contact; others a toast. */
  async #refused(error: unknown) {
    const boundary = escalationOf(error);
    if (!boundary) {
      toast(problemText(error), { variant: 'danger' });
      // "You are no longer an administrator": what the page shows is out of date.
      if ((error as { status?: number }).status === 403) await this.members.retry();
      return;
    }
    if (boundary === 'organisation-inactive') this.becameReadOnly = true;
    const problem = error as { title: string; detail?: string };
    this.refusal = { title: problem.title, detail: problem.detail };
    this.support ??= await loadSupport(this.client);
  }

  #openRole(member: Member) {
    this.changing = member;
    this.newRole = member.role === 'partner_admin' ? 'partner_user' : 'partner_admin';
    this.roleDialog.show();
  }

  #changeRole = async () => {
    const member = this.changing!;
    const role = this.newRole as PartnerRole;
    this.busy = true;
    try {
      await this.client.patch('/team/members/{id}', { params: { id: member.id }, body: { role } });
      this.roleDialog.close();
      const label = roleLabel(role);
      toast(msg(str`${member.name} is now ${label}.`, { id: 'team.roster.role-changed' }), { variant: 'success' });
      this.emit('portico-team-changed', { memberId: member.id, action: 'role-changed' });
      await this.members.retry();
    } catch (error) {
      this.roleDialog.close();
      await this.#refused(error);
    } finally {
      this.busy = false;
    }
  };

  #remove = async () => {
    const member = this.removing!;
    this.busy = true;
    try {
      await this.client.delete('/team/members/{id}', { params: { id: member.id } });
      this.removeDialog.close();
      toast(msg(str`${member.name} is removed from the team and signed out.`, { id: 'team.roster.removed' }), { variant: 'success' });
      this.emit('portico-team-changed', { memberId: member.id, action: 'removed' });
      await this.members.retry();
    } catch (error) {
      this.removeDialog.close();
      await this.#refused(error);
    } finally {
      this.busy = false;
    }
  };

  #posture(member: Member) {
    if (!member.mfa) return html`<span class="muted">${msg('Not shared', { id: 'team.roster.mfa.hidden' })}</span>`;
    return member.mfa === 'enabled'
      ? html`<portico-badge variant="success">${msg('Two-factor on', { id: 'team.roster.mfa.on' })}</portico-badge>`
      : html`<portico-badge variant="warning">${msg('Two-factor off', { id: 'team.roster.mfa.off' })}</portico-badge>`;
  }

  #activity(member: Member) {
    // Exact only where the server sent it (oneself, staff); peers get the coarse label.
    if (member.lastSeenAt !== undefined) {
      return member.lastSeenAt ? formatRelativeTime(member.lastSeenAt, this.locale) : activityLabel('unknown');
    }
    return activityLabel(member.activity);
  }

  #actions(member: Member) {
    const clientsLink = member.isYou
      ? html`<a href="/team/my-clients">${msg('My clients', { id: 'team.clients.mine' })}</a>`
      : this.#manage
        ? html`<a href=${`/team/members/${member.id}/clients`} aria-label=${msg(str`Clients of ${member.name}`, { id: 'team.clients.of' })}>${msg('Clients', { id: 'team.clients' })}</a>`
        : nothing;
    if (member.isYou || !this.#manage || this.#readOnly) return html`<div class="actions">${clientsLink}</div>`;
    const switchable = isStaff(this.session) || (SELF_SERVICE_ROLES as readonly string[]).includes(member.role);
    return html`<div class="actions">
      ${clientsLink}
      ${switchable
        ? html`<portico-button variant="secondary" label=${msg(str`Change role: ${member.name}`, { id: 'team.roster.change-role.for' })} @click=${() => this.#openRole(member)}>${msg('Change role', { id: 'team.roster.change-role' })}</portico-button>`
        : nothing}
      <portico-button variant="danger" label=${msg(str`Remove ${member.name}`, { id: 'team.roster.remove.for' })}
        @click=${() => ((this.removing = member), this.removeDialog.show())}>${msg('Remove', { id: 'team.remove' })}</portico-button>
    </div>`;
  }

  #columns(): DataTableColumn<Member>[] {
    return [
      {
        key: 'name', sortable: true, label: () => msg('Name', { id: 'team.name' }),
        render: (m) => html`<strong>${m.name}</strong>${m.isYou ? html` <portico-badge variant="info">${msg('You', { id: 'team.roster.you' })}</portico-badge>` : nothing}${m.status === 'deactivated' ? html` <portico-badge>${msg('Deactivated', { id: 'team.roster.deactivated' })}</portico-badge>` : nothing}`,
      },
      { key: 'email', sortable: true, label: () => msg('Email', { id: 'team.email' }), render: (m) => m.email },
      { key: 'role', sortable: true, label: () => msg('Role', { id: 'team.role' }), render: (m) => roleLabel(m.role) },
      { key: 'mfa', label: () => msg('Two-factor', { id: 'team.roster.mfa' }), render: (m) => this.#posture(m) },
      { key: 'activity', sortable: true, label: () => msg('Activity', { id: 'team.roster.activity' }), render: (m) => this.#activity(m) },
      { key: 'actions', label: () => msg('Actions', { id: 'team.actions' }), render: (m) => this.#actions(m) },
    ];
  }

  #roleOptions(): string[] {
    return isStaff(this.session) ? [...PARTNER_ROLES] : [...SELF_SERVICE_ROLES];
  }

  #links() {
    const manage = this.#manage && !isStaff(this.session);
    return html`<ul class="links">
      ${manage ? html`<li><a href="/team/invitations">${msg('Pending invitations', { id: 'team.invitations.title' })}</a></li>` : nothing}
      ${isStaff(this.session) ? nothing : html`<li><a href="/team/my-clients">${msg('My clients', { id: 'team.clients.mine' })}</a></li>`}
      <li><a href="/team/help">${msg('What only support can do', { id: 'team.help.title' })}</a></li>
    </ul>`;
  }

  protected override render() {
    const staff = isStaff(this.session);
    const filtered = !!this.search;
    return html`<h1>${msg('Team', { id: 'team.title' })}</h1>
      ${this.#links()}
      ${this.#readOnly
        ? html`<div class="banner" role="status"><p><strong>${msg('Your organisation is not active: you can view its team but not change it.', { id: 'team.read-only' })}</strong></p>
            <p><a href="/team/help">${msg('Ask support to resolve the organisation’s status.', { id: 'team.read-only.help' })}</a></p></div>`
        : nothing}
      ${!this.#manage && !staff ? html`<p class="muted">${msg('You can view your team; its administrators manage it.', { id: 'team.roster.view-only' })}</p>` : nothing}
      ${this.refusal ? escalationNotice(this.refusal, this.support, () => (this.refusal = null)) : nothing}
      <div class="toolbar" part="filters">
        <form role="search" @keydown=${submitOnEnter} @submit=${(e: Event) => {
          e.preventDefault();
          this.search = (this.renderRoot.querySelector('[name=q]') as HTMLElement & { value: string }).value.trim();
        }}>
          <portico-field name="q" type="text" label=${msg('Search by name or email', { id: 'team.roster.search' })}></portico-field>
        </form>
        ${staff ? partnerPicker(this.partners, this.partnerId, (value) => (this.partnerId = value), true) : nothing}
      </div>
      ${renderResource(this.members, () => html`<portico-data-table part="table" label=${msg('Team members', { id: 'team.roster.label' })} .columns=${this.#columns()} .rows=${this.rows}
          sort-key=${this.sort} sort-direction=${this.direction === 'desc' ? 'descending' : 'ascending'} ?has-more=${!!this.nextCursor} ?loading=${this.loadingMore}
          @portico-sort=${this.#onSort} @portico-load-more=${() => this.#loadMore()}></portico-data-table>`, {
        empty: () => html`<portico-empty-state heading=${filtered ? msg('Nobody matches', { id: 'team.roster.no-match' }) : msg('No members yet', { id: 'team.roster.empty' })}>
          ${filtered ? msg('Try another name or email address.', { id: 'team.roster.no-match.body' }) : msg('Invite your colleagues to work with you here.', { id: 'team.roster.empty.body' })}
          ${filtered
            ? html`<portico-button slot="action" variant="secondary" @click=${() => this.#clearSearch()}>${msg('Clear search', { id: 'team.roster.clear' })}</portico-button>`
            : this.#manage && !staff ? html`<a slot="action" href="/team/invitations">${msg('Invite a colleague', { id: 'team.invitations.invite' })}</a>` : nothing}
        </portico-empty-state>`,
      })}
      <portico-dialog id="role" label=${msg('Change role', { id: 'team.roster.change-role' })}>
        ${this.changing
          ? html`<p>${msg(str`Choose the new role of ${this.changing.name}. They are told by email.`, { id: 'team.roster.change-role.body' })}</p>
            <portico-select name="role" label=${msg('Role', { id: 'team.role' })} .value=${this.newRole}
              .options=${this.#roleOptions().map((role) => ({ value: role, label: roleLabel(role) }))}
              @portico-change=${(e: CustomEvent<{ value: string }>) => (this.newRole = e.detail.value as PartnerRole)}></portico-select>`
          : nothing}
        <div slot="footer" class="actions">
          <portico-button variant="secondary" @click=${() => this.roleDialog.close()}>${msg('Cancel', { id: 'team.cancel' })}</portico-button>
          <portico-button ?loading=${this.busy} ?disabled=${this.newRole === this.changing?.role} @click=${this.#changeRole}>${msg('Change role', { id: 'team.roster.change-role' })}</portico-button>
        </div>
      </portico-dialog>
      <portico-dialog id="remove" label=${msg('Remove this member?', { id: 'team.roster.remove.title' })}>
        <p>${this.removing ? msg(str`${this.removing.name} leaves the team: their sessions end at once and the clients assigned to them are unassigned. To bring them back, invite them again.`, { id: 'team.roster.remove.body' }) : nothing}</p>
        <div slot="footer" class="actions">
          <portico-button variant="secondary" @click=${() => this.removeDialog.close()}>${msg('Cancel', { id: 'team.cancel' })}</portico-button>
          <portico-button variant="danger" ?loading=${this.busy} @click=${this.#remove}>${msg('Remove', { id: 'team.remove' })}</portico-button>
        </div>
      </portico-dialog>`;
  }

  #clearSearch() {
    const field = this.renderRoot.querySelector('[name=q]') as (HTMLElement & { value: string }) | null;
    if (field) field.value = '';
    this.search = '';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-team-roster': PorticoTeamRoster;
  }
}
