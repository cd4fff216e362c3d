/**
 * The events the documents plugin emits, each named `documents.<noun>.<verb-past>`, with the schema of
 * its payload: what the manifest declares, `ctx.emit` is typed from, and other plugins handle.
 */
import { Type, Uuid } from '@portico/core';

export const documentEvents = {
  /** A file was uploaded, or given a new version. */
  'documents.document.published': Type.Object({ fileId: Uuid, spaceId: Uuid, versionId: Uuid, version: Type.Integer() }),
  /** Someone downloaded a file (counted once per download, as the file's download count is). */
  'documents.document.downloaded': Type.Object({ fileId: Uuid, spaceId: Uuid, versionId: Uuid, personId: Type.Union([Uuid, Type.Null()]), partnerId: Type.Union([Uuid, Type.Null()]) }),
};

export type DocumentEvents = typeof documentEvents;
