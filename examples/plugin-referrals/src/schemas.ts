/**
 * The shapes of the referrals API: what a partner sends, what partners and staff get back. Routes
 * validate with them; the widgets type what they send and read from them (`Static<>`, types only);
 * other plugins find them in the public face. Body schemas carry the `examples` the API reference
 * shows and the route-contract suite creates objects with.
 */
import { Email, Nullable, PageQuery, Timestamp, Type, Uuid, type Static } from '@portico/core';

export const REFERRAL_STATUSES = ['pending', 'accepted', 'declined'] as const;
export const ReferralStatus = Type.Union(REFERRAL_STATUSES.map((s) => Type.Literal(s)));
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export const Referral = Type.Object({
  id: Uuid,
  partnerId: Uuid,
  partnerName: Type.String(),
  submittedBy: Type.Object({ id: Uuid, name: Type.String() }),
  company: Type.String(),
  contactName: Type.String(),
  contactEmail: Type.String(),
  notes: Nullable(Type.String()),
  status: ReferralStatus,
  /** Why it was declined (the partner reads it), or the note given on acceptance. */
  decisionReason: Nullable(Type.String()),
  decidedAt: Nullable(Timestamp),
  /** The fee fixed when the referral was accepted, in the currency's minor unit; null until then. */
  feeMinor: Nullable(Type.Integer({ minimum: 0 })),
  currency: Nullable(Type.String({ description: 'ISO 4217 code of the fee; null until accepted' })),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Referral = Static<typeof Referral>;

export const SubmitReferral = Type.Object(
  {
    company: Type.String({ minLength: 1, maxLength: 200, description: 'The prospective customer' }),
    contactName: Type.String({ minLength: 1, maxLength: 200 }),
    contactEmail: Email,
    notes: Type.Optional(Type.String({ maxLength: 4000, description: 'What the prospect needs, how warm the introduction is' })),
  },
  {
    examples: [
      {
        company: 'Initech',
        contactName: 'Peter Gibbons',
        contactEmail: 'peter@initech.example',
        notes: 'Evaluating a replacement for their reporting tool this quarter.',
      },
    ],
  },
);
export type SubmitReferral = Static<typeof SubmitReferral>;

export const ReferralDecision = Type.Union([Type.Literal('accepted'), Type.Literal('declined')]);
export type ReferralDecision = Static<typeof ReferralDecision>;

export const DecideReferral = Type.Object(
  {
    decision: ReferralDecision,
    reason: Type.Optional(Type.String({ maxLength: 2000, description: 'Required to decline (the partner reads it); a note when accepting' })),
  },
  { examples: [{ decision: 'accepted', reason: 'The customer confirmed the introduction.' }] },
);
export type DecideReferral = Static<typeof DecideReferral>;

export const ReferralListQuery = Type.Object({
  ...PageQuery,
  status: Type.Optional(ReferralStatus),
});
export type ReferralListQuery = Static<typeof ReferralListQuery>;

/** A page of `GET /referrals`. */
export interface ReferralPage {
  items: Referral[];
  nextCursor: string | null;
}
