import { html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg, str } from '@lit/localize';
import type { PorticoClient } from '@portico/sdk';
import {
  PorticoElement, ResourceController, applyProblem, clearProblem, clientContext, formatDate, hasPermission, isProblem, isStaff, localeContext, parseDecimal, readField, renderResource, sessionContext, submitOnEnter, toast,
  type DataTableColumn, type Locale, type PorticoDialog, type Session,
} from '@portico/widgets';
import { P } from '../permissions.js';
import './billing-overview.js';
import './invoices.js';
import type { PorticoBillingOverview } from './billing-overview.js';
import { ACCOUNT_STATE_LIST, amounts, localToday, money, pageStyles, periodLabel, problemText, stateBadge, stateLabel, type AccountState, type BillingAccount, type ListPage, type Plan } from './shared.js';

type Override = { account: BillingAccount; kind: 'waive' | 'extend-grace' };

function initialState(): AccountState | '' {
  const value = new URLSearchParams(globalThis.location?.search ?? '').get('state');
  return (ACCOUNT_STATE_LIST as readonly string[]).includes(value ?? '') ? (value as AccountState) : '';
}

/**
 * The staff's billing accounts (`/billing/accounts`): the overview by state, then every partner
 * organisation with its plan, where its billing stands and what it owes past due, filtered by state
 * or name. With `billing.accounts.manage` staff put a partner on a plan, waive enforcement until a
 * day or extend a grace period, each with a reason; the invoices below follow the chosen partner
 * (or show every partner's), where payments are recorded and invoices voided or written off.
 *
 * @csspart filters, accounts, invoices
 */
@customElement('portico-billing-admin')
export class PorticoBillingAdmin extends PorticoElement {
  static override styles = [...PorticoElement.styles, pageStyles];

  @consume({ context: clientContext, subscribe: true }) @state() accessor client = undefined as unknown as PorticoClient;
  @consume({ context: sessionContext, subscribe: true }) @state() accessor session: Session | null = null;
  @consume({ context: localeContext, subscribe: true }) @state() accessor locale: Locale = 'en';
  @state() accessor filter: AccountState | '' = initialState();
  @state() accessor search = '';
  @state() accessor selected: BillingAccount | null = null;
  @state() accessor overriding: Override | null = null;
  @state() accessor planning: BillingAccount | null = null;
  @state() accessor plans: Plan[] = [];
  @state() accessor busy = false;
  @state() accessor loadingMore = false;
  @state() accessor dialogMessage = '';
  @query('#override') private accessor overrideDialog!: PorticoDialog;
  @query('#plan') private accessor planDialog!: PorticoDialog;
  @query('#issue') private accessor issueDialog!: PorticoDialog;
  @query('portico-billing-overview') private accessor overviewElement: PorticoBillingOverview | null = null;

