/**
 * Type-level tests, read by `tsc -p tsconfig.widgets.json` and never run. The widgets' client is
 * typed from the generated OpenAPI types and their values from the server's schemas (`Static<>` of
 * ../schemas.ts): both must describe the same answers and bodies, so changing a schema fails this
 * file until the SDK types are regenerated, and then fails every widget and test fake that reads the
 * old shape.
 */
import type { ApiBody, ApiResponse, ItemOf } from '@portico/sdk';
import type { Expect, SameShape } from '@portico/widgets/testing';
import type {
  AccessSettings,
  NewPartnerGroup,
  PartnerGroup,
  PartnerGroupChanges,
  PartnerGroupList,
  PartnerPermissions,
  PermissionExplanation,
  ApiKey,
  AuditEvent,
  Brand,
  CreatedApiKey,
  EmbedOrigins,
  Group,
  GroupChanges,
  GroupList,
  GroupSummary,
  Invitation,
  MfaChallengeAnswer,
  MfaCodeProof,
  MfaEnrolment,
  MfaProof,
  MfaStatus,
  NewApiKey,
  NewGroup,
  NewPartner,
  Partner,
  PartnerChanges,
  PermissionMatrix,
  Person,
  Profile,
  ProfileChanges,
  RecoveryCodes,
  SessionAnswer,
  SessionList,
  SetBrand,
  SetEmbedOrigins,
  SetGroupMembers,
  SignedIn,
  SignInRequest,
  SignInWithCode,
} from '../schemas.js';

/** What the access routes answer. */
export type Answers = [
  Expect<SameShape<ApiResponse<'get', '/access/session'>, SessionAnswer>>,
  Expect<SameShape<ApiResponse<'get', '/access/sessions'>, SessionList>>,
  Expect<SameShape<ApiResponse<'get', '/access/profile'>, Profile>>,
  Expect<SameShape<ApiResponse<'patch', '/access/profile'>, Profile>>,
  Expect<SameShape<ApiResponse<'post', '/access/sign-in/code'>, SignedIn>>,
  Expect<SameShape<ApiResponse<'get', '/access/mfa'>, MfaStatus>>,
  Expect<SameShape<ApiResponse<'post', '/access/mfa/enrolment'>, MfaEnrolment>>,
  Expect<SameShape<ApiResponse<'post', '/access/mfa/enrolment/confirm'>, RecoveryCodes>>,
  Expect<SameShape<ApiResponse<'post', '/access/mfa/recovery-codes'>, RecoveryCodes>>,
  Expect<SameShape<ApiResponse<'post', '/access/mfa/challenge'>, MfaChallengeAnswer>>,
  Expect<SameShape<ItemOf<'/access/api-keys'>, ApiKey>>,
  Expect<SameShape<ApiResponse<'post', '/access/api-keys'>, CreatedApiKey>>,
  Expect<SameShape<ItemOf<'/access/people'>, Person>>,
  Expect<SameShape<ApiResponse<'get', '/access/people/{id}'>, Person>>,
  Expect<SameShape<ApiResponse<'post', '/access/people'>, Person>>,
  Expect<SameShape<ApiResponse<'get', '/access/groups'>, GroupList>>,
  Expect<SameShape<ApiResponse<'get', '/access/groups'>['items'][number], GroupSummary>>,
  Expect<SameShape<ApiResponse<'get', '/access/groups/{id}'>, Group>>,
  Expect<SameShape<ApiResponse<'post', '/access/groups'>, Group>>,
  Expect<SameShape<ApiResponse<'patch', '/access/groups/{id}'>, Group>>,
  Expect<SameShape<ApiResponse<'put', '/access/groups/{id}/members'>, Group>>,
  Expect<SameShape<ApiResponse<'get', '/access/permissions'>, PermissionMatrix>>,
  Expect<SameShape<ItemOf<'/access/audit'>, AuditEvent>>,
  Expect<SameShape<ItemOf<'/access/partners'>, Partner>>,
  Expect<SameShape<ApiResponse<'get', '/access/partners/{id}'>, Partner>>,
  Expect<SameShape<ApiResponse<'post', '/access/partners'>, Partner>>,
  Expect<SameShape<ApiResponse<'patch', '/access/partners/{id}'>, Partner>>,
  Expect<SameShape<ApiResponse<'get', '/access/tenant/embed-origins'>, EmbedOrigins>>,
  Expect<SameShape<ApiResponse<'put', '/access/tenant/embed-origins'>, EmbedOrigins>>,
  Expect<SameShape<ApiResponse<'get', '/access/tenant/brand'>, Brand>>,
  Expect<SameShape<ApiResponse<'put', '/access/tenant/brand'>, Brand>>,
  Expect<SameShape<ApiResponse<'get', '/access/settings'>, AccessSettings>>,
  Expect<SameShape<ApiResponse<'patch', '/access/settings'>, AccessSettings>>,
  Expect<SameShape<ApiResponse<'get', '/access/partner-groups'>, PartnerGroupList>>,
  Expect<SameShape<ApiResponse<'get', '/access/partner-groups/{id}'>, PartnerGroup>>,
  Expect<SameShape<ApiResponse<'post', '/access/partner-groups'>, PartnerGroup>>,
  Expect<SameShape<ApiResponse<'patch', '/access/partner-groups/{id}'>, PartnerGroup>>,
  Expect<SameShape<ApiResponse<'put', '/access/partner-groups/{id}/members'>, PartnerGroup>>,
  Expect<SameShape<ApiResponse<'get', '/access/partner-permissions'>, PartnerPermissions>>,
  Expect<SameShape<ApiResponse<'get', '/access/partner-permissions/{permission}/people/{personId}'>, PermissionExplanation>>,
];

