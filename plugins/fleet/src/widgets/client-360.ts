import { css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg, str } from '@lit/localize';
import type { PorticoClient } from '@portico/sdk';
import {
  PorticoElement, ResourceController, applyProblem, clearProblem, clientContext, formatDate, formatDateTime, hasPermission, isProblem, localeContext, readField, renderResource,
  sessionContext, toast, type Locale, type PorticoDialog, type Session,
} from '@portico/widgets';
import type { Capability } from '../capabilities.js';
import { CLIENT_360_SLOT } from '../elements.js';
import {
  capability, changeLabel, clientStatusLabel, diffList, fleetCall, formatDay, healthBadge, invitationBadge, loadCapabilities, mandateBadge, pageStyles, problemText, validity,
  type ActivityEntry, type ClientDetail, type MandateVersion, type Proposal,
} from './shared.js';

interface Loaded {
  client: ClientDetail;
  capabilities: Capability[];
}

/** What an activity entry's action reads as; an action of another plugin shows as it is recorded. */
function actionLabel(action: string): string {
  const labels: Record<string, () => string> = {
    'fleet.client.registered': () => msg('Client registered', { id: 'fleet.action.client-registered' }),
    'fleet.client.updated': () => msg('Client changed', { id: 'fleet.action.client-updated' }),
    'fleet.client.fed': () => msg('Updated by the product', { id: 'fleet.action.client-fed' }),
    'fleet.mandate.created': () => msg('Mandate given', { id: 'fleet.action.mandate-created' }),
    'fleet.mandate.reduced': () => msg('Mandate reduced', { id: 'fleet.action.mandate-reduced' }),
    'fleet.mandate.extended': () => msg('Mandate extended', { id: 'fleet.action.mandate-extended' }),
    'fleet.mandate.ended': () => msg('Mandate ended', { id: 'fleet.action.mandate-ended' }),
    'fleet.mandate.expired': () => msg('Mandate expired', { id: 'fleet.action.mandate-expired' }),
    'fleet.mandate.fed': () => msg('Mandate set by the product', { id: 'fleet.action.mandate-fed' }),
    'fleet.mandate-proposal.submitted': () => msg('Extension proposed', { id: 'fleet.action.proposal-submitted' }),
    'fleet.mandate-proposal.approved': () => msg('Extension approved', { id: 'fleet.action.proposal-approved' }),
    'fleet.mandate-proposal.declined': () => msg('Extension declined', { id: 'fleet.action.proposal-declined' }),
    'fleet.mandate-proposal.withdrawn': () => msg('Extension withdrawn', { id: 'fleet.action.proposal-withdrawn' }),
    'fleet.mandate-proposal.superseded': () => msg('Extension replaced by a newer change', { id: 'fleet.action.proposal-superseded' }),
    'fleet.mandate-proposal.expired': () => msg('Extension expired unanswered', { id: 'fleet.action.proposal-expired' }),
    'fleet.invitation.sent': () => msg('Invitation sent', { id: 'fleet.action.invitation-sent' }),
    'fleet.invitation.resent': () => msg('Invitation sent again', { id: 'fleet.action.invitation-resent' }),
    'fleet.invitation.revoked': () => msg('Invitation revoked', { id: 'fleet.action.invitation-revoked' }),
    'fleet.invitation.expired': () => msg('Invitation expired', { id: 'fleet.action.invitation-expired' }),
    'fleet.invitation.accepted': () => msg('Invitation accepted', { id: 'fleet.action.invitation-accepted' }),
    'fleet.invitation.declined': () => msg('Invitation declined', { id: 'fleet.action.invitation-declined' }),
    'team.client.registered': () => msg('Client registered', { id: 'fleet.action.client-registered' }),
    'team.client.updated': () => msg('Client changed', { id: 'fleet.action.client-updated' }),
    'team.client.assigned': () => msg('Member assigned', { id: 'fleet.action.assigned' }),
    'team.client.unassigned': () => msg('Member unassigned', { id: 'fleet.action.unassigned' }),
  };
  return labels[action]?.() ?? action;
}

function actorName(entry: { kind: string | null; name: string | null }): string {
  if (entry.name) return entry.name;
  const labels: Record<string, () => string> = {
    contact: () => msg('The client’s contact', { id: 'fleet.actor.contact' }),
    system: () => msg('Portico', { id: 'fleet.actor.system' }),
    feed: () => msg('The product', { id: 'fleet.actor.feed' }),
    'api-key': () => msg('The product', { id: 'fleet.actor.feed' }),
    staff: () => msg('The programme’s team', { id: 'fleet.actor.staff' }),
  };
  return labels[entry.kind ?? '']?.() ?? msg('Someone', { id: 'fleet.actor.someone' });
}

