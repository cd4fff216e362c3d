/**
 * Where file contents live. The only part of the plugin that touches paths or buckets: everything
 * else holds opaque keys that this layer made itself, never a name a person typed.
 */
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';

/** What `put` stored. */
export interface StoredObject {
  key: string;
  size: number;
  /** Hex SHA-256 of the content (the download ETag). */
  sha256: string;
}

/** An inclusive byte range, as in `Range: bytes=start-end`. */
export interface ByteRange {
  start: number;
  end: number;
}

export interface FileStorage {
  /** Streams `content` to a new key; on any error nothing is kept and the error is rethrown. */
  put(content: Readable): Promise<StoredObject>;
  /** The content (or one range of it); throws `StorageNotFound` for an unknown key. */
  get(key: string, range?: ByteRange): Promise<Readable>;
  /** Null for an unknown key. */
  stat(key: string): Promise<{ size: number } | null>;
  /** Removes the key; removing an unknown key is not an error. */
  delete(key: string): Promise<void>;
}

export class StorageNotFound extends Error {
  constructor(key: string) {
    super(`No stored object ${key}`);
    this.name = 'StorageNotFound';
  }
}

export class InvalidStorageKey extends Error {
  constructor() {
    super('Not a storage key');
    this.name = 'InvalidStorageKey';
  }
}

/** Keys are `<2 hex>/<uuid>`: spread over folders, and nothing in them can climb out of the store. */
const KEY = /^[0-9a-f]{2}\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function newKey(): string {
  const id = randomUUID();
  return `${id.slice(0, 2)}/${id}`;
}

/** Refuses anything that is not a key this layer could have made. */
export function checkKey(key: string): string {
  if (typeof key !== 'string' || !KEY.test(key)) throw new InvalidStorageKey();
  return key;
}
