import { css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { consume } from '@lit/context';
import { msg, str } from '@lit/localize';
import type { PorticoClient } from '@portico/sdk';
import {
  PorticoElement, ResourceController, clientContext, formatDate, formatDateTime, formatNumber, isProblem, localeContext, percentOf, plural, renderResource, toast,
  type Locale,
} from '@portico/widgets';
import { documentElements } from '@portico/plugin-documents/public';
import { expiresSoon, listStyles, pageStyles, problemKind, problemText, stateBadge, type AttemptResult, type LearnerModule, type LearnerStatus } from './shared.js';

/** The documents plugin's element that lists a module's documents (its tag, from that plugin's public face). */
const documentLinks = unsafeStatic(documentElements.documentLinks);

type Question = LearnerModule['quiz'][number];



const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/**
 * A training module: its description and learning content (HTML the server has sanitised), then the
 * quiz. "Start" marks the module in progress and shows the questions (radios for single choice,
 * checkboxes for multiple choice, all native controls). The server grades the submission; the page
 * shows the score, pass or fail, the certification and its expiry, or when a retry is allowed. The
 * server's field errors are shown on the questions they concern.
 *
 * When the module has attached documents, a section lists them with `<portico-document-links>`, the
 * documents plugin's element (defined by the portal's loader; without that plugin it shows nothing).
 *
 * @attr module-id - The module's id (the portal sets it from `/training/:moduleId`).
 * @fires portico-training-submitted - A quiz was graded (detail: the attempt result).
 * @csspart content, documents, quiz, result
 */
@customElement('portico-training-module')
export class PorticoTrainingModule extends PorticoElement {
  static override styles = [
    ...PorticoElement.styles,
    pageStyles,
    listStyles,
    css`
      fieldset {
        border: 1px solid var(--portico-color-border, #ccc);
        border-radius: var(--portico-radius, 4px);
        padding: var(--portico-space-3, 0.75rem) var(--portico-space-4, 1rem);
        margin: 0;
      }
      fieldset[aria-invalid='true'] {
        border-color: var(--portico-color-danger, #b00020);
      }
      legend {
        font-weight: 600;
        padding: 0 var(--portico-space-1, 0.25rem);
      }
      .option {
        display: flex;
        gap: var(--portico-space-2, 0.5rem);
        align-items: baseline;
        padding: var(--portico-space-1, 0.25rem) 0;
      }
      .option input {
        accent-color: var(--portico-color-primary, #0b57d0);
      }
      input:focus-visible {
        outline: 2px solid var(--portico-color-primary, #0b57d0);
        outline-offset: 2px;
      }
      .result.passed {
        border-color: var(--portico-color-success, #1b7f3b);
      }
      .result.failed {
        border-color: var(--portico-color-danger, #b00020);
      }
      .result h2 {
        margin-top: 0;
      }
    `,
  ];

  @property({ attribute: 'module-id' }) accessor moduleId = '';
  @consume({ context: clientContext, subscribe: true }) @state() accessor client = undefined as unknown as PorticoClient;
  @consume({ context: localeContext, subscribe: true }) @state() accessor locale: Locale = 'en';
  @state() accessor taking = false;
  @state() accessor starting = false;
  @state() accessor submitting = false;
  @state() accessor answers: Record<string, string[]> = {};
  @state() accessor questionErrors: Record<string, string> = {};
  @state() accessor formMessage = '';
  @state() accessor superseded = false;
  @state() accessor retryAt: Date | null = null;
  @state() accessor result: AttemptResult | null = null;

  readonly module = new ResourceController(this, {
    args: () => [this.client, this.moduleId] as const,
    enabled: ([client, id]) => Boolean(client && id),
    load: ([client, id], signal) => client.get('/training/catalog/{id}', { params: { id }, signal }),
    isEmpty: () => false,
  });

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('moduleId')) this.#reset();
  }

  #reset() {
    this.taking = false;
    this.answers = {};
    this.questionErrors = {};
    this.formMessage = '';
    this.superseded = false;
    this.retryAt = null;
    this.result = null;
  }

  async #reload() {
    this.#reset();
    await this.module.retry();
  }

  #setStatus(status: LearnerStatus) {
    if (this.module.value) this.module.value = { ...this.module.value, status };
  }

  async #start() {
    this.starting = true;
    try {
      const status = await this.client.post('/training/catalog/{id}/start', { params: { id: this.moduleId } });
      this.#setStatus(status);
      this.result = null;
      this.answers = {};
      this.taking = true;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('fieldset input')?.focus();
    } catch (error) {
      toast(problemText(error), { variant: 'danger' });
    } finally {
      this.starting = false;
    }
  }

  #choose(question: Question, optionId: string, checked: boolean) {
    const chosen = this.answers[question.id] ?? [];
    const next = question.kind === 'single' ? [optionId] : checked ? [...chosen, optionId] : chosen.filter((id) => id !== optionId);
    this.answers = { ...this.answers, [question.id]: next };
    if (this.questionErrors[question.id]) {
      const { [question.id]: _, ...rest } = this.questionErrors;
      this.questionErrors = rest;
    }
  }

  #submit = async (event: Event) => {
    event.preventDefault();
    const module = this.module.value!;
    // Questions left unanswered are not sent: the server names them, and the page shows it on them.
    const answers = module.quiz.filter((q) => this.answers[q.id]?.length).map((q) => ({ questionId: q.id, optionIds: this.answers[q.id] }));
    this.submitting = true;
    this.questionErrors = {};
    this.formMessage = '';
    try {
      const result = await this.client.post('/training/catalog/{id}/attempts', { params: { id: module.id }, body: { version: module.version, answers } });
      this.result = result;
      this.taking = false;
      this.#setStatus(result.status);
      this.emit('portico-training-submitted', result);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#result-heading')?.focus();
    } catch (error) {
      this.#refused(error, answers.map((a) => a.questionId));
    } finally {
      this.submitting = false;
    }
  };

  #refused(error: unknown, sent: string[]) {
    if (!isProblem(error)) {
      this.formMessage = problemText(error);
      return;
    }
    const kind = problemKind(error);
    if (error.status === 409 && kind === 'retry-cooldown') {
      const seconds = (error as { retryAfter?: number }).retryAfter;
      const fromStatus = this.module.value?.status.retryAllowedAt;
      this.retryAt = seconds !== undefined ? new Date(Date.now() + seconds * 1000) : fromStatus ? new Date(fromStatus) : new Date();
      this.taking = false;
      return;
    }
    if (error.status === 409 && kind === 'quiz-version-superseded') {
      this.superseded = true;
      return;
    }
    const errors: Record<string, string> = {};
    const unmatched: string[] = [];
    for (const fieldError of error.errors ?? []) {
      const at = /^\/answers\/(\d+)(?:\/|$)/.exec(fieldError.field);
      if (at && sent[Number(at[1])]) {
        errors[sent[Number(at[1])]] = fieldError.message;
      } else if (fieldError.field === '/answers') {
        for (const id of fieldError.message.match(UUID) ?? []) errors[id] = msg('Answer this question.', { id: 'training.quiz.unanswered' });
      } else {
        unmatched.push(fieldError.message);
      }
    }
    this.questionErrors = errors;
    if (unmatched.length || !error.errors?.length) this.formMessage = unmatched.join(' ') || problemText(error);
    else if (Object.keys(errors).length) this.formMessage = msg('Some answers need your attention.', { id: 'training.quiz.fix' });
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('fieldset[aria-invalid="true"] input')?.focus());
  }

  #question(question: Question, index: number) {
    const error = this.questionErrors[question.id];
    const chosen = this.answers[question.id] ?? [];
    const single = question.kind === 'single';
    const hint = single ? msg('Choose one answer.', { id: 'training.quiz.choose-one' }) : msg('Choose every correct answer.', { id: 'training.quiz.choose-many' });
    return html`<fieldset aria-invalid=${error ? 'true' : 'false'} aria-describedby=${`hint-${question.id} error-${question.id}`}>
      <legend>${index + 1}. ${question.prompt}
        <span class="muted">(${plural(question.points, { one: msg(str`${question.points} point`, { id: 'training.quiz.points.one' }), other: msg(str`${question.points} points`, { id: 'training.quiz.points' }) })})</span></legend>
      <p class="muted" id=${`hint-${question.id}`}>${hint}</p>
      ${question.options.map(
        (option) => html`<label class="option">
          <input type=${single ? 'radio' : 'checkbox'} name=${`q-${question.id}`} value=${option.id} .checked=${chosen.includes(option.id)}
            @change=${(e: Event) => this.#choose(question, option.id, (e.target as HTMLInputElement).checked)} />
          <span>${option.text}</span>
        </label>`,
      )}
      <p class="alert" id=${`error-${question.id}`}>${error ?? nothing}</p>
    </fieldset>`;
  }

  #quizForm(module: LearnerModule) {
    return html`<form part="quiz" novalidate @submit=${this.#submit}>
      ${module.quiz.map((question, index) => this.#question(question, index))}
      ${this.formMessage ? html`<p class="alert" role="alert">${this.formMessage}</p>` : nothing}
      <div class="actions">
        <portico-button type="submit" ?loading=${this.submitting}>${msg('Submit my answers', { id: 'training.quiz.submit' })}</portico-button>
      </div>
    </form>`;
  }

  #certifiedUntil(expiresAt: string | null): string {
    return expiresAt
      ? msg(str`You are certified until ${formatDate(expiresAt, this.locale)}.`, { id: 'training.module.certified-until' })
      : msg('You are certified; this certification does not expire.', { id: 'training.module.certified-forever' });
  }

  #retryText(at: Date | string): string {
    return msg(str`You can try again from ${formatDateTime(at, this.locale)}.`, { id: 'training.module.retry-at' });
  }

  #result(result: AttemptResult) {
    // Rounded for reading (5 of 7 is 71.43 %), never up to a pass mark it did not reach.
    const percent = formatNumber(percentOf(result.scorePoints, result.totalPoints, result.passThreshold), this.locale, { maximumFractionDigits: 2 });
    const retryAllowedAt = result.status.retryAllowedAt;
    return html`<section part="result" class="card result ${result.passed ? 'passed' : 'failed'}" aria-labelledby="result-heading">
      <h2 id="result-heading" tabindex="-1">${result.passed ? msg('Passed', { id: 'training.result.passed' }) : msg('Not passed', { id: 'training.result.failed' })}</h2>
      <p>${msg(str`You scored ${result.scorePoints} of ${result.totalPoints} points (${percent}%); the pass mark is ${result.passThreshold}%.`, { id: 'training.result.score' })}</p>
      ${result.passed && result.certification ? html`<p><strong>${this.#certifiedUntil(result.certification.expiresAt)}</strong></p>` : nothing}
      ${!result.passed
        ? retryAllowedAt && Date.parse(retryAllowedAt) > Date.now()
          ? html`<p>${this.#retryText(retryAllowedAt)}</p>`
          : html`<p class="actions"><portico-button @click=${() => this.#start()} ?loading=${this.starting}>${msg('Try again', { id: 'training.module.try-again' })}</portico-button></p>`
        : nothing}
      <ol>
        ${result.questions.map(
          (q) => html`<li>${q.correct ? msg('Correct', { id: 'training.result.correct' }) : msg('Incorrect', { id: 'training.result.incorrect' })}</li>`,
        )}
      </ol>
    </section>`;
  }

  #quizArea(module: LearnerModule) {
    if (this.superseded) {
      return html`<div class="card" role="alert">
        <p>${msg('This quiz has been updated since you opened it. Reload the module to take the current quiz.', { id: 'training.quiz.superseded' })}</p>
        <portico-button @click=${() => void this.#reload()}>${msg('Reload the module', { id: 'training.quiz.reload' })}</portico-button>
      </div>`;
    }
    if (this.result) return this.#result(this.result);
    const status = module.status;
    const retryAt = this.retryAt ?? (status.state === 'failed' && status.retryAllowedAt ? new Date(status.retryAllowedAt) : null);
    if (retryAt && retryAt.getTime() > Date.now()) {
      return html`<p class="card" role="status">${msg('Your last attempt did not pass.', { id: 'training.module.last-failed' })} ${this.#retryText(retryAt)}</p>`;
    }
    if (this.taking || status.state === 'in_progress') return this.#quizForm(module);
    if (module.quiz.length === 0) return html`<p class="muted">${msg('This module has no quiz yet.', { id: 'training.module.no-quiz' })}</p>`;
    if (status.state === 'certified' && !expiresSoon(status.expiresAt)) return html`<p class="card">${this.#certifiedUntil(status.expiresAt)}</p>`;
    const label =
      status.state === 'certified' || status.state === 'expired'
        ? msg('Renew my certification', { id: 'training.module.renew' })
        : status.state === 'failed'
          ? msg('Try again', { id: 'training.module.try-again' })
          : msg('Start the quiz', { id: 'training.module.start' });
    return html`${status.state === 'certified' ? html`<p>${this.#certifiedUntil(status.expiresAt)}</p>` : nothing}
      <portico-button ?loading=${this.starting} @click=${() => this.#start()}>${label}</portico-button>`;
  }

  #page(module: LearnerModule) {
    const validity = module.validForDays
      ? plural(module.validForDays, { one: msg(str`A pass certifies you for ${module.validForDays} day.`, { id: 'training.module.validity.one' }), other: msg(str`A pass certifies you for ${module.validForDays} days.`, { id: 'training.module.validity' }) })
      : msg('A pass certifies you with no expiry.', { id: 'training.module.no-expiry' });
    return html`<p><a href="/training">${msg('All training', { id: 'training.module.back' })}</a></p>
      <h1>${module.title}</h1>
      <p class="badges">
        ${module.required ? html`<portico-badge variant="info">${msg('Required for your role', { id: 'training.catalog.required' })}</portico-badge>` : nothing}
        ${stateBadge(module.status, this.locale)}
      </p>
      <div part="content">
        <div class="description">${unsafeHTML(module.descriptionHtml)}</div>
        ${module.sections.map((section) => html`<section><h2>${section.title}</h2>${unsafeHTML(section.html)}</section>`)}
      </div>
      ${module.documentFileIds.length > 0
        ? staticHtml`<section part="documents" aria-labelledby="documents-heading">
            <h2 id="documents-heading">${msg('Documents for this module', { id: 'training.module.documents' })}</h2>
            <${documentLinks} .fileIds=${module.documentFileIds}></${documentLinks}>
          </section>`
        : nothing}
      <h2>${msg('Quiz', { id: 'training.quiz.title' })}</h2>
      <p class="muted">
        ${msg(str`${module.quiz.length} questions, ${module.totalPoints} points; pass at ${module.passThreshold}%.`, { id: 'training.module.quiz-facts' })} ${validity}
      </p>
      ${this.#quizArea(module)}`;
  }

  protected override render() {
    return renderResource(this.module, (module) => this.#page(module));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-training-module': PorticoTrainingModule;
  }
}
