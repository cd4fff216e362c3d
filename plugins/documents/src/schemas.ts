/** Request and response shapes of the documents API. */
import { FilePart, PageQuery, Timestamp, Type, Uuid, type Static } from '@portico/core';

const RoleName = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_.:-]+$' });
const Tier = Type.String({ minLength: 1, maxLength: 64 });

export const Visibility = Type.Union([Type.Literal('all'), Type.Literal('partners'), Type.Literal('tiers')], {
  description: '`all`: every partner; `partners`: the partners in `partnerIds`; `tiers`: partners whose tier is in `tiers`',
});

const spaceFields = {
  title: Type.String({ minLength: 1, maxLength: 200 }),
  description: Type.Optional(Type.String({ maxLength: 4000 })),
  visibility: Visibility,
  partnerIds: Type.Optional(Type.Array(Uuid, { maxItems: 1000, uniqueItems: true })),
  tiers: Type.Optional(Type.Array(Tier, { maxItems: 50, uniqueItems: true })),
  allowedRoles: Type.Array(RoleName, { minItems: 1, maxItems: 50, uniqueItems: true, description: 'Partner roles (or access groups) whose holders see the space' }),
};

export const CreateSpace = Type.Object(spaceFields, {
  examples: [
    {
      title: 'Sales playbook',
      description: 'Pitch decks and price lists for the current quarter.',
      visibility: 'all',
      allowedRoles: ['partner_admin', 'principal', 'salesperson'],
    },
  ],
});
export type CreateSpace = Static<typeof CreateSpace>;

export const EditSpace = Type.Object(
  {
    title: Type.Optional(spaceFields.title),
    description: Type.Optional(Type.String({ maxLength: 4000 })),
    visibility: Type.Optional(Visibility),
    partnerIds: spaceFields.partnerIds,
    tiers: spaceFields.tiers,
    allowedRoles: Type.Optional(spaceFields.allowedRoles),
  },
  { examples: [{ title: 'Sales playbook (Q3)', visibility: 'tiers', tiers: ['gold'] }] },
);
export type EditSpace = Static<typeof EditSpace>;

export const Space = Type.Object({
  id: Uuid,
  title: Type.String(),
  description: Type.String(),
  /** Staff only: who the space is for. */
  visibility: Type.Optional(Visibility),
  partnerIds: Type.Optional(Type.Array(Uuid)),
  tiers: Type.Optional(Type.Array(Type.String())),
  allowedRoles: Type.Optional(Type.Array(Type.String())),
  fileCount: Type.Integer(),
  newFiles: Type.Integer({ description: 'Files added since your last visit' }),
  updatedFiles: Type.Integer({ description: 'Files given a new version since your last visit' }),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

export const SpaceParams = Type.Object({ spaceId: Uuid });
export const FileParams = Type.Object({ spaceId: Uuid, fileId: Uuid });
export const VersionParams = Type.Object({ spaceId: Uuid, fileId: Uuid, versionId: Uuid });

export const Badge = Type.Union([Type.Literal('new'), Type.Literal('updated'), Type.Null()], { description: 'Since your last visit' });

export const DocumentFile = Type.Object({
  id: Uuid,
  spaceId: Uuid,
  spaceTitle: Type.String(),
  name: Type.String(),
  description: Type.String(),
  contentType: Type.String(),
  size: Type.Integer(),
  version: Type.Integer({ description: 'Number of the current version' }),
  versionId: Uuid,
  badge: Badge,
  /** Staff only. */
  retiredAt: Type.Optional(Type.Union([Timestamp, Type.Null()])),
  downloads: Type.Optional(Type.Integer()),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

export const Version = Type.Object({
  id: Uuid,
  fileId: Uuid,
  number: Type.Integer(),
  name: Type.String(),
  contentType: Type.String(),
  size: Type.Integer(),
  sha256: Type.String(),
  current: Type.Boolean(),
  uploadedAt: Timestamp,
});

/** A small valid PDF, so that the example upload passes content sniffing. */
export const EXAMPLE_PDF =
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';

/** What the handler finds in place of the file part. */
export interface ReceivedUpload {
  key: string;
  size: number;
  sha256: string;
  contentType: string;
  /** The client's file name, sanitised. */
  name: string;
}

const FileField = FilePart<ReceivedUpload>({ description: 'The file (multipart part with a file name)', contentMediaType: 'application/octet-stream' });

export const UploadFile = Type.Object(
  {
    file: FileField,
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 255, description: 'Display name; defaults to the uploaded file name (sanitised)' })),
    description: Type.Optional(Type.String({ maxLength: 4000 })),
  },
  { examples: [{ file: EXAMPLE_PDF, description: 'Price list for resellers' }] },
);

export const UploadVersion = Type.Object({ file: FileField }, { examples: [{ file: EXAMPLE_PDF }] });

export const FileListQuery = Type.Object({ ...PageQuery });
export const MAX_LIBRARY_IDS = 50;
const UUID = '[0-9A-Fa-f]{8}-(?:[0-9A-Fa-f]{4}-){3}[0-9A-Fa-f]{12}';
/** A query parameter is one string: a list of ids is written comma-separated, and checked whole here. */
const FileIdList = Type.String({
  minLength: 36,
  maxLength: MAX_LIBRARY_IDS * 37 - 1,
  pattern: `^${UUID}(?:,${UUID}){0,${MAX_LIBRARY_IDS - 1}}$`,
  description: `Comma-separated ids of 1 to ${MAX_LIBRARY_IDS} files: only those of them you can see are answered; the others (unknown, retired, out of your reach) are left out, never an error`,
  examples: ['0b8f6a4e-3c1d-4f2a-9e7b-5d6c8a9b0c1d,7e2d4c6b-8a9f-4b1e-a3c5-d7e9f1a2b3c4'],
});

export const LibraryQuery = Type.Object({
  q: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Words found in a space’s title or description, or a file’s name or description' })),
  ids: Type.Optional(FileIdList),
  ...PageQuery,
});
export type LibraryQuery = Static<typeof LibraryQuery>;

export const DownloadCounts = Type.Object({
  fileId: Uuid,
  total: Type.Integer(),
  partners: Type.Array(Type.Object({ partnerId: Uuid, partnerName: Type.String(), count: Type.Integer() })),
  staff: Type.Integer({ description: 'Downloads by the vendor’s staff' }),
});

export const Visit = Type.Object({ visitedAt: Timestamp, previousVisitAt: Type.Union([Timestamp, Type.Null()]) });
