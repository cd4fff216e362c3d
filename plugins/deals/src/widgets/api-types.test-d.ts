/**
 * Type-level tests, read by `tsc -p tsconfig.widgets.json` and never run. The widgets' client is
 * typed from the generated OpenAPI types and their values from the server's schemas (`Static<>`):
 * both must describe the same answers, so changing a response schema fails this file until the SDK
 * types are regenerated, and then fails every widget and test fake that reads the old shape.
 */
import type { ApiResponse, ItemOf } from '@portico/sdk';
import type { Expect, SameShape } from '@portico/widgets/testing';
import type { Deal, DealSettings, TerritoryRule } from './shared.js';

export type Checks = [
  Expect<SameShape<ApiResponse<'get', '/deals/{id}'>, Deal>>,
  Expect<SameShape<ApiResponse<'patch', '/deals/{id}'>, Deal>>,
  Expect<SameShape<ApiResponse<'post', '/deals'>, Deal>>,
  Expect<SameShape<ItemOf<'/deals'>, Deal>>,
  Expect<SameShape<ApiResponse<'post', '/deals/{id}/withdraw'>, Deal>>,
  Expect<SameShape<ApiResponse<'get', '/deals/settings'>, DealSettings>>,
  Expect<SameShape<ApiResponse<'patch', '/deals/settings'>, DealSettings>>,
  Expect<SameShape<ItemOf<'/deal-territories'>, TerritoryRule>>,
  Expect<SameShape<ApiResponse<'put', '/deal-territories/{partnerId}'>, TerritoryRule>>,
];

export function renamedField(answer: ApiResponse<'get', '/deals/{id}'>): Deal {
  // @ts-expect-error the list and the detail read `customerName`: an answer that renamed it is no deal
  return { ...answer, customerName: undefined, clientName: answer.customerName };
}
