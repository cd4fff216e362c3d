import { css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg, str } from '@lit/localize';
import type { PorticoClient } from '@portico/sdk';
import {
  PorticoElement, clearProblem, clientContext, formatDate, formatMoney, hasPermission, isProblem, localeContext, readField, sessionContext, toast,
  type Locale, type PorticoDialog, type Session,
} from '@portico/widgets';
import { applyDealProblem, pageStyles, problemText, statusBadge, type CompetingDeal, type Deal } from './shared.js';

type Decision = 'approve' | 'reject' | 'extend';

/**
 * The staff's review block of a deal: why it is flagged (competing registrations of other partners,
 * a customer outside the partner's territory), the competing registrations side by side with this
 * one, and — with `deals.review` — approve (optional note), reject (a reason, which the partner
 * reads) and extend an approved registration. Used inside `<portico-deal-detail>`.
 *
 * @prop deal - The deal as staff read it (with `review.competing`).
 * @fires portico-deal-changed - After a decision (detail `{ deal }`: the deal as the server now has it).
 * @csspart flags, comparison, card, decisions
 */
@customElement('portico-deal-review')
export class PorticoDealReview extends PorticoElement {
  static override styles = [
    ...PorticoElement.styles,
    pageStyles,
    css`
      section {
        border: 1px solid var(--portico-color-border, #ccc);
        border-radius: var(--portico-radius, 4px);
        padding: var(--portico-space-4, 1rem);
        background: var(--portico-color-surface-alt, #f7f7f7);
      }
      h2 {
        margin-block-start: 0;
      }
      .comparison {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
        gap: var(--portico-space-3, 0.75rem);
        margin-block: var(--portico-space-3, 0.75rem);
      }
      article {
        background: var(--portico-color-surface, #fff);
        border: 1px solid var(--portico-color-border, #ccc);
        border-radius: var(--portico-radius, 4px);
        padding: var(--portico-space-3, 0.75rem);
      }
      article.this {
        border-color: var(--portico-color-primary, #2456d3);
      }
      h3 {
        margin: 0 0 var(--portico-space-2, 0.5rem);
        font-size: 1rem;
      }
    `,
  ];

  @property({ attribute: false }) accessor deal: Deal | null = null;
  @consume({ context: clientContext, subscribe: true }) @state() accessor client = undefined as unknown as PorticoClient;
  @consume({ context: sessionContext, subscribe: true }) @state() accessor session: Session | null = null;
  @consume({ context: localeContext, subscribe: true }) @state() accessor locale: Locale = 'en';
  @state() accessor deciding: Decision | null = null;
  @state() accessor saving = false;
  @state() accessor message = '';
  @query('portico-dialog') private accessor dialog!: PorticoDialog;

