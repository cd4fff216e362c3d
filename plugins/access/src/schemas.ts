/**
 * The shapes of the access API: what its routes take (bodies, queries) and answer, as the server
 * validates them and as the widgets type what they send and read (`Static<>`). Browser-safe: only
 * `@portico/core` and the plugin's own constants come in.
 */
import { Brand, BUILT_IN_ROLES, Email, Locale, PageQuery, ShortText, Timestamp, Type, Uuid, type PartnerRole, type Static, Nullable, IdentitySession } from '@portico/core';
import { KEY_AUDIENCES } from './embed/scopes.js';
import { P } from './permissions.js';
import { AuthPolicy } from './policy.js';

/** The sign-in policy: the plugin's settings, at `/api/v1/access/settings`. */
export { AuthPolicy } from './policy.js';

/**
 * The access plugin's settings (`/api/v1/access/settings`): the sign-in policy, and the bound on partner
 * admins' organisation groups. Both are the tenant administrator's to set, and a plugin has one settings
 * declaration, so the bound lives beside the policy.
 */
export const AccessSettings = Type.Object({
  ...AuthPolicy.properties,
  partnerDelegable: Type.Union([Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 1000 }), Type.Null()], {
    default: null,
    description: 'Permissions partner admins may put in their organisation’s access groups; null: those the built-in partner roles hold. Lowering it takes them out of existing groups at once.',
  }),
});
export type AccessSettings = Static<typeof AccessSettings>;
/** The brand is core's (`Brand` in `@portico/core`), which the portal shell shares: named here with the rest of the access API. */
export { Brand };


// ---------------------------------------------------------------------------------------------------
// People

export const PersonStatus = Type.Union([Type.Literal('invited'), Type.Literal('active'), Type.Literal('deactivated'), Type.Literal('removed')]);
export type PersonStatus = Static<typeof PersonStatus>;

export const PersonKind = Type.Union([Type.Literal('staff'), Type.Literal('member')]);
export type PersonKind = Static<typeof PersonKind>;

const Role = Type.Union(BUILT_IN_ROLES.map((role) => Type.Literal(role)), { description: 'One built-in role: a partner role for members, a staff role for staff' });

export const Person = Type.Object({
  id: Uuid,
  name: Type.String(),
  email: Type.String(),
  kind: PersonKind,
  role: Nullable(Type.String({ description: 'Null once the person is removed' })),
  partnerId: Nullable(Uuid),
  partnerName: Nullable(Type.String()),
  status: PersonStatus,
  locale: Nullable(Type.String()),
  lastSeenAt: Nullable(Type.String({ format: 'date-time', description: 'When they were last active; for a partner member, their own only (null for their peers)' })),
  activity: Type.Union([Type.Literal('recent'), Type.Literal('inactive'), Type.Literal('never')], { description: 'Active in the last 7 days, not since, or never signed in' }),
  createdAt: Type.String({ format: 'date-time' }),
});
export type Person = Static<typeof Person>;

export const PeopleListQuery = Type.Object({
  ...PageQuery,
  partnerId: Type.Optional(Uuid),
  status: Type.Optional(PersonStatus),
  kind: Type.Optional(PersonKind),
  q: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Part of a name or an email address, any case' })),
});
export type PeopleListQuery = Static<typeof PeopleListQuery>;

export const Invitation = Type.Object(
  {
    email: Email,
    name: Type.String({ minLength: 1, maxLength: 200 }),
    role: Role,
    partnerId: Type.Optional(Uuid),
    locale: Type.Optional(Locale),
  },
  { examples: [{ email: 'sam.lee@example.com', name: 'Sam Lee', role: 'partner_user', locale: 'en' }] },
);
export type Invitation = Static<typeof Invitation>;

// ---------------------------------------------------------------------------------------------------
// Partner organisations

export const PartnerStatus = Type.Union([Type.Literal('active'), Type.Literal('suspended'), Type.Literal('archived')]);
export type PartnerStatus = Static<typeof PartnerStatus>;

