import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg, str } from '@lit/localize';
import type { PorticoClient } from '@portico/sdk';
import {
  PorticoElement, ResourceController, clientContext, formatDate, hasPermission, localeContext, plural, readField, renderResource, sessionContext, submitOnEnter, toast,
  type DataTableColumn, type Locale, type Session,
} from '@portico/widgets';
import { badgeOf, downloadControl, formatBytes, pageStyles, problemText, typeName, type DocumentFile, type PageOf, type Space } from './shared.js';
import { connectionOf, contentPath, type Connection } from './transfer.js';

/**
 * The document library (`/documents`): the spaces shared with the person's organisation and role,
 * their files (name, type, size, version, last update) with "new" and "updated" badges since the
 * previous visit, search across everything visible, and downloads. Once the badges have been shown,
 * the visit is recorded, so the next one counts from now.
 *
 * Works in the portal (download links carry the session cookie) and embedded with bearer tokens
 * (downloads are fetched with the token and saved).
 *
 * @fires portico-navigate - "Manage documents", for staff (detail `{ path: '/documents/manage' }`).
 * @csspart spaces, search, table
 */
@customElement('portico-document-library')
export class PorticoDocumentLibrary extends PorticoElement {
  static override styles = [...PorticoElement.styles, pageStyles];

  @consume({ context: clientContext, subscribe: true }) @state() accessor client = undefined as unknown as PorticoClient;
  @consume({ context: sessionContext, subscribe: true }) @state() accessor session: Session | null = null;
  @consume({ context: localeContext, subscribe: true }) @state() accessor locale: Locale = 'en';
  /** The space shown; empty for the whole library. */
  @state() accessor spaceId = '';
  @state() accessor search = '';
  @state() accessor rows: DocumentFile[] = [];
  @state() accessor nextCursor: string | null = null;
  @state() accessor loadingMore = false;
  #visitRecorded = false;

  readonly spaces = new ResourceController(this, {
    args: () => [this.client] as const,
    enabled: ([client]) => !!client,
    // A programme shares tens of spaces, not hundreds: one page of 100 holds them.
    load: ([client], signal) => client.list('/documents/spaces', { query: { limit: 100 }, signal }),
  });

  readonly files = new ResourceController(this, {
    args: () => [this.client, this.spaceId, this.search] as const,
    enabled: ([client]) => !!client,
    load: async (_args, signal) => {
      const page = await this.#fetch(null, signal);
      this.rows = page.items;
      this.nextCursor = page.nextCursor;
      return page;
    },
  });

