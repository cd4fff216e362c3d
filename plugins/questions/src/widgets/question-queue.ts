import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg } from '@lit/localize';
import type { PorticoClient } from '@portico/sdk';
import {
  PorticoElement, ResourceController, clientContext, formatDateTime, formatRelativeTime, hasPermission, localeContext, renderResource, sessionContext, toast,
  type DataTableColumn, type Locale, type Session,
} from '@portico/widgets';
import { accessPermissions } from '@portico/plugin-access/public';
import { dayBoundary, pageStyles, problemText, statusBadge, updatedBadge, type Category, type QuestionSummary, type Ref } from './shared.js';

type Show = 'all' | 'open' | 'unanswered' | 'answered' | 'closed';
type Sort = 'attention' | 'oldest' | 'newest';
type Assignee = '' | 'me' | 'none';

/**
 * The staff's question queue (`/questions/queue`, `questions.answer`): questions across partners,
 * open ones first and the oldest first among them (`sort=attention`), with filters by status
 * ("never answered" too), partner, category, assignee (me / nobody) and the day asked; cursor paging.
 * A question opens on its page, where it is answered and assigned.
 *
 * @csspart filters, table
 */
@customElement('portico-question-queue')
export class PorticoQuestionQueue extends PorticoElement {
  static override styles = [...PorticoElement.styles, pageStyles];

  @consume({ context: clientContext, subscribe: true }) @state() accessor client = undefined as unknown as PorticoClient;
  @consume({ context: sessionContext, subscribe: true }) @state() accessor session: Session | null = null;
  @consume({ context: localeContext, subscribe: true }) @state() accessor locale: Locale = 'en';
  @state() accessor show: Show = 'all';
  @state() accessor sort: Sort = 'attention';
  @state() accessor partnerId = '';
  @state() accessor categoryId = '';
  @state() accessor assignee: Assignee = '';
  @state() accessor from = '';
  @state() accessor to = '';
  @state() accessor rows: QuestionSummary[] = [];
  @state() accessor nextCursor: string | null = null;
  @state() accessor loadingMore = false;