const PartnerName = Type.String({ minLength: 1, maxLength: 200, pattern: '^[^\\u0000-\\u001f\\u007f]+$', description: 'Unique in the tenant (case-insensitive)' });
const Tier = Type.String({ minLength: 1, maxLength: 50, description: 'The programme tier, e.g. Gold' });
const Country = Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2 code, e.g. FR' });

export const Partner = Type.Object({
  id: Uuid,
  name: Type.String(),
  tier: Nullable(Type.String()),
  country: Nullable(Type.String()),
  status: PartnerStatus,
  memberCount: Type.Integer({ minimum: 0, description: 'Invited and active people of the organisation' }),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
});
export type Partner = Static<typeof Partner>;

export const PartnerListQuery = Type.Object({
  ...PageQuery,
  status: Type.Optional(PartnerStatus),
  q: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Part of the name, any case' })),
});
export type PartnerListQuery = Static<typeof PartnerListQuery>;

export const NewPartner = Type.Object(
  { name: PartnerName, tier: Type.Optional(Nullable(Tier)), country: Type.Optional(Nullable(Country)) },
  { examples: [{ name: 'Acme Resellers', tier: 'Gold', country: 'FR' }] },
);
export type NewPartner = Static<typeof NewPartner>;

export const PartnerChanges = Type.Object(
  { name: Type.Optional(PartnerName), tier: Type.Optional(Nullable(Tier)), country: Type.Optional(Nullable(Country)), status: Type.Optional(PartnerStatus) },
  { examples: [{ tier: 'Platinum', status: 'suspended' }] },
);
export type PartnerChanges = Static<typeof PartnerChanges>;

// ---------------------------------------------------------------------------------------------------
// One's own session, sessions and profile

export const SessionAnswer = Type.Object({
  ...IdentitySession.properties,
  session: Nullable(Type.Object({ id: Uuid, expiresAt: Type.String(), mfaState: Type.String() })),
});
export type SessionAnswer = Static<typeof SessionAnswer>;

/** One of my signed-in sessions (a device). */
export const SessionRow = Type.Object({
  id: Uuid,
  createdAt: Type.String(),
  lastSeenAt: Type.String(),
  expiresAt: Type.String(),
  device: Type.String(),
  ip: Nullable(Type.String()),
  via: Type.String(),
  current: Type.Boolean(),
});
export type SessionRow = Static<typeof SessionRow>;

export const SessionList = Type.Object({ items: Type.Array(SessionRow) });
export type SessionList = Static<typeof SessionList>;

export const RevokeAllSessions = Type.Object({ keepCurrent: Type.Optional(Type.Boolean({ default: false })) }, { examples: [{ keepCurrent: false }] });
export type RevokeAllSessions = Static<typeof RevokeAllSessions>;

export const RevokedSessions = Type.Object({ revoked: Type.Integer() });
export type RevokedSessions = Static<typeof RevokedSessions>;

export const Profile = Type.Object({
  id: Uuid,
  name: Type.String(),
  email: Type.String(),
  locale: Nullable(Type.String()),
  timeZone: Nullable(Type.String()),
});
export type Profile = Static<typeof Profile>;

export const ProfileChanges = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 120 })),
    locale: Type.Optional(Locale),
    timeZone: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  },
  { examples: [{ name: 'Alice Martin', locale: 'fr', timeZone: 'Europe/Paris' }] },
);
export type ProfileChanges = Static<typeof ProfileChanges>;

// ---------------------------------------------------------------------------------------------------
// Sign-in (the API the sign-in widget calls; the server pages' forms are the routes' own)

const SignInCode = Type.String({ pattern: '^[0-9]{6}$', description: 'The six-digit code from the sign-in email' });
const RedirectTo = Type.String({ maxLength: 300, pattern: '^/', description: 'Where to land after signing in (allow-listed paths only)' });

export const SignInRequest = Type.Object({ email: Email, redirectTo: Type.Optional(RedirectTo) }, { examples: [{ email: 'alice@acme.example' }] });
export type SignInRequest = Static<typeof SignInRequest>;

