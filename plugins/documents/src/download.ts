/**
 * Serves a version's bytes through the server: an attachment with an RFC 5987 file name, its
 * SHA-256 as a strong ETag (If-None-Match → 304), one byte range (206, or 416 when it cannot be
 * satisfied), nosniff. Each download is logged (counts per file and per partner) and audited.
 */
import { HttpProblem, isStaff, problems, type HttpExchange } from '@portico/core';
import type { DocumentsContext } from './context.js';
import { findVisibleFile, type VersionRow } from './queries.js';
import type { ByteRange } from './storage/storage.js';
import { StorageNotFound } from './storage/storage.js';

/** `attachment; filename="ascii"; filename*=UTF-8''percent-encoded` (RFC 6266 / RFC 5987). */
export function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

function matchesETag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t === etag || t === `W/${etag}`;
  });
}

/**
 * One range of `Range: bytes=…`, or null to send the whole file (no header, several ranges, or not
 * a bytes range); throws 416 for a range that names no byte of the file.
 */
export function parseRange(header: string | undefined, size: number): ByteRange | null {
  if (!header) return null;
  const match = /^bytes=\s*(\d*)\s*-\s*(\d*)\s*$/.exec(header.trim());
  if (!match) {
    if (/^bytes=.*,/.test(header.trim())) return null; // several ranges: answered whole, as RFC 9110 allows
    throw unsatisfiable(size);
  }
  const [, first, last] = match;
  let start: number;
  let end: number;
  if (first === '' && last === '') throw unsatisfiable(size);
  if (first === '') {
    const suffix = Number(last);
    if (suffix === 0) throw unsatisfiable(size);
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(first);
    end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
    if (last !== '' && Number(last) < start) throw unsatisfiable(size);
  }
  if (start >= size || size === 0) throw unsatisfiable(size);
  return { start, end };
}

function unsatisfiable(size: number): HttpProblem {
  return new HttpProblem(416, 'range-not-satisfiable', 'Range not satisfiable', {
    detail: `The file has ${size} bytes; ask for a range within them.`,
    headers: { 'Content-Range': `bytes */${size}` },
  });
}

/** Serves the current version (everyone who sees the file) or a given version (staff). */
export async function download(ctx: DocumentsContext, http: HttpExchange, spaceId: string, fileId: string, versionId?: string): Promise<void> {
  const file = await findVisibleFile(ctx.db, ctx.tenant.id, ctx.actor, spaceId, fileId);
  if (!file) throw problems.notFound();
  if (versionId !== undefined && !isStaff(ctx.actor)) throw problems.notFound();
  const version: VersionRow | undefined = await ctx.db('document_versions')
    .where({ tenantId: ctx.tenant.id, fileId, id: versionId ?? file.currentVersionId })
    .first();
  if (!version) throw problems.notFound();

  const size = Number(version.size);
  const etag = `"${version.sha256}"`;
  http.setHeader('ETag', etag);
  http.setHeader('Accept-Ranges', 'bytes');
  http.setHeader('Cache-Control', 'private, no-cache');
  http.setHeader('X-Content-Type-Options', 'nosniff');
  http.setHeader('Content-Disposition', contentDisposition(version.fileName));
  if (matchesETag(http.header('if-none-match'), etag)) {
    http.status(304);
    return;
  }
  const ifRange = http.header('if-range');
  const range = ifRange && ifRange.trim() !== etag ? null : parseRange(http.header('range'), size);

  // A download is counted once, when it starts from the first byte: a viewer that fetches the rest
  // in ranges is one download, not dozens.
  if (!range || range.start === 0) {
    await ctx.db('document_downloads').insert({ tenantId: ctx.tenant.id, fileId, versionId: version.id, personId: ctx.actor.personId, partnerId: ctx.actor.partnerId });
    await ctx.audit({ action: 'documents.file.downloaded', targetType: 'document_file', targetId: fileId, after: { versionId: version.id, version: version.number, range: range ? `${range.start}-${range.end}` : null } });
    await ctx.emit('documents.document.downloaded', { fileId, spaceId, versionId: version.id, personId: ctx.actor.personId ?? null, partnerId: ctx.actor.partnerId ?? null });
  }
  let body;
  try {
    body = await ctx.storage.get(version.storageKey, range ?? undefined);
  } catch (error) {
    if (error instanceof StorageNotFound) {
      throw new HttpProblem(410, 'content-missing', 'Content missing', { detail: 'The stored content of this file is missing; ask the programme’s staff to upload it again.' });
    }
    throw error;
  }
  if (range) {
    http.status(206);
    http.setHeader('Content-Range', `bytes ${range.start}-${range.end}/${size}`);
    http.setHeader('Content-Length', String(range.end - range.start + 1));
  } else {
    http.setHeader('Content-Length', String(size));
  }
  http.send(body, version.contentType);
}
