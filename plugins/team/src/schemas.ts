/** Request and response schemas of the team plugin's routes. */
import { Email, Locale, PageQuery, PARTNER_ROLES, Type, Uuid, Nullable } from '@portico/core';

const Timestamp = Type.String({ format: 'date-time' });

export const PartnerRole = Type.Union(
  PARTNER_ROLES.map((role) => Type.Literal(role)),
  { description: 'A partner role. Partner admins may only use partner_admin and partner_user; staff any.' },
);
const Search = Type.String({ minLength: 1, maxLength: 200, description: 'Part of a name or an email address, any case' });
const OrganisationFilter = Type.Optional(Uuid);

export const MemberParams = Type.Object({ id: Uuid });
export const AssignmentParams = Type.Object({ id: Uuid, personId: Uuid });

export const Member = Type.Object({
  id: Uuid,
  name: Type.String(),
  email: Type.String(),
  role: Type.String(),
  status: Type.Union([Type.Literal('active'), Type.Literal('deactivated')]),
  partnerId: Uuid,
  isYou: Type.Boolean({ description: 'The member is the person asking' }),
  activity: Type.Union([Type.Literal('active-this-week'), Type.Literal('inactive'), Type.Literal('unknown')], {
    description: 'Coarse activity: seen within the last 7 days, not, or never signed in',
  }),
  lastSeenAt: Type.Optional(Nullable(Timestamp)),
  mfa: Type.Optional(Type.Union([Type.Literal('enabled'), Type.Literal('not-enabled')])),
}, { description: '`lastSeenAt` and `mfa` are sent for oneself and to staff only; never for a partner member’s peers.' });

export const RosterQuery = Type.Object({
  ...PageQuery,
  q: Type.Optional(Search),
  sort: Type.Optional(Type.Union([Type.Literal('name'), Type.Literal('email'), Type.Literal('role'), Type.Literal('activity')], { default: 'name' })),
  direction: Type.Optional(Type.Union([Type.Literal('asc'), Type.Literal('desc')], { default: 'asc' })),
  partnerId: OrganisationFilter,
});

export const RoleChange = Type.Object({ role: PartnerRole }, { examples: [{ role: 'partner_user' }] });

export const Invitation = Type.Object({
  id: Uuid,
  name: Type.String(),
  email: Type.String(),
  role: Type.String(),
  partnerId: Uuid,
  invitedAt: Timestamp,
  linkExpiresAt: Nullable(Timestamp),
});

export const InvitationQuery = Type.Object({ ...PageQuery, q: Type.Optional(Search), partnerId: OrganisationFilter });

export const NewInvitation = Type.Object(
  {
    email: Email,
    name: Type.String({ minLength: 1, maxLength: 200 }),
    role: Type.Optional(PartnerRole),
    locale: Type.Optional(Locale),
    partnerId: Type.Optional(Uuid),
  },
  { examples: [{ email: 'new.colleague@example.com', name: 'New Colleague', locale: 'en' }] },
);

const ClientStatus = Type.Union([Type.Literal('active'), Type.Literal('archived')]);
const Domain = Type.String({ maxLength: 253, pattern: '^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$' });
const Country = Type.String({ pattern: '^[A-Za-z]{2}$', description: 'ISO 3166-1 alpha-2' });

export const Assignee = Type.Object({ personId: Uuid, name: Type.String(), crossOrganisation: Type.Optional(Type.Boolean()) });

export const Client = Type.Object({
  id: Uuid,
  partnerId: Uuid,
  name: Type.String(),
  domain: Nullable(Type.String()),
  country: Nullable(Type.String()),
  status: ClientStatus,
  createdAt: Timestamp,
  assignees: Type.Array(Assignee, { description: 'Members looking after the client; staff also see cross-organisation leftovers, flagged' }),
});

export const ClientQuery = Type.Object({ ...PageQuery, q: Type.Optional(Search), partnerId: OrganisationFilter, status: Type.Optional(ClientStatus) });

export const NewClient = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    domain: Type.Optional(Nullable(Domain)),
    country: Type.Optional(Nullable(Country)),
    partnerId: Type.Optional(Uuid),
  },
  { examples: [{ name: 'Contoso Retail', domain: 'contoso.example', country: 'US' }] },
);

export const ClientChange = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    domain: Type.Optional(Nullable(Domain)),
    country: Type.Optional(Nullable(Country)),
    status: Type.Optional(ClientStatus),
  },
  { minProperties: 1, examples: [{ status: 'archived' }] },
);

export const NewAssignment = Type.Object({ personId: Uuid }, { examples: [{ personId: '00000000-0000-4000-8000-000000000001' }] });
export const Assignment = Type.Object({ id: Uuid, clientId: Uuid, personId: Uuid, partnerId: Uuid });

export const AssignedClient = Type.Object({
  id: Uuid,
  name: Type.String(),
  domain: Nullable(Type.String()),
  country: Nullable(Type.String()),
  status: ClientStatus,
  assignedAt: Timestamp,
});
export const AssignedClients = Type.Object({ items: Type.Array(AssignedClient) });

const Support = Type.Object({ email: Nullable(Type.String()), url: Nullable(Type.String()) });
export const Escalations = Type.Object({
  support: Support,
  boundaries: Type.Array(
    Type.Object({
      key: Type.String(),
      title: Type.String(),
      description: Type.String(),
      staffTools: Type.Array(Type.Object({ method: Type.String(), path: Type.String(), summary: Type.String() })),
    }),
  ),
});