  readonly questions = new ResourceController(this, {
    args: () => [this.client, this.show, this.sort, this.partnerId, this.categoryId, this.assignee, this.from, this.to] as const,
    enabled: ([client]) => !!client,
    load: async (_args, signal) => {
      const page = await this.client.list('/questions', { query: this.#query(), signal });
      this.rows = page.items;
      this.nextCursor = page.nextCursor;
      return page;
    },
  });

  /** Partners and categories for the filters: conveniences, the queue works without them. */
  readonly choices = new ResourceController(this, {
    args: () => [this.client, hasPermission(this.session, accessPermissions.partnersRead)] as const,
    enabled: ([client]) => !!client,
    isEmpty: () => false,
    load: async ([client, partnersAllowed], signal) => {
      const none = () => [] as Ref[];
      const [partners, categories] = await Promise.all([
        partnersAllowed ? client.list('/access/partners', { query: { limit: 100 }, signal }).then((p) => p.items, none) : none(),
        client.list('/question-categories', { query: { limit: 100 }, signal }).then((p) => p.items, () => [] as Category[]),
      ]);
      return { partners, categories };
    },
  });

  #query() {
    const status = this.show === 'all' || this.show === 'unanswered' ? undefined : this.show;
    return {
      sort: this.sort,
      status,
      unanswered: this.show === 'unanswered' ? true : undefined,
      partnerId: this.partnerId || undefined,
      categoryId: this.categoryId || undefined,
      assigneeId: this.assignee === 'me' ? this.session?.person.id : this.assignee || undefined,
      askedAfter: dayBoundary(this.from),
      askedBefore: dayBoundary(this.to, true),
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

  #columns(): DataTableColumn<QuestionSummary>[] {
    return [
      {
        key: 'subject',
        label: () => msg('Question', { id: 'questions.list.question' }),
        render: (q) => html`<a href=${`/questions/${q.id}`}>${q.subject}</a>${q.deal
          ? html`<br /><span class="muted">${msg('Deal:', { id: 'questions.list.deal-prefix' })} ${q.deal.customerName} — ${q.deal.title}</span>`
          : nothing}`,
      },
      { key: 'partner', label: () => msg('Partner', { id: 'questions.list.partner' }), render: (q) => q.partner.name },
      { key: 'status', label: () => msg('Status', { id: 'questions.list.status' }), render: (q) => html`${statusBadge(q.status)}${q.status !== 'open' ? updatedBadge(q.answerVersion) : nothing}` },
      { key: 'category', label: () => msg('Category', { id: 'questions.list.category' }), render: (q) => q.category?.name ?? '—' },
      {
        key: 'assignee',
        label: () => msg('Assigned to', { id: 'questions.assign.label' }),
        render: (q) => (q.assignee ? (q.assignee.id === this.session?.person.id ? msg('Me', { id: 'questions.queue.me' }) : q.assignee.name) : html`<span class="muted">${msg('Nobody', { id: 'questions.assign.nobody' })}</span>`),
      },
      {
        key: 'createdAt',
        label: () => msg('Asked', { id: 'questions.list.asked' }),
        render: (q) => html`<time datetime=${q.createdAt} title=${formatDateTime(q.createdAt, this.locale)}>${formatRelativeTime(q.createdAt, this.locale)}</time>`,
      },
    ];
  }

  #filters() {
    const { partners = [], categories = [] } = this.choices.value ?? {};
    const all = msg('All', { id: 'questions.all' });
    const onChange = (apply: (value: string) => void) => (e: CustomEvent<{ value: string }>) => apply(e.detail.value);
    return html`<div class="toolbar" part="filters">
      <portico-select name="show" label=${msg('Show', { id: 'questions.queue.show' })} .value=${this.show}
        .options=${[
          { value: 'all', label: msg('Every question, open first', { id: 'questions.queue.show-all' }) },
          { value: 'open', label: msg('Open', { id: 'questions.status.open' }) },
          { value: 'unanswered', label: msg('Never answered', { id: 'questions.queue.unanswered' }) },
          { value: 'answered', label: msg('Answered', { id: 'questions.status.answered' }) },
          { value: 'closed', label: msg('Closed', { id: 'questions.status.closed' }) },
        ]}
        @portico-change=${onChange((v) => (this.show = v as Show))}></portico-select>
      ${partners.length
        ? html`<portico-select name="partnerId" label=${msg('Partner', { id: 'questions.list.partner' })} .value=${this.partnerId}
            .options=${[{ value: '', label: all }, ...partners.map((p) => ({ value: p.id, label: p.name }))]}
            @portico-change=${onChange((v) => (this.partnerId = v))}></portico-select>`
        : nothing}
      ${categories.length
        ? html`<portico-select name="categoryId" label=${msg('Category', { id: 'questions.list.category' })} .value=${this.categoryId}
            .options=${[{ value: '', label: all }, ...categories.map((c) => ({ value: c.id, label: c.name }))]}
            @portico-change=${onChange((v) => (this.categoryId = v))}></portico-select>`
        : nothing}
      <portico-select name="assignee" label=${msg('Assigned to', { id: 'questions.assign.label' })} .value=${this.assignee}
        .options=${[
          { value: '', label: msg('Anyone or nobody', { id: 'questions.queue.anyone' }) },
          { value: 'me', label: msg('Me', { id: 'questions.queue.me' }) },
          { value: 'none', label: msg('Nobody', { id: 'questions.assign.nobody' }) },
        ]}
        @portico-change=${onChange((v) => (this.assignee = v as Assignee))}></portico-select>
      <portico-field name="askedFrom" type="date" .value=${this.from} max=${this.to || nothing} label=${msg('Asked from', { id: 'questions.queue.from' })}
        @portico-change=${onChange((v) => (this.from = v))}></portico-field>
      <portico-field name="askedTo" type="date" .value=${this.to} min=${this.from || nothing} label=${msg('Asked until', { id: 'questions.queue.to' })}
        @portico-change=${onChange((v) => (this.to = v))}></portico-field>
      <portico-select name="sort" label=${msg('Order', { id: 'questions.queue.sort' })} .value=${this.sort}
        .options=${[
          { value: 'attention', label: msg('Needs attention first', { id: 'questions.queue.sort-attention' }) },
          { value: 'oldest', label: msg('Oldest first', { id: 'questions.queue.sort-oldest' }) },
          { value: 'newest', label: msg('Newest first', { id: 'questions.queue.sort-newest' }) },
        ]}
        @portico-change=${onChange((v) => (this.sort = v as Sort))}></portico-select>
    </div>`;
  }

  protected override render() {
    const filtered = this.show !== 'all' || !!(this.partnerId || this.categoryId || this.assignee || this.from || this.to);
    const title = msg('Question queue', { id: 'questions.queue.title' });
    return html`<div class="heading">
        <h1>${title}</h1>
        <div class="actions">
          <a href="/questions">${msg('All questions', { id: 'questions.queue.all-questions' })}</a>
          ${hasPermission(this.session, 'questions.categories.manage') ? html`<a href="/questions/categories">${msg('Categories', { id: 'questions.categories.title' })}</a>` : nothing}
        </div>
      </div>
      ${this.#filters()}
      ${renderResource(
        this.questions,
        () => html`<portico-data-table part="table" label=${title} .columns=${this.#columns()} .rows=${this.rows}
          ?has-more=${!!this.nextCursor} ?loading=${this.loadingMore} @portico-load-more=${() => this.#loadMore()}></portico-data-table>`,
        {
          empty: () => html`<portico-empty-state heading=${filtered ? msg('No question matches', { id: 'questions.list.no-match' }) : msg('The queue is empty', { id: 'questions.queue.empty' })}>
            ${filtered
              ? msg('Try other filters.', { id: 'questions.queue.no-match.body' })
              : msg('Partners’ questions appear here as they ask them.', { id: 'questions.queue.empty.body' })}
          </portico-empty-state>`,
        },
      )}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-question-queue': PorticoQuestionQueue;
  }
}
