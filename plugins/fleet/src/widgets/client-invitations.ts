import { html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg, str } from '@lit/localize';
import type { PorticoClient } from '@portico/sdk';
import {
  PorticoElement, ResourceController, applyProblem, clearProblem, clientContext, formatDate, hasPermission, localeContext, readField, renderResource, sessionContext,
  submitOnEnter, toast, type DataTableColumn, type Locale, type PorticoDialog, type Session,
} from '@portico/widgets';
import type { Capability } from '../capabilities.js';
import {
  INVITATION_STATUSES, capability, fleetCall, formatDay, invitationBadge, invitationStatusLabel, isPending, loadCapabilities, pageStyles, problemText,
  type Invitation, type InvitationStatus, type NewInvitation,
} from './shared.js';

/**
 * The client invitations of the person's organisation (staff: every partner's), newest first, the
 * pending ones by default: the company, its contact, the scope proposed, the status and until when
 * the link works. Those holding `fleet.invitations.send` invite a company's contact (company, email,
 * scope, last day, a message): the contact gets a single-use link to accept or decline. The sender
 * (or a holder of `fleet.invitations.manage`) resends a pending invitation (a new link; the old one
 * dies) or revokes it. Staff see which partners already serve the company.
 *
 * @fires portico-fleet-invitation-changed - An invitation was sent, resent or revoked (detail: `{ invitation, action }`).
 * @csspart filters, table
 */
@customElement('portico-client-invitations')
export class PorticoClientInvitations extends PorticoElement {
  static override styles = [...PorticoElement.styles, pageStyles];

  @consume({ context: clientContext, subscribe: true }) @state() accessor client = undefined as unknown as PorticoClient;
  @consume({ context: sessionContext, subscribe: true }) @state() accessor session: Session | null = null;
  @consume({ context: localeContext, subscribe: true }) @state() accessor locale: Locale = 'en';
  @state() accessor status: InvitationStatus | 'pending' | '' = 'pending';
  @state() accessor search = '';
  @state() accessor rows: Invitation[] = [];
  @state() accessor nextCursor: string | null = null;
  @state() accessor loadingMore = false;
  @state() accessor capabilities: Capability[] = [];
  @state() accessor busy = '';
  @state() accessor formMessage = '';
  @query('#invite') private accessor inviteDialog!: PorticoDialog;
  #capabilitiesAsked = false;

  readonly invitations = new ResourceController(this, {
    args: () => [this.client, this.status, this.search] as const,
    enabled: ([client]) => !!client,
    load: async (_args, signal) => {
      const page = await fleetCall(this.client, 'GET /fleet/invitations', { query: this.#query(), signal });
      this.rows = page.items;
      this.nextCursor = page.nextCursor;
      return page;
    },
  });

  protected override willUpdate(): void {
    if (this.client && !this.#capabilitiesAsked) {
      this.#capabilitiesAsked = true;
      void loadCapabilities(this.client).then((c) => (this.capabilities = c));
    }
  }

  #query() {
    return { status: this.status || undefined, q: this.search || undefined };
  }

  get #staff(): boolean {
    return this.session?.person.kind === 'staff';
  }

