import { css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg, str } from '@lit/localize';
import type { PorticoClient } from '@portico/sdk';
import {
  PARTNER_ROLES, PorticoElement, ResourceController, applyProblem, clearProblem, clientContext, formatDate, isProblem, localeContext, renderResource, toast,
  type DataTableColumn, type Locale, type PorticoDialog,
} from '@portico/widgets';
import { fieldsetStyles, pageStyles, problemText, roleLabel, type PartnerRole, type NewModule, type RequiredFor, type StaffModule } from './shared.js';
import { moduleStatusBadge } from './manage.js';
import './editor-documents.js';

type VersionSummary = StaffModule['versions'][number];


interface QuestionDraft {
  prompt: string;
  kind: 'single' | 'multiple';
  points: string;
  options: { text: string; correct: boolean }[];
}

interface Draft {
  title: string;
  description: string;
  sections: { title: string; body: string }[];
  quiz: QuestionDraft[];
  passThreshold: string;
  validForDays: string;
  requiredMode: 'all' | 'roles';
  roles: PartnerRole[];
  documentFileIds: string[];
}

const blankQuestion = (): QuestionDraft => ({ prompt: '', kind: 'single', points: '1', options: [{ text: '', correct: true }, { text: '', correct: false }] });

function blankDraft(): Draft {
  return { title: '', description: '', sections: [], quiz: [], passThreshold: '80', validForDays: '365', requiredMode: 'all', roles: [], documentFileIds: [] };
}

function draftOf(module: StaffModule): Draft {
  return {
    title: module.title,
    description: module.description,
    sections: module.sections.map(({ title, body }) => ({ title, body })),
    quiz: module.quiz.map((q) => ({ prompt: q.prompt, kind: q.kind === 'multiple' ? 'multiple' : 'single', points: String(q.points), options: q.options.map(({ text, correct }) => ({ text, correct })) })),
    passThreshold: String(module.passThreshold),
    validForDays: module.validForDays === null ? '' : String(module.validForDays),
    requiredMode: module.requiredFor === 'all' ? 'all' : 'roles',
    roles: module.requiredFor === 'all' ? [] : [...module.requiredFor],
    documentFileIds: [...module.documentFileIds],
  };
}

/** A number as typed; anything else is sent as it is so that the server names the field at fault. */
/** A number field's value as a number; what is no number is sent as typed (so typed `number`), and the server names the field. */
function numberOrRaw(raw: string): number {
  const trimmed = raw.trim();
  return (trimmed !== '' && Number.isFinite(Number(trimmed)) ? Number(trimmed) : trimmed) as number;
}

function bodyOf(draft: Draft): NewModule & { documentFileIds: string[] } {
  return {
    title: draft.title,
    description: draft.description,
    sections: draft.sections,
    quiz: draft.quiz.map((q) => ({ prompt: q.prompt, kind: q.kind, points: numberOrRaw(q.points), options: q.options })),
    passThreshold: numberOrRaw(draft.passThreshold),
    validForDays: draft.validForDays.trim() === '' ? null : numberOrRaw(draft.validForDays),
    requiredFor: draft.requiredMode === 'all' ? ('all' as const) : draft.roles,
    // Always sent, so that removing the last document saves `[]`.
    documentFileIds: draft.documentFileIds,
  };
}

type Input = CustomEvent<{ value: string }>;

/**
 * The staff editor of a training module: title, description and sections (Markdown), the quiz
 * (single- or multiple-choice questions with points, options and which are correct), pass threshold,
 * validity, the roles it is required for, the documents attached (files of the documents plugin, found by
 * searching its library; see editor-documents.ts); publish, retire, delete a draft (after confirming). Saving
 * a published module's quiz, threshold or validity creates a new version, which the page says.
 *
 * @attr module-id - The module's id, or `new` to write one (the portal sets it from the path).
 * @fires portico-navigate - After creating (to the new module's page) or deleting (to the list); detail `{ path }`.
 * @csspart form, lifecycle, versions
 */
