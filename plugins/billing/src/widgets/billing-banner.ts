import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg, str } from '@lit/localize';
import type { PorticoClient } from '@portico/sdk';
import { PorticoElement, ResourceController, clientContext, formatDate, isStaff, localeContext, sessionContext, type Locale, type Session } from '@portico/widgets';
import { formatDay, money, pageStyles, type BillingAccount } from './shared.js';

/**
 * The "billing needs attention" banner, placed by the billing plugin in the shell's `portal.banners`
 * slot: while the person's organisation has an invoice past due (overdue, in its grace period, or
 * restricted), what it owes, what happens next and a link to the billing page. Nothing otherwise —
 * in order, not set up, staff, or when the account cannot be read (the banner never shows an error).
 *
 * @csspart banner, action
 */
@customElement('portico-billing-banner')
export class PorticoBillingBanner extends PorticoElement {
  static override styles = [...PorticoElement.styles, pageStyles];

  @consume({ context: clientContext, subscribe: true }) @state() accessor client = undefined as unknown as PorticoClient;
  @consume({ context: sessionContext, subscribe: true }) @state() accessor session: Session | null = null;
  @consume({ context: localeContext, subscribe: true }) @state() accessor locale: Locale = 'en';

  readonly account = new ResourceController(this, {
    args: () => [this.client, this.session?.person.id, !isStaff(this.session)] as const,
    enabled: ([client, person, member]) => !!client && !!person && member,
    isEmpty: (account: BillingAccount) => account.standing.state === 'active',
    load: ([client], signal) => client.call<BillingAccount>('GET', '/billing/account', { signal }),
  });

  #text(account: BillingAccount): { title: string; detail: string } {
    const due = account.pastDue;
    const owed = due
      ? msg(str`Invoice ${due.number} for ${money(due.amountDue, this.locale)} was due on ${formatDay(due.dueDate, this.locale)}.`, { id: 'billing.banner.owed' })
      : '';
    const { state, graceEndsAt } = account.standing;
    if (state === 'restricted') {
      return {
        title: msg('Some features are paused until your invoice is paid', { id: 'billing.banner.restricted' }),
        detail: `${owed} ${msg('They come back the moment it is paid.', { id: 'billing.banner.restricted.detail' })}`.trim(),
      };
    }
    if (state === 'grace' && graceEndsAt) {
      const when = formatDate(graceEndsAt, this.locale);
      return {
        title: msg('Your billing needs attention', { id: 'billing.banner.grace' }),
        detail: `${owed} ${msg(str`Unless it is paid by ${when}, some features will be paused.`, { id: 'billing.banner.grace.detail' })}`.trim(),
      };
    }
    return {
      title: msg('An invoice is past due', { id: 'billing.banner.overdue' }),
      detail: `${owed} ${msg('Please pay it to keep every feature of the portal.', { id: 'billing.banner.overdue.detail' })}`.trim(),
    };
  }

  protected override render() {
    const account = this.account.value;
    if (this.account.status !== 'ready' || !account) return nothing;
    const text = this.#text(account);
    const restricted = account.standing.state === 'restricted';
    return html`<section part="banner" class=${restricted ? 'notice danger' : 'notice'} role=${restricted ? 'alert' : 'status'} aria-labelledby="billing-banner-title">
      <p id="billing-banner-title"><strong>${text.title}</strong></p>
      <p>${text.detail}</p>
      <a part="action" href="/billing">${msg('Go to billing', { id: 'billing.banner.action' })}</a>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-billing-banner': PorticoBillingBanner;
  }
}
