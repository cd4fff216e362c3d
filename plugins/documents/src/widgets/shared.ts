/**
 * What the documents elements share: the API's shapes (from the server's schemas), sizes and types as
 * a person reads them, badges, how a failed call reads, and page styles.
 */
import { css, html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { Static } from '@portico/core';
import type { Page, PorticoClient } from '@portico/sdk';
import { formatNumber, pageStyles as kitPageStyles, problemTexts, toast, type Locale } from '@portico/widgets';
import type {
  DocumentFile as DocumentFileSchema,
  DownloadCounts as DownloadCountsSchema,
  Space as SpaceSchema,
  Version as VersionSchema,
  Visibility as VisibilitySchema,
} from '../schemas.js';
import { apiUrl, saveThroughBlob, type Connection } from './transfer.js';

/** The API's shapes, typed from the schemas the server validates with (types only: nothing of the server is bundled). */
export type Visibility = Static<typeof VisibilitySchema>;
export type Space = Static<typeof SpaceSchema>;
export type DocumentFile = Static<typeof DocumentFileSchema>;
export type Version = Static<typeof VersionSchema>;
export type DownloadCounts = Static<typeof DownloadCountsSchema>;
export type { DocumentSettings } from '../settings.js';

export type PageOf<T> = Page<T>;

/** Bytes as a person reads them: "12 kB", "3.4 MB", in the locale's digits. */
export function formatBytes(bytes: number, locale: Locale): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(locale, { style: 'unit', unit: units[unit], unitDisplay: unit === 0 ? 'long' : 'short', maximumFractionDigits: unit < 2 ? 0 : 1 }).format(value);
}

const TYPE_NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'image/gif': 'GIF',
  'image/webp': 'WebP',
  'image/svg+xml': 'SVG',
  'application/zip': 'ZIP',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint',
  'video/mp4': 'MP4',
  'text/plain': 'Text',
  'text/csv': 'CSV',
};

/** A file type's short name ("PDF", "Excel"); the media type itself when unknown. */
export function typeName(contentType: string): string {
  const name = TYPE_NAMES[contentType];
  if (name === 'Text') return msg('Text', { id: 'documents.type.text' });
  return name ?? contentType;
}

export function badgeOf(badge: DocumentFile['badge']) {
  if (badge === 'new') return html`<portico-badge variant="info">${msg('New', { id: 'documents.badge.new' })}</portico-badge>`;
  if (badge === 'updated') return html`<portico-badge variant="success">${msg('Updated', { id: 'documents.badge.updated' })}</portico-badge>`;
  return nothing;
}

export function countText(n: number, locale: Locale): string {
  return formatNumber(n, locale);
}

/** A person's readable explanation of a failed call. */
export const problemText = problemTexts({
  generic: () => msg('Something went wrong. Check your connection and try again.', { id: 'documents.error.generic' }),
  byStatus: { 404: () => msg('This document does not exist, or you cannot see it.', { id: 'documents.error.not-found' }) },
});

export const pageStyles = css`
  ${kitPageStyles}
  h3 {
    font-size: 1rem;
    margin: var(--portico-space-4, 1rem) 0 var(--portico-space-2, 0.5rem);
  }
  form,
  .stack {
    max-width: 40rem;
  }
  fieldset {
    border: 1px solid var(--portico-color-border, #ccc);
    border-radius: var(--portico-radius, 6px);
    padding: var(--portico-space-3, 0.75rem);
    margin: 0;
    display: grid;
    gap: var(--portico-space-2, 0.5rem);
  }
  legend {
    font-weight: 600;
    padding: 0 var(--portico-space-1, 0.25rem);
  }
  .actions {
    align-items: center;
  }
  a {
    color: var(--portico-color-primary, #2456d3);
  }
  .spaces {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr));
    gap: var(--portico-space-3, 0.75rem);
    list-style: none;
    padding: 0;
    margin: 0 0 var(--portico-space-4, 1rem);
  }
  .space {
    display: grid;
    gap: var(--portico-space-1, 0.25rem);
    width: 100%;
    text-align: start;
    font: inherit;
    color: inherit;
    background: var(--portico-color-surface, #fff);
    border: 1px solid var(--portico-color-border, #ccc);
    border-radius: var(--portico-radius, 6px);
    padding: var(--portico-space-3, 0.75rem);
    cursor: pointer;
  }
  .space[aria-pressed='true'] {
    border-color: var(--portico-color-primary, #2456d3);
    box-shadow: inset 0 0 0 1px var(--portico-color-primary, #2456d3);
  }
  .space:focus-visible {
    outline: 2px solid var(--portico-color-primary, #2456d3);
    outline-offset: 2px;
  }
  .space strong {
    font-size: 1.05rem;
  }
  progress {
    width: 100%;
    max-width: 40rem;
    height: 0.75rem;
    accent-color: var(--portico-color-primary, #2456d3);
  }
`;

/**
 * A file's download: a plain link in the portal (the cookie goes along and the server's
 * Content-Disposition names the file), or, in a bearer embed, a button that fetches with the token
 * and saves the bytes.
 */
export function downloadControl(options: {
  connection: Connection;
  client: PorticoClient;
  path: string;
  name: string;
  label: string;
  onDone?: () => void;
}) {
  const { connection, client, path, name, label } = options;
  if (connection.auth === 'session') {
    return html`<a href=${apiUrl(connection, path)} download=${name} @click=${() => options.onDone?.()}>${label}</a>`;
  }
  const save = async () => {
    try {
      await saveThroughBlob(() => client.raw('GET', path), name);
      options.onDone?.();
    } catch (error) {
      toast(problemText(error), { variant: 'danger' });
    }
  };
  return html`<portico-button variant="text" @click=${save}>${label}</portico-button>`;
}
