import { html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg, str } from '@lit/localize';
import type { PorticoClient } from '@portico/sdk';
import {
  PorticoElement, ResourceController, applyProblem, clearProblem, clientContext, hasPermission, isProblem, isStaff, localeContext, readField, renderResource, sessionContext, submitOnEnter, toast,
  type DataTableColumn, type Locale, type PorticoDialog, type Session,
} from '@portico/widgets';
import { P } from '../permissions.js';
import { INVOICE_STATUS_LIST, formatDay, money, pageStyles, problemText, statusBadge, statusLabel, type Invoice, type InvoiceStatus, type Link, type ListPage } from './shared.js';

type Closing = { invoice: Invoice; kind: 'void' | 'write-off' };

/**
 * Invoices, newest first: a partner's own (its billing page), or for staff every partner's or one
 * partner's (`partnerId`). Each shows its number, period, amount, due date and status ("Past due"
 * for an open invoice after its date), with its PDF and a way to pay: the invoice's own hosted page,
 * or (with `billing.manage`) the provider's checkout. Staff holding `billing.invoices.manage` record
 * a payment received, void an invoice or write it off, each with a reason where one is due.
 *
 * @attr partner-id - Staff: only this partner's invoices.
 * @csspart filters, table
 * @fires portico-billing-changed - After a payment, a void or a write-off (the account's standing may have moved).
 */
@customElement('portico-invoices')
export class PorticoInvoices extends PorticoElement {
  static override styles = [...PorticoElement.styles, pageStyles];

  @property({ attribute: 'partner-id' }) accessor partnerId = '';
  @consume({ context: clientContext, subscribe: true }) @state() accessor client = undefined as unknown as PorticoClient;
  @consume({ context: sessionContext, subscribe: true }) @state() accessor session: Session | null = null;
  @consume({ context: localeContext, subscribe: true }) @state() accessor locale: Locale = 'en';
  @state() accessor status: InvoiceStatus | '' = '';
  @state() accessor busy: string | null = null;
  @state() accessor paying: Invoice | null = null;
  @state() accessor closing: Closing | null = null;
  @state() accessor dialogMessage = '';
  @state() accessor loadingMore = false;
  @query('#payment') private accessor paymentDialog!: PorticoDialog;
  @query('#close') private accessor closeDialog!: PorticoDialog;

  /** Where a payment link takes the person; replaced in tests. */
  navigate = (url: string) => window.location.assign(url);

