import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg } from '@lit/localize';
import type { PorticoClient } from '@portico/sdk';
import {
  PorticoElement, ResourceController, clientContext, formatDateTime, formatRelativeTime, hasPermission, isStaff, localeContext, renderResource, sessionContext, toast,
  type DataTableColumn, type Locale, type Session,
} from '@portico/widgets';
import { dealPermissions } from '@portico/plugin-deals/public';
import { QUESTION_STATUSES, mayAsk, pageStyles, problemText, statusBadge, statusLabel, updatedBadge, type Category, type QuestionListQuery, type QuestionStatus, type QuestionSummary } from './shared.js';

/** `?status=answered` in the address (the home dashboard's link), when it names a status. */
function statusInAddress(): QuestionStatus | '' {
  const value = new URLSearchParams(globalThis.location?.search ?? '').get('status') ?? '';
  return (QUESTION_STATUSES as readonly string[]).includes(value) ? (value as QuestionStatus) : '';
}

/**
 * The organisation's questions (`/questions`; staff: every partner's), newest first: subject, status
 * badge (open, answered, closed; "updated" when an answer changed), category, linked deal, who asked
 * and how long ago; filters by status (from `?status=` when opened with one), category and "asked by
 * me"; cursor paging. Those who may ask get "Ask a question", also in the empty state; staff get
 * links to the queue and the categories.
 *
 * Embedded on a deal's page as `<portico-question-list deal-id="…" compact>`: only that deal's
 * questions, no filters, few columns, and "Ask about this deal".
 *
 * @attr deal-id - Only the questions linked to this deal.
 * @attr compact - The embedded form: no heading or filters, subject, status and age only.
 * @fires portico-navigate - "Ask a question" (detail `{ path: '/questions/new' }`).
 * @csspart filters, table
 */
@customElement('portico-question-list')
export class PorticoQuestionList extends PorticoElement {
  static override styles = [...PorticoElement.styles, pageStyles];

  @property({ attribute: 'deal-id' }) accessor dealId: string | undefined = undefined;
  @property({ type: Boolean, reflect: true }) accessor compact = false;
  @consume({ context: clientContext, subscribe: true }) @state() accessor client = undefined as unknown as PorticoClient;
  @consume({ context: sessionContext, subscribe: true }) @state() accessor session: Session | null = null;
  @consume({ context: localeContext, subscribe: true }) @state() accessor locale: Locale = 'en';
  @state() accessor status: QuestionStatus | '' = '';
  @state() accessor categoryId = '';
  @state() accessor mine = false;
  @state() accessor rows: QuestionSummary[] = [];
  @state() accessor nextCursor: string | null = null;
  @state() accessor loadingMore = false;

  override connectedCallback(): void {
    super.connectedCallback();
    // The page opened filtered by its address; never the compact list on a deal's page.
    if (!this.compact && !this.status) this.status = statusInAddress();
  }

  readonly questions = new ResourceController(this, {
    args: () => [this.client, this.dealId, this.status, this.categoryId, this.mine] as const,
    enabled: ([client]) => !!client,
    load: async (_args, signal) => {
      const page = await this.client.list('/questions', { query: this.#query(), signal });
      this.rows = page.items;
      this.nextCursor = page.nextCursor;
      return page;
    },
  });

  readonly categories = new ResourceController(this, {
    args: () => [this.client, this.compact] as const,
    enabled: ([client, compact]) => !!client && !compact,
    isEmpty: () => false,
    // The filter is a convenience: the list works without it.
    load: ([client], signal) => client.list('/question-categories', { query: { limit: 100 }, signal }).then((p) => p.items, () => []),
  });

  #query(): QuestionListQuery {
    return {
      sort: 'newest',
      dealId: this.dealId || undefined,
      status: this.status || undefined,
      categoryId: this.categoryId || undefined,
      askedBy: this.mine ? 'me' : undefined,
    };
  }

  async #loadMore() {
    this.loadingMore = true;
    try {
      const page = await this.client.list('/questions', { query: this.#query(), cursor: this.nextCursor });
      this.rows = [...this.rows, ...page.items];
      this.nextCursor = page.nextCursor;
    } catch (error) {
      toast(problemText(error), { variant: 'danger' });
    } finally {
      this.loadingMore = false;
    }
  }

  get #askPath(): string {
    return this.dealId ? `/questions/new?dealId=${encodeURIComponent(this.dealId)}` : '/questions/new';
  }

  #ask = () => this.emit('portico-navigate', { path: this.#askPath });

  /** A link for those who may open deals; the name alone for the others (a `technical` member). */
  #dealName(deal: NonNullable<QuestionSummary['deal']>) {
    const name = `${deal.customerName} — ${deal.title}`;
    return hasPermission(this.session, dealPermissions.read) ? html`<a href=${`/deals/${deal.id}`}>${name}</a>` : name;
  }