export const SignInRequested = Type.Object({ status: Type.String() });
export type SignInRequested = Static<typeof SignInRequested>;

export const SignInWithCode = Type.Object({ email: Email, code: SignInCode }, { examples: [{ email: 'alice@acme.example', code: '123456' }] });
export type SignInWithCode = Static<typeof SignInWithCode>;

export const SignedIn = Type.Object({ status: Type.Literal('signed-in'), verificationToken: Type.String(), redirectTo: Type.String(), mfaRequired: Type.Boolean() });
export type SignedIn = Static<typeof SignedIn>;

// ---------------------------------------------------------------------------------------------------
// Two-factor authentication

const MfaCode = Type.String({ minLength: 6, maxLength: 12, description: 'The six digits your authenticator app shows now' });
const RecoveryCode = Type.String({ minLength: 12, maxLength: 40, description: 'One of your recovery codes, e.g. ABCD-EFGH-JKLM' });

export const MfaSessionState = Type.Union([Type.Literal('none'), Type.Literal('pending'), Type.Literal('verified')]);
export type MfaSessionState = Static<typeof MfaSessionState>;

export const MfaStatus = Type.Object({
  enrolled: Type.Boolean(),
  confirmedAt: Type.Union([Timestamp, Type.Null()]),
  required: Type.Boolean({ description: 'The programme requires two-factor authentication' }),
  recoveryCodesLeft: Type.Integer({ minimum: 0 }),
  sessionState: Type.Union([MfaSessionState, Type.Null()], { description: 'Null when not asked with a session cookie' }),
});
export type MfaStatus = Static<typeof MfaStatus>;

export const StartMfaEnrolment = Type.Object({}, { examples: [{}] });
export type StartMfaEnrolment = Static<typeof StartMfaEnrolment>;

export const MfaEnrolment = Type.Object({ id: Uuid, secret: Type.String(), otpauthUrl: Type.String(), qrCode: Type.String({ description: 'data:image/svg+xml;base64,…' }) });
export type MfaEnrolment = Static<typeof MfaEnrolment>;

/** A code from the authenticator app, the only proof that confirms enrolment or replaces recovery codes. */
export const MfaCodeProof = Type.Object({ code: MfaCode }, { examples: [{ code: '123456' }] });
export type MfaCodeProof = Static<typeof MfaCodeProof>;

/** A code from the authenticator app or a recovery code: what proves the second factor or turns it off. */
export const MfaProof = Type.Object(
  { code: Type.Optional(MfaCode), recoveryCode: Type.Optional(RecoveryCode) },
  { description: 'Exactly one of `code` and `recoveryCode`', examples: [{ code: '123456' }] },
);
export type MfaProof = Static<typeof MfaProof>;

export const RecoveryCodes = Type.Object({ recoveryCodes: Type.Array(Type.String(), { description: 'Shown once: keep them somewhere safe' }) });
export type RecoveryCodes = Static<typeof RecoveryCodes>;

export const MfaChallengeAnswer = Type.Object({ sessionState: Type.Literal('verified'), method: Type.Union([Type.Literal('totp'), Type.Literal('recovery-code')]), recoveryCodesLeft: Type.Integer({ minimum: 0 }) });
export type MfaChallengeAnswer = Static<typeof MfaChallengeAnswer>;

// ---------------------------------------------------------------------------------------------------
// Access groups and the permissions matrix

export const GroupAudience = Type.Union([Type.Literal('partner'), Type.Literal('staff')], { description: '`partner` groups take partner members; `staff` groups take staff' });
export type GroupAudience = Static<typeof GroupAudience>;

const GroupName = Type.String({ minLength: 1, maxLength: 80, pattern: '^[^\\u0000-\\u001f\\u007f]+$', description: 'Unique in the tenant (case-insensitive), and not the name of a built-in role' });
const GroupDescription = Type.String({ maxLength: 500 });
const PermissionKeys = Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 1000, description: 'Permission keys of installed plugins' });

export const GroupMember = Type.Object({ id: Uuid, name: Type.String(), email: Type.String() });
export type GroupMember = Static<typeof GroupMember>;

