import { html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg, str } from '@lit/localize';
import type { PorticoClient } from '@portico/sdk';
import {
  PARTNER_ROLES, PorticoElement, ResourceController, applyProblem, clearProblem, clientContext, formatDate, formatRelativeTime, isStaff, localeContext, renderResource, sessionContext, submitOnEnter, toast,
  type DataTableColumn, type Locale, type PorticoDialog, type Session,
} from '@portico/widgets';
import { escalationNotice, escalationOf, loadPartners, loadSupport, organisationInactive, pageStyles, partnerPicker, problemText, roleLabel, type Invitation, type NewInvitation, type Partner, type PartnerRole, type Support } from './shared.js';


const LOCALES = [
  { value: 'en', label: 'English' },
  { value: 'fr', label: 'Français' },
  { value: 'es', label: 'Español' },
];

/**
 * Pending invitations of one's organisation (partner admins; staff pick the organisation): who, when
 * invited, when the link expires. Invite a partner user (email, name, language) — the server refuses
 * any other role — with its field errors shown on the fields; revoke after confirming.
 *
 * @attr partner-id - Staff: the organisation whose invitations are shown and who is invited into it.
 * @fires portico-team-changed - An invitation was sent or revoked (detail: `{ invitationId, action }`).
 * @csspart table, escalation
 */
@customElement('portico-team-invitations')
export class PorticoTeamInvitations extends PorticoElement {
  static override styles = [...PorticoElement.styles, pageStyles];

  @consume({ context: clientContext, subscribe: true }) @state() accessor client = undefined as unknown as PorticoClient;
  @consume({ context: sessionContext, subscribe: true }) @state() accessor session: Session | null = null;
  @consume({ context: localeContext, subscribe: true }) @state() accessor locale: Locale = 'en';
  @property({ attribute: 'partner-id' }) accessor partnerId = '';
  @state() accessor rows: Invitation[] = [];
  @state() accessor nextCursor: string | null = null;
  @state() accessor loadingMore = false;
  @state() accessor busy = false;
  @state() accessor revoking: Invitation | null = null;
  @state() accessor formMessage = '';
  @state() accessor refusal: { title: string; detail?: string } | null = null;
  @state() accessor support: Support | null = null;
  @state() accessor partners: Partner[] = [];
  @query('#invite') private accessor inviteDialog!: PorticoDialog;
  @query('#revoke') private accessor revokeDialog!: PorticoDialog;
  #partnersAsked = false;

  readonly invitations = new ResourceController(this, {
    args: () => [this.client, this.partnerId] as const,
    enabled: ([client, partnerId]) => !!client && (!isStaff(this.session) || !!partnerId),
    load: async ([client, partnerId], signal) => {
      const page = await client.list('/team/invitations', { query: { partnerId: partnerId || undefined }, signal });
      this.rows = page.items;
      this.nextCursor = page.nextCursor;
      return page;
    },
  });

  protected override willUpdate(): void {
    if (this.client && isStaff(this.session) && !this.#partnersAsked) {
      this.#partnersAsked = true;
      void loadPartners(this.client).then((p) => (this.partners = p));
    }
  }