@customElement('portico-training-editor')
export class PorticoTrainingEditor extends PorticoElement {
  static override styles = [
    ...PorticoElement.styles,
    fieldsetStyles,
    pageStyles,
    css`
      form {
        max-width: 48rem;
      }
      legend {
        font-weight: 600;
        padding: 0 var(--portico-space-1, 0.25rem);
      }
      .option {
        display: grid;
        grid-template-columns: 1fr auto auto;
        gap: var(--portico-space-2, 0.5rem);
        align-items: end;
      }
      .note {
        border-inline-start: 4px solid var(--portico-color-warning, #b26a00);
        padding: var(--portico-space-2, 0.5rem) var(--portico-space-3, 0.75rem);
        background: var(--portico-color-surface-alt, #f5f5f5);
      }
      .roles {
        display: flex;
        flex-wrap: wrap;
        gap: var(--portico-space-3, 0.75rem);
      }
    `,
  ];

  @property({ attribute: 'module-id' }) accessor moduleId = '';
  @consume({ context: clientContext, subscribe: true }) @state() accessor client = undefined as unknown as PorticoClient;
  @consume({ context: localeContext, subscribe: true }) @state() accessor locale: Locale = 'en';
  @state() accessor draft: Draft = blankDraft();
  @state() accessor saving = false;
  @state() accessor acting = false;
  @state() accessor formMessage = '';
  @state() accessor questionErrors: Record<number, string> = {};
  /** The server's errors on `documentFileIds`, by the file id at fault (`''`: the list as a whole). */
  @state() accessor documentErrors: Record<string, string> = {};
  @query('#retire') private accessor retireDialog!: PorticoDialog;
  @query('#delete') private accessor deleteDialog!: PorticoDialog;

  readonly module = new ResourceController(this, {
    args: () => [this.client, this.moduleId] as const,
    enabled: ([client, id]) => Boolean(client && id),
    load: async ([client, id], signal) => {
      const module = id === 'new' ? null : await client.get('/training/modules/{id}', { params: { id }, signal });
      this.draft = module ? draftOf(module) : blankDraft();
      this.formMessage = '';
      this.questionErrors = {};
      this.documentErrors = {};
      return module;
    },
    isEmpty: () => false,
  });

