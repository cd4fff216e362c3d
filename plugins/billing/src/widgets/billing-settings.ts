import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg, str } from '@lit/localize';
import type { PorticoClient } from '@portico/sdk';
import {
  PorticoElement, ResourceController, applyProblem, clearProblem, clientContext, formatDate, hasPermission, isProblem, isStaff, localeContext, readField, renderResource, sessionContext, submitOnEnter, toast,
  type Locale, type SelectOption, type Session,
} from '@portico/widgets';
import { P } from '../permissions.js';
import './invoices.js';
import { amounts, money, pageStyles, periodLabel, problemText, stateBadge, type BillingAccount, type BillingDetails, type Link, type ListPage, type Plan } from './shared.js';

/**
 * A partner's billing page (`/billing`): where its billing stands (in order, overdue, grace period,
 * restricted, with what is owed), the billing contact, address and tax id (a VAT number in the EU, an
 * EIN in the US, checked by the server, whose field errors land on the fields), the plan from the
 * programme's catalogue, the payment method (the provider's customer portal with Stripe), and the
 * invoices with a way to pay. Its people with `billing.read` see it; with `billing.manage` they change it.
 *
 * @csspart standing, details, plan
 */
@customElement('portico-billing-settings')
export class PorticoBillingSettings extends PorticoElement {
  static override styles = [...PorticoElement.styles, pageStyles];

  @consume({ context: clientContext, subscribe: true }) @state() accessor client = undefined as unknown as PorticoClient;
  @consume({ context: sessionContext, subscribe: true }) @state() accessor session: Session | null = null;
  @consume({ context: localeContext, subscribe: true }) @state() accessor locale: Locale = 'en';
  @state() accessor saving = false;
  @state() accessor opening = false;
  @state() accessor message = '';

  /** Where the provider's portal link takes the person; replaced in tests. */
  navigate = (url: string) => window.location.assign(url);

