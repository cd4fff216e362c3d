/** The shared storage suite on the local disk and on a real S3-compatible server (s3rver, in-process). */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diskStorage } from '../src/storage/disk.js';
import { storageFromEnv } from '../src/storage/from-env.js';
import { s3Storage } from '../src/storage/s3.js';
import type { FileStorage } from '../src/storage/storage.js';
import { storageSuite } from './storage-suite.js';

async function filesUnder(root: string): Promise<string[]> {
  const entries = await fs.readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name));
}

let diskRoot: string;
let s3Dir: string;
let s3: S3rver;
let endpoint: string;

beforeAll(async () => {
  diskRoot = await fs.mkdtemp(path.join(os.tmpdir(), 'portico-disk-'));
  s3Dir = await fs.mkdtemp(path.join(os.tmpdir(), 'portico-s3rver-'));
  s3 = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: s3Dir, configureBuckets: [{ name: 'documents', configs: [] }] });
  const address = (await s3.run()) as AddressInfo;
  endpoint = `http://127.0.0.1:${address.port}`;
});

afterAll(async () => {
  await s3?.close();
  await fs.rm(diskRoot, { recursive: true, force: true });
  await fs.rm(s3Dir, { recursive: true, force: true });
});

const s3Env = () => ({
  PORTICO_STORAGE: 's3',
  S3_BUCKET: 'documents',
  S3_ENDPOINT: endpoint,
  S3_REGION: 'us-east-1',
  S3_ACCESS_KEY_ID: 'S3RVER',
  S3_SECRET_ACCESS_KEY: 'S3RVER',
  S3_FORCE_PATH_STYLE: 'true',
});

storageSuite('local disk', () => diskStorage(diskRoot), { largeBytes: 3 * 1024 * 1024, countObjects: async () => (await filesUnder(diskRoot)).length });

// Parts of 5 MiB (S3's minimum) would make the suite slow; s3rver accepts smaller ones.
storageSuite('S3 (s3rver)', () => s3Storage({ bucket: 'documents', partSize: 256 * 1024, client: { endpoint, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } } }), {
  largeBytes: 1024 * 1024 + 123,
  countObjects: async () => (await filesUnder(path.join(s3Dir, 'documents'))).filter((f) => !f.endsWith('._S3rver_metadata.json') && !f.endsWith('._S3rver_object.md5')).length,
});

describe('storage from the environment', () => {
  it('is the local disk under PORTICO_DATA_DIR/files by default', async () => {
    const storage: FileStorage = storageFromEnv({ PORTICO_DATA_DIR: diskRoot });
    const { Readable } = await import('node:stream');
    const stored = await storage.put(Readable.from([Buffer.from('hello')]));
    expect(await fs.readFile(path.join(diskRoot, 'files', stored.key), 'utf8')).toBe('hello');
  });

  it('is S3 with PORTICO_STORAGE=s3 and the S3_ variables', async () => {
    const storage = storageFromEnv(s3Env());
    const { Readable } = await import('node:stream');
    const stored = await storage.put(Readable.from([Buffer.from('in the bucket')]));
    expect(await storage.stat(stored.key)).toEqual({ size: 13 });
  });

  it('refuses an unknown storage kind or S3 without a bucket', () => {
    expect(() => storageFromEnv({ PORTICO_STORAGE: 'ftp' })).toThrow(/disk.*s3/);
    expect(() => storageFromEnv({ PORTICO_STORAGE: 's3' })).toThrow(/S3_BUCKET/);
  });
});