export const Group = Type.Object({
  id: Uuid,
  name: Type.String(),
  builtIn: Type.Literal(false),
  partnerId: Type.Optional(Nullable(Uuid)),
  audience: GroupAudience,
  description: Type.String(),
  permissions: Type.Array(Type.String()),
  memberCount: Type.Integer({ minimum: 0 }),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
  members: Type.Optional(Type.Array(GroupMember)),
});
export type Group = Static<typeof Group>;

export const BuiltInRole = Type.Object({
  id: Type.Null(),
  name: Type.String(),
  builtIn: Type.Literal(true),
  audience: GroupAudience,
  description: Type.String(),
  permissions: Type.Array(Type.String()),
  memberCount: Type.Integer({ minimum: 0 }),
});
export type BuiltInRole = Static<typeof BuiltInRole>;

/** A row of the groups list: a built-in role (no id) or an access group. */
export const GroupSummary = Type.Union([BuiltInRole, Group]);
export type GroupSummary = Static<typeof GroupSummary>;

export const GroupList = Type.Object({ items: Type.Array(GroupSummary) });
export type GroupList = Static<typeof GroupList>;

export const NewGroup = Type.Object(
  { name: GroupName, description: Type.Optional(GroupDescription), audience: GroupAudience, permissions: PermissionKeys },
  { examples: [{ name: 'Deal desk', description: 'Sees who holds which permission', audience: 'staff', permissions: [P.groupsRead] }] },
);
export type NewGroup = Static<typeof NewGroup>;

export const GroupChanges = Type.Object(
  { name: Type.Optional(GroupName), description: Type.Optional(GroupDescription), permissions: Type.Optional(PermissionKeys) },
  { minProperties: 1, examples: [{ description: 'Reviews registered deals' }] },
);
export type GroupChanges = Static<typeof GroupChanges>;

export const SetGroupMembers = Type.Object(
  { personIds: Type.Array(Uuid, { maxItems: 5000, description: 'Everyone who should be in the group; the others leave it' }) },
  { examples: [{ personIds: [] }] },
);
export type SetGroupMembers = Static<typeof SetGroupMembers>;

export const PermissionHolder = Type.Object({ id: Uuid, name: Type.String(), via: Type.String({ description: 'The role or group that grants it' }) });
export type PermissionHolder = Static<typeof PermissionHolder>;

/** Who holds which permission, by plugin (`GET /access/permissions`): also the catalogue pickers offer. */
export const PermissionMatrix = Type.Object({
  plugins: Type.Array(
    Type.Object({
      plugin: Type.String(),
      permissions: Type.Array(
        Type.Object({
          key: Type.String(),
          description: Type.String(),
          administrative: Type.Boolean({ description: 'Power over people, groups, partners, keys or settings: never carried by a staff person’s embed token' }),
          roles: Type.Array(Type.String(), { description: 'Built-in roles holding it' }),
          groups: Type.Array(Type.Object({ id: Uuid, name: Type.String() })),
          people: Type.Array(PermissionHolder, { maxItems: 50, description: 'The first 50 holders by name' }),
          peopleCount: Type.Integer({ minimum: 0 }),
        }),
      ),
    }),
  ),
});
export type PermissionMatrix = Static<typeof PermissionMatrix>;

// ---------------------------------------------------------------------------------------------------
// API keys and embed tokens

export const ApiKeyAudience = Type.Union(
  KEY_AUDIENCES.map((audience) => Type.Literal(audience)),
  { description: 'Whom the key may mint embed tokens for: partner members only (the default), or the vendor’s staff too' },
);
export type ApiKeyAudience = Static<typeof ApiKeyAudience>;

export const ApiKeyScopes = Type.Array(Type.String({ minLength: 1, maxLength: 100 }), {
  maxItems: 200,
  description:
    'The permissions the key’s embed tokens may carry at most; a token holds those of its person within them. ' +
    'Leave out for every permission that is not administrative. A staff person’s token never carries an administrative permission.',
});
export type ApiKeyScopes = Static<typeof ApiKeyScopes>;

