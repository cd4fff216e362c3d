/**
 * Files on a local disk, under one folder. A key maps to `<root>/<key>`; keys are checked against
 * the shape `newKey` makes, so no key can name a path outside the root.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { checkKey, newKey, StorageNotFound, type ByteRange, type FileStorage, type StoredObject } from './storage.js';

export function diskStorage(root: string): FileStorage {
  const base = path.resolve(root);
  const pathOf = (key: string) => path.join(base, checkKey(key));

  return {
    async put(content: Readable): Promise<StoredObject> {
      const key = newKey();
      const target = pathOf(key);
      await fs.mkdir(path.dirname(target), { recursive: true });
      const partial = `${target}.partial`;
      const hash = createHash('sha256');
      let size = 0;
      const measure = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          hash.update(chunk);
          size += chunk.length;
          done(null, chunk);
        },
      });
      // Opened before the copy starts: a write stream left to open the file itself may create it
      // after a failed copy has already cleaned up, leaving a stray `.partial` behind.
      const handle = await fs.open(partial, 'wx');
      try {
        await pipeline(content, measure, handle.createWriteStream());
        await fs.rename(partial, target);
      } catch (error) {
        await handle.close().catch(() => {});
        await fs.rm(partial, { force: true });
        throw error;
      }
      return { key, size, sha256: hash.digest('hex') };
    },

    async get(key: string, range?: ByteRange): Promise<Readable> {
      const file = pathOf(key);
      const handle = await fs.open(file, 'r').catch((error: NodeJS.ErrnoException) => {
        throw error.code === 'ENOENT' ? new StorageNotFound(key) : error;
      });
      return handle.createReadStream(range ? { start: range.start, end: range.end } : {});
    },

    async stat(key: string) {
      try {
        const info = await fs.stat(pathOf(key));
        return { size: info.size };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },

    async delete(key: string) {
      await fs.rm(pathOf(key), { force: true });
    },
  };
}
