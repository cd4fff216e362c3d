import { css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { consume } from '@lit/context';
import { msg, str } from '@lit/localize';
import type { PorticoClient } from '@portico/sdk';
import {
  PorticoElement, ResourceController, applyProblem, clearProblem, clientContext, formatDateTime, hasPermission, isProblem, isStaff, localeContext, readField, renderResource, sessionContext, toast,
  type Locale, type PorticoDialog, type SelectOption, type Session,
} from '@portico/widgets';
import { accessPermissions } from '@portico/plugin-access/public';
import { dealPermissions } from '@portico/plugin-deals/public';
import { markdownPreview } from './markdown-preview.js';
import { pageStyles, problemText, statusBadge, updatedBadge, type Answer, type Page, type Question, type Ref } from './shared.js';

/**
 * HTML the server rendered from Markdown and sanitised with an allow-list (`renderMarkdown` in
 * @portico/core: raw HTML typed by a person comes out as text; event handlers and `javascript:` URLs
 * are dropped). That sanitising is the only reason it may be inserted as markup; nothing else a
 * person typed ever goes through here, and the widget never decodes or rewrites it.
 */
const serverSanitised = (bodyHtml: string) => unsafeHTML(bodyHtml);

/**
 * One question (`/questions/:questionId`, where the answer email links): subject, status, who asked
 * when, category and linked deal, the body, and the answer — marked "Updated" when it changed, with
 * the history of its versions on request. The asker (and staff who answer) close or reopen it.
 * Staff holding `questions.answer` write or update the answer (Markdown, with a preview; each change
 * is a new version and the asker is emailed); holding `questions.assign`, they assign it.
 *
 * @attr question-id - The question shown.
 * @fires portico-question-changed - After an answer, an assignment, closing or reopening (detail `{ question }`).
 * @csspart question, answer, history, staff
 */
@customElement('portico-question-detail')
export class PorticoQuestionDetail extends PorticoElement {
  static override styles = [
    ...PorticoElement.styles,
    pageStyles,
    css`
      article,
      section {
        margin-block-end: var(--portico-space-5, 1.5rem);
      }
      .answer,
      .version {
        border-inline-start: 4px solid var(--portico-color-success, #1a7f37);
        padding-inline-start: var(--portico-space-3, 0.75rem);
      }
      .version {
        border-color: var(--portico-color-border, #ccc);
        margin-block-end: var(--portico-space-4, 1rem);
      }
      ol.versions {
        list-style: none;
        padding: 0;
      }
    `,
  ];

  @property({ attribute: 'question-id' }) accessor questionId: string | undefined = undefined;
  @consume({ context: clientContext, subscribe: true }) @state() accessor client = undefined as unknown as PorticoClient;
  @consume({ context: sessionContext, subscribe: true }) @state() accessor session: Session | null = null;
  @consume({ context: localeContext, subscribe: true }) @state() accessor locale: Locale = 'en';
  @state() accessor busy: 'close' | 'reopen' | 'answer' | 'assign' | null = null;
  @state() accessor showHistory = false;
  @state() accessor draft = '';
  @state() accessor previewing = false;
  @state() accessor answerMessage = '';
  @state() accessor historyMore: Answer[] = [];
  @state() accessor historyCursor: string | null = null;
  @query('#close') private accessor closeDialog!: PorticoDialog;

  readonly question = new ResourceController(this, {
    args: () => [this.client, this.questionId] as const,
    isEmpty: () => false,
    load: async ([client, id], signal) => {
      const question = await client.get('/questions/{id}', { params: { id: id! }, signal });
      this.draft = question.answer?.body ?? '';
      return question;
    },
  });

  /** Every answer version, newest first, loaded when asked for (and again after an update). */
  readonly history = new ResourceController(this, {
    args: () => [this.client, this.questionId, this.showHistory, this.question.value?.answerVersion] as const,
    enabled: ([client, id, show]) => !!client && !!id && show,
    load: async ([client, id], signal) => {
      const page = await client.list('/questions/{id}/answers', { params: { id: id! }, signal });
      this.historyMore = [];
      this.historyCursor = page.nextCursor;
      return page;
    },
  });

  readonly staffPeople = new ResourceController(this, {
    args: () => [this.client, isStaff(this.session) && hasPermission(this.session, 'questions.assign') && hasPermission(this.session, accessPermissions.peopleRead)] as const,
    enabled: ([client, allowed]) => !!client && allowed,
    isEmpty: () => false,
    // The picker is a convenience: without the list, staff can still take a question or unassign it.
    load: ([client], signal) =>
      client.list('/access/people', { query: { kind: 'staff', status: 'active', limit: 100 }, signal }).then((p) => p.items, () => [] as Ref[]),
  });

  #changed(question: Question) {
    this.question.value = question;
    this.draft = question.answer?.body ?? this.draft;
    this.requestUpdate();
    this.emit('portico-question-changed', { question });
  }

  get #mayAnswer(): boolean {
    return isStaff(this.session) && hasPermission(this.session, 'questions.answer');
  }

  #mayCloseOrReopen(q: Question): boolean {
    return this.#mayAnswer || (!isStaff(this.session) && !!q.askedBy && q.askedBy.id === this.session?.person.id);
  }

  async #transition(action: 'close' | 'reopen') {
    const q = this.question.value!;
    this.busy = action;
    try {
      const updated = await this.client.post(`/questions/{id}/${action}`, { params: { id: q.id } });
      if (action === 'close') this.closeDialog.close();
      toast(
        action === 'close' ? msg('The question is closed.', { id: 'questions.detail.closed' }) : msg('The question is open again.', { id: 'questions.detail.reopened' }),
        { variant: 'success' },
      );
      this.#changed(updated);
    } catch (error) {
      toast(problemText(error), { variant: 'danger' });
    } finally {
      this.busy = null;
    }
  }

  #answer = async (event: Event) => {
    event.preventDefault();
    if (this.busy) return;
    const form = event.target as HTMLFormElement;
    const q = this.question.value!;
    const updating = !!q.answer;
    this.busy = 'answer';
    this.answerMessage = '';
    clearProblem(form);
    try {
      const updated = await this.client.put('/questions/{id}/answer', { params: { id: q.id }, body: { body: readField(form, 'body') } });
      const unchanged = updating && updated.answerVersion === q.answerVersion;
      toast(
        unchanged
          ? msg('The answer is unchanged.', { id: 'questions.answer.unchanged' })
          : updating
            ? msg('The answer is updated. The asker is told by email.', { id: 'questions.answer.saved-update' })
            : msg('The answer is published. The asker is told by email.', { id: 'questions.answer.saved' }),
        { variant: unchanged ? 'info' : 'success' },
      );
      this.previewing = false;
      this.#changed(updated);
    } catch (error) {
      this.answerMessage = isProblem(error) ? applyProblem(error, form).join(' ') : problemText(error);
    } finally {
      this.busy = null;
    }
  };

  #assign = async (event: CustomEvent<{ value: string }>) => {
    const q = this.question.value!;
    const select = event.target as HTMLElement & { value: string; error: string };
    select.error = '';
    this.busy = 'assign';
    try {
      const updated = await this.client.put('/questions/{id}/assignee', { params: { id: q.id }, body: { assigneeId: event.detail.value || null } });
      toast(
        updated.assignee ? msg(str`Assigned to ${updated.assignee.name}.`, { id: 'questions.assign.done' }) : msg('Nobody is assigned now.', { id: 'questions.assign.cleared' }),
        { variant: 'success' },
      );
      this.#changed(updated);
    } catch (error) {
      select.value = q.assignee?.id ?? '';
      select.error = problemText(isProblem(error) && error.errors?.length ? { ...error, detail: error.errors[0].message } : error);
    } finally {
      this.busy = null;
    }
  };

  async #moreHistory() {
    const q = this.question.value!;
    try {
      const page = await this.client.list('/questions/{id}/answers', { params: { id: q.id }, cursor: this.historyCursor });
      this.historyMore = [...this.historyMore, ...page.items];
      this.historyCursor = page.nextCursor;
    } catch (error) {
      toast(problemText(error), { variant: 'danger' });
    }
  }

  #byline(answer: Answer) {
    const who = answer.answeredBy?.name ?? msg('the vendor’s team', { id: 'questions.answer.team' });
    return msg(str`By ${who}, ${formatDateTime(answer.createdAt, this.locale)}`, { id: 'questions.answer.byline' });
  }

  #summary(q: Question) {
    const none = html`<span class="muted">—</span>`;
    return html`<dl>
      ${isStaff(this.session) ? html`<dt>${msg('Partner', { id: 'questions.list.partner' })}</dt><dd>${q.partner.name}</dd>` : nothing}
      <dt>${msg('Asked by', { id: 'questions.list.asked-by' })}</dt>
      <dd>${q.askedBy?.name ?? msg('A former member', { id: 'questions.former-member' })}, <time datetime=${q.createdAt}>${formatDateTime(q.createdAt, this.locale)}</time></dd>
      <dt>${msg('Category', { id: 'questions.list.category' })}</dt><dd>${q.category?.name ?? none}</dd>
      <dt>${msg('Deal', { id: 'questions.detail.deal' })}</dt>
      <dd>${q.deal
        ? hasPermission(this.session, dealPermissions.read)
          ? html`<a href=${`/deals/${q.deal.id}`}>${q.deal.customerName} — ${q.deal.title}</a>`
          : `${q.deal.customerName} — ${q.deal.title}`
        : none}</dd>
      ${q.closedAt ? html`<dt>${msg('Closed', { id: 'questions.status.closed' })}</dt><dd>${formatDateTime(q.closedAt, this.locale)}</dd>` : nothing}
    </dl>`;
  }

  #answerSection(q: Question) {
    const answer = q.answer;
    return html`<section part="answer" aria-labelledby="answer-heading">
      <h2 id="answer-heading">${msg('Answer', { id: 'questions.answer.title' })}${answer ? updatedBadge(q.answerVersion) : nothing}</h2>
      ${answer
        ? html`<div class="answer">
            <p class="muted">${this.#byline(answer)}${q.answerVersion > 1 && q.answeredAt
              ? html` · ${msg(str`first answered ${formatDateTime(q.answeredAt, this.locale)}`, { id: 'questions.answer.first' })}`
              : nothing}</p>
            <div class="markdown">${serverSanitised(answer.bodyHtml)}</div>
          </div>
          ${q.answerVersion > 1 ? this.#history(q) : nothing}`
        : html`<p>${isStaff(this.session)
            ? msg('Not answered yet.', { id: 'questions.answer.none-staff' })
            : msg('Not answered yet. You will get an email when the vendor’s team answers.', { id: 'questions.answer.none' })}</p>`}
    </section>`;
  }

  #history(q: Question) {
    return html`<div part="history">
      <button type="button" class="link-button" aria-expanded=${this.showHistory ? 'true' : 'false'} aria-controls="history"
        @click=${() => (this.showHistory = !this.showHistory)}>
        ${this.showHistory
          ? msg('Hide earlier versions', { id: 'questions.history.hide' })
          : msg(str`Show every version (${q.answerVersion})`, { id: 'questions.history.show' })}
      </button>
      <div id="history" ?hidden=${!this.showHistory}>
        ${this.showHistory
          ? renderResource(this.history, (page) => html`<ol class="versions" aria-label=${msg('Answer versions, newest first', { id: 'questions.history.label' })}>
                ${[...page.items, ...this.historyMore].map((v) => html`<li class="version">
                  <h3>${msg(str`Version ${v.version}`, { id: 'questions.history.version' })}${v.version === q.answerVersion ? html` <portico-badge variant="info">${msg('Current', { id: 'questions.history.current' })}</portico-badge>` : nothing}</h3>
                  <p class="muted">${this.#byline(v)}</p>
                  <div class="markdown">${serverSanitised(v.bodyHtml)}</div>
                </li>`)}
              </ol>
              ${this.historyCursor ? html`<portico-button variant="secondary" @click=${() => this.#moreHistory()}>${msg('Older versions', { id: 'questions.history.more' })}</portico-button>` : nothing}`)
          : nothing}
      </div>
    </div>`;
  }

  #assigneeOptions(q: Question): SelectOption[] {
    const me = this.session!.person;
    const people = new Map<string, string>([[me.id, msg(str`Me (${me.name})`, { id: 'questions.assign.me' })]]);
    for (const person of this.staffPeople.value ?? []) if (!people.has(person.id)) people.set(person.id, person.name);
    if (q.assignee && !people.has(q.assignee.id)) people.set(q.assignee.id, q.assignee.name);
    return [{ value: '', label: msg('Nobody', { id: 'questions.assign.nobody' }) }, ...[...people].map(([value, label]) => ({ value, label }))];
  }

  #staff(q: Question) {
    const mayAssign = isStaff(this.session) && hasPermission(this.session, 'questions.assign');
    if (!mayAssign && !this.#mayAnswer) return nothing;
    return html`<section part="staff" aria-labelledby="staff-heading">
      <h2 id="staff-heading">${msg('For the vendor’s team', { id: 'questions.staff.title' })}</h2>
      <div class="stack">
        ${mayAssign
          ? html`<portico-select name="assigneeId" label=${msg('Assigned to', { id: 'questions.assign.label' })} .value=${q.assignee?.id ?? ''}
              ?disabled=${this.busy === 'assign'} .options=${this.#assigneeOptions(q)} @portico-change=${this.#assign}></portico-select>`
          : html`<p>${msg('Assigned to', { id: 'questions.assign.label' })}: ${q.assignee?.name ?? msg('Nobody', { id: 'questions.assign.nobody' })}</p>`}
        ${this.#mayAnswer
          ? html`<form novalidate @submit=${this.#answer}>
              <portico-field name="body" type="textarea" required .value=${this.draft}
                label=${q.answer ? msg('Update the answer (Markdown)', { id: 'questions.answer.field-update' }) : msg('Your answer (Markdown)', { id: 'questions.answer.field' })}
                hint=${msg('The asker is emailed in their language; every version is kept.', { id: 'questions.answer.hint' })}
                @portico-input=${(e: CustomEvent<{ value: string }>) => (this.draft = e.detail.value)}></portico-field>
              <button type="button" class="link-button" aria-expanded=${this.previewing ? 'true' : 'false'} aria-controls="answer-preview"
                @click=${() => (this.previewing = !this.previewing)}>
                ${this.previewing ? msg('Hide the preview', { id: 'questions.form.hide-preview' }) : msg('Preview', { id: 'questions.form.preview' })}
              </button>
              <div id="answer-preview" class="preview markdown" role="region" aria-label=${msg('Preview', { id: 'questions.form.preview' })} ?hidden=${!this.previewing}>
                ${this.draft.trim() ? markdownPreview(this.draft) : html`<p class="muted">${msg('Nothing to preview yet.', { id: 'questions.form.preview-empty' })}</p>`}
              </div>
              ${this.answerMessage ? html`<p class="alert" role="alert">${this.answerMessage}</p>` : nothing}
              <div class="actions">
                <portico-button type="submit" ?loading=${this.busy === 'answer'}>
                  ${q.answer ? msg('Update the answer', { id: 'questions.answer.update' }) : msg('Publish the answer', { id: 'questions.answer.publish' })}
                </portico-button>
              </div>
            </form>`
          : nothing}
      </div>
    </section>`;
  }

  #actions(q: Question) {
    if (!this.#mayCloseOrReopen(q)) return nothing;
    if (q.status === 'closed') {
      return html`<div class="actions"><portico-button variant="secondary" ?loading=${this.busy === 'reopen'} @click=${() => this.#transition('reopen')}>
        ${msg('Reopen the question', { id: 'questions.detail.reopen' })}</portico-button></div>`;
    }
    return html`<div class="actions"><portico-button variant="secondary" @click=${() => this.closeDialog.show()}>${msg('Close the question', { id: 'questions.detail.close' })}</portico-button></div>
      <portico-dialog id="close" label=${msg('Close this question?', { id: 'questions.detail.close.title' })}>
        <p>${msg('It leaves the vendor’s queue; the answer stays. You can reopen it later.', { id: 'questions.detail.close.body' })}</p>
        <div slot="footer" class="actions">
          <portico-button variant="secondary" @click=${() => this.closeDialog.close()}>${msg('Keep it open', { id: 'questions.detail.keep' })}</portico-button>
          <portico-button ?loading=${this.busy === 'close'} @click=${() => this.#transition('close')}>${msg('Close the question', { id: 'questions.detail.close' })}</portico-button>
        </div>
      </portico-dialog>`;
  }

  protected override render() {
    return renderResource(this.question, (q) => html`<article part="question" aria-labelledby="subject">
        <div class="heading">
          <h1 id="subject">${q.subject}</h1>
          ${statusBadge(q.status)}
        </div>
        ${this.#summary(q)}
        <div class="markdown">${serverSanitised(q.bodyHtml)}</div>
        ${this.#actions(q)}
      </article>
      ${this.#answerSection(q)}
      ${this.#staff(q)}`);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-question-detail': PorticoQuestionDetail;
  }
}