const keyScopes = {
  audience: ApiKeyAudience,
  scopes: Type.Union([ApiKeyScopes, Type.Null()], { description: 'Null: every permission that is not administrative (also those of plugins added later)' }),
};

export const ApiKey = Type.Object({
  id: Uuid,
  name: Type.String(),
  hint: Type.String({ description: 'The last characters of the key, to tell keys apart' }),
  ...keyScopes,
  createdAt: Timestamp,
  lastUsedAt: Type.Union([Timestamp, Type.Null()]),
  revokedAt: Type.Union([Timestamp, Type.Null()]),
});
export type ApiKey = Static<typeof ApiKey>;

export const NewApiKey = Type.Object(
  { name: ShortText(100), audience: Type.Optional(ApiKeyAudience), scopes: Type.Optional(ApiKeyScopes) },
  { examples: [{ name: 'CRM backend' }, { name: 'Intranet', audience: 'members-and-staff', scopes: ['deals.read', 'deals.review'] }] },
);
export type NewApiKey = Static<typeof NewApiKey>;

/** The answer to creating a key: the only time its secret is shown. */
export const CreatedApiKey = Type.Object({
  id: Uuid,
  name: Type.String(),
  hint: Type.String(),
  ...keyScopes,
  createdAt: Timestamp,
  key: Type.String({ description: 'The secret key. Shown only in this answer: store it in your backend now.' }),
});
export type CreatedApiKey = Static<typeof CreatedApiKey>;

/** How long an embed token lives, in seconds. */
export const EMBED_TTL_SECONDS = { min: 60, max: 600, default: 600 } as const;

/** Roles an API key may give a member it creates: never the organisation's administrator. */
export const EMBEDDABLE_ROLES = ['principal', 'salesperson', 'technical', 'partner_user'] as const satisfies readonly PartnerRole[];

export const MintEmbedToken = Type.Object(
  {
    email: Type.Optional(Email),
    externalId: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Your own id for the person' })),
    origin: Type.String({ minLength: 1, maxLength: 300, description: 'The page origin the widgets run on; one of the allowed embed origins' }),
    partnerId: Type.Optional(Uuid),
    ttlSeconds: Type.Optional(Type.Integer({ minimum: EMBED_TTL_SECONDS.min, maximum: EMBED_TTL_SECONDS.max, default: EMBED_TTL_SECONDS.default })),
    createMember: Type.Optional(
      Type.Object({
        name: ShortText(200),
        role: Type.Union(EMBEDDABLE_ROLES.map((role) => Type.Literal(role))),
        partnerId: Uuid,
        locale: Type.Optional(Locale),
        email: Type.Optional(Email),
      }),
    ),
  },
  {
    description: 'Exactly one of `email` and `externalId`. `createMember` creates the person if there is none yet (its `email` only when looking up by `externalId`).',
    examples: [
      { email: 'member@alpha.test', origin: 'https://app.example.com', ttlSeconds: 300 },
      { externalId: 'crm-4711', origin: 'https://app.example.com', createMember: { name: 'Ada Lovelace', role: 'salesperson', partnerId: '00000000-0000-4000-8000-000000000000', email: 'ada@example.com', locale: 'en' } },
    ],
  },
);
export type MintEmbedToken = Static<typeof MintEmbedToken>;

export const MintedEmbedToken = Type.Object({
  id: Uuid,
  token: Type.String({ description: 'Send as `Authorization: Bearer <token>` from the origin it was minted for' }),
  expiresAt: Timestamp,
  person: Type.Object({ id: Uuid, name: Type.String(), email: Type.String(), partnerId: Type.Union([Uuid, Type.Null()]) }),
});
export type MintedEmbedToken = Static<typeof MintedEmbedToken>;

// ---------------------------------------------------------------------------------------------------
// The tenant's embed origins and brand

/** How many origins a tenant may allow to embed the widgets. */
export const MAX_EMBED_ORIGINS = 50;