/**
 * One client company (`/clients/:clientId`): its profile and the facts the tenant's product pushed,
 * the mandate (scope, validity, status, a pending extension), who looks after it, the mandate's
 * history (who, when, why and the difference), the recent activity, and "Open in <product>" when the
 * tenant set a deep link. Other plugins' sections (deadlines, inbox items, alerts) appear in the
 * `fleet.client-360.sections` slot, each receiving `clientId`. Staff also see the same company's
 * other partners.
 *
 * @attr client-id - The client shown.
 * @csspart profile, mandate, members, history, activity, sections
 */
@customElement('portico-client-360')
export class PorticoClient360 extends PorticoElement {
  static override styles = [
    ...PorticoElement.styles,
    pageStyles,
    css`
      .history > li,
      .activity > li {
        border-block-end: 1px solid var(--portico-color-border, #ddd);
        padding-block: var(--portico-space-2, 0.5rem);
      }
      .history,
      .activity {
        list-style: none;
        margin: 0;
        padding: 0;
      }
    `,
  ];

  @property({ attribute: 'client-id' }) accessor clientId: string | undefined = undefined;
  @consume({ context: clientContext, subscribe: true }) @state() accessor client = undefined as unknown as PorticoClient;
  @consume({ context: sessionContext, subscribe: true }) @state() accessor session: Session | null = null;
  @consume({ context: localeContext, subscribe: true }) @state() accessor locale: Locale = 'en';
  @state() accessor versions: MandateVersion[] = [];
  @state() accessor versionsCursor: string | null = null;
  @state() accessor activity: ActivityEntry[] = [];
  @state() accessor activityCursor: string | null = null;
  @state() accessor busy = '';
  @state() accessor contactMessage = '';
  @query('#contact') private accessor contactDialog!: PorticoDialog;

  readonly detail = new ResourceController<readonly [PorticoClient, string | undefined], Loaded>(this, {
    args: () => [this.client, this.clientId] as const,
    enabled: ([client, id]) => !!client && !!id,
    isEmpty: () => false,
    load: async ([client, id], signal) => {
      const params = { id: id! };
      const [detail, versions, activity, capabilities] = await Promise.all([
        fleetCall(client, 'GET /fleet/clients/{id}', { params, signal }),
        fleetCall(client, 'GET /fleet/clients/{id}/mandate/versions', { params, query: { limit: 10 }, signal }).catch(() => ({ items: [], nextCursor: null })),
        fleetCall(client, 'GET /fleet/clients/{id}/activity', { params, query: { limit: 10 }, signal }),
        loadCapabilities(client, signal),
      ]);
      this.versions = versions.items;
      this.versionsCursor = versions.nextCursor;
      this.activity = activity.items;
      this.activityCursor = activity.nextCursor;
      return { client: detail, capabilities };
    },
  });

