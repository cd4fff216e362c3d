/**
 * Files and their versions: staff upload into a space, replace a file with a new version (the older
 * ones stay, listed and downloadable by staff), retire and restore; everyone lists and reads the
 * files they may see. The bytes were already stored by the upload's `receive` step.
 */
import type { Knex } from 'knex';
import { isStaff, problems, type PageRequest } from '@portico/core';
import { keysetPage } from '@portico/core/server';
import { assertStaff, type DocumentsContext } from './context.js';
import { badgeOf, lastVisit } from './library.js';
import { findVisibleFile, findVisibleSpace, visibleFiles, type FileRow, type VersionRow } from './queries.js';
import { sanitiseFileName, type ReceivedUpload } from './upload.js';

const iso = (d: Date | string) => new Date(d).toISOString();

/** A file row joined with its current version and its space's title (see `fileColumns`). */
export type FileView = FileRow & { spaceTitle: string; contentType: string; size: string | number; versionNumber: number; downloads: number | null };

/** Selects what a file view needs on a query of `document_files` joined with `document_spaces`. */
export function fileColumns(ctx: DocumentsContext, query: Knex.QueryBuilder): Knex.QueryBuilder {
  query
    .join('document_versions as current', (on) => on.on('current.id', 'document_files.current_version_id').andOn('current.tenant_id', 'document_files.tenant_id'))
    .select('document_files.*', 'document_spaces.title as spaceTitle', 'current.content_type as contentType', 'current.size as size', 'current.number as versionNumber');
  if (isStaff(ctx.actor)) {
    query.select(ctx.db.raw('(select count(*) from document_downloads d where d.tenant_id = document_files.tenant_id and d.file_id = document_files.id)::int as downloads'));
  }
  return query;
}

export function toFile(ctx: DocumentsContext, row: FileView, since: Date | null) {
  return {
    id: row.id,
    spaceId: row.spaceId,
    spaceTitle: row.spaceTitle,
    name: row.name,
    description: row.description,
    contentType: row.contentType,
    size: Number(row.size),
    version: row.versionNumber,
    versionId: row.currentVersionId,
    badge: badgeOf(row, since),
    ...(isStaff(ctx.actor) ? { retiredAt: row.retiredAt ? iso(row.retiredAt) : null, downloads: row.downloads ?? 0 } : {}),
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.versionAt),
  };
}

export function toVersion(row: VersionRow, currentVersionId: string) {
  return {
    id: row.id,
    fileId: row.fileId,
    number: row.number,
    name: row.fileName,
    contentType: row.contentType,
    size: Number(row.size),
    sha256: row.sha256,
    current: row.id === currentVersionId,
    uploadedAt: iso(row.createdAt),
  };
}

async function fileView(ctx: DocumentsContext, spaceId: string, fileId: string): Promise<FileView | undefined> {
  return fileColumns(ctx, visibleFiles(ctx.db, ctx.tenant.id, ctx.actor))
    .where('document_files.id', fileId)
    .where('document_files.space_id', spaceId)
    .first();
}

export async function getFile(ctx: DocumentsContext, spaceId: string, fileId: string) {
  const row = await fileView(ctx, spaceId, fileId);
  if (!row) throw problems.notFound();
  return toFile(ctx, row, await lastVisit(ctx));
}

export async function listFiles(ctx: DocumentsContext, spaceId: string, page: PageRequest) {
  if (!(await findVisibleSpace(ctx.db, ctx.tenant.id, ctx.actor, spaceId))) throw problems.notFound();
  const since = await lastVisit(ctx);
  const result = await keysetPage<FileView>(
    fileColumns(ctx, visibleFiles(ctx.db, ctx.tenant.id, ctx.actor)).where('document_files.space_id', spaceId),
    [
      { column: 'document_files.name', direction: 'asc' },
      { column: 'document_files.id', direction: 'asc' },
    ],
    page,
  );
  return { items: result.items.map((row) => toFile(ctx, row, since)), nextCursor: result.nextCursor };
}

async function addVersion(ctx: DocumentsContext, fileId: string, number: number, upload: ReceivedUpload): Promise<VersionRow> {
  const [version] = await ctx.db('document_versions')
    .insert({
      tenantId: ctx.tenant.id,
      fileId,
      number,
      storageKey: upload.key,
      fileName: upload.name,
      contentType: upload.contentType,
      size: upload.size,
      sha256: upload.sha256,
      uploadedBy: ctx.actor.personId,
    })
    .returning('*');
  return version;
}

