/**
 * The `receive` step of uploads: streams a file part to storage within the tenant's size limit,
 * recognises its type from its bytes, and keeps it only if that type is accepted. Runs before the
 * route's transaction opens.
 */
import { finished, Transform } from 'node:stream';
import { fileTypeFromBuffer } from 'file-type';
import { HttpProblem, type IncomingFile, type ReceiveContext, type ReceivedFile } from '@portico/core';
import type { ReceivedUpload } from './schemas.js';
import type { DocumentSettings } from './settings.js';
import type { FileStorage } from './storage/storage.js';


/** Enough of the head of a file for every signature file-type knows, including Office files inside a zip. */
const SNIFF_BYTES = 64 * 1024;
const NAME_LIMIT = 200;

const BY_EXTENSION: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
  zip: 'application/zip',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  mp4: 'video/mp4',
  txt: 'text/plain',
  csv: 'text/csv',
  exe: 'application/x-msdownload',
};

const KNOWN_CLAIMS = new Set(Object.values(BY_EXTENSION));
const OFFICE = new Set([BY_EXTENSION.docx, BY_EXTENSION.xlsx, BY_EXTENSION.pptx]);
const TEXT = new Set(['text/plain', 'text/csv']);

/**
 * A file name safe to show and to send in Content-Disposition: the last path segment only, no
 * control or bidirectional-override characters, no leading dots, at most 200 characters (keeping
 * the extension). It is only ever a label: storage keys never come from it.
 */
export function sanitiseFileName(raw: string): string {
  let name = raw.normalize('NFC');
  name = name.split(/[/\\]/).pop() ?? '';
  name = name.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '');
  name = name.replace(/\s+/g, ' ').trim().replace(/^[.\s]+/, '').replace(/[.\s]+$/, '');
  if ([...name].length > NAME_LIMIT) {
    const dot = name.lastIndexOf('.');
    const extension = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
    name = [...name.slice(0, name.length - extension.length)].slice(0, NAME_LIMIT - extension.length).join('').trimEnd() + extension;
  }
  return name || 'file';
}

function extensionType(name: string): string | undefined {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? BY_EXTENSION[name.slice(dot + 1).toLowerCase()] : undefined;
}

function looksLikeText(head: Buffer): boolean {
  if (head.length === 0) return false;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return !/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text);
  } catch {
    return false;
  }
}

/** The media type of a file from its first bytes (and, for text, its name), or undefined. */
export async function sniffType(head: Buffer, name: string, declared: string): Promise<string | undefined> {
  const found = await fileTypeFromBuffer(head);
  if (found) return found.mime;
  if (!looksLikeText(head)) return undefined;
  const text = head.toString('utf8', 0, 512).trimStart();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/i.test(text)) return 'image/svg+xml';
  return extensionType(name) === 'text/csv' || declared === 'text/csv' ? 'text/csv' : 'text/plain';
}

/** The type the client claimed (by declared type or by extension) must be what the bytes are. */
function claimsOtherType(claimed: string | undefined, actual: string): boolean {
  if (!claimed || claimed === actual) return false;
  if (claimed === 'application/octet-stream') return false;
  if (!KNOWN_CLAIMS.has(claimed)) return false; // an unfamiliar claim says nothing we can check
  if (OFFICE.has(claimed) && actual === 'application/zip') return false; // an Office file whose parts come late in the zip
  if (TEXT.has(claimed) && TEXT.has(actual)) return false;
  return true;
}

const refuse = (status: number, slug: string, title: string, message: string) =>
  new HttpProblem(status, slug, title, { detail: message, errors: [{ in: 'body', field: '/file', message }] });

/** Counts bytes, keeps the head for sniffing, and fails the stream past the limit. */
function limiter(limit: number) {
  const head: Buffer[] = [];
  let headBytes = 0;
  let size = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > limit) {
        done(refuse(413, 'payload-too-large', 'File too large', `The file is larger than ${limit} bytes, the largest this portal accepts.`));
        return;
      }
      if (headBytes < SNIFF_BYTES) {
        head.push(chunk.subarray(0, SNIFF_BYTES - headBytes));
        headBytes += Math.min(chunk.length, SNIFF_BYTES - headBytes);
      }
      done(null, chunk);
    },
  });
  // The error reaches the storage through its own read of the stream; this only keeps it from being unhandled.
  stream.on('error', () => {});
  return { stream, head: () => Buffer.concat(head) };
}

export type { ReceivedUpload };

export async function receiveUpload(storage: FileStorage, file: IncomingFile, ctx: ReceiveContext<unknown, unknown, DocumentSettings>): Promise<ReceivedFile<ReceivedUpload>> {
  const settings = await ctx.settings();
  const name = sanitiseFileName(file.filename);
  const limit = limiter(settings.maxUploadBytes);
  const source = file.stream as NodeJS.ReadableStream & { unpipe(destination?: NodeJS.WritableStream): void };
  // `pipe` passes on the bytes but not a failure: a part cut off must fail the storage's copy (which
  // then removes what it wrote), not leave it waiting for an end that never comes. `finished` also
  // sees a failure that came before this listened (the body may end while settings are read).
  finished(source, { writable: false }, (error) => {
    if (error) limit.stream.destroy(error);
  });
  source.pipe(limit.stream);
  let stored;
  try {
    stored = await storage.put(limit.stream);
  } catch (error) {
    source.unpipe(limit.stream);
    source.resume(); // let the multipart parser read on to the end of the request
    throw error;
  }
  const discard = () => storage.delete(stored.key);
  try {
    if (stored.size === 0) throw refuse(400, 'validation', 'Your request is not valid', 'The file is empty.');
    const declared = file.declaredType.split(';')[0].trim().toLowerCase();
    const contentType = await sniffType(limit.head(), name, declared);
    if (!contentType || !settings.acceptedTypes.includes(contentType)) {
      throw refuse(415, 'unsupported-file-type', 'File type not accepted', `This file's content is ${contentType ?? 'of an unknown type'}, which this portal does not accept.`);
    }
    for (const claimed of [declared, extensionType(name)]) {
      if (claimsOtherType(claimed, contentType)) {
        throw refuse(415, 'unsupported-file-type', 'File type not accepted', `The file claims to be ${claimed} but its content is ${contentType}.`);
      }
    }
    return { value: { ...stored, contentType, name }, discard };
  } catch (error) {
    await discard();
    throw error;
  }
}
