/**
 * Type-level tests, read by `tsc -p tsconfig.widgets.json` and never run. The widgets' client is
 * typed from the generated OpenAPI types and their values from the server's schemas (`Static<>`):
 * both must describe the same answers, so changing a response schema fails this file until the SDK
 * types are regenerated, and then fails every widget and test fake that reads the old shape.
 */
import type { ApiResponse, ItemOf } from '@portico/sdk';
import type { Expect, SameShape } from '@portico/widgets/testing';
import type { AttemptResult, CatalogItem, Certification, CoverageRow, LearnerModule, LearnerStatus, ModuleSummary, StaffModule, TrainingSettings } from './shared.js';

export type Checks = [
  Expect<SameShape<ItemOf<'/training/catalog'>, CatalogItem>>,
  Expect<SameShape<ApiResponse<'get', '/training/catalog/{id}'>, LearnerModule>>,
  Expect<SameShape<ApiResponse<'post', '/training/catalog/{id}/start'>, LearnerStatus>>,
  Expect<SameShape<ApiResponse<'post', '/training/catalog/{id}/attempts'>, AttemptResult>>,
  Expect<SameShape<ItemOf<'/training/certifications'>, Certification>>,
  Expect<SameShape<ItemOf<'/training/coverage'>, CoverageRow>>,
  Expect<SameShape<ItemOf<'/training/modules'>, ModuleSummary>>,
  Expect<SameShape<ApiResponse<'get', '/training/modules/{id}'>, StaffModule>>,
  Expect<SameShape<ApiResponse<'post', '/training/modules'>, StaffModule>>,
  Expect<SameShape<ApiResponse<'patch', '/training/modules/{id}'>, StaffModule>>,
  Expect<SameShape<ApiResponse<'post', '/training/modules/{id}/publish'>, StaffModule>>,
  Expect<SameShape<ApiResponse<'get', '/training/settings'>, TrainingSettings>>,
  Expect<SameShape<ApiResponse<'patch', '/training/settings'>, TrainingSettings>>,
];

export function renamedField(answer: CatalogItem): CatalogItem {
  // @ts-expect-error the catalog reads `required`: an answer that renamed it is no catalog item
  return { ...answer, required: undefined, mandatory: answer.required };
}
