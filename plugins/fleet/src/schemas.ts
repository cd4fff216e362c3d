/**
 * The shapes of the fleet API: client companies and their 360 page, mandates with their versions and
 * extension proposals, client invitations, and the tenant's data feed. Dates without a time are
 * `YYYY-MM-DD` (a mandate is valid through its `validUntil` day).
 */
import { Email, Locale, Nullable, PageQuery, Timestamp, Type, Uuid, type Static } from '@portico/core';

export const Day = Type.String({ format: 'date', description: 'YYYY-MM-DD' });

export const CLIENT_STATUSES = ['active', 'archived'] as const;
export const ClientStatus = Type.Union(CLIENT_STATUSES.map((s) => Type.Literal(s)));
export type ClientStatus = Static<typeof ClientStatus>;

export const HEALTHS = ['healthy', 'attention', 'critical'] as const;
export const Health = Type.Union(HEALTHS.map((h) => Type.Literal(h)), { description: 'As the tenant’s product judges the client (pushed by the data feed)' });
export type Health = Static<typeof Health>;

export const MANDATE_STATUSES = ['active', 'suspended', 'ended'] as const;
export const MandateStatus = Type.Union(MANDATE_STATUSES.map((s) => Type.Literal(s)));
export type MandateStatus = Static<typeof MandateStatus>;

export const INVITATION_STATUSES = ['sent', 'resent', 'revoked', 'expired', 'declined', 'accepted'] as const;
export const InvitationStatus = Type.Union(INVITATION_STATUSES.map((s) => Type.Literal(s)));
export type InvitationStatus = Static<typeof InvitationStatus>;

export const PROPOSAL_STATUSES = ['pending', 'approved', 'declined', 'withdrawn', 'superseded', 'expired'] as const;
export const ProposalStatus = Type.Union(PROPOSAL_STATUSES.map((s) => Type.Literal(s)));
export type ProposalStatus = Static<typeof ProposalStatus>;

export const Approver = Type.Union([Type.Literal('client'), Type.Literal('staff')]);

const CapabilityKey = Type.String({ pattern: '^[a-z][a-z0-9-]{0,62}$' });
export const Scope = Type.Array(CapabilityKey, { minItems: 1, maxItems: 50, uniqueItems: true, description: 'Capability keys of the tenant’s settings' });

export const FactValue = Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Null()]);
export const Facts = Type.Record(Type.String(), FactValue, { description: 'What the tenant’s product knows of the client (plan, seats, …), as it pushed it' });

export const Person = Type.Object({ personId: Uuid, name: Type.String() });
export type Person = Static<typeof Person>;

/** A mandate's terms: what the partner may do for the client, and when. */
export const Terms = Type.Object({ scope: Type.Array(Type.String()), validFrom: Day, validUntil: Nullable(Day), status: MandateStatus });
export type Terms = Static<typeof Terms>;

/** What a change does to the terms: only the parts that change appear. */
export const TermsDiff = Type.Object({
  scope: Type.Optional(Type.Object({ added: Type.Array(Type.String()), removed: Type.Array(Type.String()) })),
  validFrom: Type.Optional(Type.Object({ from: Nullable(Day), to: Day })),
  validUntil: Type.Optional(Type.Object({ from: Nullable(Day), to: Nullable(Day) })),
  status: Type.Optional(Type.Object({ from: Nullable(MandateStatus), to: MandateStatus })),
});
export type TermsDiff = Static<typeof TermsDiff>;

export const Proposal = Type.Object({
  id: Uuid,
  mandateId: Uuid,
  clientId: Uuid,
  clientName: Type.String(),
  partnerId: Uuid,
  partnerName: Type.String(),
  baseVersion: Type.Integer({ minimum: 1 }),
  /** The terms the mandate has once approved. */
  terms: Terms,
  /** The extension itself: what approval adds. */
  diff: TermsDiff,
  reason: Type.String(),
  approver: Approver,
  status: ProposalStatus,
  proposedBy: Nullable(Person),
  createdAt: Timestamp,
  expiresAt: Timestamp,
  decidedAt: Nullable(Timestamp),
  decisionNote: Nullable(Type.String()),
});
export type Proposal = Static<typeof Proposal>;

export const Mandate = Type.Object({
  id: Uuid,
  clientId: Uuid,
  partnerId: Uuid,
  /** The current version; every change must name it (optimistic concurrency). */
  version: Type.Integer({ minimum: 1 }),
  scope: Type.Array(Type.String()),
  validFrom: Day,
  validUntil: Nullable(Day),
  status: MandateStatus,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  pendingProposal: Nullable(Proposal),
});
export type Mandate = Static<typeof Mandate>;