export const EmbedOrigins = Type.Object({ origins: Type.Array(Type.String()) });
export type EmbedOrigins = Static<typeof EmbedOrigins>;

export const SetEmbedOrigins = Type.Object(
  { origins: Type.Array(Type.String({ minLength: 1, maxLength: 300 }), { maxItems: MAX_EMBED_ORIGINS }) },
  { examples: [{ origins: ['https://app.example.com', 'http://localhost:3000'] }] },
);
export type SetEmbedOrigins = Static<typeof SetEmbedOrigins>;

/** The brand as `PUT /access/tenant/brand` takes it: core's `Brand`, every field optional (an absent one is unset). */
export const SetBrand = Type.Object(Brand.properties, {
  examples: [{ displayName: 'Northwind Partner Hub', logoUrl: 'https://cdn.example.com/logo.svg', primaryColor: '#0b5cad', accentColor: '#f59e0b', fontFamily: 'Inter, system-ui, sans-serif', poweredBy: false }],
});
export type SetBrand = Static<typeof SetBrand>;

// ---------------------------------------------------------------------------------------------------
// The audit trail

const auditFilters = {
  actorId: Type.Optional(Uuid),
  action: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'An exact action, or a prefix ending in `*` (e.g. `deals.*`)' })),
  targetType: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  targetId: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  from: Type.Optional(Type.String({ format: 'date-time', description: 'Events at or after this instant' })),
  to: Type.Optional(Type.String({ format: 'date-time', description: 'Events at or before this instant' })),
  partnerId: Type.Optional(Uuid),
};

/** The keys of the trail's filters (the other query fields page or pick a language). */
export const AUDIT_FILTERS = Object.keys(auditFilters) as (keyof typeof auditFilters)[];

const auditLocale = {
  // The language of action labels and of targets' names; default: the reader's own, else the tenant's.
  locale: Type.Optional(Locale),
};

/** The filters of the CSV export; the list takes them with a page's cursor and limit. */
export const AuditExportQuery = Type.Object({ ...auditFilters, ...auditLocale });
export type AuditExportQuery = Static<typeof AuditExportQuery>;

export const AuditListQuery = Type.Object({ ...PageQuery, ...auditFilters, ...auditLocale });
export type AuditListQuery = Static<typeof AuditListQuery>;

export const AuditEvent = Type.Object({
  id: Uuid,
  createdAt: Type.String({ format: 'date-time' }),
  action: Type.String({ description: 'The action’s key, e.g. `deals.deal.submitted`' }),
  actionLabel: Type.String({ description: 'What people read for the action, in the language asked for (the key itself for an action no registered plugin declares)' }),
  targetType: Type.String(),
  targetId: Type.Union([Type.String(), Type.Null()]),
  targetName: Type.Union([Type.String(), Type.Null()], { description: 'The target’s name now, as the plugin that wrote the entry (or core, for people, partners, clients and the tenant) names it; null when nothing names it or once it is gone' }),
  partnerId: Type.Union([Uuid, Type.Null()], { description: 'The organisation concerned; null for tenant-level events' }),
  actor: Type.Union([
    Type.Object({ id: Uuid, name: Type.Union([Type.String(), Type.Null()]), email: Type.Union([Type.String(), Type.Null()]) }),
    Type.Null(),
  ]),
  actorKind: Type.Union([Type.String(), Type.Null()]),
  before: Type.Unknown(),
  after: Type.Unknown(),
  ip: Type.Union([Type.String(), Type.Null()]),
  requestId: Type.Union([Type.String(), Type.Null()]),
});
export type AuditEvent = Static<typeof AuditEvent>;

export const AuditActionsQuery = Type.Object(auditLocale);
export type AuditActionsQuery = Static<typeof AuditActionsQuery>;

export const AuditActionList = Type.Object({
  items: Type.Array(
    Type.Object({
      action: Type.String(),
      label: Type.String({ description: 'In the language asked for' }),
      pluginId: Type.String(),
    }),
  ),
});
export type AuditActionList = Static<typeof AuditActionList>;

