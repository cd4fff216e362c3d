import { html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg, str } from '@lit/localize';
import type { PorticoClient } from '@portico/sdk';
import {
  PARTNER_ROLES, PorticoElement, ResourceController, STAFF_ROLES, applyProblem, clearProblem, clientContext, formatRelativeTime, hasPermission, localeContext, renderResource, sessionContext, submitOnEnter, toast,
  type DataTableColumn, type Locale, type PorticoDialog, type Session,
} from '@portico/widgets';
import type { Invitation, PersonStatus } from '../schemas.js';
import { pageStyles, problemText, roleLabel, type Partner, type Person } from './shared.js';

type PersonAction = 'resend-invite' | 'deactivate' | 'reactivate' | 'reset-mfa';

export function statusLabel(status: PersonStatus): string {
  return {
    invited: () => msg('Invited', { id: 'access.people.status.invited' }),
    active: () => msg('Active', { id: 'access.people.status.active' }),
    deactivated: () => msg('Deactivated', { id: 'access.people.status.deactivated' }),
    removed: () => msg('Removed', { id: 'access.people.status.removed' }),
  }[status]();
}
const STATUS_VARIANT = { invited: 'info', active: 'success', deactivated: 'warning', removed: 'neutral' } as const;

/**
 * The people of the programme (staff: the whole tenant; a partner's admins: their organisation): search,
 * status filter, cursor paging; with `access.people.manage`, invite (role and organisation), resend
 * an invite, deactivate, reactivate, reset two-factor authentication and remove (after confirming).
 *
 * @csspart filters, table
 */
@customElement('portico-people')
export class PorticoPeople extends PorticoElement {
  static override styles = [...PorticoElement.styles, pageStyles];

  @consume({ context: clientContext, subscribe: true }) @state() accessor client = undefined as unknown as PorticoClient;
  @consume({ context: sessionContext, subscribe: true }) @state() accessor session: Session | null = null;
  @consume({ context: localeContext, subscribe: true }) @state() accessor locale: Locale = 'en';
  @state() accessor search = '';
  @state() accessor status: PersonStatus | '' = '';
  @state() accessor rows: Person[] = [];
  @state() accessor nextCursor: string | null = null;
  @state() accessor loadingMore = false;
  @state() accessor busy: string | null = null;
  @state() accessor removing: Person | null = null;
  @state() accessor partners: Partner[] = [];
  @state() accessor invitePartner = '';
  @state() accessor inviteMessage = '';
  @query('#invite') private accessor inviteDialog!: PorticoDialog;
  @query('#remove') private accessor removeDialog!: PorticoDialog;

  readonly people = new ResourceController(this, {
    args: () => [this.client, this.search, this.status] as const,
    enabled: ([client]) => !!client,
    load: async ([client, q, status], signal) => {
      const page = await client.list('/access/people', { query: { q: q || undefined, status: status || undefined }, signal });
      this.rows = page.items;
      this.nextCursor = page.nextCursor;
      return page;
    },
  });