export const CHANGE_KINDS = ['created', 'reduced', 'extended', 'ended', 'expired', 'fed'] as const;
export const ChangeKind = Type.Union(CHANGE_KINDS.map((c) => Type.Literal(c)));

export const MandateVersion = Type.Object({
  version: Type.Integer({ minimum: 1 }),
  scope: Type.Array(Type.String()),
  validFrom: Day,
  validUntil: Nullable(Day),
  status: MandateStatus,
  change: ChangeKind,
  reason: Nullable(Type.String()),
  diff: TermsDiff,
  changedBy: Type.Object({
    kind: Type.Union(['member', 'staff', 'contact', 'system', 'feed'].map((k) => Type.Literal(k))),
    name: Nullable(Type.String()),
  }),
  proposalId: Nullable(Uuid),
  createdAt: Timestamp,
});
export type MandateVersion = Static<typeof MandateVersion>;

export const MandateChange = Type.Object(
  {
    version: Type.Integer({ minimum: 1, description: 'The version the change is made against; another one answers 409 with the current mandate' }),
    scope: Type.Optional(Scope),
    validFrom: Type.Optional(Day),
    validUntil: Type.Optional(Nullable(Day)),
    status: Type.Optional(MandateStatus),
    reason: Type.String({ minLength: 1, maxLength: 1000, description: 'Why: kept in the mandate’s history' }),
  },
  { examples: [{ version: 1, scope: ['view-financials'], reason: 'The client files its own returns from now on.' }] },
);
export type MandateChange = Static<typeof MandateChange>;

export const MandateChangeResult = Type.Object({
  mandate: Mandate,
  /** The version the reductions (or the ending) made at once, if any. */
  applied: Nullable(MandateVersion),
  /** The extension awaiting approval, if any. */
  proposal: Nullable(Proposal),
});
export type MandateChangeResult = Static<typeof MandateChangeResult>;

export const ProposalDecision = Type.Object(
  { note: Type.Optional(Type.String({ maxLength: 1000 })) },
  { examples: [{ note: 'Confirmed with the client by phone.' }] },
);

/** Another partner's row of the same company (staff only). */
export const OtherPartner = Type.Object({ clientId: Uuid, partnerId: Uuid, partnerName: Type.String(), clientName: Type.String() });

export const ClientContact = Type.Object({ email: Type.String(), name: Nullable(Type.String()), locale: Nullable(Locale) });

export const MandateBrief = Type.Object({ status: MandateStatus, scope: Type.Array(Type.String()), validUntil: Nullable(Day) });

const clientBase = {
  id: Uuid,
  partnerId: Uuid,
  partnerName: Type.String(),
  name: Type.String(),
  domain: Nullable(Type.String()),
  country: Nullable(Type.String()),
  status: ClientStatus,
  externalId: Nullable(Type.String()),
  health: Nullable(Health),
  assignees: Type.Array(Person),
  createdAt: Timestamp,
};

/** A client as its list shows it. */
export const ClientSummary = Type.Object({ ...clientBase, mandate: Nullable(MandateBrief) });
export type ClientSummary = Static<typeof ClientSummary>;

/** A client as its 360 page shows it. */
export const ClientDetail = Type.Object({
  ...clientBase,
  mandate: Nullable(Mandate),
  source: Type.Union(['feed', 'partner', 'staff', 'invitation', 'team'].map((s) => Type.Literal(s)), { description: 'Where the client came from (`team`: registered on the team pages)' }),
  facts: Facts,
  contact: Nullable(ClientContact),
  fedAt: Nullable(Timestamp),
  updatedAt: Timestamp,
  pendingInvitation: Nullable(Type.Object({ id: Uuid, status: InvitationStatus, contactEmail: Type.String(), expiresAt: Timestamp })),
  deepLink: Nullable(Type.Object({ url: Type.String(), productName: Type.String() })),
  /** Staff only: the same company's rows of other partners (same external id, contact email or domain). */
  alsoServedBy: Type.Optional(Type.Array(OtherPartner)),
});
export type ClientDetail = Static<typeof ClientDetail>;

export const CLIENT_SORTS = ['name', '-name', 'createdAt', '-createdAt'] as const;

