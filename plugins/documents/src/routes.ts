/**
 * The HTTP side of documents: each route names its permission and schemas and hands the validated
 * request to the rules in spaces.ts / files.ts / library.ts / download.ts. Who sees what is decided
 * in queries.ts only. Uploads are `multipart` routes whose `receive` step streams the file to
 * storage before the route's transaction opens (upload.ts).
 */
import { Page, PageQuery, Type, type RouteContext, type RouteDefinition } from '@portico/core';
import type { DocumentsContext } from './context.js';
import { download } from './download.js';
import { downloadCounts, getFile, listFiles, listVersions, replaceFile, setRetired, uploadFile } from './files.js';
import { recordVisit, searchLibrary } from './library.js';
import { P } from './permissions.js';
import {
  CreateSpace,
  DocumentFile,
  DownloadCounts,
  EditSpace,
  FileListQuery,
  FileParams,
  LibraryQuery,
  Space,
  SpaceParams,
  UploadFile,
  UploadVersion,
  Version,
  VersionParams,
  Visit,
} from './schemas.js';
import type { DocumentEvents } from './events.js';
import type { DocumentSettings } from './settings.js';
import { defineRoute } from './types.js';
import { createSpace, editSpace, getSpace, listSpaces } from './spaces.js';
import type { FileStorage } from './storage/storage.js';
import { receiveUpload } from './upload.js';
import { assertStaff } from './context.js';

