/**
 * Type-level tests, read by `tsc -p tsconfig.widgets.json` and never run. The widgets' client is
 * typed from the generated OpenAPI types and their values from the server's schemas (`Static<>`):
 * both must describe the same answers, so changing a response schema fails this file until the SDK
 * types are regenerated, and then fails every widget and test fake that reads the old shape.
 */
import type { ApiResponse, ItemOf } from '@portico/sdk';
import type { Expect, SameShape } from '@portico/widgets/testing';
import type { AssignedClient, Client, Escalations, Invitation, Member } from './shared.js';

export type Checks = [
  Expect<SameShape<ItemOf<'/team/members'>, Member>>,
  Expect<SameShape<ApiResponse<'get', '/team/members/{id}'>, Member>>,
  Expect<SameShape<ApiResponse<'patch', '/team/members/{id}'>, Member>>,
  Expect<SameShape<ItemOf<'/team/invitations'>, Invitation>>,
  Expect<SameShape<ApiResponse<'post', '/team/invitations'>, Invitation>>,
  Expect<SameShape<ItemOf<'/team/clients'>, Client>>,
  Expect<SameShape<ApiResponse<'post', '/team/clients'>, Client>>,
  Expect<SameShape<ApiResponse<'patch', '/team/clients/{id}'>, Client>>,
  Expect<SameShape<ApiResponse<'get', '/team/me/clients'>['items'][number], AssignedClient>>,
  Expect<SameShape<ApiResponse<'get', '/team/members/{id}/clients'>['items'][number], AssignedClient>>,
  Expect<SameShape<ApiResponse<'get', '/team/escalations'>, Escalations>>,
];

export function renamedField(answer: Member): Member {
  // @ts-expect-error the roster reads `activity`: an answer that renamed it is no member
  return { ...answer, activity: undefined, lastActivity: answer.activity };
}