export const ClientListQuery = Type.Object({
  ...PageQuery,
  q: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Search in names, domains and external ids' })),
  status: Type.Optional(ClientStatus),
  health: Type.Optional(Type.Union([...HEALTHS.map((h) => Type.Literal(h)), Type.Literal('unknown')])),
  mandate: Type.Optional(Type.Union([...MANDATE_STATUSES.map((s) => Type.Literal(s)), Type.Literal('none')], { description: 'The mandate’s status, or `none`' })),
  assignee: Type.Optional(Uuid),
  partnerId: Type.Optional(Type.String({ format: 'uuid', description: 'Staff: one partner’s clients' })),
  externalId: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Every row of one company (the tenant’s id)' })),
  sort: Type.Optional(Type.Union(CLIENT_SORTS.map((s) => Type.Literal(s)), { default: 'name' })),
});
export type ClientListQuery = Static<typeof ClientListQuery>;

const clientFields = {
  name: Type.String({ minLength: 1, maxLength: 200 }),
  domain: Nullable(Type.String({ maxLength: 253 })),
  country: Nullable(Type.String({ minLength: 2, maxLength: 2, description: 'ISO 3166-1 alpha-2' })),
};

export const NewClient = Type.Object(
  {
    name: clientFields.name,
    domain: Type.Optional(clientFields.domain),
    country: Type.Optional(clientFields.country),
    partnerId: Type.Optional(Type.String({ format: 'uuid', description: 'Staff: the partner the client belongs to' })),
  },
  { examples: [{ name: 'Initech GmbH', domain: 'initech.example', country: 'DE' }] },
);
export type NewClient = Static<typeof NewClient>;

export const ClientUpdate = Type.Object(
  {
    name: Type.Optional(clientFields.name),
    domain: Type.Optional(clientFields.domain),
    country: Type.Optional(clientFields.country),
    status: Type.Optional(ClientStatus),
    contact: Type.Optional(
      Nullable(
        Type.Object({ email: Email, name: Type.Optional(Type.String({ maxLength: 200 })), locale: Type.Optional(Locale) }, { description: 'Staff only: who approves mandate extensions for the client' }),
      ),
    ),
  },
  { minProperties: 1, examples: [{ domain: 'initech.example', country: 'DE' }] },
);
export type ClientUpdate = Static<typeof ClientUpdate>;

export const ACTIVITY_ACTORS = ['member', 'staff', 'api-key', 'system', 'contact'] as const;

/** One entry of a client's recent activity: the audit of what was done for it. */
export const ActivityEntry = Type.Object({
  id: Uuid,
  at: Timestamp,
  action: Type.String({ description: 'The audit action, e.g. `fleet.mandate.reduced`, `team.client.assigned`' }),
  actor: Type.Object({ kind: Nullable(Type.String()), name: Nullable(Type.String()) }),
  /** What the entry recorded after the change (its shape depends on the action). */
  after: Type.Unknown(),
});
export type ActivityEntry = Static<typeof ActivityEntry>;

export const Invitation = Type.Object({
  id: Uuid,
  partnerId: Uuid,
  partnerName: Type.String(),
  clientId: Nullable(Uuid),
  companyName: Type.String(),
  domain: Nullable(Type.String()),
  contactEmail: Type.String(),
  contactName: Nullable(Type.String()),
  locale: Nullable(Locale),
  scope: Type.Array(Type.String()),
  validFrom: Day,
  validUntil: Nullable(Day),
  message: Nullable(Type.String()),
  status: InvitationStatus,
  sentBy: Nullable(Person),
  sentAt: Timestamp,
  expiresAt: Timestamp,
  resendCount: Type.Integer({ minimum: 0 }),
  respondedAt: Nullable(Timestamp),
  declineReason: Nullable(Type.String()),
  /** Staff only: partners that already serve this company (same contact, domain or name). */
  alsoServedBy: Type.Optional(Type.Array(OtherPartner)),
});
export type Invitation = Static<typeof Invitation>;

