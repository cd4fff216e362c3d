import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg, str } from '@lit/localize';
import type { PorticoClient } from '@portico/sdk';
import {
  PorticoElement, ResourceController, clearProblem, clientContext, formatNumber, isProblem, localeContext, parseDecimal, readField, renderResource, submitOnEnter, toast,
  type Locale, type SelectOption,
} from '@portico/widgets';
import { applyDealProblem, localToday, pageStyles, problemText, type Deal, type DealSettings, type SubmitDeal } from './shared.js';

/** ISO 4217 codes the browser knows, named in the person's language ("EUR — euro"). */
function currencyOptions(locale: Locale, current: string): SelectOption[] {
  const codes: string[] = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : [];
  if (current && !codes.includes(current)) codes.unshift(current);
  const names = new Intl.DisplayNames(locale, { type: 'currency' });
  return codes.map((code) => ({ value: code, label: `${code} — ${names.of(code) ?? code}` }));
}

/**
 * Registers a deal (`/deals/new`) or changes a pending one (with `deal-id`, `/deals/:dealId/edit`):
 * customer name, title, expected amount and currency (the tenant's by default), optional close date
 * (not in the past), description, customer domain and country. The amount is sent as the decimal
 * string typed (`amount`), never as a float; the server converts it digit by digit and says which
 * field is wrong. One submit makes one deal: the SDK sends an Idempotency-Key, and the button is
 * busy until the answer.
 *
 * @attr deal-id - The pending deal to edit; without it, a new deal is registered.
 * @fires portico-deal-saved - After saving (detail `{ deal, created }`).
 * @fires portico-navigate - To the deal's page after saving, or back on Cancel (detail `{ path }`).
 * @csspart form
 */
@customElement('portico-deal-form')
export class PorticoDealForm extends PorticoElement {
  static override styles = [...PorticoElement.styles, pageStyles];

  @property({ attribute: 'deal-id' }) accessor dealId: string | undefined = undefined;
  @consume({ context: clientContext, subscribe: true }) @state() accessor client = undefined as unknown as PorticoClient;
  @consume({ context: localeContext, subscribe: true }) @state() accessor locale: Locale = 'en';
  @state() accessor saving = false;
  @state() accessor message = '';

  /** What the form starts from: the deal being edited, or the tenant's default currency. */
  readonly initial = new ResourceController(this, {
    args: () => [this.client, this.dealId ?? null] as const,
    enabled: ([client]) => !!client,
    isEmpty: () => false,
    load: async ([client, id], signal): Promise<{ deal: Deal | null; currency: string }> => {
      if (id) {
        const deal = await client.get('/deals/{id}', { params: { id }, signal });
        return { deal, currency: deal.amount.currency };
      }
      const settings = await client.get('/deals/settings', { signal });
      return { deal: null, currency: settings.currency };
    },
  });