  /** A space's own files, or a search (or the newest files) across the library. */
  #fetch(cursor: string | null, signal?: AbortSignal): Promise<PageOf<DocumentFile>> {
    if (this.spaceId && !this.search) {
      return this.client.list('/documents/spaces/{spaceId}/files', { params: { spaceId: this.spaceId }, cursor, signal });
    }
    return this.client.list('/documents/library', { query: { q: this.search || undefined }, cursor, signal });
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    // Badges count from the previous visit: record this one only once they have been shown.
    if (!this.#visitRecorded && this.spaces.status === 'ready' && this.files.status !== 'loading' && this.files.status !== 'idle') {
      this.#visitRecorded = true;
      this.client.post('/documents/visits').catch(() => {
        // Not recording a visit only means the same badges show next time.
        this.#visitRecorded = false;
      });
    }
  }

  get #connection(): Connection {
    return connectionOf(this);
  }

  async #loadMore() {
    this.loadingMore = true;
    try {
      const page = await this.#fetch(this.nextCursor);
      this.rows = [...this.rows, ...page.items];
      this.nextCursor = page.nextCursor;
    } catch (error) {
      toast(problemText(error), { variant: 'danger' });
    } finally {
      this.loadingMore = false;
    }
  }

  #columns(): DataTableColumn<DocumentFile>[] {
    const connection = this.#connection;
    const columns: (DataTableColumn<DocumentFile> | false)[] = [
      {
        key: 'name',
        label: () => msg('Name', { id: 'documents.file.name' }),
        render: (f) => html`<strong>${f.name}</strong> ${badgeOf(f.badge)}${f.description ? html`<br /><span class="muted">${f.description}</span>` : nothing}`,
      },
      (!this.spaceId || !!this.search) && { key: 'spaceTitle', label: () => msg('Space', { id: 'documents.file.space' }) },
      { key: 'type', label: () => msg('Type', { id: 'documents.file.type' }), render: (f) => typeName(f.contentType) },
      { key: 'size', align: 'end', label: () => msg('Size', { id: 'documents.file.size' }), render: (f) => formatBytes(f.size, this.locale) },
      { key: 'version', align: 'end', label: () => msg('Version', { id: 'documents.file.version' }), render: (f) => String(f.version) },
      { key: 'updatedAt', label: () => msg('Updated', { id: 'documents.file.updated' }), render: (f) => formatDate(f.updatedAt, this.locale) },
      {
        key: 'download',
        label: () => msg('Download', { id: 'documents.file.download' }),
        render: (f) =>
          downloadControl({
            connection,
            client: this.client,
            path: contentPath(f.spaceId, f.id),
            name: f.name,
            label: msg(str`Download ${f.name}`, { id: 'documents.file.download-named' }),
          }),
      },
    ];
    return columns.filter((c): c is DataTableColumn<DocumentFile> => !!c);
  }

  #choose(spaceId: string) {
    this.spaceId = this.spaceId === spaceId ? '' : spaceId;
  }

  #spaceCounts(space: Space) {
    const parts = [plural(space.fileCount, { one: msg(str`${space.fileCount} file`, { id: 'documents.space.files.one' }), other: msg(str`${space.fileCount} files`, { id: 'documents.space.files' }) })];
    return html`<span class="muted">${parts}</span>
      ${space.newFiles ? html`<portico-badge variant="info">${msg(str`${space.newFiles} new`, { id: 'documents.space.new-count' })}</portico-badge>` : nothing}
      ${space.updatedFiles ? html`<portico-badge variant="success">${msg(str`${space.updatedFiles} updated`, { id: 'documents.space.updated-count' })}</portico-badge>` : nothing}`;
  }

  #spacesList(page: PageOf<Space>) {
    return html`<ul class="spaces" part="spaces" aria-label=${msg('Spaces', { id: 'documents.spaces' })}>
      ${page.items.map(
        (space) => html`<li>
          <button type="button" class="space" aria-pressed=${String(this.spaceId === space.id)} @click=${() => this.#choose(space.id)}>
            <strong>${space.title}</strong>
            ${space.description ? html`<span>${space.description}</span>` : nothing}
            <span class="actions">${this.#spaceCounts(space)}</span>
          </button>
        </li>`,
      )}
    </ul>`;
  }

  #searchForm() {
    const onSearch = (event: Event) => {
      event.preventDefault();
      this.search = readField(event.target as HTMLFormElement, 'q');
    };
    return html`<div class="toolbar" part="search">
      <form role="search" @submit=${onSearch} @keydown=${submitOnEnter}>
        <portico-field name="q" .value=${this.search} label=${msg('Search the library', { id: 'documents.search' })}
          hint=${msg('Words in a file’s name or description, or in its space’s.', { id: 'documents.search.hint' })}></portico-field>
      </form>
      ${this.search ? html`<portico-button variant="secondary" @click=${() => (this.search = '')}>${msg('Clear the search', { id: 'documents.search.clear' })}</portico-button>` : nothing}
    </div>`;
  }

  #filesHeading(spaces: Space[]) {
    if (this.search) return msg(str`Results for “${this.search}”`, { id: 'documents.results' });
    const space = spaces.find((s) => s.id === this.spaceId);
    return space ? space.title : msg('Latest documents', { id: 'documents.latest' });
  }

  #filesSection(spaces: Space[]) {
    const heading = this.#filesHeading(spaces);
    return html`<h2>${heading}</h2>
      ${renderResource(
        this.files,
        () => html`<portico-data-table part="table" label=${heading} .columns=${this.#columns()} .rows=${this.rows}
          ?has-more=${!!this.nextCursor} ?loading=${this.loadingMore} @portico-load-more=${() => this.#loadMore()}></portico-data-table>`,
        {
          empty: () =>
            this.search
              ? html`<portico-empty-state heading=${msg('No document matches', { id: 'documents.no-match' })}>
                  ${msg('Try other words, or browse the spaces above.', { id: 'documents.no-match.body' })}
                  <portico-button slot="action" variant="secondary" @click=${() => (this.search = '')}>${msg('Clear the search', { id: 'documents.search.clear' })}</portico-button>
                </portico-empty-state>`
              : html`<portico-empty-state heading=${msg('No files here yet', { id: 'documents.files.empty' })}>
                  ${msg('Files appear here as soon as they are shared.', { id: 'documents.files.empty.body' })}
                </portico-empty-state>`,
        },
      )}`;
  }

  protected override render() {
    const staff = this.session?.person.kind === 'staff' && hasPermission(this.session, 'documents.manage');
    return html`<div class="heading">
        <h1>${msg('Documents', { id: 'documents.title' })}</h1>
        ${staff ? html`<a href="/documents/manage">${msg('Manage documents', { id: 'documents.manage.title' })}</a>` : nothing}
      </div>
      ${renderResource(
        this.spaces,
        (page) => html`${this.#searchForm()}${this.#spacesList(page)}${this.#filesSection(page.items)}`,
        {
          empty: () => html`<portico-empty-state heading=${msg('No documents shared with you yet', { id: 'documents.empty' })}>
            ${staff
              ? msg('Create a space and upload files: partners see them at once.', { id: 'documents.empty.staff' })
              : msg('Your programme shares price lists, playbooks and guides here. Check back soon.', { id: 'documents.empty.body' })}
            ${staff
              ? html`<portico-button slot="action" @click=${() => this.emit('portico-navigate', { path: '/documents/manage' })}>${msg('Manage documents', { id: 'documents.manage.title' })}</portico-button>`
              : nothing}
          </portico-empty-state>`,
        },
      )}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-document-library': PorticoDocumentLibrary;
  }
}