  get #readOnly(): boolean {
    return organisationInactive(this.session);
  }

  async #loadMore() {
    this.loadingMore = true;
    try {
      const page = await this.client.list('/team/invitations', { query: { partnerId: this.partnerId || undefined }, cursor: this.nextCursor });
      this.rows = [...this.rows, ...page.items];
      this.nextCursor = page.nextCursor;
    } catch (error) {
      toast(problemText(error), { variant: 'danger' });
    } finally {
      this.loadingMore = false;
    }
  }

  async #escalate(error: unknown): Promise<boolean> {
    if (!escalationOf(error)) return false;
    const problem = error as { title: string; detail?: string };
    this.refusal = { title: problem.title, detail: problem.detail };
    this.support ??= await loadSupport(this.client);
    return true;
  }

  #openInvite = () => {
    this.formMessage = '';
    const form = this.renderRoot.querySelector<HTMLFormElement>('#invite form');
    if (form) {
      form.reset();
      clearProblem(form);
      for (const field of form.querySelectorAll<HTMLElement & { value: string }>('portico-field')) field.value = '';
    }
    this.inviteDialog.show();
  };

  #invite = async (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const read = (name: string) => form.querySelector<HTMLElement & { value: string }>(`[name="${name}"]`)?.value.trim() ?? '';
    // The selects' values, as chosen: the server validates them.
    const body: NewInvitation = {
      email: read('email'),
      name: read('name'),
      locale: (read('locale') || this.locale) as NewInvitation['locale'],
      role: (read('role') || 'partner_user') as PartnerRole,
      ...(isStaff(this.session) ? { partnerId: this.partnerId } : {}),
    };
    this.busy = true;
    this.formMessage = '';
    clearProblem(form);
    try {
      const invitation = await this.client.post('/team/invitations', { body });
      this.inviteDialog.close();
      toast(msg(str`An invitation is on its way to ${body.email}.`, { id: 'team.invitations.sent' }), { variant: 'success' });
      this.emit('portico-team-changed', { invitationId: invitation?.id, action: 'sent' });
      await this.invitations.retry();
    } catch (error) {
      if (await this.#escalate(error)) this.inviteDialog.close();
      else this.formMessage = applyProblem(error, form).join(' ');
    } finally {
      this.busy = false;
    }
  };

  #revoke = async () => {
    const invitation = this.revoking!;
    this.busy = true;
    try {
      await this.client.delete('/team/invitations/{id}', { params: { id: invitation.id } });
      this.revokeDialog.close();
      toast(msg(str`The invitation of ${invitation.email} is revoked.`, { id: 'team.invitations.revoked' }), { variant: 'success' });
      this.emit('portico-team-changed', { invitationId: invitation.id, action: 'revoked' });
      await this.invitations.retry();
    } catch (error) {
      this.revokeDialog.close();
      if (!(await this.#escalate(error))) toast(problemText(error), { variant: 'danger' });
    } finally {
      this.busy = false;
    }
  };

  #expiry(invitation: Invitation) {
    if (!invitation.linkExpiresAt) return html`<portico-badge variant="warning">${msg('No live link', { id: 'team.invitations.no-link' })}</portico-badge>`;
    if (new Date(invitation.linkExpiresAt).getTime() < Date.now()) return html`<portico-badge variant="warning">${msg('Expired', { id: 'team.invitations.expired' })}</portico-badge>`;
    return html`<span title=${formatDate(invitation.linkExpiresAt, this.locale)}>${formatRelativeTime(invitation.linkExpiresAt, this.locale)}</span>`;
  }

  #columns(): DataTableColumn<Invitation>[] {
    return [
      { key: 'name', label: () => msg('Name', { id: 'team.name' }), render: (i) => html`<strong>${i.name}</strong>` },
      { key: 'email', label: () => msg('Email', { id: 'team.email' }), render: (i) => i.email },
      { key: 'role', label: () => msg('Role', { id: 'team.role' }), render: (i) => roleLabel(i.role) },
      { key: 'invitedAt', label: () => msg('Invited', { id: 'team.invitations.invited' }), render: (i) => formatDate(i.invitedAt, this.locale) },
      { key: 'linkExpiresAt', label: () => msg('Link expires', { id: 'team.invitations.expires' }), render: (i) => this.#expiry(i) },
      ...(this.#readOnly
        ? []
        : [<DataTableColumn<Invitation>>{
            key: 'actions',
            label: () => msg('Actions', { id: 'team.actions' }),
            render: (i: Invitation) => html`<portico-button variant="danger" label=${msg(str`Revoke: ${i.email}`, { id: 'team.invitations.revoke.for' })}
              @click=${() => ((this.revoking = i), this.revokeDialog.show())}>${msg('Revoke', { id: 'team.invitations.revoke' })}</portico-button>`,
          }]),
    ];
  }

  #form() {
    return html`<form novalidate @keydown=${submitOnEnter} @submit=${this.#invite}>
      ${isStaff(this.session)
        ? html`<portico-select name="role" label=${msg('Role', { id: 'team.role' })} value="partner_user"
            .options=${PARTNER_ROLES.map((role) => ({ value: role, label: roleLabel(role) }))}></portico-select>`
        : html`<p class="muted">${msg('They join as a partner user. To make someone an administrator, change their role once they have joined.', { id: 'team.invitations.role-note' })}</p>`}
      <portico-field name="email" type="email" required autocomplete="off" label=${msg('Email address', { id: 'team.invitations.email' })}></portico-field>
      <portico-field name="name" required autocomplete="off" label=${msg('Name', { id: 'team.name' })}></portico-field>
      <portico-select name="locale" label=${msg('Language of the invitation', { id: 'team.invitations.locale' })} .value=${this.locale} .options=${LOCALES}></portico-select>
      ${this.formMessage ? html`<p class="alert" role="alert">${this.formMessage}</p>` : nothing}
      <div class="actions">
        <portico-button type="submit" ?loading=${this.busy}>${msg('Send invitation', { id: 'team.invitations.send' })}</portico-button>
        <portico-button variant="secondary" @click=${() => this.inviteDialog.close()}>${msg('Cancel', { id: 'team.cancel' })}</portico-button>
      </div>
    </form>`;
  }

  protected override render() {
    const staff = isStaff(this.session);
    const canInvite = !this.#readOnly && (!staff || !!this.partnerId);
    const inviteButton = (slot?: string) =>
      canInvite ? html`<portico-button slot=${slot ?? nothing} @click=${this.#openInvite}>${msg('Invite a colleague', { id: 'team.invitations.invite' })}</portico-button>` : nothing;
    return html`<h1>${msg('Pending invitations', { id: 'team.invitations.title' })}</h1>
      <ul class="links"><li><a href="/team">${msg('Back to the team', { id: 'team.back' })}</a></li></ul>
      ${this.#readOnly
        ? html`<div class="banner" role="status"><p><strong>${msg('Your organisation is not active: you can view its team but not change it.', { id: 'team.read-only' })}</strong></p>
            <p><a href="/team/help">${msg('Ask support to resolve the organisation’s status.', { id: 'team.read-only.help' })}</a></p></div>`
        : nothing}
      ${this.refusal ? escalationNotice(this.refusal, this.support, () => (this.refusal = null)) : nothing}
      <div class="toolbar">
        ${staff ? partnerPicker(this.partners, this.partnerId, (value) => (this.partnerId = value), false) : nothing}
        ${inviteButton()}
      </div>
      ${staff && !this.partnerId
        ? html`<p class="muted">${msg('Choose an organisation to see its pending invitations.', { id: 'team.partner.needed' })}</p>`
        : renderResource(this.invitations, () => html`<portico-data-table part="table" label=${msg('Pending invitations', { id: 'team.invitations.title' })}
            .columns=${this.#columns()} .rows=${this.rows} ?has-more=${!!this.nextCursor} ?loading=${this.loadingMore}
            @portico-load-more=${() => this.#loadMore()}></portico-data-table>`, {
            empty: () => html`<portico-empty-state heading=${msg('No pending invitations', { id: 'team.invitations.empty' })}>
              ${msg('Everyone invited has joined. Invite a colleague to work with you here.', { id: 'team.invitations.empty.body' })}
              ${inviteButton('action')}
            </portico-empty-state>`,
          })}
      <portico-dialog id="invite" label=${msg('Invite a colleague', { id: 'team.invitations.invite' })}>${this.#form()}</portico-dialog>
      <portico-dialog id="revoke" label=${msg('Revoke this invitation?', { id: 'team.invitations.revoke.title' })}>
        <p>${this.revoking ? msg(str`The invitation link sent to ${this.revoking.email} stops working at once.`, { id: 'team.invitations.revoke.body' }) : nothing}</p>
        <div slot="footer" class="actions">
          <portico-button variant="secondary" @click=${() => this.revokeDialog.close()}>${msg('Cancel', { id: 'team.cancel' })}</portico-button>
          <portico-button variant="danger" ?loading=${this.busy} @click=${this.#revoke}>${msg('Revoke', { id: 'team.invitations.revoke' })}</portico-button>
        </div>
      </portico-dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-team-invitations': PorticoTeamInvitations;
  }
}