  async #more(which: 'versions' | 'activity') {
    this.busy = which;
    const params = { id: this.clientId! };
    try {
      if (which === 'versions') {
        const page = await fleetCall(this.client, 'GET /fleet/clients/{id}/mandate/versions', { params, query: { limit: 10, cursor: this.versionsCursor ?? undefined } });
        this.versions = [...this.versions, ...page.items];
        this.versionsCursor = page.nextCursor;
      } else {
        const page = await fleetCall(this.client, 'GET /fleet/clients/{id}/activity', { params, query: { limit: 10, cursor: this.activityCursor ?? undefined } });
        this.activity = [...this.activity, ...page.items];
        this.activityCursor = page.nextCursor;
      }
    } catch (error) {
      toast(problemText(error), { variant: 'danger' });
    } finally {
      this.busy = '';
    }
  }

  async #withdraw(proposal: Proposal) {
    this.busy = 'withdraw';
    try {
      await fleetCall(this.client, 'POST /fleet/mandate-proposals/{id}/withdraw', { params: { id: proposal.id } });
      toast(msg('The extension is withdrawn; its approval link no longer works.', { id: 'fleet.proposal.withdrawn' }), { variant: 'success' });
      await this.detail.retry();
    } catch (error) {
      toast(problemText(error), { variant: 'danger' });
    } finally {
      this.busy = '';
    }
  }

  /** Staff record who speaks for the client: the person who accepts invitations and approves extensions. */
  get #canSetContact(): boolean {
    return this.#staff && hasPermission(this.session, 'fleet.clients.register');
  }

  #openContact = () => {
    const form = this.renderRoot.querySelector<HTMLFormElement>('#contact form');
    const contact = this.detail.value?.client.contact ?? null;
    if (form) {
      clearProblem(form);
      const set = (name: string, value: string) => ((form.querySelector(`[name="${name}"]`) as HTMLElement & { value: string }).value = value);
      set('contact.email', contact?.email ?? '');
      set('contact.name', contact?.name ?? '');
      set('contact.locale', contact?.locale ?? '');
    }
    this.contactMessage = '';
    this.contactDialog.show();
  };

  async #saveContact(event: Event, remove = false) {
    event.preventDefault();
    const form = this.renderRoot.querySelector<HTMLFormElement>('#contact form')!;
    clearProblem(form);
    this.contactMessage = '';
    const email = readField(form, 'contact.email');
    if (!remove && !email) {
      applyProblem({ status: 400, title: '', errors: [{ field: '/contact/email', message: msg('Give the contact’s email address.', { id: 'fleet.invite.email-required' }) }] }, form);
      return;
    }
    const locale = readField(form, 'contact.locale');
    const contact = remove ? null : { email, name: readField(form, 'contact.name') || null, locale: (locale || null) as Locale | null };
    this.busy = remove ? 'contact-remove' : 'contact';
    try {
      await fleetCall(this.client, 'PATCH /fleet/clients/{id}', { params: { id: this.clientId! }, body: { contact } });
      this.contactDialog.close();
      toast(
        remove ? msg('The client has no contact now.', { id: 'fleet.contact.removed' }) : msg(str`${email} is the client’s contact now.`, { id: 'fleet.contact.saved' }),
        { variant: 'success' },
      );
      await this.detail.retry();
    } catch (error) {
      this.contactMessage = applyProblem(error, form).join(' ');
    } finally {
      this.busy = '';
    }
  }

  #contactDialog(c: ClientDetail) {
    const languages = [
      { value: '', label: msg('The programme’s language', { id: 'fleet.contact.language-default' }) },
      { value: 'en', label: 'English' },
      { value: 'fr', label: 'Français' },
      { value: 'es', label: 'Español' },
    ];
    return html`<portico-dialog id="contact" label=${msg('The client’s contact', { id: 'fleet.actor.contact' })}>
      <form novalidate @submit=${(e: Event) => this.#saveContact(e)}>
        <p class="muted">${msg('The contact accepts invitations and approves extensions of a mandate for the client.', { id: 'fleet.contact.explain' })}</p>
        <portico-field name="contact.email" type="email" required autocomplete="off" label=${msg('Contact’s email', { id: 'fleet.invite.email' })}></portico-field>
        <portico-field name="contact.name" autocomplete="off" label=${msg('Contact’s name', { id: 'fleet.invite.name' })}></portico-field>
        <portico-select name="contact.locale" label=${msg('Language of the emails', { id: 'fleet.contact.language' })} .options=${languages}></portico-select>
        ${this.contactMessage ? html`<p class="alert" role="alert">${this.contactMessage}</p>` : nothing}
        <div class="actions">
          <portico-button type="submit" ?loading=${this.busy === 'contact'}>${msg('Save the contact', { id: 'fleet.contact.save' })}</portico-button>
          ${c.contact
            ? html`<portico-button variant="danger" ?loading=${this.busy === 'contact-remove'} @click=${(e: Event) => this.#saveContact(e, true)}>${msg('Remove the contact', { id: 'fleet.contact.remove' })}</portico-button>`
            : nothing}
          <portico-button variant="secondary" @click=${() => this.contactDialog.close()}>${msg('Cancel', { id: 'fleet.cancel' })}</portico-button>
        </div>
      </form>
    </portico-dialog>`;
  }

  #profile(c: ClientDetail) {
    const optional = (value: string | null | undefined) => value || html`<span class="muted">—</span>`;
    const facts = Object.entries(c.facts);
    return html`<section class="card" part="profile" aria-labelledby="profile-heading">
      <h2 id="profile-heading">${msg('Profile', { id: 'fleet.360.profile' })}</h2>
      <dl class="terms">
        ${this.#staff ? html`<dt>${msg('Partner', { id: 'fleet.list.partner' })}</dt><dd>${c.partnerName}</dd>` : nothing}
        <dt>${msg('Domain', { id: 'fleet.360.domain' })}</dt><dd>${optional(c.domain)}</dd>
        <dt>${msg('Country', { id: 'fleet.360.country' })}</dt><dd>${optional(c.country)}</dd>
        <dt>${msg('Health', { id: 'fleet.list.health' })}</dt><dd>${healthBadge(c.health)}</dd>
        <dt>${msg('Status', { id: 'fleet.list.status' })}</dt><dd>${clientStatusLabel(c.status)}</dd>
        <dt>${msg('Id in the product', { id: 'fleet.360.external-id' })}</dt><dd>${optional(c.externalId)}</dd>
        <dt>${msg('Client since', { id: 'fleet.360.since' })}</dt><dd>${formatDate(c.createdAt, this.locale)}</dd>
        <dt>${msg('Contact', { id: 'fleet.360.contact' })}</dt>
        <dd>${c.contact ? html`${c.contact.name ? html`${c.contact.name}, ` : nothing}<a href=${`mailto:${c.contact.email}`} data-external>${c.contact.email}</a>` : optional(null)}</dd>
        ${facts.map(([key, value]) => html`<dt>${key}</dt><dd>${value === null ? '—' : String(value)}</dd>`)}
      </dl>
      ${c.fedAt ? html`<p class="muted">${msg(str`Facts as the product sent them on ${formatDateTime(c.fedAt, this.locale)}.`, { id: 'fleet.360.fed-at' })}</p>` : nothing}
      ${this.#canSetContact
        ? html`<portico-button variant="secondary" @click=${this.#openContact}>${c.contact ? msg('Change the contact', { id: 'fleet.contact.change' }) : msg('Set the contact', { id: 'fleet.contact.set' })}</portico-button>
            ${this.#contactDialog(c)}`
        : nothing}
    </section>`;
  }

  #mandate(c: ClientDetail, capabilities: Capability[]) {
    const m = c.mandate;
    const canChange = !!m && m.status !== 'ended' && hasPermission(this.session, 'fleet.mandates.propose');
    const proposal = m?.pendingProposal ?? null;
    return html`<section class="card" part="mandate" aria-labelledby="mandate-heading">
      <h2 id="mandate-heading">${msg('Mandate', { id: 'fleet.list.mandate' })}</h2>
      ${m
        ? html`<p>${mandateBadge(m.status)} <span class="muted">${msg(str`Version ${m.version}`, { id: 'fleet.mandate.version' })}</span></p>
            <p>${validity(m, this.locale)}</p>
            <ul class="diff">${m.scope.map((key) => html`<li>${capability(key, capabilities, this.locale)}</li>`)}</ul>
            ${proposal
              ? html`<div class="notice" role="status">
                  <p><strong>${proposal.approver === 'client'
                    ? msg('An extension waits for the client’s approval:', { id: 'fleet.proposal.waiting-client' })
                    : msg('An extension waits for the programme’s approval:', { id: 'fleet.proposal.waiting-staff' })}</strong></p>
                  ${diffList(proposal.diff, capabilities, this.locale)}
                  <p class="muted">${msg(str`Proposed until ${formatDate(proposal.expiresAt, this.locale)}.`, { id: 'fleet.proposal.expires' })}</p>
                  ${hasPermission(this.session, 'fleet.mandates.propose')
                    ? html`<portico-button variant="secondary" ?loading=${this.busy === 'withdraw'} @click=${() => this.#withdraw(proposal)}>${msg('Withdraw the extension', { id: 'fleet.proposal.withdraw' })}</portico-button>`
                    : nothing}
                </div>`
              : nothing}
            ${canChange ? html`<p><a href=${`/clients/${c.id}/mandate`}>${msg('Change the mandate', { id: 'fleet.mandate.change' })}</a></p>` : nothing}`
        : html`<p class="muted">${msg('No mandate yet: the client gives one by accepting an invitation.', { id: 'fleet.360.no-mandate' })}</p>`}
      ${c.pendingInvitation
        ? html`<p>${invitationBadge(c.pendingInvitation.status)}
            ${msg(str`Invitation to ${c.pendingInvitation.contactEmail}, valid until ${formatDate(c.pendingInvitation.expiresAt, this.locale)}.`, { id: 'fleet.360.pending-invitation' })}</p>`
        : nothing}
    </section>`;
  }

  #members(c: ClientDetail) {
    return html`<section class="card" part="members" aria-labelledby="members-heading">
      <h2 id="members-heading">${msg('Looked after by', { id: 'fleet.list.assignees' })}</h2>
      ${c.assignees.length
        ? html`<ul class="plain">${c.assignees.map((a) => html`<li>${a.name}</li>`)}</ul>`
        : html`<p class="muted">${msg('Nobody is assigned to this client yet.', { id: 'fleet.360.nobody' })}</p>`}
      ${c.alsoServedBy?.length
        ? html`<h3>${msg('Also served by', { id: 'fleet.360.also-served' })}</h3>
            <ul class="plain">${c.alsoServedBy.map((o) => html`<li><a href=${`/clients/${o.clientId}`}>${o.partnerName}</a> <span class="muted">(${o.clientName})</span></li>`)}</ul>`
        : nothing}
    </section>`;
  }

  #history(capabilities: Capability[]) {
    return html`<section part="history" aria-labelledby="history-heading">
      <h2 id="history-heading">${msg('Mandate history', { id: 'fleet.360.history' })}</h2>
      ${this.versions.length
        ? html`<ol class="history">${this.versions.map((v) => html`<li>
            <strong>${msg(str`Version ${v.version}`, { id: 'fleet.mandate.version' })}: ${changeLabel(v.change)}</strong>
            <span class="muted">${formatDateTime(v.createdAt, this.locale)} · ${actorName(v.changedBy)}</span>
            ${v.reason ? html`<br /><q>${v.reason}</q>` : nothing}
            ${diffList(v.diff, capabilities, this.locale)}
          </li>`)}</ol>`
        : html`<p class="muted">${msg('No mandate yet.', { id: 'fleet.360.no-history' })}</p>`}
      ${this.versionsCursor
        ? html`<portico-button variant="secondary" ?loading=${this.busy === 'versions'} @click=${() => this.#more('versions')}>${msg('Show older versions', { id: 'fleet.360.more-versions' })}</portico-button>`
        : nothing}
    </section>`;
  }

  #activity() {
    return html`<section part="activity" aria-labelledby="activity-heading">
      <h2 id="activity-heading">${msg('Recent activity', { id: 'fleet.360.activity' })}</h2>
      ${this.activity.length
        ? html`<ul class="activity">${this.activity.map((e) => html`<li>${actionLabel(e.action)} <span class="muted">${formatDateTime(e.at, this.locale)} · ${actorName(e.actor)}</span></li>`)}</ul>`
        : html`<p class="muted">${msg('Nothing done for this client yet.', { id: 'fleet.360.no-activity' })}</p>`}
      ${this.activityCursor
        ? html`<portico-button variant="secondary" ?loading=${this.busy === 'activity'} @click=${() => this.#more('activity')}>${msg('Show earlier activity', { id: 'fleet.360.more-activity' })}</portico-button>`
        : nothing}
    </section>`;
  }

  get #staff(): boolean {
    return this.session?.person.kind === 'staff';
  }

  protected override render() {
    return renderResource(this.detail, ({ client: c, capabilities }) => html`<div class="heading">
        <h1>${c.name}</h1>
        <div class="actions">
          ${c.deepLink
            ? html`<a href=${c.deepLink.url} target="_blank" rel="noopener noreferrer" data-external>${msg(str`Open in ${c.deepLink.productName}`, { id: 'fleet.360.open-in' })}</a>`
            : nothing}
          <a href="/clients">${msg('All clients', { id: 'fleet.360.back' })}</a>
        </div>
      </div>
      <div class="cards">${this.#profile(c)}${this.#mandate(c, capabilities)}${this.#members(c)}</div>
      <portico-slot part="sections" name=${CLIENT_360_SLOT} .properties=${{ clientId: c.id }}></portico-slot>
      ${this.#history(capabilities)}
      ${this.#activity()}`, {
      // A client one may not see reads as one that does not exist (said in the fleet's words, without
      // Retry); a failure of the network or the server offers Retry.
      error: (error, retry) => html`<portico-error-state .error=${isProblem(error) && error.status === 404 ? { status: 0, title: problemText(error) } : error}
        @portico-retry=${retry}></portico-error-state>`,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-client-360': PorticoClient360;
  }
}
