/**
 * Type-level tests, read by `tsc -p tsconfig.widgets.json` and never run. The widgets' client is
 * typed from the generated OpenAPI types and their values from the server's schemas (`Static<>`):
 * both must describe the same answers, so changing a response schema fails this file until the SDK
 * types are regenerated, and then fails every widget and test fake that reads the old shape.
 */
import type { ApiResponse, ItemOf } from '@portico/sdk';
import type { Expect, SameShape } from '@portico/widgets/testing';
import type { DocumentFile, DocumentSettings, DownloadCounts, Space, Version } from './shared.js';

export type Checks = [
  Expect<SameShape<ItemOf<'/documents/spaces'>, Space>>,
  Expect<SameShape<ApiResponse<'post', '/documents/spaces'>, Space>>,
  Expect<SameShape<ApiResponse<'patch', '/documents/spaces/{spaceId}'>, Space>>,
  Expect<SameShape<ItemOf<'/documents/spaces/{spaceId}/files'>, DocumentFile>>,
  Expect<SameShape<ItemOf<'/documents/library'>, DocumentFile>>,
  Expect<SameShape<ApiResponse<'post', '/documents/spaces/{spaceId}/files/{fileId}/retire'>, DocumentFile>>,
  Expect<SameShape<ItemOf<'/documents/spaces/{spaceId}/files/{fileId}/versions'>, Version>>,
  Expect<SameShape<ApiResponse<'get', '/documents/spaces/{spaceId}/files/{fileId}/downloads'>, DownloadCounts>>,
  Expect<SameShape<ApiResponse<'get', '/documents/settings'>, DocumentSettings>>,
  Expect<SameShape<ApiResponse<'patch', '/documents/settings'>, DocumentSettings>>,
];

export function renamedField(answer: DocumentFile): DocumentFile {
  // @ts-expect-error the library and the manager read `contentType`: an answer that renamed it is no file
  return { ...answer, contentType: undefined, mediaType: answer.contentType };
}
