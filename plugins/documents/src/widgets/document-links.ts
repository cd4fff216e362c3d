import { css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg, str } from '@lit/localize';
import type { PorticoClient } from '@portico/sdk';
import { PorticoElement, ResourceController, clientContext, localeContext, renderResource, type Locale } from '@portico/widgets';
import { downloadControl, formatBytes, typeName, type DocumentFile } from './shared.js';
import { connectionOf, contentPath } from './transfer.js';

/** The library answers at most this many ids per request. */
const IDS_PER_REQUEST = 50;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The ids worth asking for, once each, as one string: the loader compares its arguments by identity,
 * so an equal list given anew does not load again. A malformed id could never be a file the person
 * sees, and would make the whole request a 400: it is left out.
 */
function idKey(ids: readonly string[] | null | undefined): string {
  return [...new Set((ids ?? []).map((id) => id.trim().toLowerCase()).filter((id) => UUID.test(id)))].join(',');
}

const idsConverter = {
  fromAttribute: (value: string | null) => (value ?? '').split(',').map((id) => id.trim()).filter(Boolean),
  toAttribute: (value: string[]) => value.join(','),
};

/**
 * The documents attached to something of another plugin (a training module, a deal…): each file
 * among `fileIds` that the person may see, with its type, size and download; the others are not
 * shown, and when none is visible a sentence says so. Renders nothing without ids. The list keeps
 * the order of `fileIds`.
 *
 * Works in the portal (download links carry the session cookie) and embedded with bearer tokens.
 *
 * @attr file-ids - The files' ids, comma-separated (or the `fileIds` property, an array).
 * @csspart list - The list of files.
 * @csspart item - One file.
 */
@customElement('portico-document-links')
export class PorticoDocumentLinks extends PorticoElement {
  static override styles = [
    ...PorticoElement.styles,
    css`
      :host {
        display: block;
      }
      ul {
        list-style: none;
        padding: 0;
        margin: 0;
        display: grid;
        gap: var(--portico-space-2, 0.5rem);
      }
      li {
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        gap: var(--portico-space-1, 0.25rem) var(--portico-space-3, 0.75rem);
      }
      .name {
        font-weight: 600;
        overflow-wrap: anywhere;
      }
      .muted {
        color: var(--portico-color-muted, #555);
      }
      .download {
        margin-inline-start: auto;
      }
      a {
        color: var(--portico-color-primary, #2456d3);
      }
      p {
        margin: 0;
      }
    `,
  ];

  @consume({ context: clientContext, subscribe: true }) @state() accessor client = undefined as unknown as PorticoClient;
  @consume({ context: localeContext, subscribe: true }) @state() accessor locale: Locale = 'en';
  @property({ attribute: 'file-ids', converter: idsConverter }) accessor fileIds: string[] = [];

  readonly files = new ResourceController(this, {
    args: () => [this.client, idKey(this.fileIds)] as const,
    enabled: ([client, ids]) => !!client && ids !== '',
    load: async ([client, ids], signal) => {
      const all = ids.split(',');
      const chunks: string[][] = [];
      for (let i = 0; i < all.length; i += IDS_PER_REQUEST) chunks.push(all.slice(i, i + IDS_PER_REQUEST));
      const pages = await Promise.all(
        chunks.map((chunk) => client.list('/documents/library', { query: { ids: chunk.join(','), limit: IDS_PER_REQUEST }, signal })),
      );
      const order = new Map(all.map((id, index) => [id, index]));
      return pages.flatMap((page) => page.items).sort((a, b) => (order.get(a.id.toLowerCase()) ?? 0) - (order.get(b.id.toLowerCase()) ?? 0));
    },
  });

  #item(file: DocumentFile) {
    return html`<li part="item">
      <span class="name">${file.name}</span>
      <span class="muted">${typeName(file.contentType)} · ${formatBytes(file.size, this.locale)}</span>
      <span class="download">
        ${downloadControl({
          connection: connectionOf(this),
          client: this.client,
          path: contentPath(file.spaceId, file.id),
          name: file.name,
          label: msg(str`Download ${file.name}`, { id: 'documents.file.download-named' }),
        })}
      </span>
    </li>`;
  }

  protected override render() {
    if (!idKey(this.fileIds)) return nothing;
    return renderResource(
      this.files,
      (files) => html`<ul part="list" aria-label=${msg('Attached documents', { id: 'documents.links.label' })}>
        ${files.map((file) => this.#item(file))}
      </ul>`,
      { empty: () => html`<p class="muted">${msg('None of these documents is available to you.', { id: 'documents.links.none' })}</p>` },
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-document-links': PorticoDocumentLinks;
  }
}
