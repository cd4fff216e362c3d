import { html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg, str } from '@lit/localize';
import type { PorticoClient } from '@portico/sdk';
import {
  PorticoElement, ResourceController, applyProblem, clearProblem, clientContext, formatDate, formatMoney, hasPermission, isProblem, isStaff,
  localeContext, readField, renderResource, sessionContext, toast,
  type DataTableColumn, type Locale, type PorticoDialog, type Session,
} from '@portico/widgets';
import { P } from '../permissions.js';
import {
  REFERRAL_STATUSES, pageStyles, problemText, statusBadge, statusLabel,
  type DecideReferral, type Referral, type ReferralDecision, type ReferralPage, type ReferralStatus,
} from './shared.js';

/**
 * The referrals the person may see, newest first (a partner's people: their organisation's; staff:
 * every partner's): company, contact, status with the decision's reason, the fee once accepted (in
 * its currency), the date; a status filter and "Load more" for the next page. Those who may refer get
 * a link to the form (also in the empty state). Staff holding `referrals.decide` accept or decline
 * pending referrals in a dialog; declining asks for a reason, which the partner reads, and the
 * server's field errors are shown on the dialog's fields.
 *
 * @fires portico-referral-changed - After a decision (detail `{ referral }`: as the server now has it).
 * @csspart filters, table, decisions
 */
@customElement('portico-referral-list')
export class PorticoReferralList extends PorticoElement {
  static override styles = [...PorticoElement.styles, pageStyles];

  @consume({ context: clientContext, subscribe: true }) @state() accessor client = undefined as unknown as PorticoClient;
  @consume({ context: sessionContext, subscribe: true }) @state() accessor session: Session | null = null;
  @consume({ context: localeContext, subscribe: true }) @state() accessor locale: Locale = 'en';
  @state() accessor status: ReferralStatus | '' = '';
  @state() accessor rows: Referral[] = [];
  @state() accessor nextCursor: string | null = null;
  @state() accessor loadingMore = false;
  @state() accessor deciding: { referral: Referral; decision: ReferralDecision } | null = null;
  @state() accessor saving = false;
  @state() accessor message = '';
  @query('portico-dialog') private accessor dialog!: PorticoDialog;

  readonly referrals = new ResourceController(this, {
    args: () => [this.client, this.status] as const,
    enabled: ([client]) => !!client,
    load: async ([client, status], signal) => {
      const page = await client.call<ReferralPage>('GET', '/referrals', { query: { status: status || undefined }, signal });
      this.rows = page.items;
      this.nextCursor = page.nextCursor;
      return page;
    },
  });

