/**
 * The events the fleet plugin emits, each named `fleet.<noun>.<verb-past>`, with the schema of its
 * payload: what the manifest declares, `ctx.emit` is typed from, and notifications and webhooks
 * handle. Dates are `YYYY-MM-DD`.
 */
import { Nullable, Type, Uuid } from '@portico/core';

const Day = Type.String({ format: 'date' });
const Terms = {
  status: Type.Union([Type.Literal('active'), Type.Literal('suspended'), Type.Literal('ended')]),
  scope: Type.Array(Type.String()),
  validFrom: Day,
  validUntil: Nullable(Day),
};
const Invitation = { invitationId: Uuid, partnerId: Uuid, clientId: Nullable(Uuid), companyName: Type.String(), contactEmail: Type.String() };

export const fleetEvents = {
  /** A partner's person or staff registered a client company (the feed's own records are not announced back). */
  'fleet.client.registered': Type.Object({ clientId: Uuid, partnerId: Uuid, name: Type.String(), by: Type.Union([Type.Literal('partner'), Type.Literal('staff')]) }),
  /** A client's contact accepted an invitation: the client is linked to the partner with that mandate. */
  'fleet.client.linked': Type.Object({ clientId: Uuid, partnerId: Uuid, invitationId: Uuid, externalId: Nullable(Type.String()), mandateId: Uuid }),
  /** A new version of a mandate: created, reduced, suspended, ended, extended (approved), expired, or set by the feed. */
  'fleet.mandate.changed': Type.Object({
    mandateId: Uuid,
    clientId: Uuid,
    partnerId: Uuid,
    version: Type.Integer({ minimum: 1 }),
    change: Type.Union(['created', 'reduced', 'extended', 'ended', 'expired', 'fed'].map((c) => Type.Literal(c))),
    ...Terms,
  }),
  /** An extension of a mandate awaits approval (by the client's contact or by staff). */
  'fleet.mandate-proposal.submitted': Type.Object({ proposalId: Uuid, mandateId: Uuid, clientId: Uuid, partnerId: Uuid, approver: Type.Union([Type.Literal('client'), Type.Literal('staff')]) }),
  /** A proposal's end: approved or declined by its approver, withdrawn, superseded by a later change, or expired. */
  'fleet.mandate-proposal.resolved': Type.Object({
    proposalId: Uuid,
    mandateId: Uuid,
    clientId: Uuid,
    partnerId: Uuid,
    outcome: Type.Union(['approved', 'declined', 'withdrawn', 'superseded', 'expired'].map((o) => Type.Literal(o))),
  }),
  'fleet.invitation.sent': Type.Object(Invitation),
  'fleet.invitation.resent': Type.Object(Invitation),
  'fleet.invitation.revoked': Type.Object(Invitation),
  'fleet.invitation.expired': Type.Object(Invitation),
  'fleet.invitation.declined': Type.Object(Invitation),
  'fleet.invitation.accepted': Type.Object({ ...Invitation, clientId: Uuid }),
  /** A batch of the data feed changed something: counts, and the clients it created or updated. */
  'fleet.feed.applied': Type.Object({
    created: Type.Integer({ minimum: 0 }),
    updated: Type.Integer({ minimum: 0 }),
    unchanged: Type.Integer({ minimum: 0 }),
    refused: Type.Integer({ minimum: 0 }),
    clientIds: Type.Array(Uuid),
  }),
};

export type FleetEvents = typeof fleetEvents;