  #age(q: QuestionSummary) {
    return html`<time datetime=${q.createdAt} title=${formatDateTime(q.createdAt, this.locale)}>${formatRelativeTime(q.createdAt, this.locale)}</time>`;
  }

  #columns(): DataTableColumn<QuestionSummary>[] {
    const subject: DataTableColumn<QuestionSummary> = {
      key: 'subject',
      label: () => msg('Question', { id: 'questions.list.question' }),
      render: (q) => html`<a href=${`/questions/${q.id}`}>${q.subject}</a>${!this.compact && q.deal
        ? html`<br /><span class="muted">${msg('Deal:', { id: 'questions.list.deal-prefix' })} ${this.#dealName(q.deal)}</span>`
        : nothing}`,
    };
    const status: DataTableColumn<QuestionSummary> = {
      key: 'status',
      label: () => msg('Status', { id: 'questions.list.status' }),
      render: (q) => html`${statusBadge(q.status)}${q.status !== 'open' ? updatedBadge(q.answerVersion) : nothing}`,
    };
    const age: DataTableColumn<QuestionSummary> = { key: 'createdAt', label: () => msg('Asked', { id: 'questions.list.asked' }), render: (q) => this.#age(q) };
    if (this.compact) return [subject, status, age];
    const columns: (DataTableColumn<QuestionSummary> | false)[] = [
      subject,
      isStaff(this.session) && { key: 'partner', label: () => msg('Partner', { id: 'questions.list.partner' }), render: (q) => q.partner.name },
      status,
      { key: 'category', label: () => msg('Category', { id: 'questions.list.category' }), render: (q) => q.category?.name ?? '—' },
      { key: 'askedBy', label: () => msg('Asked by', { id: 'questions.list.asked-by' }), render: (q) => q.askedBy?.name ?? msg('A former member', { id: 'questions.former-member' }) },
      age,
    ];
    return columns.filter((c): c is DataTableColumn<QuestionSummary> => !!c);
  }

  #filters() {
    const categories = this.categories.value ?? [];
    return html`<div class="toolbar" part="filters">
      <portico-select name="status" label=${msg('Status', { id: 'questions.list.status' })} .value=${this.status}
        .options=${[{ value: '', label: msg('All', { id: 'questions.all' }) }, ...QUESTION_STATUSES.map((s) => ({ value: s, label: statusLabel(s) }))]}
        @portico-change=${(e: CustomEvent<{ value: string }>) => (this.status = e.detail.value as QuestionStatus | '')}></portico-select>
      ${categories.length
        ? html`<portico-select name="categoryId" label=${msg('Category', { id: 'questions.list.category' })} .value=${this.categoryId}
            .options=${[{ value: '', label: msg('All', { id: 'questions.all' }) }, ...categories.map((c) => ({ value: c.id, label: c.name }))]}
            @portico-change=${(e: CustomEvent<{ value: string }>) => (this.categoryId = e.detail.value)}></portico-select>`
        : nothing}
      ${isStaff(this.session)
        ? nothing
        : html`<portico-checkbox name="mine" label=${msg('Only the questions I asked', { id: 'questions.list.mine' })} ?checked=${this.mine}
            @portico-change=${(e: CustomEvent<{ checked: boolean }>) => (this.mine = e.detail.checked)}></portico-checkbox>`}
    </div>`;
  }

  #table(label: string) {
    return html`<portico-data-table part="table" label=${label} .columns=${this.#columns()} .rows=${this.rows}
      ?has-more=${!!this.nextCursor} ?loading=${this.loadingMore} @portico-load-more=${() => this.#loadMore()}></portico-data-table>`;
  }

  #renderCompact() {
    const label = msg('Questions about this deal', { id: 'questions.list.deal-questions' });
    const askLink = mayAsk(this.session) ? html`<a href=${this.#askPath}>${msg('Ask about this deal', { id: 'questions.list.ask-deal' })}</a>` : nothing;
    return html`${renderResource(this.questions, () => html`${this.#table(label)}<p>${askLink}</p>`, {
      empty: () => html`<portico-empty-state heading=${msg('No questions about this deal yet', { id: 'questions.list.deal-empty' })}>
        ${msg('Technical questions about this deal, and their answers, show here.', { id: 'questions.list.deal-empty.body' })}
        ${mayAsk(this.session) ? html`<span slot="action">${askLink}</span>` : nothing}
      </portico-empty-state>`,
    })}`;
  }

  protected override render() {
    if (this.compact) return this.#renderCompact();
    const filtered = !!(this.status || this.categoryId || this.mine);
    const title = msg('Questions', { id: 'questions.title' });
    return html`<div class="heading">
        <h1>${title}</h1>
        <div class="actions">
          ${hasPermission(this.session, 'questions.answer') ? html`<a href="/questions/queue">${msg('Question queue', { id: 'questions.queue.title' })}</a>` : nothing}
          ${isStaff(this.session) && hasPermission(this.session, 'questions.categories.manage')
            ? html`<a href="/questions/categories">${msg('Categories', { id: 'questions.categories.title' })}</a>`
            : nothing}
          ${mayAsk(this.session) ? html`<portico-button @click=${this.#ask}>${msg('Ask a question', { id: 'questions.form.title' })}</portico-button>` : nothing}
        </div>
      </div>
      ${this.#filters()}
      ${renderResource(this.questions, () => this.#table(title), {
        empty: () => html`<portico-empty-state heading=${filtered ? msg('No question matches', { id: 'questions.list.no-match' }) : msg('No questions yet', { id: 'questions.list.empty' })}>
          ${filtered
            ? msg('Try another status or category.', { id: 'questions.list.no-match.body' })
            : msg('Ask the vendor’s team about products, integrations or a deal: the answer comes here and by email.', { id: 'questions.list.empty.body' })}
          ${mayAsk(this.session) && !filtered ? html`<portico-button slot="action" @click=${this.#ask}>${msg('Ask a question', { id: 'questions.form.title' })}</portico-button>` : nothing}
        </portico-empty-state>`,
      })}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-question-list': PorticoQuestionList;
  }
}