  /** Applies a change to the draft and renders it (the draft is edited in place). */
  #edit(change: (draft: Draft) => void) {
    change(this.draft);
    this.requestUpdate();
  }

  #save = async (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const existing = this.module.value;
    this.saving = true;
    this.formMessage = '';
    this.questionErrors = {};
    this.documentErrors = {};
    clearProblem(form);
    const body = bodyOf(this.draft);
    try {
      if (!existing) {
        const created = await this.client.post('/training/modules', { body });
        toast(msg('Draft created.', { id: 'training.editor.created' }), { variant: 'success' });
        this.emit('portico-navigate', { path: `/training/manage/${created.id}` });
        this.moduleId = created.id;
        return;
      }
      const saved = await this.client.patch('/training/modules/{id}', { params: { id: existing.id }, body });
      this.module.value = saved;
      this.draft = draftOf(saved);
      toast(
        saved.version > existing.version
          ? msg(str`Saved. The quiz is now version ${saved.version}; earlier results keep their version.`, { id: 'training.editor.saved-version' })
          : msg('Changes saved.', { id: 'training.editor.saved' }),
        { variant: 'success' },
      );
    } catch (error) {
      this.#showProblem(error, form, [...body.documentFileIds]);
    } finally {
      this.saving = false;
    }
  };

  /**
   * Field errors go on their controls; a question's errors about its options go under the question;
   * errors on `/documentFileIds/<n>` go on the n-th document sent, in the Documents part.
   */
  #showProblem(error: unknown, form: HTMLFormElement, sentFileIds: string[]) {
    if (!isProblem(error)) {
      this.formMessage = problemText(error);
      return;
    }
    const questionErrors: Record<number, string> = {};
    const documentErrors: Record<string, string> = {};
    const rest = (error.errors ?? []).filter((fieldError) => {
      const question = /^\/quiz\/(\d+)\/options$/.exec(fieldError.field);
      if (question) {
        questionErrors[Number(question[1])] = fieldError.message;
        return false;
      }
      const document = /^\/documentFileIds(?:\/(\d+))?$/.exec(fieldError.field);
      if (document) {
        const key = (document[1] !== undefined && sentFileIds[Number(document[1])]) || '';
        documentErrors[key] = documentErrors[key] ? `${documentErrors[key]} ${fieldError.message}` : fieldError.message;
        return false;
      }
      return true;
    });
    this.questionErrors = questionErrors;
    this.documentErrors = documentErrors;
    const placed = Object.keys(questionErrors).length > 0 || Object.keys(documentErrors).length > 0;
    if (placed && rest.length === 0) clearProblem(form);
    const unmatched = placed && rest.length === 0 ? [] : applyProblem({ ...error, errors: rest }, form);
    this.formMessage = unmatched.join(' ') || msg('Some fields need your attention.', { id: 'training.editor.fix' });
  }

  #documentsChanged = (event: CustomEvent<{ fileIds: string[] }>) => {
    const fileIds = event.detail.fileIds;
    // An error on a document removed since is no longer true.
    this.documentErrors = Object.fromEntries(Object.entries(this.documentErrors).filter(([id]) => id === '' || fileIds.includes(id)));
    this.#edit((d) => (d.documentFileIds = fileIds));
  };

  async #lifecycle(action: 'publish' | 'retire') {
    const existing = this.module.value!;
    this.acting = true;
    try {
      this.module.value = await this.client.post(`/training/modules/{id}/${action}`, { params: { id: existing.id } });
      this.retireDialog.close();
      toast(
        action === 'publish'
          ? msg('Published: partners can take this module now.', { id: 'training.editor.published' })
          : msg('Retired: partners no longer see this module; certifications stay on record.', { id: 'training.editor.retired' }),
        { variant: 'success' },
      );
    } catch (error) {
      toast(problemText(error), { variant: 'danger' });
    } finally {
      this.acting = false;
    }
  }

  async #delete() {
    const existing = this.module.value!;
    this.acting = true;
    try {
      await this.client.delete('/training/modules/{id}', { params: { id: existing.id } });
      this.deleteDialog.close();
      toast(msg('Draft deleted.', { id: 'training.editor.deleted' }), { variant: 'success' });
      this.emit('portico-navigate', { path: '/training/manage' });
    } catch (error) {
      toast(problemText(error), { variant: 'danger' });
    } finally {
      this.acting = false;
    }
  }

  #sections() {
    const sections = this.draft.sections;
    return html`<fieldset>
      <legend>${msg('Learning content', { id: 'training.editor.content' })}</legend>
      ${sections.length === 0 ? html`<p class="muted">${msg('No section yet.', { id: 'training.editor.no-section' })}</p>` : nothing}
      ${sections.map(
        (section, i) => html`<fieldset>
          <legend>${msg(str`Section ${i + 1}`, { id: 'training.editor.section' })}</legend>
          <portico-field name=${`sections.${i}.title`} required label=${msg('Section title', { id: 'training.editor.section-title' })} .value=${section.title}
            @portico-input=${(e: Input) => this.#edit(() => (section.title = e.detail.value))}></portico-field>
          <portico-field type="textarea" name=${`sections.${i}.body`} label=${msg('Text (Markdown)', { id: 'training.editor.section-body' })} .value=${section.body}
            @portico-input=${(e: Input) => this.#edit(() => (section.body = e.detail.value))}></portico-field>
          <div class="actions">
            <portico-button variant="secondary" ?disabled=${i === 0} @click=${() => this.#edit((d) => d.sections.splice(i - 1, 0, ...d.sections.splice(i, 1)))}>${msg('Move up', { id: 'training.editor.up' })}</portico-button>
            <portico-button variant="secondary" ?disabled=${i === sections.length - 1} @click=${() => this.#edit((d) => d.sections.splice(i + 1, 0, ...d.sections.splice(i, 1)))}>${msg('Move down', { id: 'training.editor.down' })}</portico-button>
            <portico-button variant="text" @click=${() => this.#edit((d) => d.sections.splice(i, 1))}>${msg(str`Remove section ${i + 1}`, { id: 'training.editor.remove-section' })}</portico-button>
          </div>
        </fieldset>`,
      )}
      <div><portico-button variant="secondary" @click=${() => this.#edit((d) => d.sections.push({ title: '', body: '' }))}>${msg('Add a section', { id: 'training.editor.add-section' })}</portico-button></div>
    </fieldset>`;
  }

  #setCorrect(question: QuestionDraft, index: number, correct: boolean) {
    this.#edit(() => {
      // A single-choice question has one correct option: ticking one unticks the others.
      if (question.kind === 'single' && correct) question.options.forEach((o, j) => (o.correct = j === index));
      else question.options[index].correct = correct;
    });
  }

  #question(question: QuestionDraft, i: number) {
    const error = this.questionErrors[i];
    return html`<fieldset aria-describedby=${`question-error-${i}`}>
      <legend>${msg(str`Question ${i + 1}`, { id: 'training.editor.question' })}</legend>
      <portico-field type="textarea" name=${`quiz.${i}.prompt`} required label=${msg('Question', { id: 'training.editor.prompt' })} .value=${question.prompt}
        @portico-input=${(e: Input) => this.#edit(() => (question.prompt = e.detail.value))}></portico-field>
      <div class="actions">
        <portico-select name=${`quiz.${i}.kind`} label=${msg('Answers', { id: 'training.editor.kind' })} .value=${question.kind}
          .options=${[
            { value: 'single', label: msg('One correct answer', { id: 'training.editor.single' }) },
            { value: 'multiple', label: msg('Several correct answers', { id: 'training.editor.multiple' }) },
          ]}
          @portico-change=${(e: Input) => this.#edit(() => (question.kind = e.detail.value as QuestionDraft['kind']))}></portico-select>
        <portico-field type="number" name=${`quiz.${i}.points`} min="1" max="10000" required label=${msg('Points', { id: 'training.editor.points' })} .value=${question.points}
          @portico-input=${(e: Input) => this.#edit(() => (question.points = e.detail.value))}></portico-field>
      </div>
      ${question.options.map(
        (option, j) => html`<div class="option">
          <portico-field name=${`quiz.${i}.options.${j}.text`} required label=${msg(str`Option ${j + 1}`, { id: 'training.editor.option' })} .value=${option.text}
            @portico-input=${(e: Input) => this.#edit(() => (option.text = e.detail.value))}></portico-field>
          <portico-checkbox name=${`quiz.${i}.options.${j}.correct`} label=${msg('Correct', { id: 'training.result.correct' })} ?checked=${option.correct}
            @portico-change=${(e: CustomEvent<{ checked: boolean }>) => this.#setCorrect(question, j, e.detail.checked)}></portico-checkbox>
          <portico-button variant="text" ?disabled=${question.options.length <= 2} @click=${() => this.#edit(() => question.options.splice(j, 1))}>
            ${msg(str`Remove option ${j + 1}`, { id: 'training.editor.remove-option' })}</portico-button>
        </div>`,
      )}
      <p class="alert" id=${`question-error-${i}`}>${error ?? nothing}</p>
      <div class="actions">
        <portico-button variant="secondary" ?disabled=${question.options.length >= 12} @click=${() => this.#edit(() => question.options.push({ text: '', correct: false }))}>${msg('Add an option', { id: 'training.editor.add-option' })}</portico-button>
        <portico-button variant="text" @click=${() => this.#edit((d) => d.quiz.splice(i, 1))}>${msg(str`Remove question ${i + 1}`, { id: 'training.editor.remove-question' })}</portico-button>
      </div>
    </fieldset>`;
  }

  #quiz() {
    return html`<fieldset>
      <legend>${msg('Quiz', { id: 'training.quiz.title' })}</legend>
      ${this.draft.quiz.length === 0 ? html`<p class="muted">${msg('No question yet. A module needs a quiz before it can be published.', { id: 'training.editor.no-question' })}</p>` : nothing}
      ${this.draft.quiz.map((question, i) => this.#question(question, i))}
      <div><portico-button variant="secondary" ?disabled=${this.draft.quiz.length >= 100} @click=${() => this.#edit((d) => d.quiz.push(blankQuestion()))}>${msg('Add a question', { id: 'training.editor.add-question' })}</portico-button></div>
      <div class="actions">
        <portico-field type="number" name="passThreshold" min="1" max="100" required label=${msg('Pass threshold (%)', { id: 'training.editor.threshold' })} .value=${this.draft.passThreshold}
          @portico-input=${(e: Input) => this.#edit((d) => (d.passThreshold = e.detail.value))}></portico-field>
        <portico-field type="number" name="validForDays" min="1" max="3650" label=${msg('Valid for (days)', { id: 'training.editor.validity' })} .value=${this.draft.validForDays}
          hint=${msg('Leave empty for a certification that never expires.', { id: 'training.editor.validity.hint' })}
          @portico-input=${(e: Input) => this.#edit((d) => (d.validForDays = e.detail.value))}></portico-field>
      </div>
    </fieldset>`;
  }

  #requiredFor() {
    const draft = this.draft;
    return html`<fieldset>
      <legend>${msg('Required for', { id: 'training.editor.required-for' })}</legend>
      <portico-select name="requiredFor" label=${msg('Which partner roles must pass it', { id: 'training.editor.required-mode' })} .value=${draft.requiredMode}
        .options=${[
          { value: 'all', label: msg('Every role', { id: 'training.required-for.all' }) },
          { value: 'roles', label: msg('The roles ticked below', { id: 'training.editor.required-roles' }) },
        ]}
        @portico-change=${(e: Input) => this.#edit((d) => (d.requiredMode = e.detail.value as Draft['requiredMode']))}></portico-select>
      ${draft.requiredMode === 'roles'
        ? html`<div class="roles">
              ${PARTNER_ROLES.map(
                (role) => html`<portico-checkbox name=${`role-${role}`} label=${roleLabel(role)} ?checked=${draft.roles.includes(role)}
                  @portico-change=${(e: CustomEvent<{ checked: boolean }>) =>
                    this.#edit((d) => (d.roles = e.detail.checked ? [...d.roles, role] : d.roles.filter((r) => r !== role)))}></portico-checkbox>`,
              )}
            </div>
            <p class="muted">${msg('With no role ticked, the module is optional for everyone.', { id: 'training.editor.optional' })}</p>`
        : nothing}
    </fieldset>`;
  }

  #versionColumns(): DataTableColumn<VersionSummary>[] {
    const date = (value: string | null) => (value ? formatDate(value, this.locale) : '—');
    return [
      { key: 'version', label: () => msg('Version', { id: 'training.manage.version' }), align: 'end' },
      { key: 'passThreshold', label: () => msg('Pass threshold (%)', { id: 'training.editor.threshold' }), align: 'end' },
      { key: 'totalPoints', label: () => msg('Points', { id: 'training.editor.points' }), align: 'end' },
      { key: 'publishedAt', label: () => msg('Published', { id: 'training.manage.published' }), render: (v) => date(v.publishedAt) },
      { key: 'supersededAt', label: () => msg('Replaced', { id: 'training.editor.replaced' }), render: (v) => date(v.supersededAt) },
      { key: 'attemptCount', label: () => msg('Attempts', { id: 'training.editor.attempts' }), align: 'end' },
    ];
  }

  #lifecycleActions(module: StaffModule) {
    return html`<div class="actions" part="lifecycle">
      ${module.status === 'draft'
        ? html`<portico-button ?loading=${this.acting} @click=${() => this.#lifecycle('publish')}>${msg('Publish', { id: 'training.editor.publish' })}</portico-button>
            <portico-button variant="danger" @click=${() => this.deleteDialog.show()}>${msg('Delete the draft', { id: 'training.editor.delete' })}</portico-button>`
        : nothing}
      ${module.status === 'published' ? html`<portico-button variant="danger" @click=${() => this.retireDialog.show()}>${msg('Retire', { id: 'training.editor.retire' })}</portico-button>` : nothing}
    </div>`;
  }

  #page(module: StaffModule | null) {
    return html`<p><a href="/training/manage">${msg('All training modules', { id: 'training.editor.back' })}</a></p>
      <h1>${module ? module.title : msg('New training module', { id: 'training.editor.new' })}</h1>
      ${module
        ? html`<p class="actions">${moduleStatusBadge(module.status)} <span class="muted">${msg(str`Quiz version ${module.version}`, { id: 'training.editor.version' })}</span></p>
            ${this.#lifecycleActions(module)}`
        : nothing}
      ${module?.status === 'published'
        ? html`<p class="note" role="note">${msg(str`This module is published. Saving a change to its quiz, pass threshold or validity creates version ${module.version + 1}; results and certifications of earlier versions do not change.`, { id: 'training.editor.version-note' })}</p>`
        : nothing}
      ${module?.status === 'retired' ? html`<p class="note" role="note">${msg('This module is retired: partners no longer see it.', { id: 'training.editor.retired-note' })}</p>` : nothing}
      <form part="form" novalidate @submit=${this.#save}>
        <portico-field name="title" required label=${msg('Title', { id: 'training.editor.title' })} .value=${this.draft.title}
          @portico-input=${(e: Input) => this.#edit((d) => (d.title = e.detail.value))}></portico-field>
        <portico-field type="textarea" name="description" label=${msg('Description (Markdown)', { id: 'training.editor.description' })} .value=${this.draft.description}
          @portico-input=${(e: Input) => this.#edit((d) => (d.description = e.detail.value))}></portico-field>
        ${this.#sections()}
        <portico-training-editor-documents .client=${this.client} .fileIds=${this.draft.documentFileIds} .errors=${this.documentErrors}
          @portico-training-documents-change=${this.#documentsChanged}></portico-training-editor-documents>
        ${this.#quiz()} ${this.#requiredFor()}
        ${this.formMessage ? html`<p class="alert" role="alert">${this.formMessage}</p>` : nothing}
        <div class="actions">
          <portico-button type="submit" ?loading=${this.saving}>${module ? msg('Save changes', { id: 'training.editor.save' }) : msg('Create the draft', { id: 'training.editor.create' })}</portico-button>
        </div>
      </form>
      ${module && module.versions.length
        ? html`<h2>${msg('Versions', { id: 'training.editor.versions' })}</h2>
            <portico-data-table part="versions" label=${msg('Quiz versions', { id: 'training.editor.versions-table' })} .columns=${this.#versionColumns()} .rows=${module.versions}
              .rowKey=${(v: VersionSummary) => v.version}></portico-data-table>`
        : nothing}
      <portico-dialog id="retire" label=${msg('Retire this module?', { id: 'training.editor.retire.title' })}>
        <p>${msg('Partners will no longer see it or take its quiz. Certifications already earned stay on record.', { id: 'training.editor.retire.body' })}</p>
        <div slot="footer" class="actions">
          <portico-button variant="secondary" @click=${() => this.retireDialog.close()}>${msg('Cancel', { id: 'training.cancel' })}</portico-button>
          <portico-button variant="danger" ?loading=${this.acting} @click=${() => this.#lifecycle('retire')}>${msg('Retire', { id: 'training.editor.retire' })}</portico-button>
        </div>
      </portico-dialog>
      <portico-dialog id="delete" label=${msg('Delete this draft?', { id: 'training.editor.delete.title' })}>
        <p>${msg('The draft, its content and its quiz are deleted for good.', { id: 'training.editor.delete.body' })}</p>
        <div slot="footer" class="actions">
          <portico-button variant="secondary" @click=${() => this.deleteDialog.close()}>${msg('Cancel', { id: 'training.cancel' })}</portico-button>
          <portico-button variant="danger" ?loading=${this.acting} @click=${() => this.#delete()}>${msg('Delete the draft', { id: 'training.editor.delete' })}</portico-button>
        </div>
      </portico-dialog>`;
  }

  protected override render() {
    return renderResource(this.module, (module) => this.#page(module));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-training-editor': PorticoTrainingEditor;
  }
}