/** What the widgets send. */
export type Bodies = [
  Expect<SameShape<ApiBody<'post', '/access/partner-groups'>, NewPartnerGroup>>,
  Expect<SameShape<ApiBody<'patch', '/access/partner-groups/{id}'>, PartnerGroupChanges>>,
  Expect<SameShape<ApiBody<'post', '/access/sign-in'>, SignInRequest>>,
  Expect<SameShape<ApiBody<'post', '/access/sign-in/code'>, SignInWithCode>>,
  Expect<SameShape<ApiBody<'patch', '/access/profile'>, ProfileChanges>>,
  Expect<SameShape<ApiBody<'post', '/access/mfa/enrolment/confirm'>, MfaCodeProof>>,
  Expect<SameShape<ApiBody<'post', '/access/mfa/recovery-codes'>, MfaCodeProof>>,
  Expect<SameShape<ApiBody<'post', '/access/mfa/challenge'>, MfaProof>>,
  Expect<SameShape<ApiBody<'post', '/access/mfa/disable'>, MfaProof>>,
  Expect<SameShape<ApiBody<'post', '/access/api-keys'>, NewApiKey>>,
  Expect<SameShape<ApiBody<'post', '/access/people'>, Invitation>>,
  Expect<SameShape<ApiBody<'post', '/access/groups'>, NewGroup>>,
  Expect<SameShape<ApiBody<'patch', '/access/groups/{id}'>, GroupChanges>>,
  Expect<SameShape<ApiBody<'put', '/access/groups/{id}/members'>, SetGroupMembers>>,
  Expect<SameShape<ApiBody<'post', '/access/partners'>, NewPartner>>,
  Expect<SameShape<ApiBody<'patch', '/access/partners/{id}'>, PartnerChanges>>,
  Expect<SameShape<ApiBody<'put', '/access/tenant/embed-origins'>, SetEmbedOrigins>>,
  Expect<SameShape<ApiBody<'put', '/access/tenant/brand'>, SetBrand>>,
];

export function renamedField(answer: ItemOf<'/access/api-keys'>): ApiKey {
  // @ts-expect-error the API keys page reads `audience`: an answer that renamed it is no key
  return { ...answer, audience: undefined, signsIn: answer.audience };
}

export function renamedGroupField(answer: ApiResponse<'get', '/access/groups/{id}'>): Group {
  // @ts-expect-error the groups page reads `memberCount`: an answer that renamed it is no group
  return { ...answer, memberCount: undefined, size: answer.memberCount };
}

export function outdatedStatus(person: Person): Person {
  // @ts-expect-error the people page knows the statuses the schema declares, no other
  return { ...person, status: 'suspended' };
}
