import { html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg, str } from '@lit/localize';
import type { PorticoClient } from '@portico/sdk';
import {
  PorticoElement, ResourceController, applyProblem, clearProblem, clientContext, hasPermission, isProblem, localeContext, readField, renderResource, sessionContext, submitOnEnter, toast,
  type DataTableColumn, type Locale, type PorticoDialog, type Session,
} from '@portico/widgets';
import { P } from '../permissions.js';
import { money, pageStyles, periodLabel, problemText, type ListPage, type Plan } from './shared.js';

/**
 * The catalogue of plans (`/billing/plans`): name, price and period, the gated features each unlocks,
 * and whether it can still be chosen. Staff with `billing.plans.manage` add plans and retire them
 * (a retired plan stays on the accounts that have it) or offer them again.
 *
 * @csspart table
 */
@customElement('portico-billing-plans')
export class PorticoBillingPlans extends PorticoElement {
  static override styles = [...PorticoElement.styles, pageStyles];

  @consume({ context: clientContext, subscribe: true }) @state() accessor client = undefined as unknown as PorticoClient;
  @consume({ context: sessionContext, subscribe: true }) @state() accessor session: Session | null = null;
  @consume({ context: localeContext, subscribe: true }) @state() accessor locale: Locale = 'en';
  @state() accessor busy: string | null = null;
  @state() accessor message = '';
  @query('#new-plan') private accessor dialog!: PorticoDialog;

  get #manages() {
    return hasPermission(this.session, P.plansManage);
  }

  readonly plans = new ResourceController(this, {
    args: () => [this.client] as const,
    load: ([client], signal) => client.call<ListPage<Plan>>('GET', '/billing/plans', { query: { limit: 100 }, signal }),
  });

  #open = () => {
    this.message = '';
    const form = this.renderRoot.querySelector<HTMLFormElement>('#new-plan form');
    if (form) clearProblem(form);
    this.dialog.show();
  };

  #create = async (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const features = readField(form, 'features').split(/[\s,;]+/).filter(Boolean);
    const body = {
      name: readField(form, 'name'),
      description: readField(form, 'description'),
      price: readField(form, 'price'),
      currency: readField(form, 'currency').toUpperCase(),
      period: readField(form, 'period'),
      features,
    };
    this.busy = 'create';
    this.message = '';
    clearProblem(form);
    try {
      const plan = await this.client.call<Plan>('POST', '/billing/plans', { body });
      this.dialog.close();
      form.reset();
      toast(msg(str`${plan.name} added to the catalogue.`, { id: 'billing.plans.created' }), { variant: 'success' });
      await this.plans.retry();
    } catch (error) {
      this.message = isProblem(error) ? applyProblem(error, form).join(' ') : problemText(error);
    } finally {
      this.busy = null;
    }
  };

  async #setActive(plan: Plan, active: boolean) {
    this.busy = plan.id;
    try {
      const updated = await this.client.call<Plan>('PATCH', `/billing/plans/${encodeURIComponent(plan.id)}`, { body: { active } });
      const page = this.plans.value!;
      this.plans.value = { ...page, items: page.items.map((p) => (p.id === plan.id ? updated : p)) };
      this.requestUpdate();
    } catch (error) {
      toast(problemText(error), { variant: 'danger' });
    } finally {
      this.busy = null;
    }
  }

  #columns(): DataTableColumn<Plan>[] {
    return [
      { key: 'name', label: () => msg('Plan', { id: 'billing.plan' }), render: (p) => html`${p.name}${p.description ? html`<br /><span class="muted">${p.description}</span>` : nothing}` },
      { key: 'price', align: 'end', label: () => msg('Price', { id: 'billing.plans.price' }), render: (p) => `${money(p.price, this.locale)} ${periodLabel(p.period)}` },
      { key: 'features', label: () => msg('Unlocks', { id: 'billing.plans.features' }), render: (p) => (p.features.length ? p.features.join(', ') : '—') },
      {
        key: 'active',
        label: () => msg('Offered', { id: 'billing.plans.active' }),
        render: (p) => html`${p.active ? html`<portico-badge variant="success">${msg('Offered', { id: 'billing.plans.active' })}</portico-badge>` : html`<portico-badge>${msg('Retired', { id: 'billing.plans.retired' })}</portico-badge>`}
          ${this.#manages
            ? html` <portico-button variant="text" ?loading=${this.busy === p.id} @click=${() => this.#setActive(p, !p.active)}
                label=${p.active ? msg(str`Retire ${p.name}`, { id: 'billing.plans.retire-label' }) : msg(str`Offer again: ${p.name}`, { id: 'billing.plans.offer-label' })}>
                ${p.active ? msg('Retire', { id: 'billing.plans.retire' }) : msg('Offer again', { id: 'billing.plans.offer' })}</portico-button>`
            : nothing}`,
      },
    ];
  }

  protected override render() {
    const label = msg('Plans', { id: 'billing.plans.title' });
    const add = this.#manages ? html`<portico-button @click=${this.#open}>${msg('Add a plan', { id: 'billing.plans.add' })}</portico-button>` : nothing;
    return html`<div class="heading"><h1>${label}</h1>${add}</div>
      ${renderResource(this.plans, (page) => html`<portico-data-table part="table" label=${label} .columns=${this.#columns()} .rows=${page.items}></portico-data-table>`, {
        empty: () => html`<portico-empty-state heading=${msg('No plans yet', { id: 'billing.plans.empty' })}>
          ${msg('Partners choose their plan from this catalogue.', { id: 'billing.plans.empty.body' })}</portico-empty-state>`,
      })}
      ${this.#manages
        ? html`<portico-dialog id="new-plan" label=${msg('Add a plan', { id: 'billing.plans.add' })}>
            <form novalidate @keydown=${submitOnEnter} @submit=${this.#create}>
              <portico-field name="name" required label=${msg('Name', { id: 'billing.plans.name' })}></portico-field>
              <portico-field name="description" type="textarea" label=${msg('Description', { id: 'billing.plans.description' })}></portico-field>
              <div class="row">
                <portico-field name="price" required label=${msg('Price', { id: 'billing.plans.price' })} hint=${msg('e.g. 149.00', { id: 'billing.plans.price.hint' })}></portico-field>
                <portico-field name="currency" required .value=${'EUR'} label=${msg('Currency', { id: 'billing.plans.currency' })}></portico-field>
                <portico-select name="period" required .value=${'month'} label=${msg('Billed', { id: 'billing.plans.period' })}
                  .options=${[{ value: 'month', label: periodLabel('month') }, { value: 'year', label: periodLabel('year') }]}></portico-select>
              </div>
              <portico-field name="features" label=${msg('Features it unlocks', { id: 'billing.plans.features-field' })}
                hint=${msg('Feature keys separated by commas, e.g. questions.ask', { id: 'billing.plans.features.hint' })}></portico-field>
              ${this.message ? html`<p class="alert" role="alert">${this.message}</p>` : nothing}
              <div class="actions">
                <portico-button type="submit" ?loading=${this.busy === 'create'}>${msg('Add the plan', { id: 'billing.plans.create' })}</portico-button>
                <portico-button variant="secondary" @click=${() => this.dialog.close()}>${msg('Cancel', { id: 'billing.cancel' })}</portico-button>
              </div>
            </form>
          </portico-dialog>`
        : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-billing-plans': PorticoBillingPlans;
  }
}
