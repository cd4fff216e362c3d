/**
 * The events the deals plugin emits, each named `deals.<noun>.<verb-past>`, with the schema of its
 * payload: what the manifest declares, `ctx.emit` is typed from, and other plugins handle.
 */
import { Type, Uuid, Nullable } from '@portico/core';


export const dealEvents = {
  'deals.deal.submitted': Type.Object({ dealId: Uuid, partnerId: Uuid, submittedBy: Uuid, customerName: Type.String(), title: Type.String() }),
  'deals.deal.decided': Type.Object({ dealId: Uuid, partnerId: Uuid, submittedBy: Uuid, status: Type.Union([Type.Literal('approved'), Type.Literal('rejected')]), reason: Nullable(Type.String()) }),
  'deals.deal.withdrawn': Type.Object({ dealId: Uuid, partnerId: Uuid, withdrawnBy: Nullable(Uuid) }),
  'deals.deal.expired': Type.Object({ dealId: Uuid, partnerId: Uuid, submittedBy: Uuid, expiresAt: Type.String({ format: 'date-time' }) }),
};

export type DealEvents = typeof dealEvents;