  get #canInvite(): boolean {
    return !this.#staff && hasPermission(this.session, 'fleet.invitations.send');
  }

  #mayManage(invitation: Invitation): boolean {
    if (!isPending(invitation)) return false;
    if (hasPermission(this.session, 'fleet.invitations.manage')) return true;
    return hasPermission(this.session, 'fleet.invitations.send') && invitation.sentBy?.personId === this.session?.person.id;
  }

  async #loadMore() {
    this.loadingMore = true;
    try {
      const page = await fleetCall(this.client, 'GET /fleet/invitations', { query: { ...this.#query(), cursor: this.nextCursor ?? undefined } });
      this.rows = [...this.rows, ...page.items];
      this.nextCursor = page.nextCursor;
    } catch (error) {
      toast(problemText(error), { variant: 'danger' });
    } finally {
      this.loadingMore = false;
    }
  }

  #openInvite = () => {
    this.formMessage = '';
    const form = this.renderRoot.querySelector<HTMLFormElement>('#invite form');
    if (form) {
      clearProblem(form);
      form.reset();
      for (const field of form.querySelectorAll<HTMLElement & { value: string }>('portico-field')) field.value = '';
      for (const box of form.querySelectorAll<HTMLElement & { checked: boolean }>('portico-checkbox')) box.checked = false;
    }
    this.inviteDialog.show();
  };

  #invite = async (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const scope = [...form.querySelectorAll<HTMLElement & { checked: boolean; value: string }>('portico-checkbox[name=scope]')].filter((b) => b.checked).map((b) => b.value);
    const optional = (name: string) => readField(form, name) || undefined;
    const body: NewInvitation = {
      companyName: readField(form, 'companyName'),
      contactEmail: readField(form, 'contactEmail'),
      contactName: optional('contactName'),
      domain: optional('domain'),
      scope,
      validUntil: optional('validUntil'),
      message: optional('message'),
    };
    clearProblem(form);
    this.formMessage = '';
    const missing = [
      !body.companyName && { field: '/companyName', message: msg('Name the company.', { id: 'fleet.invite.company-required' }) },
      !body.contactEmail && { field: '/contactEmail', message: msg('Give the contact’s email address.', { id: 'fleet.invite.email-required' }) },
    ].filter((e): e is { field: string; message: string } => !!e);
    if (missing.length) {
      applyProblem({ status: 400, title: '', errors: missing }, form);
      return;
    }
    if (!scope.length) {
      this.formMessage = msg('Choose at least one thing you would do for the client.', { id: 'fleet.invite.scope-required' });
      return;
    }
    this.busy = 'invite';
    try {
      const invitation = await fleetCall(this.client, 'POST /fleet/invitations', { body });
      this.inviteDialog.close();
      toast(msg(str`An invitation is on its way to ${invitation.contactEmail} (${invitation.companyName}).`, { id: 'fleet.invite.sent' }), { variant: 'success' });
      this.emit('portico-fleet-invitation-changed', { invitation, action: 'sent' });
      await this.invitations.retry();
    } catch (error) {
      const unmatched = applyProblem(error, form);
      this.formMessage = unmatched.join(' ');
    } finally {
      this.busy = '';
    }
  };

  async #act(invitation: Invitation, action: 'resend' | 'revoke') {
    this.busy = `${action}:${invitation.id}`;
    try {
      const updated = await fleetCall(this.client, action === 'resend' ? 'POST /fleet/invitations/{id}/resend' : 'POST /fleet/invitations/{id}/revoke', { params: { id: invitation.id } });
      toast(
        action === 'resend'
          ? msg(str`A new link is on its way to ${invitation.contactEmail}; the old one no longer works.`, { id: 'fleet.invitation.resent-toast' })
          : msg(str`The invitation to ${invitation.contactEmail} is revoked.`, { id: 'fleet.invitation.revoked-toast' }),
        { variant: 'success' },
      );
      this.emit('portico-fleet-invitation-changed', { invitation: updated, action: action === 'resend' ? 'resent' : 'revoked' });
      await this.invitations.retry();
    } catch (error) {
      toast(problemText(error), { variant: 'danger' });
    } finally {
      this.busy = '';
    }
  }

  #columns(): DataTableColumn<Invitation>[] {
    const columns: (DataTableColumn<Invitation> | false)[] = [
      {
        key: 'companyName',
        label: () => msg('Company', { id: 'fleet.invitations.company' }),
        render: (i) => html`${i.clientId && i.status === 'accepted' ? html`<a href=${`/clients/${i.clientId}`}>${i.companyName}</a>` : i.companyName}
          ${i.alsoServedBy?.length
            ? html`<br /><portico-badge variant="info">${msg(str`Also served by ${i.alsoServedBy.map((o) => o.partnerName).join(', ')}`, { id: 'fleet.invitations.also-served' })}</portico-badge>`
            : nothing}`,
      },
      this.#staff && { key: 'partner', label: () => msg('Partner', { id: 'fleet.list.partner' }), render: (i) => i.partnerName },
      {
        key: 'contact',
        label: () => msg('Contact', { id: 'fleet.360.contact' }),
        render: (i) => html`${i.contactName ? html`${i.contactName}<br />` : nothing}<span class="muted">${i.contactEmail}</span>`,
      },
      {
        key: 'scope',
        label: () => msg('Mandate proposed', { id: 'fleet.invitations.scope' }),
        render: (i) => html`${i.scope.map((k) => capability(k, this.capabilities, this.locale)).join(', ')}
          ${i.validUntil ? html`<br /><span class="muted">${msg('Until', { id: 'fleet.list.until' })} ${formatDay(i.validUntil, this.locale)}</span>` : nothing}`,
      },
      {
        key: 'status',
        label: () => msg('Status', { id: 'fleet.list.status' }),
        render: (i) => html`${invitationBadge(i.status)}
          <br /><span class="muted">${isPending(i)
            ? msg(str`Link valid until ${formatDate(i.expiresAt, this.locale)}`, { id: 'fleet.invitations.expires' })
            : i.respondedAt
              ? formatDate(i.respondedAt, this.locale)
              : msg(str`Sent ${formatDate(i.sentAt, this.locale)}`, { id: 'fleet.invitations.sent-at' })}</span>
          ${i.declineReason ? html`<br /><q>${i.declineReason}</q>` : nothing}`,
      },
      {
        key: 'actions',
        label: () => msg('Actions', { id: 'fleet.actions' }),
        render: (i) =>
          this.#mayManage(i)
            ? html`<portico-button variant="secondary" ?loading=${this.busy === `resend:${i.id}`} label=${msg(str`Send again: ${i.companyName}`, { id: 'fleet.invitations.resend.for' })}
                  @click=${() => this.#act(i, 'resend')}>${msg('Send again', { id: 'fleet.invitations.resend' })}</portico-button>
                <portico-button variant="text" ?loading=${this.busy === `revoke:${i.id}`} label=${msg(str`Revoke: ${i.companyName}`, { id: 'fleet.invitations.revoke.for' })}
                  @click=${() => this.#act(i, 'revoke')}>${msg('Revoke', { id: 'fleet.invitations.revoke' })}</portico-button>`
            : null,
      },
    ];
    return columns.filter((c): c is DataTableColumn<Invitation> => !!c);
  }

  #filters() {
    const onSearch = (event: Event) => {
      event.preventDefault();
      this.search = readField(event.target as HTMLFormElement, 'q');
    };
    const statuses = [
      { value: 'pending', label: invitationStatusLabel('pending') },
      { value: '', label: msg('All', { id: 'fleet.all' }) },
      ...INVITATION_STATUSES.map((s) => ({ value: s, label: invitationStatusLabel(s) })),
    ];
    return html`<div class="toolbar" part="filters">
      <form role="search" @submit=${onSearch} @keydown=${submitOnEnter}>
        <portico-field name="q" label=${msg('Search by company or email', { id: 'fleet.invitations.search' })}></portico-field>
      </form>
      <portico-select name="status" label=${msg('Status', { id: 'fleet.list.status' })} .value=${this.status} .options=${statuses}
        @portico-change=${(e: CustomEvent<{ value: string }>) => (this.status = e.detail.value as typeof this.status)}></portico-select>
    </div>`;
  }

  #dialog() {
    return html`<portico-dialog id="invite" label=${msg('Invite a client', { id: 'fleet.invite' })}>
      <form novalidate @keydown=${submitOnEnter} @submit=${this.#invite}>
        <portico-field name="companyName" required autocomplete="off" label=${msg('Company', { id: 'fleet.invitations.company' })}></portico-field>
        <portico-field name="domain" autocomplete="off" label=${msg('Domain', { id: 'fleet.360.domain' })} hint=${msg('For example contoso.com', { id: 'fleet.invite.domain-hint' })}></portico-field>
        <div class="row">
          <portico-field name="contactEmail" type="email" required autocomplete="off" label=${msg('Contact’s email', { id: 'fleet.invite.email' })}></portico-field>
          <portico-field name="contactName" autocomplete="off" label=${msg('Contact’s name', { id: 'fleet.invite.name' })}></portico-field>
        </div>
        <fieldset>
          <legend>${msg('What you ask to do for the client', { id: 'fleet.invite.scope' })}</legend>
          ${this.capabilities.map((c) => html`<portico-checkbox name="scope" value=${c.key} label=${capability(c.key, this.capabilities, this.locale)}></portico-checkbox>`)}
        </fieldset>
        <portico-field name="validUntil" type="date" label=${msg('Last day', { id: 'fleet.editor.valid-until' })} hint=${msg('Empty: no end', { id: 'fleet.editor.no-end' })}></portico-field>
        <portico-field name="message" type="textarea" label=${msg('Message to the contact', { id: 'fleet.invite.message' })}></portico-field>
        ${this.formMessage ? html`<p class="alert" role="alert">${this.formMessage}</p>` : nothing}
        <div class="actions">
          <portico-button type="submit" ?loading=${this.busy === 'invite'}>${msg('Send the invitation', { id: 'fleet.invite.send' })}</portico-button>
          <portico-button variant="secondary" @click=${() => this.inviteDialog.close()}>${msg('Cancel', { id: 'fleet.cancel' })}</portico-button>
        </div>
      </form>
    </portico-dialog>`;
  }

  protected override render() {
    const filtered = !!this.search || this.status !== 'pending';
    const inviteButton = (slot?: string) =>
      this.#canInvite ? html`<portico-button slot=${slot ?? nothing} @click=${this.#openInvite}>${msg('Invite a client', { id: 'fleet.invite' })}</portico-button>` : nothing;
    return html`<div class="heading">
        <h1>${msg('Client invitations', { id: 'fleet.invitations.title' })}</h1>
        <div class="actions"><a href="/clients">${msg('All clients', { id: 'fleet.360.back' })}</a>${inviteButton()}</div>
      </div>
      ${this.#filters()}
      ${renderResource(
        this.invitations,
        () => html`<portico-data-table part="table" label=${msg('Client invitations', { id: 'fleet.invitations.title' })} .columns=${this.#columns()} .rows=${this.rows}
          ?has-more=${!!this.nextCursor} ?loading=${this.loadingMore} @portico-load-more=${() => this.#loadMore()}></portico-data-table>`,
        {
          empty: () => html`<portico-empty-state heading=${filtered ? msg('No invitation matches', { id: 'fleet.invitations.no-match' }) : msg('No pending invitations', { id: 'fleet.invitations.empty' })}>
            ${filtered
              ? msg('Try another search or status.', { id: 'fleet.invitations.no-match.body' })
              : msg('Invite a company you serve: its contact accepts or declines the mandate you propose.', { id: 'fleet.invitations.empty.body' })}
            ${filtered ? nothing : inviteButton('action')}
          </portico-empty-state>`,
        },
      )}
      ${this.#dialog()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-client-invitations': PorticoClientInvitations;
  }
}
