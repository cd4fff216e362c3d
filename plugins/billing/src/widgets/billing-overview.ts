import { html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg } from '@lit/localize';
import type { PorticoClient } from '@portico/sdk';
import { PorticoElement, ResourceController, clientContext, isStaff, localeContext, renderResource, sessionContext, type Locale, type Session } from '@portico/widgets';
import { ACCOUNT_STATE_LIST, amounts, pageStyles, stateLabel, type Overview } from './shared.js';

/**
 * The staff's billing overview: how many partner organisations are in order, overdue, in their grace
 * period or restricted, how many have not set billing up or are under a waiver, and what is due and
 * past due, per currency. Each state count links to the accounts in that state.
 *
 * @csspart figures, amounts
 */
@customElement('portico-billing-overview')
export class PorticoBillingOverview extends PorticoElement {
  static override styles = [...PorticoElement.styles, pageStyles];

  @consume({ context: clientContext, subscribe: true }) @state() accessor client = undefined as unknown as PorticoClient;
  @consume({ context: sessionContext, subscribe: true }) @state() accessor session: Session | null = null;
  @consume({ context: localeContext, subscribe: true }) @state() accessor locale: Locale = 'en';

  readonly overview = new ResourceController(this, {
    args: () => [this.client, isStaff(this.session)] as const,
    enabled: ([client, staff]) => !!client && staff,
    isEmpty: (value: Overview) => value.partners === 0,
    load: ([client], signal) => client.call<Overview>('GET', '/billing/overview', { signal }),
  });

  /** Loads the figures again (after a payment or an override elsewhere on the page). */
  refresh(): Promise<void> {
    return this.overview.retry();
  }

  protected override render() {
    return renderResource(this.overview, (o) => html`<ul class="figures" part="figures" aria-label=${msg('Accounts by state', { id: 'billing.overview.by-state' })}>
        ${ACCOUNT_STATE_LIST.map((s) => html`<li><span>${stateLabel(s)}</span><strong><a href=${`/billing/accounts?state=${s}`}>${o.byState[s]}</a></strong></li>`)}
        <li><span>${msg('Not set up', { id: 'billing.overview.not-set-up' })}</span><strong>${o.notSetUp}</strong></li>
        <li><span>${msg('Waived', { id: 'billing.overview.waived' })}</span><strong>${o.waived}</strong></li>
      </ul>
      <dl part="amounts">
        <dt>${msg('Past due', { id: 'billing.status.past-due' })}</dt><dd>${amounts(o.amountOverdue, this.locale)}</dd>
        <dt>${msg('Amount due', { id: 'billing.amount-due' })}</dt><dd>${amounts(o.amountDue, this.locale)}</dd>
      </dl>`, {
      empty: () => html`<portico-empty-state heading=${msg('No partner organisations yet', { id: 'billing.overview.empty' })}>
        ${msg('Accounts appear here once the programme has partners.', { id: 'billing.overview.empty.body' })}</portico-empty-state>`,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-billing-overview': PorticoBillingOverview;
  }
}