  get #staffManages() {
    return isStaff(this.session) && hasPermission(this.session, P.invoicesManage);
  }

  get #partnerPays() {
    return !isStaff(this.session) && hasPermission(this.session, P.manage);
  }

  #query(cursor?: string | null) {
    return { status: this.status || undefined, partnerId: this.partnerId || undefined, ...(cursor ? { cursor } : {}) };
  }

  readonly invoices = new ResourceController(this, {
    args: () => [this.client, this.status, this.partnerId] as const,
    enabled: ([client]) => !!client,
    load: ([client], signal) => client.call<ListPage<Invoice>>('GET', '/billing/invoices', { query: this.#query(), signal }),
  });

  async #loadMore() {
    const page = this.invoices.value!;
    this.loadingMore = true;
    try {
      const next = await this.client.call<ListPage<Invoice>>('GET', '/billing/invoices', { query: this.#query(page.nextCursor) });
      this.invoices.value = { items: [...page.items, ...next.items], nextCursor: next.nextCursor };
    } catch (error) {
      toast(problemText(error), { variant: 'danger' });
    } finally {
      this.loadingMore = false;
    }
  }

  #replace(invoice: Invoice) {
    const page = this.invoices.value;
    if (page) this.invoices.value = { ...page, items: page.items.map((i) => (i.id === invoice.id ? invoice : i)) };
    this.requestUpdate();
    this.emit('portico-billing-changed', { invoiceId: invoice.id });
  }

  #pay = async (invoice: Invoice) => {
    this.busy = invoice.id;
    try {
      const link = await this.client.call<Link>('POST', `/billing/invoices/${encodeURIComponent(invoice.id)}/payment-link`);
      this.navigate(link.url);
    } catch (error) {
      toast(problemText(error), { variant: 'danger' });
    } finally {
      this.busy = null;
    }
  };

  #openPayment(invoice: Invoice) {
    this.paying = invoice;
    this.dialogMessage = '';
    const form = this.renderRoot.querySelector<HTMLFormElement>('#payment form');
    if (form) clearProblem(form);
    this.paymentDialog.show();
  }

  #openClose(invoice: Invoice, kind: Closing['kind']) {
    this.closing = { invoice, kind };
    this.dialogMessage = '';
    const form = this.renderRoot.querySelector<HTMLFormElement>('#close form');
    if (form) clearProblem(form);
    this.closeDialog.show();
  }

  #recordPayment = async (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const invoice = this.paying!;
    const amount = readField(form, 'amount');
    const reference = readField(form, 'reference');
    const body = { ...(amount ? { amount } : {}), ...(reference ? { reference } : {}) };
    this.busy = 'payment';
    this.dialogMessage = '';
    try {
      const updated = await this.client.call<Invoice>('POST', `/billing/invoices/${encodeURIComponent(invoice.id)}/payments`, { body });
      this.paymentDialog.close();
      toast(msg(str`Payment recorded for ${invoice.number ?? ''}.`, { id: 'billing.invoices.payment-recorded' }), { variant: 'success' });
      this.#replace(updated);
    } catch (error) {
      this.dialogMessage = isProblem(error) ? applyProblem(error, form).join(' ') : problemText(error);
    } finally {
      this.busy = null;
    }
  };

  #close = async (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const { invoice, kind } = this.closing!;
    const reason = readField(form, 'reason');
    clearProblem(form);
    if (!reason) {
      form.querySelector<HTMLElement & { error: string }>('[name=reason]')!.error = msg('Say why.', { id: 'billing.invoices.reason-required' });
      return;
    }
    this.busy = 'close';
    this.dialogMessage = '';
    try {
      const updated = await this.client.call<Invoice>('POST', `/billing/invoices/${encodeURIComponent(invoice.id)}/${kind}`, { body: { reason } });
      this.closeDialog.close();
      toast(
        kind === 'void'
          ? msg(str`${invoice.number ?? ''} is void.`, { id: 'billing.invoices.voided' })
          : msg(str`${invoice.number ?? ''} is written off.`, { id: 'billing.invoices.written-off' }),
        { variant: 'success' },
      );
      this.#replace(updated);
    } catch (error) {
      this.dialogMessage = isProblem(error) ? applyProblem(error, form).join(' ') : problemText(error);
    } finally {
      this.busy = null;
    }
  };

  #actions(invoice: Invoice) {
    const open = invoice.status === 'open';
    const label = invoice.number ?? msg('Draft', { id: 'billing.status.draft' });
    return html`<div class="actions">
      ${invoice.pdfUrl ? html`<a href=${invoice.pdfUrl} target="_blank" rel="noopener noreferrer" aria-label=${msg(str`PDF of ${label}`, { id: 'billing.invoices.pdf-of' })}>PDF</a>` : nothing}
      ${open && !isStaff(this.session) && invoice.hostedUrl
        ? html`<a href=${invoice.hostedUrl} target="_blank" rel="noopener noreferrer" aria-label=${msg(str`Pay ${label}`, { id: 'billing.invoices.pay-label' })}>${msg('Pay', { id: 'billing.invoices.pay' })}</a>`
        : nothing}
      ${open && this.#partnerPays && !invoice.hostedUrl
        ? html`<portico-button ?loading=${this.busy === invoice.id} label=${msg(str`Pay ${label}`, { id: 'billing.invoices.pay-label' })} @click=${() => this.#pay(invoice)}>${msg('Pay', { id: 'billing.invoices.pay' })}</portico-button>`
        : nothing}
      ${this.#staffManages && open
        ? html`<portico-button variant="secondary" label=${msg(str`Record payment for ${label}`, { id: 'billing.invoices.record-label' })} @click=${() => this.#openPayment(invoice)}>${msg('Record payment', { id: 'billing.invoices.record' })}</portico-button>
            <portico-button variant="secondary" label=${msg(str`Write off ${label}`, { id: 'billing.invoices.write-off-label' })} @click=${() => this.#openClose(invoice, 'write-off')}>${msg('Write off', { id: 'billing.invoices.write-off' })}</portico-button>`
        : nothing}
      ${this.#staffManages && (open || invoice.status === 'uncollectible')
        ? html`<portico-button variant="danger" label=${msg(str`Void ${label}`, { id: 'billing.invoices.void-label' })} @click=${() => this.#openClose(invoice, 'void')}>${msg('Void', { id: 'billing.invoices.void' })}</portico-button>`
        : nothing}
    </div>`;
  }

  #columns(): DataTableColumn<Invoice>[] {
    const staff = isStaff(this.session);
    return [
      { key: 'number', label: () => msg('Invoice', { id: 'billing.invoices.number' }), render: (i) => html`${i.number ?? msg('Draft', { id: 'billing.status.draft' })}${i.description ? html`<br /><span class="muted">${i.description}</span>` : nothing}` },
      ...(staff && !this.partnerId ? [{ key: 'partnerName', label: () => msg('Partner', { id: 'billing.partner' }) }] : []),
      { key: 'period', label: () => msg('Period', { id: 'billing.invoices.period' }), render: (i) => `${formatDay(i.periodStart, this.locale)} – ${formatDay(i.periodEnd, this.locale)}` },
      { key: 'amount', align: 'end', label: () => msg('Amount', { id: 'billing.invoices.amount' }), render: (i) => html`${money(i.amount, this.locale)}${i.status === 'open' && i.amountPaid.minor > 0 ? html`<br /><span class="muted">${msg(str`${money(i.amountDue, this.locale)} left`, { id: 'billing.invoices.left' })}</span>` : nothing}` },
      { key: 'dueDate', label: () => msg('Due', { id: 'billing.invoices.due' }), render: (i) => formatDay(i.dueDate, this.locale) },
      { key: 'status', label: () => msg('Status', { id: 'billing.invoices.status' }), render: (i) => statusBadge(i.status, i.pastDue) },
      { key: 'actions', label: () => msg('Actions', { id: 'billing.actions' }), render: (i) => this.#actions(i) },
    ];
  }

  #dialogs() {
    const paying = this.paying;
    const closing = this.closing;
    return html`<portico-dialog id="payment" label=${paying ? msg(str`Record payment for ${paying.number ?? ''}`, { id: 'billing.invoices.record-label' }) : ''}>
        <form novalidate @keydown=${submitOnEnter} @submit=${this.#recordPayment}>
          <portico-field name="amount" .value=${paying?.amountDue.value ?? ''} label=${msg('Amount received', { id: 'billing.invoices.amount-received' })}
            hint=${paying ? msg(str`In ${paying.amountDue.currency}; what the invoice still asks unless you change it.`, { id: 'billing.invoices.amount-received.hint' }) : ''}></portico-field>
          <portico-field name="reference" label=${msg('Reference', { id: 'billing.invoices.reference' })}
            hint=${msg('For example the bank transfer’s reference.', { id: 'billing.invoices.reference.hint' })}></portico-field>
          ${this.dialogMessage ? html`<p class="alert" role="alert">${this.dialogMessage}</p>` : nothing}
          <div class="actions">
            <portico-button type="submit" ?loading=${this.busy === 'payment'}>${msg('Record payment', { id: 'billing.invoices.record' })}</portico-button>
            <portico-button variant="secondary" @click=${() => this.paymentDialog.close()}>${msg('Cancel', { id: 'billing.cancel' })}</portico-button>
          </div>
        </form>
      </portico-dialog>
      <portico-dialog id="close" label=${closing
        ? closing.kind === 'void'
          ? msg(str`Void ${closing.invoice.number ?? ''}?`, { id: 'billing.invoices.void.title' })
          : msg(str`Write off ${closing.invoice.number ?? ''}?`, { id: 'billing.invoices.write-off.title' })
        : ''}>
        <form novalidate @keydown=${submitOnEnter} @submit=${this.#close}>
          <p>${closing?.kind === 'void'
            ? msg('A void invoice no longer counts against the account. Its number stays used.', { id: 'billing.invoices.void.body' })
            : msg('A written-off invoice is no longer collected and no longer counts against the account.', { id: 'billing.invoices.write-off.body' })}</p>
          <portico-field name="reason" required label=${msg('Reason', { id: 'billing.reason' })}></portico-field>
          ${this.dialogMessage ? html`<p class="alert" role="alert">${this.dialogMessage}</p>` : nothing}
          <div class="actions">
            <portico-button type="submit" variant=${closing?.kind === 'void' ? 'danger' : 'primary'} ?loading=${this.busy === 'close'}>
              ${closing?.kind === 'void' ? msg('Void', { id: 'billing.invoices.void' }) : msg('Write off', { id: 'billing.invoices.write-off' })}</portico-button>
            <portico-button variant="secondary" @click=${() => this.closeDialog.close()}>${msg('Cancel', { id: 'billing.cancel' })}</portico-button>
          </div>
        </form>
      </portico-dialog>`;
  }

  protected override render() {
    const heading = msg('Invoices', { id: 'billing.invoices.title' });
    return html`<h2>${heading}</h2>
      <div class="toolbar" part="filters">
        <portico-select name="status" label=${msg('Status', { id: 'billing.invoices.status' })} .value=${this.status}
          .options=${[{ value: '', label: msg('All', { id: 'billing.all' }) }, ...INVOICE_STATUS_LIST.map((s) => ({ value: s, label: statusLabel(s) }))]}
          @portico-change=${(e: CustomEvent<{ value: InvoiceStatus | '' }>) => (this.status = e.detail.value)}></portico-select>
      </div>
      ${renderResource(this.invoices, (page) => html`<portico-data-table part="table" label=${heading} .columns=${this.#columns()} .rows=${page.items}
          ?has-more=${!!page.nextCursor} ?loading=${this.loadingMore} @portico-load-more=${() => this.#loadMore()}></portico-data-table>`, {
        empty: () => html`<portico-empty-state heading=${msg('No invoices', { id: 'billing.invoices.empty' })}>
          ${this.status ? msg('No invoice has this status.', { id: 'billing.invoices.empty.filtered' }) : msg('Invoices appear here once they are issued.', { id: 'billing.invoices.empty.body' })}</portico-empty-state>`,
      })}
      ${this.#staffManages ? this.#dialogs() : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-invoices': PorticoInvoices;
  }
}