  get #manages() {
    return hasPermission(this.session, P.accountsManage);
  }

  get #invoices() {
    return hasPermission(this.session, P.invoicesManage);
  }

  #query(cursor?: string | null) {
    return { state: this.filter || undefined, q: this.search || undefined, ...(cursor ? { cursor } : {}) };
  }

  readonly accounts = new ResourceController(this, {
    args: () => [this.client, isStaff(this.session), this.filter, this.search] as const,
    enabled: ([client, staff]) => !!client && staff,
    load: ([client], signal) => client.call<ListPage<BillingAccount>>('GET', '/billing/accounts', { query: this.#query(), signal }),
  });

  async #loadMore() {
    const page = this.accounts.value!;
    this.loadingMore = true;
    try {
      const next = await this.client.call<ListPage<BillingAccount>>('GET', '/billing/accounts', { query: this.#query(page.nextCursor) });
      this.accounts.value = { items: [...page.items, ...next.items], nextCursor: next.nextCursor };
    } catch (error) {
      toast(problemText(error), { variant: 'danger' });
    } finally {
      this.loadingMore = false;
    }
  }

  #replace(account: BillingAccount) {
    const page = this.accounts.value;
    if (page) this.accounts.value = { ...page, items: page.items.map((a) => (a.partnerId === account.partnerId ? account : a)) };
    if (this.selected?.partnerId === account.partnerId) this.selected = account;
    this.requestUpdate();
    void this.overviewElement?.refresh();
  }

  #refresh = async () => {
    await Promise.all([this.accounts.retry(), this.overviewElement?.refresh()]);
  };

  #openOverride(account: BillingAccount, kind: Override['kind']) {
    this.overriding = { account, kind };
    this.dialogMessage = '';
    const form = this.renderRoot.querySelector<HTMLFormElement>('#override form');
    if (form) clearProblem(form);
    this.overrideDialog.show();
  }

  async #openPlan(account: BillingAccount) {
    this.planning = account;
    this.dialogMessage = '';
    this.planDialog.show();
    if (this.plans.length === 0) {
      try {
        this.plans = (await this.client.call<ListPage<Plan>>('GET', '/billing/plans', { query: { limit: 100, active: true } })).items;
      } catch (error) {
        this.dialogMessage = problemText(error);
      }
    }
  }

  #override = async (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const { account, kind } = this.overriding!;
    const body = { until: readField(form, 'until'), reason: readField(form, 'reason') };
    clearProblem(form);
    this.busy = true;
    this.dialogMessage = '';
    try {
      const updated = await this.client.call<BillingAccount>('POST', `/billing/accounts/${encodeURIComponent(account.partnerId)}/${kind}`, { body });
      this.overrideDialog.close();
      toast(
        kind === 'waive'
          ? msg(str`Enforcement waived for ${account.partnerName}.`, { id: 'billing.admin.waived' })
          : msg(str`Grace period of ${account.partnerName} extended.`, { id: 'billing.admin.extended' }),
        { variant: 'success' },
      );
      this.#replace(updated);
    } catch (error) {
      this.dialogMessage = isProblem(error) ? applyProblem(error, form).join(' ') : problemText(error);
    } finally {
      this.busy = false;
    }
  };

  #setPlan = async (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const account = this.planning!;
    this.busy = true;
    this.dialogMessage = '';
    try {
      const updated = await this.client.call<BillingAccount>('PUT', `/billing/accounts/${encodeURIComponent(account.partnerId)}/plan`, { body: { planId: readField(form, 'planId') || null } });
      this.planDialog.close();
      toast(msg(str`Plan of ${account.partnerName} saved.`, { id: 'billing.admin.plan-saved' }), { variant: 'success' });
      this.#replace(updated);
    } catch (error) {
      this.dialogMessage = isProblem(error) ? applyProblem(error, form).join(' ') : problemText(error);
    } finally {
      this.busy = false;
    }
  };

  #openIssue() {
    this.dialogMessage = '';
    const form = this.renderRoot.querySelector<HTMLFormElement>('#issue form');
    if (form) {
      form.reset();
      clearProblem(form);
    }
    this.issueDialog.show();
  }

  /** Issues an invoice to the selected partner (or keeps it as a draft): numbered by the server, without gap. */
  #issue = async (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const account = this.selected!;
    const optional = (name: string) => readField(form, name) || undefined;
    const draft = form.querySelector<HTMLElement & { checked: boolean }>('[name="draft"]')?.checked ?? false;
    const amount = optional('amount');
    const body = {
      accountId: account.id,
      description: optional('description'),
      periodStart: readField(form, 'periodStart'),
      periodEnd: readField(form, 'periodEnd'),
      ...(amount ? { amount: parseDecimal(amount) } : {}),
      dueDate: optional('dueDate'),
      draft,
    };
    clearProblem(form);
    this.busy = true;
    this.dialogMessage = '';
    try {
      const invoice = await this.client.call<{ number: string | null }>('POST', '/billing/invoices', { body });
      this.issueDialog.close();
      toast(
        invoice.number
          ? msg(str`Invoice ${invoice.number} issued to ${account.partnerName}.`, { id: 'billing.admin.issued' })
          : msg(str`Draft invoice kept for ${account.partnerName}.`, { id: 'billing.admin.drafted' }),
        { variant: 'success' },
      );
      await Promise.all([this.#refresh(), this.renderRoot.querySelector<HTMLElement & { invoices: { retry(): Promise<void> } }>('portico-invoices')?.invoices.retry()]);
    } catch (error) {
      this.dialogMessage = isProblem(error) ? applyProblem(error, form).join(' ') : problemText(error);
    } finally {
      this.busy = false;
    }
  };

  #issueDialog() {
    const account = this.selected;
    return html`<portico-dialog id="issue" label=${account ? msg(str`Invoice ${account.partnerName}`, { id: 'billing.admin.issue-to' }) : ''}>
      <form novalidate @keydown=${submitOnEnter} @submit=${this.#issue}>
        <portico-field name="description" label=${msg('Description', { id: 'billing.admin.issue.description' })}></portico-field>
        <portico-field name="periodStart" type="date" required label=${msg('Period from', { id: 'billing.admin.issue.period-start' })}></portico-field>
        <portico-field name="periodEnd" type="date" required label=${msg('Period to', { id: 'billing.admin.issue.period-end' })}></portico-field>
        <portico-field name="amount" label=${msg('Amount', { id: 'billing.admin.issue.amount' })}
          hint=${msg('Leave empty for the price of the partner’s plan.', { id: 'billing.admin.issue.amount.hint' })}></portico-field>
        <portico-field name="dueDate" type="date" label=${msg('Due date', { id: 'billing.admin.issue.due' })}
          hint=${msg('Leave empty for the programme’s payment terms.', { id: 'billing.admin.issue.due.hint' })}></portico-field>
        <portico-checkbox name="draft" label=${msg('Keep as a draft (no number yet, not due)', { id: 'billing.admin.issue.draft' })}></portico-checkbox>
        ${this.dialogMessage ? html`<p class="alert" role="alert">${this.dialogMessage}</p>` : nothing}
        <div class="actions">
          <portico-button type="submit" ?loading=${this.busy}>${msg('Issue the invoice', { id: 'billing.admin.issue' })}</portico-button>
          <portico-button variant="secondary" @click=${() => this.issueDialog.close()}>${msg('Cancel', { id: 'billing.cancel' })}</portico-button>
        </div>
      </form>
    </portico-dialog>`;
  }

  #standing(account: BillingAccount) {
    const { standing } = account;
    return html`${stateBadge(standing.state)}
      ${standing.state === 'grace' && standing.graceEndsAt ? html`<br /><span class="muted">${msg(str`until ${formatDate(standing.graceEndsAt, this.locale)}`, { id: 'billing.admin.grace-until' })}</span>` : nothing}
      ${standing.waivedUntil ? html`<br /><span class="muted">${msg(str`Waived until ${formatDate(standing.waivedUntil, this.locale)}`, { id: 'billing.admin.waived-until' })}</span>` : nothing}
      ${account.setUp ? nothing : html`<br /><portico-badge>${msg('Not set up', { id: 'billing.overview.not-set-up' })}</portico-badge>`}`;
  }

  #columns(): DataTableColumn<BillingAccount>[] {
    return [
      { key: 'partnerName', label: () => msg('Partner', { id: 'billing.partner' }), render: (a) => html`${a.partnerName}${a.contactEmail ? html`<br /><span class="muted">${a.contactEmail}</span>` : nothing}` },
      { key: 'plan', label: () => msg('Plan', { id: 'billing.plan' }), render: (a) => (a.plan ? `${a.plan.name} (${money(a.plan.price, this.locale)} ${periodLabel(a.plan.period)})` : '—') },
      { key: 'standing', label: () => msg('Status', { id: 'billing.invoices.status' }), render: (a) => this.#standing(a) },
      { key: 'overdue', align: 'end', label: () => msg('Past due', { id: 'billing.status.past-due' }), render: (a) => amounts(a.amountOverdue, this.locale) },
      {
        key: 'actions',
        label: () => msg('Actions', { id: 'billing.actions' }),
        render: (a) => html`<div class="actions">
          <portico-button variant="text" label=${msg(str`Invoices of ${a.partnerName}`, { id: 'billing.admin.invoices-of' })} @click=${() => (this.selected = a)}>${msg('Invoices', { id: 'billing.invoices.title' })}</portico-button>
          ${this.#manages
            ? html`<portico-button variant="secondary" label=${msg(str`Plan of ${a.partnerName}`, { id: 'billing.admin.plan-of' })} @click=${() => this.#openPlan(a)}>${msg('Plan', { id: 'billing.plan' })}</portico-button>
                ${a.id
                  ? html`<portico-button variant="secondary" label=${msg(str`Waive enforcement for ${a.partnerName}`, { id: 'billing.admin.waive-label' })} @click=${() => this.#openOverride(a, 'waive')}>${msg('Waive', { id: 'billing.admin.waive' })}</portico-button>`
                  : nothing}
                ${a.id && a.standing.state !== 'active'
                  ? html`<portico-button variant="secondary" label=${msg(str`Extend grace for ${a.partnerName}`, { id: 'billing.admin.extend-label' })} @click=${() => this.#openOverride(a, 'extend-grace')}>${msg('Extend grace', { id: 'billing.admin.extend' })}</portico-button>`
                  : nothing}`
            : nothing}
        </div>`,
      },
    ];
  }

  #dialogs() {
    const o = this.overriding;
    const planning = this.planning;
    return html`<portico-dialog id="override" label=${o
        ? o.kind === 'waive'
          ? msg(str`Waive enforcement for ${o.account.partnerName}`, { id: 'billing.admin.waive-label' })
          : msg(str`Extend grace for ${o.account.partnerName}`, { id: 'billing.admin.extend-label' })
        : ''}>
        <form novalidate @keydown=${submitOnEnter} @submit=${this.#override}>
          <p>${o?.kind === 'waive'
            ? msg('Until the end of that day the account is in order, whatever it owes; then enforcement resumes.', { id: 'billing.admin.waive.body' })
            : msg('The account is in its grace period until the end of that day; a restricted account gets its features back meanwhile.', { id: 'billing.admin.extend.body' })}</p>
          <portico-field name="until" type="date" required min=${localToday()} label=${msg('Until', { id: 'billing.admin.until' })}></portico-field>
          <portico-field name="reason" required label=${msg('Reason', { id: 'billing.reason' })}
            hint=${msg('Recorded in the audit trail.', { id: 'billing.admin.reason.hint' })}></portico-field>
          ${this.dialogMessage ? html`<p class="alert" role="alert">${this.dialogMessage}</p>` : nothing}
          <div class="actions">
            <portico-button type="submit" ?loading=${this.busy}>${o?.kind === 'waive' ? msg('Waive', { id: 'billing.admin.waive' }) : msg('Extend grace', { id: 'billing.admin.extend' })}</portico-button>
            <portico-button variant="secondary" @click=${() => this.overrideDialog.close()}>${msg('Cancel', { id: 'billing.cancel' })}</portico-button>
          </div>
        </form>
      </portico-dialog>
      <portico-dialog id="plan" label=${planning ? msg(str`Plan of ${planning.partnerName}`, { id: 'billing.admin.plan-of' }) : ''}>
        <form novalidate @keydown=${submitOnEnter} @submit=${this.#setPlan}>
          <portico-select name="planId" .value=${planning?.plan?.id ?? ''} label=${msg('Plan', { id: 'billing.plan' })}
            .options=${[
              { value: '', label: msg('No plan', { id: 'billing.settings.no-plan' }) },
              ...(planning?.plan && !this.plans.some((p) => p.id === planning.plan!.id) ? [{ value: planning.plan.id, label: planning.plan.name }] : []),
              ...this.plans.map((p) => ({ value: p.id, label: `${p.name} — ${money(p.price, this.locale)} ${periodLabel(p.period)}` })),
            ]}></portico-select>
          ${this.dialogMessage ? html`<p class="alert" role="alert">${this.dialogMessage}</p>` : nothing}
          <div class="actions">
            <portico-button type="submit" ?loading=${this.busy}>${msg('Save plan', { id: 'billing.admin.save-plan' })}</portico-button>
            <portico-button variant="secondary" @click=${() => this.planDialog.close()}>${msg('Cancel', { id: 'billing.cancel' })}</portico-button>
          </div>
        </form>
      </portico-dialog>`;
  }

  protected override render() {
    const title = html`<div class="heading"><h1>${msg('Billing accounts', { id: 'billing.admin.title' })}</h1>
      ${isStaff(this.session) ? html`<a href="/billing/plans">${msg('Plans', { id: 'billing.plans.title' })}</a>` : nothing}</div>`;
    if (!isStaff(this.session)) {
      return html`${title}<p role="status">${msg('Billing accounts are for the programme’s staff.', { id: 'billing.admin.staff-only' })} <a href="/billing">${msg('Your billing', { id: 'billing.admin.yours' })}</a></p>`;
    }
    const label = msg('Billing accounts', { id: 'billing.admin.title' });
    return html`${title}
      <portico-billing-overview .client=${this.client} .session=${this.session} .locale=${this.locale}></portico-billing-overview>
      <div class="toolbar" part="filters">
        <portico-select name="state" label=${msg('Status', { id: 'billing.invoices.status' })} .value=${this.filter}
          .options=${[{ value: '', label: msg('All', { id: 'billing.all' }) }, ...ACCOUNT_STATE_LIST.map((s) => ({ value: s, label: stateLabel(s) }))]}
          @portico-change=${(e: CustomEvent<{ value: AccountState | '' }>) => (this.filter = e.detail.value)}></portico-select>
        <portico-field name="q" label=${msg('Partner name', { id: 'billing.admin.search' })} .value=${this.search}
          @change=${(e: Event) => (this.search = (e.target as HTMLElement & { value: string }).value.trim())}></portico-field>
      </div>
      ${renderResource(this.accounts, (page) => html`<portico-data-table part="accounts" label=${label} .columns=${this.#columns()} .rows=${page.items}
          .rowKey=${(a: BillingAccount) => a.partnerId} ?has-more=${!!page.nextCursor} ?loading=${this.loadingMore} @portico-load-more=${() => this.#loadMore()}></portico-data-table>`, {
        empty: () => html`<portico-empty-state heading=${msg('No accounts', { id: 'billing.admin.empty' })}>
          ${this.filter || this.search ? msg('No partner matches these filters.', { id: 'billing.admin.empty.filtered' }) : msg('Partner organisations appear here.', { id: 'billing.admin.empty.body' })}</portico-empty-state>`,
      })}
      <section part="invoices">
        ${this.selected
          ? html`<p class="heading"><strong>${msg(str`Invoices of ${this.selected.partnerName}`, { id: 'billing.admin.invoices-of' })}</strong>
              <portico-button variant="text" @click=${() => (this.selected = null)}>${msg('Every partner’s invoices', { id: 'billing.admin.all-invoices' })}</portico-button>
              ${this.#invoices && this.selected.id
                ? html`<portico-button variant="secondary" @click=${() => this.#openIssue()}>${msg('Issue an invoice', { id: 'billing.admin.issue-open' })}</portico-button>`
                : nothing}</p>`
          : nothing}
        <portico-invoices .client=${this.client} .session=${this.session} .locale=${this.locale} .partnerId=${this.selected?.partnerId ?? ''} @portico-billing-changed=${this.#refresh}></portico-invoices>
      </section>
      ${this.#manages ? this.#dialogs() : nothing} ${this.#invoices ? this.#issueDialog() : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-billing-admin': PorticoBillingAdmin;
  }
}