export async function uploadFile(ctx: DocumentsContext, spaceId: string, input: { file: ReceivedUpload; name?: string; description?: string }) {
  assertStaff(ctx.actor, 'Uploading documents');
  if (!(await findVisibleSpace(ctx.db, ctx.tenant.id, ctx.actor, spaceId))) throw problems.notFound();
  const name = input.name === undefined ? input.file.name : sanitiseFileName(input.name);
  const [file] = await ctx.db('document_files')
    .insert({ tenantId: ctx.tenant.id, spaceId, name, description: input.description?.trim() ?? '', createdBy: ctx.actor.personId })
    .returning('*');
  const version = await addVersion(ctx, file.id, 1, input.file);
  await ctx.db('document_files').where({ tenantId: ctx.tenant.id, id: file.id }).update({ currentVersionId: version.id, versionAt: version.createdAt });
  await ctx.audit({ action: 'documents.file.uploaded', targetType: 'document_file', targetId: file.id, partnerId: null, after: { ...file, version: toVersion(version, version.id) } });
  await ctx.emit('documents.document.published', { fileId: file.id, spaceId, versionId: version.id, version: 1 });
  return getFile(ctx, spaceId, file.id);
}

async function fileForStaff(ctx: DocumentsContext, spaceId: string, fileId: string, what: string) {
  assertStaff(ctx.actor, what);
  const file = await findVisibleFile(ctx.db, ctx.tenant.id, ctx.actor, spaceId, fileId);
  if (!file) throw problems.notFound();
  return file;
}

export async function replaceFile(ctx: DocumentsContext, spaceId: string, fileId: string, upload: ReceivedUpload) {
  const file = await fileForStaff(ctx, spaceId, fileId, 'Replacing documents');
  // Lock the file so that two replacements at once get consecutive numbers.
  const locked = await ctx.db('document_files').where({ tenantId: ctx.tenant.id, id: fileId }).forUpdate().first('versionCount', 'retiredAt');
  if (locked.retiredAt) throw problems.conflict('This file is retired; restore it before replacing it.', 'file-retired');
  const number = locked.versionCount + 1;
  const version = await addVersion(ctx, fileId, number, upload);
  await ctx.db('document_files')
    .where({ tenantId: ctx.tenant.id, id: fileId })
    .update({ currentVersionId: version.id, versionCount: number, versionAt: version.createdAt, updatedAt: ctx.db.fn.now() });
  await ctx.audit({ action: 'documents.file.replaced', targetType: 'document_file', targetId: fileId, partnerId: null, before: { versionId: file.currentVersionId }, after: toVersion(version, version.id) });
  await ctx.emit('documents.document.published', { fileId, spaceId, versionId: version.id, version: number });
  return toVersion(version, version.id);
}

export async function listVersions(ctx: DocumentsContext, spaceId: string, fileId: string, page: PageRequest) {
  const file = await fileForStaff(ctx, spaceId, fileId, 'Older versions');
  const result = await keysetPage<VersionRow>(
    ctx.db('document_versions').where({ tenantId: ctx.tenant.id, fileId }),
    [
      { column: 'number', direction: 'desc' },
      { column: 'id', direction: 'desc' },
    ],
    page,
  );
  return { items: result.items.map((row) => toVersion(row, file.currentVersionId)), nextCursor: result.nextCursor };
}

export async function setRetired(ctx: DocumentsContext, spaceId: string, fileId: string, retire: boolean) {
  const file = await fileForStaff(ctx, spaceId, fileId, retire ? 'Retiring documents' : 'Restoring documents');
  if (!!file.retiredAt !== retire) {
    await ctx.db('document_files')
      .where({ tenantId: ctx.tenant.id, id: fileId })
      .update({ retiredAt: retire ? ctx.db.fn.now() : null, retiredBy: retire ? ctx.actor.personId : null, updatedAt: ctx.db.fn.now() });
  }
  await ctx.audit({ action: retire ? 'documents.file.retired' : 'documents.file.restored', targetType: 'document_file', targetId: fileId, partnerId: null, before: { retiredAt: file.retiredAt } });
  return getFile(ctx, spaceId, fileId);
}

export async function downloadCounts(ctx: DocumentsContext, spaceId: string, fileId: string) {
  await fileForStaff(ctx, spaceId, fileId, 'Download counts');
  const rows = await ctx.db('document_downloads as d')
    .leftJoin('partners as p', (on) => on.on('p.id', 'd.partner_id').andOn('p.tenant_id', 'd.tenant_id'))
    .where('d.tenant_id', ctx.tenant.id)
    .where('d.file_id', fileId)
    .groupBy('d.partner_id', 'p.name')
    .select('d.partner_id as partnerId', 'p.name as partnerName')
    .select(ctx.db.raw('count(*)::int as count'))
    .orderBy([{ column: 'count', order: 'desc' }, { column: 'p.name' }]);
  const partners = rows.filter((r) => r.partnerId).map((r) => ({ partnerId: r.partnerId, partnerName: r.partnerName, count: r.count }));
  const staff = rows.filter((r) => !r.partnerId).reduce((sum, r) => sum + r.count, 0);
  return { fileId, total: partners.reduce((sum, r) => sum + r.count, staff), partners, staff };
}