// ---------------------------------------------------------------------------------------------------
// A partner organisation's own access groups, and what its partner admin may delegate

export const PartnerGroup = Type.Object({
  id: Uuid,
  name: Type.String(),
  description: Type.String(),
  partnerId: Uuid,
  permissions: Type.Array(Type.String(), { description: 'Permissions the group grants its members, beside their role’s' }),
  memberCount: Type.Integer({ minimum: 0 }),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
  members: Type.Optional(Type.Array(GroupMember)),
});
export type PartnerGroup = Static<typeof PartnerGroup>;

export const PartnerGroupList = Type.Object({ items: Type.Array(PartnerGroup) });
export type PartnerGroupList = Static<typeof PartnerGroupList>;

const PartnerGroupName = Type.String({ minLength: 1, maxLength: 80, pattern: '^[^\\u0000-\\u001f\\u007f]+$', description: 'Unique in the organisation (case-insensitive), and not the name of a built-in role' });
const DelegatedKeys = Type.Array(Type.String({ minLength: 1, maxLength: 200 }), {
  maxItems: 200,
  description: 'Permissions the programme lets partners delegate and that the partner admin holds (see `GET /access/partner-permissions`)',
});

export const NewPartnerGroup = Type.Object(
  { name: PartnerGroupName, description: Type.Optional(GroupDescription), permissions: DelegatedKeys },
  { examples: [{ name: 'Deal desk', description: 'Sees every deal of the organisation', permissions: [] }] },
);
export type NewPartnerGroup = Static<typeof NewPartnerGroup>;

export const PartnerGroupChanges = Type.Object(
  { name: Type.Optional(PartnerGroupName), description: Type.Optional(GroupDescription), permissions: Type.Optional(DelegatedKeys) },
  { minProperties: 1, examples: [{ description: 'Sees every deal of the organisation' }] },
);
export type PartnerGroupChanges = Static<typeof PartnerGroupChanges>;

export const PartnerPermissionHolder = Type.Object({
  id: Uuid,
  name: Type.String(),
  via: Type.Array(Type.String(), { description: 'The role and the groups that grant it' }),
});
export type PartnerPermissionHolder = Static<typeof PartnerPermissionHolder>;

/** What a partner admin may delegate, by plugin, and who in their organisation holds each (`GET /access/partner-permissions`). */
export const PartnerPermissions = Type.Object({
  plugins: Type.Array(
    Type.Object({
      plugin: Type.String(),
      permissions: Type.Array(
        Type.Object({
          key: Type.String(),
          description: Type.String({ description: 'The plugin’s one sentence, in English' }),
          roles: Type.Array(Type.String(), { description: 'Built-in partner roles holding it' }),
          groups: Type.Array(Type.Object({ id: Uuid, name: Type.String() }), { description: 'The organisation’s groups granting it' }),
          people: Type.Array(PartnerPermissionHolder, { description: 'The organisation’s people holding it (invited or active)' }),
        }),
      ),
    }),
  ),
});
export type PartnerPermissions = Static<typeof PartnerPermissions>;

export const PermissionExplainParams = Type.Object({
  permission: Type.String({ minLength: 1, maxLength: 200, description: 'A permission key, e.g. `deals.partner-wide`' }),
  personId: Uuid,
});
export type PermissionExplainParams = Static<typeof PermissionExplainParams>;

/** Why a person of the organisation holds a permission, or that they do not. */
export const PermissionExplanation = Type.Object({
  personId: Uuid,
  permission: Type.String(),
  holds: Type.Boolean(),
  grantedBy: Type.Array(
    Type.Object({
      kind: Type.Union([Type.Literal('role'), Type.Literal('group')]),
      name: Type.String(),
      id: Nullable(Uuid),
      managedBy: Type.Union([Type.Literal('programme'), Type.Literal('organisation')], { description: 'A built-in role or a tenant-wide group (the programme’s staff), or one of the organisation’s groups' }),
    }),
  ),
});
export type PermissionExplanation = Static<typeof PermissionExplanation>;
