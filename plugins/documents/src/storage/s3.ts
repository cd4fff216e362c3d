/**
 * Files in an S3-compatible bucket (AWS S3, MinIO, R2, …). Uploads of unknown length go up in parts
 * of `partSize` bytes (a small file in one PutObject), so memory holds at most one part at a time.
 */
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  UploadPartCommand,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import { checkKey, newKey, StorageNotFound, type ByteRange, type FileStorage, type StoredObject } from './storage.js';

export interface S3StorageOptions {
  bucket: string;
  /** Key prefix inside the bucket, e.g. `portico/`. */
  prefix?: string;
  client: S3ClientConfig;
  /** Bytes per uploaded part (S3's minimum, 5 MiB, unless a test wants less). */
  partSize?: number;
}

const MIN_PART = 5 * 1024 * 1024;

function isNotFound(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e?.name === 'NoSuchKey' || e?.name === 'NotFound' || e?.$metadata?.httpStatusCode === 404;
}

export function s3Storage(options: S3StorageOptions): FileStorage {
  const client = new S3Client(options.client);
  const Bucket = options.bucket;
  const prefix = options.prefix ?? '';
  const partSize = options.partSize ?? MIN_PART;
  const objectKey = (key: string) => prefix + checkKey(key);

  async function uploadInParts(Key: string, first: Buffer, rest: AsyncIterator<Buffer>, hash: (chunk: Buffer) => void): Promise<number> {
    const { UploadId } = await client.send(new CreateMultipartUploadCommand({ Bucket, Key }));
    const parts: { ETag: string; PartNumber: number }[] = [];
    let size = 0;
    try {
      let pending: Buffer[] = [first];
      let pendingBytes = first.length;
      const flush = async () => {
        const body = Buffer.concat(pending);
        pending = [];
        pendingBytes = 0;
        const PartNumber = parts.length + 1;
        const { ETag } = await client.send(new UploadPartCommand({ Bucket, Key, UploadId, PartNumber, Body: body, ContentLength: body.length }));
        parts.push({ ETag: ETag!, PartNumber });
        size += body.length;
      };
      await flush();
      for (let next = await rest.next(); !next.done; next = await rest.next()) {
        hash(next.value);
        pending.push(next.value);
        pendingBytes += next.value.length;
        if (pendingBytes >= partSize) await flush();
      }
      if (pendingBytes > 0) await flush();
      await client.send(new CompleteMultipartUploadCommand({ Bucket, Key, UploadId, MultipartUpload: { Parts: parts } }));
      return size;
    } catch (error) {
      await client.send(new AbortMultipartUploadCommand({ Bucket, Key, UploadId })).catch(() => {});
      throw error;
    }
  }

  return {
    async put(content: Readable): Promise<StoredObject> {
      const key = newKey();
      const Key = objectKey(key);
      const digest = createHash('sha256');
      const hash = (chunk: Buffer) => digest.update(chunk);
      const chunks = (content as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
      let head: Buffer[] = [];
      let headBytes = 0;
      let ended = false;
      while (headBytes < partSize) {
        const next = await chunks.next();
        if (next.done) {
          ended = true;
          break;
        }
        const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
        hash(chunk);
        head.push(chunk);
        headBytes += chunk.length;
      }
      let size: number;
      if (ended) {
        const body = Buffer.concat(head);
        await client.send(new PutObjectCommand({ Bucket, Key, Body: body, ContentLength: body.length }));
        size = body.length;
      } else {
        const first = Buffer.concat(head);
        head = [];
        size = await uploadInParts(Key, first, chunks, hash);
      }
      return { key, size, sha256: digest.digest('hex') };
    },

    async get(key: string, range?: ByteRange): Promise<Readable> {
      try {
        const answer = await client.send(new GetObjectCommand({ Bucket, Key: objectKey(key), ...(range ? { Range: `bytes=${range.start}-${range.end}` } : {}) }));
        return answer.Body as Readable;
      } catch (error) {
        if (isNotFound(error)) throw new StorageNotFound(key);
        throw error;
      }
    },

    async stat(key: string) {
      try {
        const answer = await client.send(new HeadObjectCommand({ Bucket, Key: objectKey(key) }));
        return { size: answer.ContentLength ?? 0 };
      } catch (error) {
        if (isNotFound(error)) return null;
        throw error;
      }
    },

    async delete(key: string) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: objectKey(key) }));
    },
  };
}