  #open(decision: Decision) {
    this.deciding = decision;
    this.message = '';
    const form = this.renderRoot.querySelector('portico-dialog form');
    if (form) clearProblem(form);
    this.dialog.show();
  }

  #decide = async (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const decision = this.deciding!;
    const deal = this.deal!;
    clearProblem(form);
    this.message = '';
    const reason = readField(form, 'reason');
    if (decision === 'reject' && !reason) {
      const field = form.querySelector<HTMLElement & { error: string }>('[name=reason]')!;
      field.error = msg('Say why: the partner reads this reason.', { id: 'deals.review.reason-required' });
      field.focus();
      return;
    }
    const body = decision === 'extend' ? { days: Number(readField(form, 'days')) || readField(form, 'days') } : reason ? { reason } : {};
    this.saving = true;
    try {
      const updated = await this.client.post(`/deals/{id}/${decision}`, { params: { id: deal.id }, body });
      this.dialog.close();
      toast(
        {
          approve: () => msg(str`${deal.customerName} is approved.`, { id: 'deals.review.approved' }),
          reject: () => msg(str`${deal.customerName} is rejected.`, { id: 'deals.review.rejected' }),
          extend: () => msg(str`${deal.customerName} stays protected longer.`, { id: 'deals.review.extended' }),
        }[decision](),
        { variant: 'success' },
      );
      this.emit('portico-deal-changed', { deal: updated });
    } catch (error) {
      this.message = isProblem(error) ? applyDealProblem(error, form).join(' ') : problemText(error);
    } finally {
      this.saving = false;
    }
  };

  #card(deal: Deal | CompetingDeal, current: boolean) {
    const partner = 'partnerName' in deal ? deal.partnerName : deal.review?.partnerName;
    const by = 'submittedByName' in deal ? deal.submittedByName : deal.submittedBy.name;
    return html`<article part="card" class=${current ? 'this' : ''}>
      <h3>${current ? msg('This registration', { id: 'deals.review.this' }) : html`<a href=${`/deals/${deal.id}`}>${partner}</a>`}</h3>
      <dl>
        <dt>${msg('Partner', { id: 'deals.list.partner' })}</dt><dd>${partner}</dd>
        <dt>${msg('Customer', { id: 'deals.list.customer' })}</dt><dd>${deal.customerName}${deal.customerDomain ? html`<br /><span class="muted">${deal.customerDomain}</span>` : nothing}</dd>
        <dt>${msg('Deal', { id: 'deals.review.deal' })}</dt><dd>${deal.title}</dd>
        <dt>${msg('Amount', { id: 'deals.list.amount' })}</dt><dd>${formatMoney(deal.amount.minor, deal.amount.currency, this.locale)}</dd>
        <dt>${msg('Status', { id: 'deals.list.status' })}</dt><dd>${statusBadge(deal.status)}</dd>
        <dt>${msg('Submitted', { id: 'deals.list.submitted' })}</dt><dd>${formatDate(deal.createdAt, this.locale)} · ${by}</dd>
        ${deal.expiresAt && deal.status === 'approved' ? html`<dt>${msg('Protected until', { id: 'deals.list.expires' })}</dt><dd>${formatDate(deal.expiresAt, this.locale)}</dd>` : nothing}
      </dl>
    </article>`;
  }

  #dialog() {
    const labels = {
      approve: () => msg('Approve this deal', { id: 'deals.review.approve.title' }),
      reject: () => msg('Reject this deal', { id: 'deals.review.reject.title' }),
      extend: () => msg('Extend the registration', { id: 'deals.review.extend.title' }),
    };
    const decision = this.deciding;
    return html`<portico-dialog label=${decision ? labels[decision]() : ''} @portico-close=${() => (this.deciding = null)}>
      ${decision
        ? html`<form novalidate @submit=${this.#decide}>
            ${decision === 'extend'
              ? html`<portico-field name="days" type="number" min="1" max="365" required value="30"
                  label=${msg('Days to add', { id: 'deals.review.days' })}></portico-field>`
              : html`<portico-field name="reason" type="textarea" ?required=${decision === 'reject'}
                  label=${decision === 'reject' ? msg('Reason (the partner reads it)', { id: 'deals.review.reason' }) : msg('Note to the partner (optional)', { id: 'deals.review.note' })}></portico-field>`}
            ${this.message ? html`<p class="alert" role="alert">${this.message}</p>` : nothing}
            <div class="actions">
              <portico-button type="submit" variant=${decision === 'reject' ? 'danger' : 'primary'} ?loading=${this.saving}>${labels[decision]()}</portico-button>
              <portico-button variant="secondary" @click=${() => this.dialog.close()}>${msg('Cancel', { id: 'deals.cancel' })}</portico-button>
            </div>
          </form>`
        : nothing}
    </portico-dialog>`;
  }

  protected override render() {
    const deal = this.deal;
    const review = deal?.review;
    if (!deal || !review) return nothing;
    const competing = review.competing ?? [];
    const mayDecide = hasPermission(this.session, 'deals.review');
    return html`<section aria-labelledby="review-heading">
      <h2 id="review-heading">${msg('Review', { id: 'deals.review.heading' })}</h2>
      <p part="flags">
        ${review.flagged ? html`<portico-badge variant="warning">${msg('Flagged', { id: 'deals.flagged' })}</portico-badge>` : html`<portico-badge variant="success">${msg('No conflict found', { id: 'deals.review.clear' })}</portico-badge>`}
        ${review.outOfTerritory ? html`<portico-badge variant="warning">${msg('Outside the partner’s territory', { id: 'deals.review.out-of-territory' })}</portico-badge>` : nothing}
      </p>
      ${competing.length
        ? html`<p>${msg(str`Other partners registered the same customer (${competing.length}). Compare before deciding.`, { id: 'deals.review.competing' })}</p>
            <div class="comparison" part="comparison">${this.#card(deal, true)}${competing.map((c) => this.#card(c, false))}</div>`
        : nothing}
      ${mayDecide
        ? html`<div class="actions" part="decisions">
            ${deal.status === 'pending'
              ? html`<portico-button @click=${() => this.#open('approve')}>${msg('Approve', { id: 'deals.review.approve' })}</portico-button>
                  <portico-button variant="danger" @click=${() => this.#open('reject')}>${msg('Reject', { id: 'deals.review.reject' })}</portico-button>`
              : nothing}
            ${deal.status === 'approved' ? html`<portico-button variant="secondary" @click=${() => this.#open('extend')}>${msg('Extend', { id: 'deals.review.extend' })}</portico-button>` : nothing}
          </div>`
        : nothing}
      ${this.#dialog()}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-deal-review': PorticoDealReview;
  }
}
