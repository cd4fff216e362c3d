/**
 * The "Documents" part of the training module editor: the documents plugin's files attached to the
 * module, listed by name with a Remove button each, and a search of the library to attach more.
 */
import { css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg, str } from '@lit/localize';
import type { PorticoClient } from '@portico/sdk';
import { PorticoElement, isProblem, portalContext, type PortalInfo } from '@portico/widgets';
import { fieldsetStyles, problemText, type LibraryFile } from './shared.js';

/** What the editor needs of a file of the documents plugin's library (`GET /documents/library`). */

/** The server's limit on a module's attached documents. */
export const MAX_DOCUMENTS = 50;
const SEARCH_LIMIT = 20;
const SEARCH_DELAY_MS = 300;

/** The documents plugin is not installed: its routes answer 404. */
const isAbsent = (error: unknown) => isProblem(error) && error.status === 404;
const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/**
 * The editor owns the attached ids and sets `fileIds`; this element asks for a change with
 * `portico-training-documents-change` (detail `{ fileIds }`). It fetches the names of the ids it does
 * not know once (`?ids=`); an id the library does not answer (deleted, or not visible) is listed as
 * "Unavailable document" so that it can still be removed. Searching (`?q=`, on typing after a pause
 * or on Enter) offers up to 20 files to attach, at most 50 in all. Without the documents plugin (the
 * portal does not list it, or the library answers 404) it renders nothing.
 *
 * @fires portico-training-documents-change - The attached ids changed (detail `{ fileIds }`).
 * @csspart files, search, results
 */
@customElement('portico-training-editor-documents')
export class PorticoTrainingEditorDocuments extends PorticoElement {
  static override styles = [
    ...PorticoElement.styles,
    fieldsetStyles,
    css`
      :host {
        display: block;
      }
      fieldset[aria-invalid='true'] {
        border-color: var(--portico-color-danger, #b00020);
      }
      legend {
        font-weight: 600;
        padding: 0 var(--portico-space-1, 0.25rem);
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: var(--portico-space-2, 0.5rem);
      }
      li {
        display: grid;
        grid-template-columns: 1fr auto;
        gap: var(--portico-space-1, 0.25rem) var(--portico-space-3, 0.75rem);
        align-items: center;
      }
      li .alert {
        grid-column: 1 / -1;
        margin: 0;
      }
      .muted {
        color: var(--portico-color-muted, #555);
      }
      .alert {
        color: var(--portico-color-danger, #b00020);
      }
      .subtitle {
        font-weight: 600;
      }
      [role='search'] {
        display: grid;
        gap: var(--portico-space-2, 0.5rem);
      }
      p {
        margin: 0;
      }
    `,
  ];

  @property({ attribute: false }) accessor client = undefined as unknown as PorticoClient;
  /** The attached ids, in order. */
  @property({ attribute: false }) accessor fileIds: string[] = [];
  /** The server's messages about the attached ids: by file id, and about the list as a whole under `''`. */
  @property({ attribute: false }) accessor errors: Record<string, string> = {};
  @consume({ context: portalContext, subscribe: true }) @state() accessor portal: PortalInfo | null = null;
  /** Files by id as the library answered them; `null` for an id it did not answer. */
  @state() accessor files: ReadonlyMap<string, LibraryFile | null> = new Map();
  @state() accessor loadingNames = false;
  @state() accessor namesError = '';
  /** The library answered 404: the documents plugin is not installed. */
  @state() accessor absent = false;
  @state() accessor query = '';
  /** The last search's files; `null` before any search. */
  @state() accessor results: LibraryFile[] | null = null;
  @state() accessor searching = false;
  @state() accessor searchError = '';