  get #staff(): boolean {
    return isStaff(this.session);
  }

  get #canSubmit(): boolean {
    return !this.#staff && hasPermission(this.session, P.submit);
  }

  get #mayDecide(): boolean {
    return this.#staff && hasPermission(this.session, P.decide);
  }

  async #loadMore() {
    if (!this.nextCursor || this.loadingMore) return;
    this.loadingMore = true;
    try {
      const page = await this.client.call<ReferralPage>('GET', '/referrals', { query: { status: this.status || undefined, cursor: this.nextCursor } });
      this.rows = [...this.rows, ...page.items];
      this.nextCursor = page.nextCursor;
    } catch (error) {
      toast(problemText(error), { variant: 'danger' });
    } finally {
      this.loadingMore = false;
    }
  }

  #open(referral: Referral, decision: ReferralDecision) {
    this.deciding = { referral, decision };
    this.message = '';
    const form = this.renderRoot.querySelector('portico-dialog form');
    if (form) {
      clearProblem(form);
      form.querySelector<HTMLElement & { value: string }>('[name="reason"]')!.value = '';
    }
    this.dialog.show();
  }

  #decide = async (event: Event) => {
    event.preventDefault();
    if (!this.deciding || this.saving) return;
    const { referral, decision } = this.deciding;
    const form = event.target as HTMLFormElement;
    clearProblem(form);
    this.message = '';
    const reason = readField(form, 'reason');
    // The server says what is missing (a decline without a reason is a 400 naming /reason).
    const body: DecideReferral = reason ? { decision, reason } : { decision };
    this.saving = true;
    try {
      const updated = await this.client.call<Referral>('POST', `/referrals/${encodeURIComponent(referral.id)}/decision`, { body });
      this.rows = this.rows.map((row) => (row.id === updated.id ? updated : row));
      this.dialog.close();
      toast(
        decision === 'accepted'
          ? msg(str`The referral of ${referral.company} is accepted.`, { id: 'referrals.decision.accepted' })
          : msg(str`The referral of ${referral.company} is declined.`, { id: 'referrals.decision.declined' }),
        { variant: 'success' },
      );
      this.emit('portico-referral-changed', { referral: updated });
    } catch (error) {
      this.message = isProblem(error) ? applyProblem(error, form).join(' ') : problemText(error);
    } finally {
      this.saving = false;
    }
  };

  #columns(): DataTableColumn<Referral>[] {
    const columns: (DataTableColumn<Referral> | false)[] = [
      {
        key: 'company',
        label: () => msg('Company', { id: 'referrals.list.company' }),
        render: (r) => html`<strong>${r.company}</strong>${r.notes ? html`<br /><span class="muted">${r.notes}</span>` : nothing}`,
      },
      this.#staff && { key: 'partnerName', label: () => msg('Partner', { id: 'referrals.list.partner' }), render: (r) => r.partnerName },
      {
        key: 'contact',
        label: () => msg('Contact', { id: 'referrals.list.contact' }),
        render: (r) => html`${r.contactName}<br /><a href=${`mailto:${r.contactEmail}`}>${r.contactEmail}</a>`,
      },
      {
        key: 'status',
        label: () => msg('Status', { id: 'referrals.list.status' }),
        render: (r) => html`${statusBadge(r.status)}${r.decisionReason ? html`<br /><span class="muted">${r.decisionReason}</span>` : nothing}`,
      },
      {
        key: 'fee',
        align: 'end',
        label: () => msg('Fee', { id: 'referrals.list.fee' }),
        render: (r) => (r.status === 'accepted' && r.feeMinor !== null && r.currency ? formatMoney(r.feeMinor, r.currency, this.locale) : '—'),
      },
      {
        key: 'createdAt',
        label: () => msg('Referred', { id: 'referrals.list.referred' }),
        render: (r) => html`${formatDate(r.createdAt, this.locale)}<br /><span class="muted">${r.submittedBy.name}</span>`,
      },
      this.#mayDecide && {
        key: 'decide',
        label: () => msg('Decision', { id: 'referrals.list.decision' }),
        render: (r) =>
          r.status === 'pending'
            ? html`<div class="actions" part="decisions">
                <portico-button label=${msg(str`Accept the referral of ${r.company}`, { id: 'referrals.accept.label' })} @click=${() => this.#open(r, 'accepted')}>
                  ${msg('Accept', { id: 'referrals.accept' })}
                </portico-button>
                <portico-button variant="danger" label=${msg(str`Decline the referral of ${r.company}`, { id: 'referrals.decline.label' })} @click=${() => this.#open(r, 'declined')}>
                  ${msg('Decline', { id: 'referrals.decline' })}
                </portico-button>
              </div>`
            : '',
      },
    ];
    return columns.filter((c): c is DataTableColumn<Referral> => !!c);
  }

  #dialog() {
    const deciding = this.deciding;
    const declining = deciding?.decision === 'declined';
    const title = deciding
      ? declining
        ? msg(str`Decline the referral of ${deciding.referral.company}`, { id: 'referrals.decline.label' })
        : msg(str`Accept the referral of ${deciding.referral.company}`, { id: 'referrals.accept.label' })
      : '';
    return html`<portico-dialog label=${title} @portico-close=${() => (this.deciding = null)}>
      <form novalidate @submit=${this.#decide}>
        ${declining
          ? html`<p>${msg('The partner reads the reason you give.', { id: 'referrals.decline.hint' })}</p>`
          : html`<p>${msg('Accepting fixes the referral fee set in the settings now; later changes of the fee do not alter it.', { id: 'referrals.accept.hint' })}</p>`}
        <portico-field name="reason" type="textarea" ?required=${declining}
          label=${declining ? msg('Reason', { id: 'referrals.decline.reason' }) : msg('Note to the partner (optional)', { id: 'referrals.accept.note' })}></portico-field>
        ${this.message ? html`<p class="alert" role="alert">${this.message}</p>` : nothing}
        <div class="actions">
          <portico-button type="submit" variant=${declining ? 'danger' : 'primary'} ?loading=${this.saving}>
            ${declining ? msg('Decline', { id: 'referrals.decline' }) : msg('Accept', { id: 'referrals.accept' })}
          </portico-button>
          <portico-button variant="secondary" @click=${() => this.dialog.close()}>${msg('Cancel', { id: 'referrals.cancel' })}</portico-button>
        </div>
      </form>
    </portico-dialog>`;
  }

  protected override render() {
    const submitLink = html`<a href="/referrals/new">${msg('Refer a customer', { id: 'referrals.form.title' })}</a>`;
    return html`<div class="heading">
        <h1>${msg('Referrals', { id: 'referrals.nav' })}</h1>
        <div class="actions">${this.#canSubmit ? submitLink : nothing}</div>
      </div>
      <div class="toolbar" part="filters">
        <portico-select name="status" label=${msg('Status', { id: 'referrals.list.status' })} .value=${this.status}
          .options=${[{ value: '', label: msg('All', { id: 'referrals.all' }) }, ...REFERRAL_STATUSES.map((s) => ({ value: s, label: statusLabel(s) }))]}
          @portico-change=${(e: CustomEvent<{ value: string }>) => (this.status = e.detail.value as ReferralStatus | '')}></portico-select>
      </div>
      ${renderResource(
        this.referrals,
        () => html`<portico-data-table part="table" label=${msg('Referrals', { id: 'referrals.nav' })} .columns=${this.#columns()} .rows=${this.rows}
          ?has-more=${!!this.nextCursor} ?loading=${this.loadingMore} @portico-load-more=${() => this.#loadMore()}></portico-data-table>`,
        {
          empty: () => html`<portico-empty-state heading=${this.status ? msg('No referral has this status', { id: 'referrals.list.no-match' }) : msg('No referrals yet', { id: 'referrals.list.empty' })}>
            ${this.#canSubmit
              ? msg('Know a company that needs us? Refer it: you earn a fee when we accept it.', { id: 'referrals.list.empty.body' })
              : this.#staff
                ? msg('Referrals from partners appear here.', { id: 'referrals.list.empty.staff' })
                : msg('Your organisation’s referrals appear here.', { id: 'referrals.list.empty.member' })}
            ${this.#canSubmit && !this.status ? html`<span slot="action">${submitLink}</span>` : nothing}
          </portico-empty-state>`,
        },
      )}
      ${this.#mayDecide ? this.#dialog() : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-referral-list': PorticoReferralList;
  }
}