  get #manages() {
    return hasPermission(this.session, P.manage);
  }

  readonly account = new ResourceController(this, {
    args: () => [this.client, !isStaff(this.session)] as const,
    enabled: ([client, member]) => !!client && member,
    isEmpty: () => false,
    load: ([client], signal) => client.call<BillingAccount>('GET', '/billing/account', { signal }),
  });

  readonly plans = new ResourceController(this, {
    args: () => [this.client, !isStaff(this.session) && this.#manages] as const,
    enabled: ([client, allowed]) => !!client && allowed,
    load: ([client], signal) => client.call<ListPage<Plan>>('GET', '/billing/plans', { query: { limit: 100 }, signal }),
  });

  #save = async (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const optional = (name: string) => readField(form, name) || null;
    const body: BillingDetails = {
      contactName: readField(form, 'contactName'),
      contactEmail: readField(form, 'contactEmail'),
      addressLine1: readField(form, 'addressLine1'),
      addressLine2: optional('addressLine2'),
      city: readField(form, 'city'),
      postalCode: readField(form, 'postalCode'),
      region: optional('region'),
      country: readField(form, 'country').toUpperCase(),
      taxId: optional('taxId'),
      ...(form.querySelector('[name=planId]') ? { planId: optional('planId') } : {}),
    };
    this.saving = true;
    this.message = '';
    clearProblem(form);
    try {
      this.account.value = await this.client.call<BillingAccount>('PUT', '/billing/account', { body });
      this.requestUpdate();
      toast(msg('Billing details saved.', { id: 'billing.settings.saved' }), { variant: 'success' });
    } catch (error) {
      this.message = isProblem(error) ? applyProblem(error, form).join(' ') : problemText(error);
    } finally {
      this.saving = false;
    }
  };

  #openPortal = async () => {
    this.opening = true;
    try {
      const link = await this.client.call<Link>('POST', '/billing/account/portal-link');
      this.navigate(link.url);
    } catch (error) {
      toast(problemText(error), { variant: 'danger' });
    } finally {
      this.opening = false;
    }
  };

  #paymentMethod(account: BillingAccount) {
    const { status, provider } = account.paymentMethod;
    const label = {
      none: () => msg('None on file', { id: 'billing.payment-method.none' }),
      'on-file': () => msg('On file', { id: 'billing.payment-method.on-file' }),
      failed: () => msg('The last payment failed', { id: 'billing.payment-method.failed' }),
    }[status]();
    if (provider === 'manual') return html`${msg('By bank transfer, quoting the invoice number', { id: 'billing.payment-method.manual' })}`;
    return html`${label}
      ${this.#manages
        ? html` <portico-button variant="secondary" ?loading=${this.opening} @click=${this.#openPortal}>${msg('Manage payment methods', { id: 'billing.payment-method.manage' })}</portico-button>`
        : nothing}`;
  }

  #standing(account: BillingAccount) {
    const { standing } = account;
    return html`<section part="standing" aria-labelledby="standing-title">
      <h2 id="standing-title">${msg('Where your billing stands', { id: 'billing.settings.standing' })}</h2>
      ${account.setUp
        ? nothing
        : html`<p class="notice" role="status">${msg('Billing is not set up yet: add a billing contact and choose a plan to use the features it unlocks.', { id: 'billing.settings.not-set-up' })}</p>`}
      <dl>
        <dt>${msg('Status', { id: 'billing.invoices.status' })}</dt>
        <dd>${stateBadge(standing.state)}
          ${standing.state === 'grace' && standing.graceEndsAt
            ? html` <span class="muted">${msg(str`Some features will be paused on ${formatDate(standing.graceEndsAt, this.locale)}.`, { id: 'billing.settings.grace-ends' })}</span>`
            : nothing}
          ${standing.waivedUntil
            ? html` <span class="muted">${msg(str`Enforcement waived until ${formatDate(standing.waivedUntil, this.locale)}.`, { id: 'billing.settings.waived' })}</span>`
            : nothing}</dd>
        <dt>${msg('Plan', { id: 'billing.plan' })}</dt>
        <dd>${account.plan ? `${account.plan.name} — ${money(account.plan.price, this.locale)} ${periodLabel(account.plan.period)}` : msg('None', { id: 'billing.none' })}</dd>
        <dt>${msg('Payment method', { id: 'billing.payment-method' })}</dt>
        <dd>${this.#paymentMethod(account)}</dd>
        <dt>${msg('Amount due', { id: 'billing.amount-due' })}</dt>
        <dd>${amounts(account.amountDue, this.locale)}</dd>
        ${account.amountOverdue.length
          ? html`<dt>${msg('Past due', { id: 'billing.status.past-due' })}</dt><dd>${amounts(account.amountOverdue, this.locale)}</dd>`
          : nothing}
      </dl>
    </section>`;
  }

  #planOptions(account: BillingAccount): SelectOption[] {
    const plans = this.plans.value?.items ?? [];
    const options = plans.map((p) => ({ value: p.id, label: `${p.name} — ${money(p.price, this.locale)} ${periodLabel(p.period)}` }));
    if (account.plan && !plans.some((p) => p.id === account.plan!.id)) {
      options.unshift({ value: account.plan.id, label: `${account.plan.name} — ${money(account.plan.price, this.locale)} ${periodLabel(account.plan.period)}` });
    }
    return [{ value: '', label: msg('No plan', { id: 'billing.settings.no-plan' }) }, ...options];
  }

  #form(account: BillingAccount) {
    const v = (value: string | null) => value ?? '';
    return html`<form part="details" novalidate @keydown=${submitOnEnter} @submit=${this.#save}>
      <h2>${msg('Billing contact', { id: 'billing.settings.contact' })}</h2>
      <div class="row">
        <portico-field name="contactName" required autocomplete="name" .value=${v(account.contactName)} label=${msg('Name', { id: 'billing.field.contact-name' })}></portico-field>
        <portico-field name="contactEmail" type="email" required autocomplete="email" .value=${v(account.contactEmail)} label=${msg('Email', { id: 'billing.field.contact-email' })}
          hint=${msg('Invoices and reminders go to this address.', { id: 'billing.field.contact-email.hint' })}></portico-field>
      </div>
      <portico-field name="addressLine1" required autocomplete="address-line1" .value=${v(account.addressLine1)} label=${msg('Address', { id: 'billing.field.address' })}></portico-field>
      <portico-field name="addressLine2" autocomplete="address-line2" .value=${v(account.addressLine2)} label=${msg('Address, second line', { id: 'billing.field.address2' })}></portico-field>
      <div class="row">
        <portico-field name="postalCode" required autocomplete="postal-code" .value=${v(account.postalCode)} label=${msg('Postal code', { id: 'billing.field.postal-code' })}></portico-field>
        <portico-field name="city" required autocomplete="address-level2" .value=${v(account.city)} label=${msg('City', { id: 'billing.field.city' })}></portico-field>
        <portico-field name="region" autocomplete="address-level1" .value=${v(account.region)} label=${msg('State or region', { id: 'billing.field.region' })}></portico-field>
        <portico-field name="country" required autocomplete="country" .value=${v(account.country)} label=${msg('Country', { id: 'billing.field.country' })}
          hint=${msg('Two-letter code, e.g. FR, DE, US.', { id: 'billing.field.country.hint' })}></portico-field>
      </div>
      <portico-field name="taxId" .value=${v(account.taxId)} label=${msg('Tax id', { id: 'billing.field.tax-id' })}
        hint=${msg('In the EU your VAT number (e.g. FR40303265045), in the US your EIN (12-3456789).', { id: 'billing.field.tax-id.hint' })}></portico-field>
      <h2 part="plan">${msg('Plan', { id: 'billing.plan' })}</h2>
      ${this.plans.status === 'ready' || this.plans.status === 'empty'
        ? html`<portico-select name="planId" .value=${account.plan?.id ?? ''} .options=${this.#planOptions(account)} label=${msg('Plan', { id: 'billing.plan' })}
            hint=${msg('A new plan applies to the invoices issued from now on.', { id: 'billing.settings.plan.hint' })}></portico-select>`
        : this.plans.status === 'error'
          ? html`<p class="alert">${problemText(this.plans.error)}</p>`
          : html`<portico-skeleton></portico-skeleton>`}
      ${this.message ? html`<p class="alert" role="alert">${this.message}</p>` : nothing}
      <div class="actions"><portico-button type="submit" ?loading=${this.saving}>${msg('Save billing details', { id: 'billing.settings.save' })}</portico-button></div>
    </form>`;
  }

  #readOnly(account: BillingAccount) {
    return html`<h2>${msg('Billing contact', { id: 'billing.settings.contact' })}</h2>
      <dl part="details">
        <dt>${msg('Name', { id: 'billing.field.contact-name' })}</dt><dd>${account.contactName ?? '—'}</dd>
        <dt>${msg('Email', { id: 'billing.field.contact-email' })}</dt><dd>${account.contactEmail ?? '—'}</dd>
        <dt>${msg('Tax id', { id: 'billing.field.tax-id' })}</dt><dd>${account.taxId ?? '—'}</dd>
      </dl>
      <p class="muted">${msg('Your organisation’s administrators change these details.', { id: 'billing.settings.read-only' })}</p>`;
  }

  protected override render() {
    const title = html`<h1>${msg('Billing', { id: 'billing.title' })}</h1>`;
    if (isStaff(this.session)) {
      return html`${title}<p role="status">${msg('Partners’ billing accounts are under Billing accounts.', { id: 'billing.settings.staff' })} <a href="/billing/accounts">${msg('Billing accounts', { id: 'billing.admin.title' })}</a></p>`;
    }
    return html`${title}
      ${renderResource(this.account, (account) => html`${this.#standing(account)}
          ${this.#manages ? this.#form(account) : this.#readOnly(account)}
          <portico-invoices .client=${this.client} .session=${this.session} .locale=${this.locale} @portico-billing-changed=${() => this.account.retry()}></portico-invoices>`)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-billing-settings': PorticoBillingSettings;
  }
}
