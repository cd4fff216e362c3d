/**
 * The documents plugin: document spaces gated by partner, tier and role; versioned files on
 * pluggable storage; audited downloads. The manifest a reader starts from; each file below holds
 * one concern (see README.md).
 *
 * - who sees which space and file                                  → queries.ts
 * - spaces (create, change, list with badge counts)                 → spaces.ts
 * - files, versions, retire, download counts                        → files.ts
 * - uploads: streamed to storage before the transaction, limit, type sniffing, safe names → upload.ts
 * - downloads: ETag, Range, Content-Disposition, audit and count    → download.ts
 * - search and new/updated badges since the last visit              → library.ts
 * - where bytes live (local disk, S3-compatible)                    → storage/
 * - the home page's counts: files new and updated since the last visit → dashboard.ts
 */
import { definePlugin } from '@portico/core';
import { documentEvents } from './events.js';
import { permissions } from './permissions.js';
import { documentRoutes } from './routes.js';
import { documentsDashboard } from './dashboard.js';
import { seedDemoWith } from './seed.js';
import { documentSettings } from './settings.js';
import { diskStorage } from './storage/disk.js';
import { lazyStorage, storageFromEnv } from './storage/from-env.js';
import type { FileStorage } from './storage/storage.js';
import { documentsAudit } from './audit.js';

export { P as documentPermissions } from './permissions.js';
export type { FileStorage, StoredObject, ByteRange } from './storage/storage.js';
export { StorageNotFound, InvalidStorageKey } from './storage/storage.js';
export { diskStorage } from './storage/disk.js';
export { s3Storage, type S3StorageOptions } from './storage/s3.js';
export { storageFromEnv } from './storage/from-env.js';
export { sanitiseFileName } from './upload.js';
// What other plugins may read of documents (which file ids exist, files by name). See api.ts.
export { documentFilesNamed, existingDocumentFileIds } from './api.js';

export interface DocumentsPluginOptions {
  /** Where file contents live: a storage, or a folder for local-disk storage. Default: from the environment. */
  storage?: FileStorage | string;
}

export function createDocumentsPlugin(options: DocumentsPluginOptions = {}) {
  const storage = typeof options.storage === 'string' ? diskStorage(options.storage) : (options.storage ?? lazyStorage(() => storageFromEnv()));
  return definePlugin({
    id: 'documents',
    version: '0.1.0',
    description: 'Document spaces gated by partner, tier and role; versioned files on pluggable storage; audited downloads',
    audit: documentsAudit,
    requires: ['access'],
    permissions,
    migrations: new URL('./migrations/', import.meta.url),
    widgets: new URL('../dist/widgets/', import.meta.url),
    settings: documentSettings,
    events: {
      emits: documentEvents,
    },
    routes: { v1: documentRoutes(storage) },
    seedDemo: seedDemoWith(storage),
    // The home page's counts: files new and updated since the person's last visit.
    contributes: [...documentsDashboard],
  });
}

/** The plugin with storage chosen by the environment (PORTICO_STORAGE, S3_*, PORTICO_DATA_DIR). */
export const documentsPlugin = createDocumentsPlugin();