  get #staff(): boolean {
    return this.session?.person.kind === 'staff';
  }

  get #manage(): boolean {
    return hasPermission(this.session, 'access.people.manage');
  }

  async #loadMore() {
    this.loadingMore = true;
    try {
      const page = await this.client.list('/access/people', { query: { q: this.search || undefined, status: this.status || undefined }, cursor: this.nextCursor });
      this.rows = [...this.rows, ...page.items];
      this.nextCursor = page.nextCursor;
    } catch (error) {
      toast(problemText(error), { variant: 'danger' });
    } finally {
      this.loadingMore = false;
    }
  }

  async #act(person: Person, action: PersonAction) {
    this.busy = `${person.id}:${action}`;
    try {
      await this.client.post(`/access/people/{id}/${action}`, { params: { id: person.id } });
      const done = {
        'resend-invite': () => msg(str`A new invitation is on its way to ${person.email}.`, { id: 'access.people.resent' }),
        deactivate: () => msg(str`${person.name} is deactivated and signed out.`, { id: 'access.people.deactivated' }),
        reactivate: () => msg(str`${person.name} is active again.`, { id: 'access.people.reactivated' }),
        'reset-mfa': () => msg(str`${person.name} will set up two-factor authentication again.`, { id: 'access.people.mfa-reset' }),
      }[action]();
      toast(done, { variant: 'success' });
      if (action !== 'resend-invite') await this.people.retry();
    } catch (error) {
      toast(problemText(error), { variant: 'danger' });
    } finally {
      this.busy = null;
    }
  }

  #confirmRemove = async () => {
    const person = this.removing!;
    this.busy = `${person.id}:remove`;
    try {
      await this.client.delete('/access/people/{id}', { params: { id: person.id } });
      this.removeDialog.close();
      toast(msg(str`${person.name} is removed.`, { id: 'access.people.removed' }), { variant: 'success' });
      await this.people.retry();
    } catch (error) {
      toast(problemText(error), { variant: 'danger' });
    } finally {
      this.busy = null;
    }
  };

  #openInvite = async () => {
    this.inviteMessage = '';
    this.invitePartner = '';
    const form = this.renderRoot.querySelector<HTMLFormElement>('#invite form');
    if (form) {
      form.reset();
      clearProblem(form);
    }
    this.inviteDialog.show();
    if (this.#staff && hasPermission(this.session, 'access.partners.read') && this.partners.length === 0) {
      try {
        this.partners = (await this.client.list('/access/partners', { query: { limit: 100 } })).items;
      } catch {
        // Without the list, staff invite staff; the server still checks whatever is sent.
      }
    }
  };

  #invite = async (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const read = (name: string) => form.querySelector<HTMLElement & { value: string }>(`[name="${name}"]`)?.value.trim() ?? '';
    const body: Invitation = { name: read('name'), email: read('email'), role: read('role') as Invitation['role'], ...(read('partnerId') ? { partnerId: read('partnerId') } : {}) };
    this.busy = 'invite';
    this.inviteMessage = '';
    clearProblem(form);
    try {
      await this.client.post('/access/people', { body });
      this.inviteDialog.close();
      toast(msg(str`${body.name} is invited.`, { id: 'access.people.invited' }), { variant: 'success' });
      await this.people.retry();
    } catch (error) {
      this.inviteMessage = applyProblem(error, form).join(' ');
    } finally {
      this.busy = null;
    }
  };

  #actions(person: Person) {
    if (!this.#manage || person.status === 'removed' || person.id === this.session?.person.id) return html``;
    const button = (action: PersonAction | 'remove', label: string, variant = 'text') =>
      html`<portico-button variant=${variant} ?loading=${this.busy === `${person.id}:${action}`}
        @click=${() => (action === 'remove' ? ((this.removing = person), this.removeDialog.show()) : this.#act(person, action))}>${label}</portico-button>`;
    return html`<div class="actions">
      ${person.status === 'invited' ? button('resend-invite', msg('Resend invite', { id: 'access.people.resend' })) : nothing}
      ${person.status === 'active' ? button('deactivate', msg('Deactivate', { id: 'access.people.deactivate' })) : nothing}
      ${person.status === 'deactivated' ? button('reactivate', msg('Reactivate', { id: 'access.people.reactivate' })) : nothing}
      ${person.status === 'active' ? button('reset-mfa', msg('Reset 2FA', { id: 'access.people.reset-mfa' })) : nothing}
      ${button('remove', msg('Remove', { id: 'access.people.remove' }), 'danger')}
    </div>`;
  }

  #columns(): DataTableColumn<Person>[] {
    return [
      { key: 'name', label: () => msg('Name', { id: 'access.profile.name' }), render: (p) => html`<strong>${p.name}</strong><br /><span class="muted">${p.email}</span>` },
      { key: 'role', label: () => msg('Role', { id: 'access.people.role' }), render: (p) => roleLabel(p.role) },
      ...(this.#staff ? [<DataTableColumn<Person>>{ key: 'partnerName', label: () => msg('Organisation', { id: 'access.people.organisation' }), render: (p: Person) => p.partnerName ?? msg('Staff', { id: 'access.people.staff' }) }] : []),
      { key: 'status', label: () => msg('Status', { id: 'access.mfa.status' }), render: (p) => html`<portico-badge variant=${STATUS_VARIANT[p.status]}>${statusLabel(p.status)}</portico-badge>` },
      { key: 'lastSeenAt', label: () => msg('Last active', { id: 'access.sessions.last-seen' }), render: (p) => (p.lastSeenAt ? formatRelativeTime(p.lastSeenAt, this.locale) : activityLabel(p.activity)) },
      ...(this.#manage ? [<DataTableColumn<Person>>{ key: 'actions', label: () => msg('Actions', { id: 'access.actions' }), render: (p: Person) => this.#actions(p) }] : []),
    ];
  }

  #inviteForm() {
    const roles = this.#staff && !this.invitePartner ? STAFF_ROLES : PARTNER_ROLES;
    return html`<form novalidate @keydown=${submitOnEnter} @submit=${this.#invite}>
      <portico-field name="name" required autocomplete="off" label=${msg('Name', { id: 'access.profile.name' })}></portico-field>
      <portico-field name="email" type="email" required autocomplete="off" label=${msg('Email address', { id: 'access.sign-in.email' })}></portico-field>
      ${this.#staff
        ? html`<portico-select name="partnerId" label=${msg('Organisation', { id: 'access.people.organisation' })} .value=${this.invitePartner}
            .options=${[{ value: '', label: msg('Staff (no organisation)', { id: 'access.people.no-organisation' }) }, ...this.partners.map((p) => ({ value: p.id, label: p.name }))]}
            @portico-change=${(e: CustomEvent<{ value: string }>) => (this.invitePartner = e.detail.value)}></portico-select>`
        : nothing}
      <portico-select name="role" required label=${msg('Role', { id: 'access.people.role' })} .value=${roles[roles.length - 1]}
        .options=${roles.map((role) => ({ value: role, label: roleLabel(role) }))}></portico-select>
      ${this.inviteMessage ? html`<p class="alert" role="alert">${this.inviteMessage}</p>` : nothing}
      <div class="actions">
        <portico-button type="submit" ?loading=${this.busy === 'invite'}>${msg('Send invitation', { id: 'access.people.send-invite' })}</portico-button>
        <portico-button variant="secondary" @click=${() => this.inviteDialog.close()}>${msg('Cancel', { id: 'access.cancel' })}</portico-button>
      </div>
    </form>`;
  }

  protected override render() {
    const filtered = !!(this.search || this.status);
    return html`<h1>${msg('People', { id: 'access.people.title' })}</h1>
      <div class="toolbar" part="filters">
        <form role="search" @submit=${(e: Event) => {
          e.preventDefault();
          this.search = (this.renderRoot.querySelector('[name=q]') as HTMLElement & { value: string }).value.trim();
        }} @keydown=${submitOnEnter}>
          <portico-field name="q" type="text" label=${msg('Search by name or email', { id: 'access.people.search' })}></portico-field>
        </form>
        <portico-select name="status" label=${msg('Status', { id: 'access.mfa.status' })} .value=${this.status}
          .options=${[{ value: '', label: msg('All', { id: 'access.all' }) }, ...(['invited', 'active', 'deactivated', ...(this.#staff ? ['removed' as const] : [])] as const).map((s) => ({ value: s, label: statusLabel(s) }))]}
          @portico-change=${(e: CustomEvent<{ value: string }>) => (this.status = e.detail.value as PersonStatus | '')}></portico-select>
        ${this.#manage ? html`<portico-button @click=${this.#openInvite}>${msg('Invite someone', { id: 'access.people.invite' })}</portico-button>` : nothing}
      </div>
      ${renderResource(this.people, () => html`<portico-data-table part="table" label=${msg('People', { id: 'access.people.title' })} .columns=${this.#columns()} .rows=${this.rows}
          ?has-more=${!!this.nextCursor} ?loading=${this.loadingMore} @portico-load-more=${() => this.#loadMore()}></portico-data-table>`, {
        empty: () => html`<portico-empty-state heading=${filtered ? msg('Nobody matches', { id: 'access.people.no-match' }) : msg('No people yet', { id: 'access.people.empty' })}>
          ${filtered ? msg('Try another search or status.', { id: 'access.people.no-match.body' }) : msg('Invite the first person to the programme.', { id: 'access.people.empty.body' })}
          ${this.#manage && !filtered ? html`<portico-button slot="action" @click=${this.#openInvite}>${msg('Invite someone', { id: 'access.people.invite' })}</portico-button>` : nothing}
        </portico-empty-state>`,
      })}
      <portico-dialog id="invite" label=${msg('Invite someone', { id: 'access.people.invite' })}>${this.#inviteForm()}</portico-dialog>
      <portico-dialog id="remove" label=${msg('Remove this person?', { id: 'access.people.remove.title' })}>
        <p>${this.removing ? msg(str`${this.removing.name} loses access at once. Their past activity stays in the audit log.`, { id: 'access.people.remove.body' }) : nothing}</p>
        <div slot="footer" class="actions">
          <portico-button variant="secondary" @click=${() => this.removeDialog.close()}>${msg('Cancel', { id: 'access.cancel' })}</portico-button>
          <portico-button variant="danger" ?loading=${this.busy?.endsWith(':remove') ?? false} @click=${this.#confirmRemove}>${msg('Remove', { id: 'access.people.remove' })}</portico-button>
        </div>
      </portico-dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-people': PorticoPeople;
  }
}

/** A peer's activity as a partner member may see it (the exact moment is theirs, and staff's). */
function activityLabel(activity: Person['activity']): string {
  if (activity === 'recent') return msg('This week', { id: 'access.activity.recent' });
  if (activity === 'inactive') return msg('Over a week ago', { id: 'access.activity.inactive' });
  return msg('Never', { id: 'access.never' });
}