export const NewInvitation = Type.Object(
  {
    clientId: Type.Optional(Type.String({ format: 'uuid', description: 'Invite the contact of a client you already have; or name a new company' })),
    companyName: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    domain: Type.Optional(Nullable(Type.String({ maxLength: 253 }))),
    contactEmail: Email,
    contactName: Type.Optional(Type.String({ maxLength: 200 })),
    locale: Type.Optional(Locale),
    scope: Scope,
    validFrom: Type.Optional(Day),
    validUntil: Type.Optional(Nullable(Day)),
    message: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  {
    examples: [
      {
        companyName: 'Initech GmbH',
        contactEmail: 'cfo@initech.example',
        contactName: 'Irene Tech',
        scope: ['view-financials', 'file-returns'],
        validUntil: '2030-12-31',
        message: 'As agreed on our call, this lets us file your returns.',
      },
    ],
  },
);
export type NewInvitation = Static<typeof NewInvitation>;

export const InvitationListQuery = Type.Object({
  ...PageQuery,
  status: Type.Optional(Type.Union([...INVITATION_STATUSES.map((s) => Type.Literal(s)), Type.Literal('pending')], { description: '`pending`: sent or resent' })),
  clientId: Type.Optional(Uuid),
  q: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Search in company names and contact emails' })),
  partnerId: Type.Optional(Type.String({ format: 'uuid', description: 'Staff: one partner’s invitations' })),
});
export type InvitationListQuery = Static<typeof InvitationListQuery>;

export const ProposalListQuery = Type.Object({
  ...PageQuery,
  status: Type.Optional(ProposalStatus),
  clientId: Type.Optional(Uuid),
  partnerId: Type.Optional(Type.String({ format: 'uuid', description: 'Staff: one partner’s proposals' })),
});
export type ProposalListQuery = Static<typeof ProposalListQuery>;

export const VersionListQuery = Type.Object({ ...PageQuery });
export const ActivityQuery = Type.Object({ ...PageQuery });

/**
 * One record of the data feed, as the tenant's backend sends it. Fields left out keep what Portico
 * has; `null` clears an optional field. Validated record by record (see `FeedBatch`).
 */
export const FeedClientRecord = Type.Object({
  externalId: Type.String({ minLength: 1, maxLength: 200, description: 'The tenant’s own id of the company; with the partner, what the upsert is keyed by' }),
  partner: Type.String({ format: 'uuid', description: 'The partner’s id (`GET /api/v1/access/partners`)' }),
  name: clientFields.name,
  domain: Type.Optional(clientFields.domain),
  country: Type.Optional(clientFields.country),
  status: Type.Optional(ClientStatus),
  health: Type.Optional(Nullable(Health)),
  contact: Type.Optional(Nullable(Type.Object({ email: Email, name: Type.Optional(Type.String({ maxLength: 200 })), locale: Type.Optional(Locale) }))),
  facts: Type.Optional(Type.Record(Type.String({ pattern: '^[A-Za-z][A-Za-z0-9_.-]{0,63}$' }), FactValue, { maxProperties: 50, description: 'Replaces the facts Portico has' })),
  mandate: Type.Optional(
    Type.Object({ scope: Scope, validFrom: Type.Optional(Day), validUntil: Type.Optional(Nullable(Day)), status: Type.Optional(MandateStatus) }, { description: 'The mandate as the tenant’s product records it: set as a new version, no approval needed' }),
  ),
});
export type FeedClientRecord = Static<typeof FeedClientRecord>;

export const FEED_BATCH_LIMIT = 1000;

export const FeedBatch = Type.Object(
  {
    records: Type.Array(Type.Unknown({ description: 'A `FeedClientRecord` (see the fleet README): each is validated on its own, so a bad one is refused alone' }), {
      minItems: 1,
      maxItems: FEED_BATCH_LIMIT,
    }),
  },
  {
    examples: [
      {
        records: [
          {
            externalId: 'CRM-10042',
            partner: '00000000-0000-4000-8000-000000000000',
            name: 'Initech GmbH',
            domain: 'initech.example',
            country: 'DE',
            health: 'attention',
            contact: { email: 'cfo@initech.example', name: 'Irene Tech' },
            facts: { plan: 'Business', seats: 42 },
          },
        ],
      },
    ],
  },
);
export type FeedBatch = Static<typeof FeedBatch>;

export const FEED_OUTCOMES = ['created', 'updated', 'unchanged', 'refused'] as const;

export const RecordProblem = Type.Object({
  type: Type.String(),
  title: Type.String(),
  status: Type.Integer(),
  detail: Type.String(),
  errors: Type.Array(Type.Object({ in: Type.Literal('body'), field: Type.String({ description: 'JSON pointer into the record' }), message: Type.String() })),
});
export type RecordProblem = Static<typeof RecordProblem>;

export const FeedRecordResult = Type.Object({
  index: Type.Integer({ minimum: 0 }),
  externalId: Nullable(Type.String()),
  status: Type.Union(FEED_OUTCOMES.map((o) => Type.Literal(o))),
  clientId: Nullable(Uuid),
  /** For a refused record: why, as problem+json, with the fields at fault as JSON pointers into the record. */
  problem: Nullable(RecordProblem),
});
export type FeedRecordResult = Static<typeof FeedRecordResult>;

export const FeedResult = Type.Object({
  results: Type.Array(FeedRecordResult),
  summary: Type.Object({ created: Type.Integer(), updated: Type.Integer(), unchanged: Type.Integer(), refused: Type.Integer() }),
});
export type FeedResult = Static<typeof FeedResult>;

