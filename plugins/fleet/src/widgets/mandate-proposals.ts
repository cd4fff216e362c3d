import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg, str } from '@lit/localize';
import type { PorticoClient } from '@portico/sdk';
import { PorticoElement, ResourceController, clientContext, formatDate, hasPermission, localeContext, renderResource, sessionContext, toast, type Locale, type Session } from '@portico/widgets';
import type { Capability } from '../capabilities.js';
import { diffList, fleetCall, loadCapabilities, pageStyles, problemText, type Proposal } from './shared.js';

/**
 * The mandate extensions waiting for approval (`/clients/proposals`), newest first: the client, the
 * partner, what the extension adds, the partner's reason, who proposed it and until when it may be
 * answered. Staff holding `fleet.mandates.approve` approve or decline those the programme approves
 * (`extensionApproval: staff`), with an optional note; extensions the client's contact approves by
 * link are shown as such. A partner's people see their own organisation's.
 *
 * @fires portico-fleet-proposal-decided - After a decision (detail: the proposal as the server answers it).
 * @csspart list
 */
@customElement('portico-mandate-proposals')
export class PorticoMandateProposals extends PorticoElement {
  static override styles = [...PorticoElement.styles, pageStyles];

  @consume({ context: clientContext, subscribe: true }) @state() accessor client = undefined as unknown as PorticoClient;
  @consume({ context: sessionContext, subscribe: true }) @state() accessor session: Session | null = null;
  @consume({ context: localeContext, subscribe: true }) @state() accessor locale: Locale = 'en';
  @state() accessor rows: Proposal[] = [];
  @state() accessor nextCursor: string | null = null;
  @state() accessor capabilities: Capability[] = [];
  @state() accessor busy = '';

  readonly proposals = new ResourceController(this, {
    args: () => [this.client] as const,
    enabled: ([client]) => !!client,
    load: async ([client], signal) => {
      const [page, capabilities] = await Promise.all([fleetCall(client, 'GET /fleet/mandate-proposals', { query: { status: 'pending' }, signal }), loadCapabilities(client, signal)]);
      this.rows = page.items;
      this.nextCursor = page.nextCursor;
      this.capabilities = capabilities;
      return page;
    },
  });

  get #mayDecide(): boolean {
    return this.session?.person.kind === 'staff' && hasPermission(this.session, 'fleet.mandates.approve');
  }

  async #more() {
    this.busy = 'more';
    try {
      const page = await fleetCall(this.client, 'GET /fleet/mandate-proposals', { query: { status: 'pending', cursor: this.nextCursor ?? undefined } });
      this.rows = [...this.rows, ...page.items];
      this.nextCursor = page.nextCursor;
    } catch (error) {
      toast(problemText(error), { variant: 'danger' });
    } finally {
      this.busy = '';
    }
  }

  async #decide(proposal: Proposal, decision: 'approve' | 'decline') {
    const note = this.renderRoot.querySelector<HTMLElement & { value: string }>(`[name="note-${proposal.id}"]`)?.value.trim() ?? '';
    this.busy = `${decision}:${proposal.id}`;
    try {
      const decided = await fleetCall(this.client, decision === 'approve' ? 'POST /fleet/mandate-proposals/{id}/approve' : 'POST /fleet/mandate-proposals/{id}/decline', {
        params: { id: proposal.id },
        body: note ? { note } : {},
      });
      toast(
        decision === 'approve'
          ? msg(str`The extension for ${proposal.clientName} is approved: the mandate has its new terms.`, { id: 'fleet.proposals.approved' })
          : msg(str`The extension for ${proposal.clientName} is declined.`, { id: 'fleet.proposals.declined' }),
        { variant: 'success' },
      );
      this.emit('portico-fleet-proposal-decided', decided);
      this.rows = this.rows.filter((p) => p.id !== proposal.id);
    } catch (error) {
      toast(problemText(error), { variant: 'danger' });
    } finally {
      this.busy = '';
    }
  }

  #proposal(p: Proposal) {
    const staffDecides = p.approver === 'staff';
    return html`<li>
      <section class="card" aria-labelledby=${`proposal-${p.id}`}>
        <h2 id=${`proposal-${p.id}`}><a href=${`/clients/${p.clientId}`}>${p.clientName}</a> <span class="muted">· ${p.partnerName}</span></h2>
        ${diffList(p.diff, this.capabilities, this.locale)}
        <p><q>${p.reason}</q></p>
        <p class="muted">
          ${p.proposedBy ? msg(str`Proposed by ${p.proposedBy.name} on ${formatDate(p.createdAt, this.locale)}.`, { id: 'fleet.proposals.by' }) : nothing}
          ${msg(str`Open until ${formatDate(p.expiresAt, this.locale)}.`, { id: 'fleet.proposals.until' })}
        </p>
        ${!staffDecides
          ? html`<p class="muted">${msg('The client’s contact approves this one, through the link they were emailed.', { id: 'fleet.proposals.client-decides' })}</p>`
          : this.#mayDecide
            ? html`<portico-field name=${`note-${p.id}`} label=${msg('Note (optional)', { id: 'fleet.proposals.note' })}></portico-field>
                <div class="actions">
                  <portico-button ?loading=${this.busy === `approve:${p.id}`} label=${msg(str`Approve: ${p.clientName}`, { id: 'fleet.proposals.approve.for' })}
                    @click=${() => this.#decide(p, 'approve')}>${msg('Approve', { id: 'fleet.proposals.approve' })}</portico-button>
                  <portico-button variant="secondary" ?loading=${this.busy === `decline:${p.id}`} label=${msg(str`Decline: ${p.clientName}`, { id: 'fleet.proposals.decline.for' })}
                    @click=${() => this.#decide(p, 'decline')}>${msg('Decline', { id: 'fleet.proposals.decline' })}</portico-button>
                </div>`
            : html`<p class="muted">${msg('The programme’s team approves this one.', { id: 'fleet.proposals.staff-decides' })}</p>`}
      </section>
    </li>`;
  }

  protected override render() {
    return html`<div class="heading">
        <h1>${msg('Mandate extensions', { id: 'fleet.proposals.title' })}</h1>
        <div class="actions"><a href="/clients">${msg('All clients', { id: 'fleet.360.back' })}</a></div>
      </div>
      ${renderResource(
        this.proposals,
        () => html`${this.rows.length
            ? html`<ul class="plain stack" part="list">${this.rows.map((p) => this.#proposal(p))}</ul>`
            : html`<p class="muted">${msg('Nothing waits for approval any more.', { id: 'fleet.proposals.done' })}</p>`}
          ${this.nextCursor
            ? html`<portico-button variant="secondary" ?loading=${this.busy === 'more'} @click=${() => this.#more()}>${msg('Show more', { id: 'fleet.proposals.more' })}</portico-button>`
            : nothing}`,
        {
          empty: () => html`<portico-empty-state heading=${msg('No extension waits for approval', { id: 'fleet.proposals.empty' })}>
            ${msg('When a partner asks to do more for a client, the request shows here until it is answered.', { id: 'fleet.proposals.empty.body' })}
          </portico-empty-state>`,
        },
      )}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-mandate-proposals': PorticoMandateProposals;
  }
}
