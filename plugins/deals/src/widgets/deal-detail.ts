import { css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg, str } from '@lit/localize';
import type { PorticoClient } from '@portico/sdk';
import {
  PorticoElement, ResourceController, clientContext, formatDate, formatDateTime, formatMoney, hasPermission, localeContext, portalContext, renderResource,
  sessionContext, toast, type Locale, type PortalInfo, type PorticoDialog, type Session,
} from '@portico/widgets';
import { pageStyles, problemText, statusBadge, type Deal } from './shared.js';
import './deal-review.js';

function countryName(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames(locale, { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * One deal (`/deals/:dealId`, where the decision email links): customer, amount, dates, status, the
 * decision and its reason, how long an approval protects the partner. While it is pending, its
 * submitter (or a holder of `deals.partner-wide`) may edit it or withdraw it after confirming.
 * Staff see the review block (`<portico-deal-review>`): flags, competing registrations side by side,
 * approve / reject / extend. When the portal has the questions plugin, the questions linked to the
 * deal show below (`<portico-question-list deal-id compact>`, defined by that plugin).
 *
 * @attr deal-id - The deal shown.
 * @fires portico-deal-changed - After a withdrawal or a staff decision (detail `{ deal }`).
 * @fires portico-navigate - "Edit" (detail `{ path: '/deals/<id>/edit' }`).
 * @csspart summary, actions, review, questions
 */
@customElement('portico-deal-detail')
export class PorticoDealDetail extends PorticoElement {
  static override styles = [
    ...PorticoElement.styles,
    pageStyles,
    css`
      .summary {
        display: grid;
        gap: var(--portico-space-4, 1rem);
        margin-block-end: var(--portico-space-5, 1.5rem);
      }
      .reason {
        border-inline-start: 4px solid var(--portico-color-border, #ccc);
        padding-inline-start: var(--portico-space-3, 0.75rem);
        margin: 0;
      }
      .description {
        white-space: pre-wrap;
      }
    `,
  ];

  @property({ attribute: 'deal-id' }) accessor dealId: string | undefined = undefined;
  @consume({ context: clientContext, subscribe: true }) @state() accessor client = undefined as unknown as PorticoClient;
  @consume({ context: sessionContext, subscribe: true }) @state() accessor session: Session | null = null;
  @consume({ context: portalContext, subscribe: true }) @state() accessor portal: PortalInfo | null = null;
  @consume({ context: localeContext, subscribe: true }) @state() accessor locale: Locale = 'en';
  @state() accessor withdrawing = false;
  @state() accessor questionsDefined = !!customElements.get('portico-question-list');
  @query('#withdraw') private accessor withdrawDialog!: PorticoDialog;

  readonly deal = new ResourceController(this, {
    args: () => [this.client, this.dealId] as const,
    isEmpty: () => false,
    load: ([client, id], signal) => client.get('/deals/{id}', { params: { id: id! }, signal }),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.questionsDefined) void customElements.whenDefined('portico-question-list').then(() => (this.questionsDefined = true));
  }

  /** The submitter, or a holder of deals.partner-wide, may change a pending deal (the server decides too). */
  #mayChange(deal: Deal): boolean {
    if (deal.status !== 'pending' || this.session?.person.kind === 'staff' || !hasPermission(this.session, 'deals.submit')) return false;
    return deal.submittedBy.id === this.session?.person.id || hasPermission(this.session, 'deals.partner-wide');
  }

  #changed(deal: Deal) {
    // A decision's answer may leave out the competing registrations the detail had.
    const previous = this.deal.value?.review?.competing;
    if (deal.review && !deal.review.competing && previous) deal = { ...deal, review: { ...deal.review, competing: previous } };
    this.deal.value = deal;
    this.requestUpdate();
    this.emit('portico-deal-changed', { deal });
  }

  #withdraw = async () => {
    const deal = this.deal.value!;
    this.withdrawing = true;
    try {
      const updated = await this.client.post('/deals/{id}/withdraw', { params: { id: deal.id } });
      this.withdrawDialog.close();
      toast(msg(str`${deal.customerName} is withdrawn.`, { id: 'deals.detail.withdrawn' }), { variant: 'success' });
      this.#changed(updated);
    } catch (error) {
      toast(problemText(error), { variant: 'danger' });
    } finally {
      this.withdrawing = false;
    }
  };

  #decision(deal: Deal) {
    if (deal.status === 'pending') return html`<p>${msg('Waiting for the vendor’s decision.', { id: 'deals.detail.waiting' })}</p>`;
    if (deal.status === 'withdrawn') return html`<p>${msg('Withdrawn by the partner.', { id: 'deals.detail.withdrawn-note' })}</p>`;
    const when = deal.decidedAt ? formatDateTime(deal.decidedAt, this.locale) : '';
    const expiry = deal.expiresAt ? formatDate(deal.expiresAt, this.locale) : '';
    return html`${deal.status === 'rejected' ? html`<p>${msg(str`Rejected on ${when}.`, { id: 'deals.detail.rejected-on' })}</p>` : nothing}
      ${deal.status === 'approved' ? html`<p>${msg(str`Approved on ${when}. The registration protects you until ${expiry}.`, { id: 'deals.detail.approved-on' })}</p>` : nothing}
      ${deal.status === 'expired' ? html`<p>${msg(str`The registration lapsed on ${expiry}.`, { id: 'deals.detail.expired-on' })}</p>` : nothing}
      ${deal.decisionReason ? html`<blockquote class="reason">${deal.decisionReason}</blockquote>` : nothing}`;
  }

  #summary(deal: Deal) {
    const optional = (value: string | null) => value ?? html`<span class="muted">${msg('Not given', { id: 'deals.detail.not-given' })}</span>`;
    return html`<div class="summary" part="summary">
      <dl>
        <dt>${msg('Deal title', { id: 'deals.field.title' })}</dt><dd>${deal.title}</dd>
        <dt>${msg('Expected amount', { id: 'deals.field.amount' })}</dt><dd>${formatMoney(deal.amount.minor, deal.amount.currency, this.locale)}</dd>
        <dt>${msg('Expected close date', { id: 'deals.detail.close-date' })}</dt><dd>${optional(deal.closeDate && formatDate(`${deal.closeDate}T12:00:00Z`, this.locale))}</dd>
        <dt>${msg('Customer domain', { id: 'deals.detail.domain' })}</dt><dd>${optional(deal.customerDomain)}</dd>
        <dt>${msg('Customer country', { id: 'deals.detail.country' })}</dt><dd>${optional(deal.customerCountry && countryName(deal.customerCountry, this.locale))}</dd>
        <dt>${msg('Submitted', { id: 'deals.list.submitted' })}</dt><dd>${msg(str`${formatDateTime(deal.createdAt, this.locale)} by ${deal.submittedBy.name}`, { id: 'deals.detail.submitted-by' })}</dd>
      </dl>
      ${deal.description ? html`<div><h2>${msg('Description', { id: 'deals.detail.description' })}</h2><p class="description">${deal.description}</p></div>` : nothing}
      <div><h2>${msg('Decision', { id: 'deals.detail.decision' })}</h2>${this.#decision(deal)}</div>
    </div>`;
  }

  #questions(deal: Deal) {
    if (!this.portal?.plugins.some((p) => p.id === 'questions')) return nothing;
    return html`<section part="questions" aria-labelledby=${this.questionsDefined ? 'questions-heading' : nothing}>
      ${this.questionsDefined ? html`<h2 id="questions-heading">${msg('Questions about this deal', { id: 'deals.detail.questions' })}</h2>` : nothing}
      <portico-question-list deal-id=${deal.id} compact></portico-question-list>
    </section>`;
  }

  protected override render() {
    return renderResource(this.deal, (deal) => html`<div class="heading">
          <h1>${deal.customerName}</h1>
          ${statusBadge(deal.status)}
        </div>
        ${this.#summary(deal)}
        ${this.#mayChange(deal)
          ? html`<div class="actions" part="actions">
              <portico-button variant="secondary" @click=${() => this.emit('portico-navigate', { path: `/deals/${deal.id}/edit` })}>${msg('Edit', { id: 'deals.detail.edit' })}</portico-button>
              <portico-button variant="danger" @click=${() => this.withdrawDialog.show()}>${msg('Withdraw', { id: 'deals.detail.withdraw' })}</portico-button>
            </div>
            <portico-dialog id="withdraw" label=${msg('Withdraw this deal?', { id: 'deals.detail.withdraw.title' })}>
              <p>${msg('The registration ends and the vendor stops reviewing it. This cannot be undone.', { id: 'deals.detail.withdraw.body' })}</p>
              <div slot="footer" class="actions">
                <portico-button variant="secondary" @click=${() => this.withdrawDialog.close()}>${msg('Keep it', { id: 'deals.detail.keep' })}</portico-button>
                <portico-button variant="danger" ?loading=${this.withdrawing} @click=${this.#withdraw}>${msg('Withdraw', { id: 'deals.detail.withdraw' })}</portico-button>
              </div>
            </portico-dialog>`
          : nothing}
        ${deal.review ? html`<portico-deal-review part="review" .deal=${deal} @portico-deal-changed=${(e: CustomEvent<{ deal: Deal }>) => {
          e.stopPropagation();
          this.#changed(e.detail.deal);
        }}></portico-deal-review>` : nothing}
        ${this.#questions(deal)}`);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-deal-detail': PorticoDealDetail;
  }
}