export function documentRoutes(storage: FileStorage): RouteDefinition[] {
  const documents = (ctx: RouteContext<unknown, unknown, unknown, DocumentSettings, DocumentEvents>): DocumentsContext => ({
    db: ctx.db,
    tenant: ctx.tenant,
    actor: ctx.actor!,
    storage,
    audit: ctx.audit,
    emit: ctx.emit,
  });
  const receive: RouteDefinition<any, any, any, any, DocumentSettings>['receive'] = (file, ctx) => receiveUpload(storage, file, ctx);

  return [
    defineRoute({
      method: 'POST',
      path: '/documents/spaces',
      name: 'spaces.create',
      summary: 'Create a document space',
      description:
        'Staff only. `visibility` says which partners see it (`all`, the `partners` in `partnerIds`, or partners of the `tiers` listed); ' +
        'of those, only people holding one of `allowedRoles` do.',
      permission: P.manage,
      schemas: { body: CreateSpace, response: Space },
      async handler(ctx) {
        return createSpace(documents(ctx), ctx.body);
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/documents/spaces',
      name: 'spaces.list',
      summary: 'List the document spaces you can see',
      description: 'With counts of files, and of files new or updated since your last recorded visit.',
      permission: P.read,
      schemas: { query: Type.Object({ ...PageQuery }), response: Page(Space) },
      async handler(ctx) {
        return listSpaces(documents(ctx), ctx.query);
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/documents/spaces/:spaceId',
      name: 'spaces.get',
      summary: 'Read a document space',
      permission: P.read,
      schemas: { params: SpaceParams, response: Space },
      async handler(ctx) {
        return getSpace(documents(ctx), ctx.params.spaceId);
      },
    }),
    defineRoute({
      method: 'PATCH',
      path: '/documents/spaces/:spaceId',
      name: 'spaces.update',
      summary: 'Change a document space: title, description, audience, allowed roles',
      permission: P.manage,
      schemas: { params: SpaceParams, body: EditSpace, response: Space },
      async handler(ctx) {
        return editSpace(documents(ctx), ctx.params.spaceId, ctx.body);
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/documents/spaces/:spaceId/files',
      name: 'files.upload',
      summary: 'Upload a file into a space',
      description:
        'Staff only. `multipart/form-data` with the file in the part `file`. Larger than the tenant’s `maxUploadBytes`: 413. ' +
        'The type is recognised from the bytes: a type the tenant does not accept, or a file that claims to be another type, is 415. Nothing is kept when refused.',
      permission: P.manage,
      bodyType: 'multipart',
      receive,
      schemas: { params: SpaceParams, body: UploadFile, response: DocumentFile },
      async handler(ctx) {
        return uploadFile(documents(ctx), ctx.params.spaceId, ctx.body);
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/documents/spaces/:spaceId/files',
      name: 'files.list',
      summary: 'List the files of a space',
      description: 'Partners see the files that are not retired; staff see all, with `retiredAt` and download counts.',
      permission: P.read,
      schemas: { params: SpaceParams, query: FileListQuery, response: Page(DocumentFile) },
      async handler(ctx) {
        return listFiles(documents(ctx), ctx.params.spaceId, ctx.query);
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/documents/spaces/:spaceId/files/:fileId',
      name: 'files.get',
      summary: 'Read a file',
      permission: P.read,
      schemas: { params: FileParams, response: DocumentFile },
      async handler(ctx) {
        return getFile(documents(ctx), ctx.params.spaceId, ctx.params.fileId);
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/documents/spaces/:spaceId/files/:fileId/content',
      name: 'files.download',
      summary: 'Download a file (its current version)',
      description: 'Streams the bytes as an attachment, with `ETag` (`If-None-Match` → 304) and one byte range (`Range` → 206; unsatisfiable → 416). Each download is audited and counted.',
      permission: P.read,
      schemas: { params: FileParams },
      async handler(ctx) {
        await download(documents(ctx), ctx.http, ctx.params.spaceId, ctx.params.fileId);
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/documents/spaces/:spaceId/files/:fileId/versions',
      name: 'files.replace',
      summary: 'Replace a file with a new version',
      description: 'Staff only. Same body and checks as an upload; the older versions are kept, listed and downloadable by staff.',
      permission: P.manage,
      bodyType: 'multipart',
      receive,
      schemas: { params: FileParams, body: UploadVersion, response: Version },
      async handler(ctx) {
        return replaceFile(documents(ctx), ctx.params.spaceId, ctx.params.fileId, ctx.body.file);
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/documents/spaces/:spaceId/files/:fileId/versions',
      name: 'versions.list',
      summary: 'List the versions of a file, newest first',
      permission: P.manage,
      schemas: { params: FileParams, query: Type.Object({ ...PageQuery }), response: Page(Version) },
      async handler(ctx) {
        return listVersions(documents(ctx), ctx.params.spaceId, ctx.params.fileId, ctx.query);
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/documents/spaces/:spaceId/files/:fileId/versions/:versionId/content',
      name: 'versions.download',
      summary: 'Download a given version of a file (staff)',
      permission: P.manage,
      schemas: { params: VersionParams },
      async handler(ctx) {
        assertStaff(ctx.actor!, 'Older versions');
        await download(documents(ctx), ctx.http, ctx.params.spaceId, ctx.params.fileId, ctx.params.versionId);
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/documents/spaces/:spaceId/files/:fileId/retire',
      name: 'files.retire',
      summary: 'Retire a file: partners no longer see it',
      permission: P.manage,
      status: 200,
      schemas: { params: FileParams, response: DocumentFile },
      async handler(ctx) {
        return setRetired(documents(ctx), ctx.params.spaceId, ctx.params.fileId, true);
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/documents/spaces/:spaceId/files/:fileId/restore',
      name: 'files.restore',
      summary: 'Bring a retired file back',
      permission: P.manage,
      status: 200,
      schemas: { params: FileParams, response: DocumentFile },
      async handler(ctx) {
        return setRetired(documents(ctx), ctx.params.spaceId, ctx.params.fileId, false);
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/documents/spaces/:spaceId/files/:fileId/downloads',
      name: 'downloads.count',
      summary: 'How often a file was downloaded, per partner',
      permission: P.manage,
      schemas: { params: FileParams, response: DownloadCounts },
      async handler(ctx) {
        return downloadCounts(documents(ctx), ctx.params.spaceId, ctx.params.fileId);
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/documents/library',
      name: 'library.search',
      summary: 'Search the library you can see',
      description: 'Every visible file, most recently updated first, with its "new"/"updated" badge; `q` keeps those whose space title or description, or own name or description, contain every word. `ids` (comma-separated) keeps only the files listed, of those you can see: a document attached elsewhere is shown this way.',
      permission: P.read,
      schemas: { query: LibraryQuery, response: Page(DocumentFile) },
      async handler(ctx) {
        return searchLibrary(documents(ctx), ctx.query);
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/documents/visits',
      name: 'visits.record',
      summary: 'Record that you have seen the library now',
      description: 'Badges count from your previous recorded visit; the library widget records one after showing them.',
      permission: P.read,
      status: 200,
      schemas: { response: Visit },
      async handler(ctx) {
        return recordVisit(documents(ctx));
      },
    }),
  ];
}
