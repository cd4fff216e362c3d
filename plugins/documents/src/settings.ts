/**
 * The tenant's document settings, stored under `tenants.settings.documents`; the schema's defaults
 * stand for a tenant that never changed them.
 */
import { defineSettings, Type, type Static } from '@portico/core';
import { P } from './permissions.js';

/** Types recognised from a file's bytes (and text, recognised by being valid UTF-8 without control bytes). */
export const KNOWN_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'image/svg+xml',
  'application/zip',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'video/mp4',
  'text/plain',
  'text/csv',
] as const;

export const DEFAULT_ACCEPTED = KNOWN_TYPES.filter((t) => t !== 'image/svg+xml');

export const DocumentSettings = Type.Object({
  maxUploadBytes: Type.Integer({ minimum: 1, maximum: 5 * 1024 * 1024 * 1024, default: 100 * 1024 * 1024, description: 'Largest file accepted, in bytes (larger: 413)' }),
  acceptedTypes: Type.Array(Type.String({ minLength: 3, maxLength: 127, pattern: '^[a-z0-9.+-]+/[a-z0-9.+-]+$' }), {
    minItems: 1,
    maxItems: 50,
    uniqueItems: true,
    default: [...DEFAULT_ACCEPTED],
    description: 'Media types accepted, as recognised from the bytes (a file that claims one type but is another is refused)',
  }),
});
export type DocumentSettings = Static<typeof DocumentSettings>;

/** Read and changed by the staff holding `documents.settings.manage`, at `/api/v1/documents/settings`. */
export const documentSettings = defineSettings({
  schema: DocumentSettings,
  read: P.settingsManage,
  manage: P.settingsManage,
  summary: 'Read the document settings: largest upload, accepted types',
  example: { maxUploadBytes: 50 * 1024 * 1024, acceptedTypes: ['application/pdf', 'image/png', 'text/plain'] },
});