  /** Ids whose names were asked for (or are being asked for): each is fetched once. */
  readonly #requested = new Set<string>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #search: AbortController | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
    this.#search?.abort();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if ((changed.has('fileIds') || changed.has('client')) && this.client) void this.#loadNames();
  }

  get #hidden(): boolean {
    return this.absent || (this.portal !== null && !this.portal.plugins.some((p) => p.id === 'documents'));
  }

  async #loadNames() {
    const missing = this.fileIds.filter((id) => !this.files.has(id) && !this.#requested.has(id));
    if (missing.length === 0 || this.#hidden) return;
    for (const id of missing) this.#requested.add(id);
    this.loadingNames = true;
    this.namesError = '';
    try {
      const page = await this.client.list('/documents/library', { query: { ids: missing.join(','), limit: MAX_DOCUMENTS } });
      const files = new Map(this.files);
      for (const id of missing) files.set(id, page.items.find((file) => file.id === id) ?? null);
      this.files = files;
    } catch (error) {
      for (const id of missing) this.#requested.delete(id);
      if (isAbsent(error)) this.absent = true;
      else this.namesError = problemText(error);
    } finally {
      this.loadingNames = false;
    }
  }

  #change(fileIds: string[]) {
    this.emit('portico-training-documents-change', { fileIds });
  }

  #attach(file: LibraryFile) {
    if (this.fileIds.includes(file.id) || this.fileIds.length >= MAX_DOCUMENTS) return;
    this.files = new Map(this.files).set(file.id, file);
    this.#change([...this.fileIds, file.id]);
  }

  #remove(id: string) {
    this.#change(this.fileIds.filter((other) => other !== id));
  }

  #typed(value: string) {
    this.query = value;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#find(), SEARCH_DELAY_MS);
  }

  #keydown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || event.isComposing) return;
    // Enter searches now; it must not submit the editor's form.
    event.preventDefault();
    clearTimeout(this.#timer);
    void this.#find();
  };

  async #find() {
    clearTimeout(this.#timer);
    this.#search?.abort();
    const q = this.query.trim();
    this.searchError = '';
    if (!q) {
      this.results = null;
      this.searching = false;
      return;
    }
    const search = (this.#search = new AbortController());
    this.searching = true;
    try {
      const page = await this.client.list('/documents/library', { query: { q, limit: SEARCH_LIMIT }, signal: search.signal });
      if (search.signal.aborted) return;
      this.results = page.items;
    } catch (error) {
      if (isAbort(error) || search.signal.aborted) return;
      if (isAbsent(error)) this.absent = true;
      else this.searchError = problemText(error);
      this.results = null;
    } finally {
      if (this.#search === search) this.searching = false;
    }
  }

  #retryNames() {
    this.namesError = '';
    void this.#loadNames();
  }

  #name(id: string): string {
    const file = this.files.get(id);
    if (file) return file.name;
    if (file === null) return msg('Unavailable document', { id: 'training.editor.documents.unavailable' });
    return this.loadingNames ? msg('Loading…', { id: 'training.editor.documents.loading' }) : msg('Document', { id: 'training.editor.documents.document' });
  }

  #attached() {
    if (this.fileIds.length === 0) return html`<p class="muted">${msg('No document attached.', { id: 'training.editor.documents.none' })}</p>`;
    return html`<ul part="files" aria-label=${msg('Attached documents', { id: 'training.editor.documents.attached' })} aria-busy=${this.loadingNames ? 'true' : 'false'}>
      ${this.fileIds.map((id) => {
        const name = this.#name(id);
        const file = this.files.get(id);
        const error = this.errors[id];
        return html`<li>
          <span><span class="name">${name}</span>${file ? html` <span class="muted">· ${file.spaceTitle}</span>` : nothing}</span>
          <portico-button variant="text" label=${msg(str`Remove ${name}`, { id: 'training.editor.documents.remove' })}
            @click=${() => this.#remove(id)}>${msg('Remove', { id: 'training.editor.documents.remove-short' })}</portico-button>
          ${error ? html`<p class="alert" id=${`document-error-${id}`}>${error}</p>` : nothing}
        </li>`;
      })}
    </ul>`;
  }

  #result(file: LibraryFile, full: boolean) {
    const attached = this.fileIds.includes(file.id);
    return html`<li>
      <span><span class="name">${file.name}</span> <span class="muted">· ${file.spaceTitle}</span></span>
      ${attached
        ? html`<portico-button variant="secondary" disabled label=${msg(str`${file.name} is attached`, { id: 'training.editor.documents.is-attached' })}>${msg('Attached', { id: 'training.editor.documents.attached-short' })}</portico-button>`
        : html`<portico-button variant="secondary" ?disabled=${full} label=${msg(str`Attach ${file.name}`, { id: 'training.editor.documents.attach' })}
            @click=${() => this.#attach(file)}>${msg('Attach', { id: 'training.editor.documents.attach-short' })}</portico-button>`}
    </li>`;
  }

  #searchStatus(): string {
    if (this.searching) return msg('Searching…', { id: 'training.editor.documents.searching' });
    if (this.results?.length === 0) return msg(str`No document matches “${this.query.trim()}”.`, { id: 'training.editor.documents.no-match' });
    return '';
  }

  #searchPart() {
    const full = this.fileIds.length >= MAX_DOCUMENTS;
    return html`<div part="search" role="search" aria-labelledby="attach-title">
      <p id="attach-title" class="subtitle">${msg('Attach a document', { id: 'training.editor.documents.attach-title' })}</p>
      <portico-field name="documents-search" type="text" label=${msg('Search the document library', { id: 'training.editor.documents.search' })} .value=${this.query}
        hint=${msg('Type words of a document’s name, description or space.', { id: 'training.editor.documents.search-hint' })}
        @keydown=${this.#keydown} @portico-input=${(e: CustomEvent<{ value: string }>) => this.#typed(e.detail.value)}></portico-field>
      ${full ? html`<p class="muted">${msg(str`A module has at most ${MAX_DOCUMENTS} documents: remove one to attach another.`, { id: 'training.editor.documents.full' })}</p>` : nothing}
      <p role="status" class="muted">${this.#searchStatus()}</p>
      ${this.searchError ? html`<p class="alert" role="alert">${this.searchError}</p>` : nothing}
      ${this.results?.length
        ? html`<ul part="results" aria-label=${msg('Documents found', { id: 'training.editor.documents.results' })}>${this.results.map((file) => this.#result(file, full))}</ul>`
        : nothing}
    </div>`;
  }

  protected override render() {
    if (this.#hidden) return nothing;
    const listError = this.errors[''];
    const invalid = Object.keys(this.errors).length > 0;
    return html`<fieldset aria-invalid=${invalid ? 'true' : 'false'} aria-describedby="documents-error">
      <legend>${msg('Documents', { id: 'training.editor.documents' })}</legend>
      <p class="muted">${msg('Files from the document library that partners see with this module.', { id: 'training.editor.documents.lead' })}</p>
      ${this.#attached()}
      ${this.namesError
        ? html`<p class="alert" role="alert">${msg('The documents’ names could not be loaded.', { id: 'training.editor.documents.names-error' })} ${this.namesError}
            <portico-button variant="text" @click=${() => this.#retryNames()}>${msg('Try again', { id: 'training.module.try-again' })}</portico-button></p>`
        : nothing}
      <p class="alert" id="documents-error">${listError ?? nothing}</p>
      ${this.#searchPart()}
    </fieldset>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-training-editor-documents': PorticoTrainingEditorDocuments;
  }
}