  /** What the form holds, as typed: the server validates it and names any field at fault. */
  #body(form: HTMLFormElement, editing: Deal | null): SubmitDeal {
    const optional = (name: string) => readField(form, name) || null;
    const body: Record<string, unknown> = {
      customerName: readField(form, 'customerName'),
      title: readField(form, 'title'),
      // As the reader writes numbers ("12,000" in English, "12 000,50" in French): the server takes "12000.50".
      amount: parseDecimal(readField(form, 'amount')),
      currency: readField(form, 'currency'),
      closeDate: optional('closeDate'),
      description: readField(form, 'description'),
      customerDomain: optional('customerDomain'),
      customerCountry: optional('customerCountry')?.toUpperCase() ?? null,
    };
    // A new deal leaves out what was not given, so the server's defaults apply.
    if (!editing) for (const key of Object.keys(body)) if (body[key] === null || body[key] === '') delete body[key];
    return body as SubmitDeal;
  }

  #submit = async (event: Event, editing: Deal | null) => {
    event.preventDefault();
    if (this.saving) return;
    const form = event.target as HTMLFormElement;
    this.saving = true;
    this.message = '';
    clearProblem(form);
    try {
      const body = this.#body(form, editing);
      const deal = editing
        ? await this.client.patch('/deals/{id}', { params: { id: editing.id }, body })
        : await this.client.post('/deals', { body });
      toast(
        editing
          ? msg('Your changes are saved.', { id: 'deals.form.saved' })
          : msg(str`${deal.customerName} is registered and waits for approval.`, { id: 'deals.form.created' }),
        { variant: 'success' },
      );
      this.emit('portico-deal-saved', { deal, created: !editing });
      this.emit('portico-navigate', { path: `/deals/${deal.id}` });
    } catch (error) {
      this.message = isProblem(error) ? applyDealProblem(error, form).join(' ') : problemText(error);
    } finally {
      this.saving = false;
    }
  };

  #form(deal: Deal | null, currency: string) {
    const editing = !!deal;
    return html`<form part="form" novalidate @keydown=${submitOnEnter} @submit=${(e: Event) => this.#submit(e, deal)}>
      <portico-field name="customerName" required autocomplete="organization" .value=${deal?.customerName ?? ''}
        label=${msg('Customer name', { id: 'deals.field.customer' })}></portico-field>
      <portico-field name="title" required .value=${deal?.title ?? ''} label=${msg('Deal title', { id: 'deals.field.title' })}
        hint=${msg('What the customer buys, e.g. "200 seats, three-year subscription".', { id: 'deals.field.title.hint' })}></portico-field>
      <div class="row">
        <portico-field name="amount" required .value=${deal?.amount.value ?? ''} label=${msg('Expected amount', { id: 'deals.field.amount' })}
          hint=${msg(str`For example ${formatNumber(12500, undefined, { minimumFractionDigits: 2 })}`, { id: 'deals.field.amount.hint' })}></portico-field>
        <portico-select name="currency" required .value=${currency} label=${msg('Currency', { id: 'deals.field.currency' })}
          .options=${currencyOptions(this.locale, currency)}></portico-select>
      </div>
      <portico-field name="closeDate" type="date" min=${localToday()} .value=${deal?.closeDate ?? ''}
        label=${msg('Expected close date (optional)', { id: 'deals.field.close-date' })}></portico-field>
      <portico-field name="description" type="textarea" .value=${deal?.description ?? ''}
        label=${msg('Description (optional)', { id: 'deals.field.description' })}></portico-field>
      <div class="row">
        <portico-field name="customerDomain" .value=${deal?.customerDomain ?? ''} label=${msg('Customer domain (optional)', { id: 'deals.field.domain' })}
          hint=${msg('e.g. contoso.com', { id: 'deals.field.domain.hint' })}></portico-field>
        <portico-field name="customerCountry" .value=${deal?.customerCountry ?? ''} label=${msg('Customer country (optional)', { id: 'deals.field.country' })}
          hint=${msg('Two-letter code, e.g. DE', { id: 'deals.field.country.hint' })}></portico-field>
      </div>
      ${this.message ? html`<p class="alert" role="alert">${this.message}</p>` : nothing}
      <div class="actions">
        <portico-button type="submit" ?loading=${this.saving}>
          ${editing ? msg('Save changes', { id: 'deals.form.save' }) : msg('Register the deal', { id: 'deals.form.submit' })}
        </portico-button>
        <portico-button variant="secondary" @click=${() => this.emit('portico-navigate', { path: deal ? `/deals/${deal.id}` : '/deals' })}>
          ${msg('Cancel', { id: 'deals.cancel' })}
        </portico-button>
      </div>
    </form>`;
  }

  protected override render() {
    const heading = this.dealId ? msg('Change the deal', { id: 'deals.form.edit-title' }) : msg('Register a deal', { id: 'deals.form.title' });
    return html`<h1>${heading}</h1>
      ${renderResource(this.initial, ({ deal, currency }) =>
        deal && deal.status !== 'pending'
          ? html`<p role="status">${msg('Only a pending deal can be changed.', { id: 'deals.form.not-pending' })}
              <a href=${`/deals/${deal.id}`}>${msg('Back to the deal', { id: 'deals.back-to-deal' })}</a></p>`
          : this.#form(deal, currency),
      )}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-deal-form': PorticoDealForm;
  }
}
