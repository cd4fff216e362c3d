import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg } from '@lit/localize';
import type { PorticoClient } from '@portico/sdk';
import { PorticoElement, ResourceController, clientContext, isStaff, renderResource, sessionContext, type Session } from '@portico/widgets';
import { pageStyles, supportContact, type Escalations, type Support } from './shared.js';

type Boundary = Escalations['boundaries'][number];

/** The boundaries the server knows, in the reader's language; an unknown one keeps the server's English. */
function localised(boundary: Boundary): { title: string; description: string } {
  const known: Record<string, () => { title: string; description: string }> = {
    'last-partner-admin': () => ({
      title: msg('Recover the last partner administrator', { id: 'team.help.last-admin' }),
      description: msg('An organisation always keeps one active administrator. If yours left or lost access, support makes another member an administrator or invites a new one.', { id: 'team.help.last-admin.body' }),
    }),
    'organisation-inactive': () => ({
      title: msg('Change the organisation’s status', { id: 'team.help.status' }),
      description: msg('A suspended or archived organisation can see its team but not change it. Only support can make it active again.', { id: 'team.help.status.body' }),
    }),
    'cross-organisation-assignment': () => ({
      title: msg('Fix a client assigned across organisations', { id: 'team.help.cross' }),
      description: msg('If a client appears assigned to someone outside your organisation, or is missing, support corrects the assignment.', { id: 'team.help.cross.body' }),
    }),
    'restore-removed-member': () => ({
      title: msg('Restore a removed member', { id: 'team.help.restore' }),
      description: msg('You can invite a removed person again as a partner user. To restore them with another role, or to reactivate a deactivated person, ask support.', { id: 'team.help.restore.body' }),
    }),
    'other-organisations-audit': () => ({
      title: msg('Investigate audit events outside your organisation', { id: 'team.help.audit' }),
      description: msg('Your administrators see your organisation’s audit trail. Events of other organisations are investigated by support.', { id: 'team.help.audit.body' }),
    }),
  };
  return known[boundary.key]?.() ?? { title: boundary.title, description: boundary.description };
}

/**
 * Escalation boundaries: what a partner organisation cannot do for itself, each with the tenant's
 * support contact (email and site) and a reminder never to send secrets. Staff also see the tool
 * (route) that does each of them.
 *
 * @csspart boundary, contact
 */
@customElement('portico-team-escalations')
export class PorticoTeamEscalations extends PorticoElement {
  static override styles = [...PorticoElement.styles, pageStyles];

  @consume({ context: clientContext, subscribe: true }) @state() accessor client = undefined as unknown as PorticoClient;
  @consume({ context: sessionContext, subscribe: true }) @state() accessor session: Session | null = null;

  readonly escalations = new ResourceController(this, {
    args: () => [this.client] as const,
    load: ([client], signal) => client.get('/team/escalations', { signal }),
    isEmpty: (value) => value.boundaries.length === 0,
  });

  #boundary(boundary: Boundary, support: Support) {
    const text = localised(boundary);
    return html`<li part="boundary">
      <h2 id=${`b-${boundary.key}`}>${text.title}</h2>
      <p>${text.description}</p>
      ${support.email
        ? html`<p><a href=${`mailto:${support.email}?subject=${encodeURIComponent(text.title)}`} data-external aria-describedby=${`b-${boundary.key}`}>${msg('Email support about this', { id: 'team.help.ask' })}</a></p>`
        : nothing}
      ${isStaff(this.session) && boundary.staffTools.length
        ? html`<details>
            <summary>${msg('Staff tools', { id: 'team.help.staff-tools' })}</summary>
            <ul>${boundary.staffTools.map((tool) => html`<li><code>${tool.method} ${tool.path}</code> — ${tool.summary}</li>`)}</ul>
          </details>`
        : nothing}
    </li>`;
  }

  protected override render() {
    return html`<h1>${msg('What only support can do', { id: 'team.help.title' })}</h1>
      <p>${msg('Some changes to your team are kept for the programme’s support, so that no organisation can lock itself out or reach another’s data.', { id: 'team.help.lead' })}</p>
      ${renderResource(this.escalations, (value) => html`<section class="banner" part="contact" aria-label=${msg('Support contact', { id: 'team.help.contact' })}>${supportContact(value.support)}</section>
          <ul class="boundaries">${value.boundaries.map((b) => this.#boundary(b, value.support))}</ul>`, {
        empty: () => html`<portico-empty-state heading=${msg('Nothing needs support', { id: 'team.help.empty' })}>${msg('Your administrators can do everything here themselves.', { id: 'team.help.empty.body' })}</portico-empty-state>`,
      })}
      <p><a href="/team">${msg('Back to the team', { id: 'team.back' })}</a></p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-team-escalations': PorticoTeamEscalations;
  }
}
