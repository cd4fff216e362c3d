/**
 * The tenant's document settings, stored under `tenants.settings.documents`; the schema's defaults
 * stand for a tenant that never changed them.
 */
import type { Knex } from 'knex';
import { Type, type Static } from '@portico/core';

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

export const DocumentSettingsBody = Type.Object(
  { maxUploadBytes: DocumentSettings.properties.maxUploadBytes, acceptedTypes: DocumentSettings.properties.acceptedTypes },
  { examples: [{ maxUploadBytes: 50 * 1024 * 1024, acceptedTypes: ['application/pdf', 'image/png', 'text/plain'] }] },
);

export async function writeSettings(db: Knex.Transaction, tenantId: string, after: DocumentSettings): Promise<DocumentSettings> {
  await db('tenants')
    .where({ id: tenantId })
    .update({ settings: db.raw(`jsonb_set(coalesce(settings, '{}'::jsonb), '{documents}', ?::jsonb)`, [JSON.stringify(after)]), updatedAt: db.fn.now() });
  return after;
}
