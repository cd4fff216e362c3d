/**
 * The one storage suite every implementation passes: put streams and reports size and SHA-256,
 * get serves whole contents and byte ranges, stat and delete, a failed upload keeps nothing, and
 * keys that are not the store's own (path traversal) are refused.
 */
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { InvalidStorageKey, StorageNotFound, type FileStorage } from '../src/storage/storage.js';

const sha = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** A stream of `total` pseudo-random bytes in small chunks, never held whole by the producer. */
function bytes(total: number, seed = 7): { stream: Readable; expected: Buffer } {
  const expected = Buffer.alloc(total);
  let x = seed;
  for (let i = 0; i < total; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    expected[i] = x & 0xff;
  }
  const chunks: Buffer[] = [];
  for (let i = 0; i < total; i += 16 * 1024) chunks.push(expected.subarray(i, i + 16 * 1024));
  return { stream: Readable.from(chunks), expected };
}

export function storageSuite(name: string, open: () => FileStorage, options: { largeBytes: number; countObjects?: () => Promise<number> }): void {
  describe(`storage: ${name}`, () => {
    it('stores a stream and reports its size and SHA-256; reads it back whole', async () => {
      const storage = open();
      const { stream, expected } = bytes(100_000);
      const stored = await storage.put(stream);
      expect(stored.size).toBe(100_000);
      expect(stored.sha256).toBe(sha(expected));
      expect(await buffer(await storage.get(stored.key))).toEqual(expected);
      expect(await storage.stat(stored.key)).toEqual({ size: 100_000 });
    });

    it('stores content larger than one upload part', async () => {
      const storage = open();
      const { stream, expected } = bytes(options.largeBytes, 11);
      const stored = await storage.put(stream);
      expect(stored.size).toBe(options.largeBytes);
      expect(stored.sha256).toBe(sha(expected));
      expect(sha(await buffer(await storage.get(stored.key)))).toBe(sha(expected));
    });

    it('serves an inclusive byte range', async () => {
      const storage = open();
      const { stream, expected } = bytes(5000);
      const stored = await storage.put(stream);
      expect(await buffer(await storage.get(stored.key, { start: 100, end: 199 }))).toEqual(expected.subarray(100, 200));
      expect(await buffer(await storage.get(stored.key, { start: 4990, end: 4999 }))).toEqual(expected.subarray(4990));
    });

    it('stores an empty stream', async () => {
      const storage = open();
      const stored = await storage.put(Readable.from([]));
      expect(stored.size).toBe(0);
      expect(stored.sha256).toBe(sha(Buffer.alloc(0)));
    });

    it('gives each put its own key, never derived from content', async () => {
      const storage = open();
      const a = await storage.put(Readable.from([Buffer.from('same')]));
      const b = await storage.put(Readable.from([Buffer.from('same')]));
      expect(a.key).not.toBe(b.key);
      expect(a.sha256).toBe(b.sha256);
    });

    it('deletes, and deleting again or an unknown key is not an error', async () => {
      const storage = open();
      const stored = await storage.put(Readable.from([Buffer.from('bye')]));
      await storage.delete(stored.key);
      expect(await storage.stat(stored.key)).toBeNull();
      await expect(storage.get(stored.key)).rejects.toBeInstanceOf(StorageNotFound);
      await storage.delete(stored.key);
    });

    it('keeps nothing when the stream fails half-way', async () => {
      const storage = open();
      const before = options.countObjects ? await options.countObjects() : 0;
      async function* failing() {
        yield Buffer.alloc(20_000, 1);
        throw new Error('client went away');
      }
      await expect(storage.put(Readable.from(failing()))).rejects.toThrow('client went away');
      if (options.countObjects) expect(await options.countObjects()).toBe(before);
    });

    it('refuses keys it did not make: no path traversal', async () => {
      const storage = open();
      const stored = await storage.put(Readable.from([Buffer.from('x')]));
      for (const key of ['../../etc/passwd', `${stored.key}/../../secret.key`, '/etc/passwd', '..\\..\\boot.ini', `../${stored.key}`, '', 'ab/not-a-uuid', `${stored.key}\u0000.png`]) {
        await expect(storage.get(key), key).rejects.toBeInstanceOf(InvalidStorageKey);
        await expect(storage.stat(key), key).rejects.toBeInstanceOf(InvalidStorageKey);
        await expect(storage.delete(key), key).rejects.toBeInstanceOf(InvalidStorageKey);
      }
    });
  });
}
