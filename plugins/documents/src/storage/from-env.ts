/**
 * The storage the default `documentsPlugin` uses, chosen by the environment when first needed:
 * `PORTICO_STORAGE=s3` with `S3_*` variables, else the local disk under `PORTICO_DATA_DIR/files`.
 */
import path from 'node:path';
import { diskStorage } from './disk.js';
import { s3Storage } from './s3.js';
import type { FileStorage } from './storage.js';

export function storageFromEnv(env: NodeJS.ProcessEnv = process.env): FileStorage {
  if ((env.PORTICO_STORAGE ?? 'disk') === 's3') {
    if (!env.S3_BUCKET) throw new Error('PORTICO_STORAGE=s3 needs S3_BUCKET.');
    return s3Storage({
      bucket: env.S3_BUCKET,
      prefix: env.S3_PREFIX,
      client: {
        region: env.S3_REGION || 'us-east-1',
        ...(env.S3_ENDPOINT ? { endpoint: env.S3_ENDPOINT } : {}),
        forcePathStyle: env.S3_FORCE_PATH_STYLE === 'true' || env.S3_FORCE_PATH_STYLE === '1',
        ...(env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY ? { credentials: { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY } } : {}),
      },
    });
  }
  if (env.PORTICO_STORAGE && env.PORTICO_STORAGE !== 'disk') throw new Error(`PORTICO_STORAGE must be "disk" or "s3", not "${env.PORTICO_STORAGE}".`);
  return diskStorage(path.join(path.resolve(env.PORTICO_DATA_DIR || '.portico'), 'files'));
}

/** Resolves the storage once, on first use, so that importing the plugin reads no environment. */
export function lazyStorage(make: () => FileStorage): FileStorage {
  let storage: FileStorage | null = null;
  const get = () => (storage ??= make());
  return {
    put: (content) => get().put(content),
    get: (key, range) => get().get(key, range),
    stat: (key) => get().stat(key),
    delete: (key) => get().delete(key),
  };
}
