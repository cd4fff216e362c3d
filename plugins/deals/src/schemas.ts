/** The shapes of the deals API: what a partner sends, what partners and staff get back. */
import { PageQuery, Timestamp, Type, Uuid, type Static, Nullable } from '@portico/core';

export const DEAL_STATUSES = ['pending', 'approved', 'rejected', 'withdrawn', 'expired'] as const;
export type DealStatus = (typeof DEAL_STATUSES)[number];
export const DealStatus = Type.Union(DEAL_STATUSES.map((s) => Type.Literal(s)));

const DateOnly = Type.String({ format: 'date', description: 'YYYY-MM-DD' });

export const Amount = Type.Object({
  minor: Type.Integer({ minimum: 0, description: 'In the currency’s minor unit (cents for USD, yen for JPY)' }),
  currency: Type.String({ description: 'ISO 4217' }),
  exponent: Type.Integer({ description: 'Digits after the decimal point for this currency' }),
  value: Type.String({ description: 'The same amount as an exact decimal string, e.g. "1250.00"' }),
});

/** A competing registration, shown to staff beside the deal under review. */
export const CompetingDeal = Type.Object({
  id: Uuid,
  partnerId: Uuid,
  partnerName: Type.String(),
  customerName: Type.String(),
  customerDomain: Nullable(Type.String()),
  title: Type.String(),
  amount: Amount,
  status: DealStatus,
  submittedByName: Type.String(),
  createdAt: Timestamp,
  expiresAt: Nullable(Timestamp),
});

/** What only staff see: never part of an answer to a partner, so a collision never leaks. */
export const DealReview = Type.Object({
  partnerName: Type.String(),
  flagged: Type.Boolean(),
  outOfTerritory: Type.Boolean(),
  competingDealIds: Type.Array(Uuid),
  /** On the detail only: the competing registrations themselves. */
  competing: Type.Optional(Type.Array(CompetingDeal)),
});

export const Deal = Type.Object({
  id: Uuid,
  partnerId: Uuid,
  submittedBy: Type.Object({ id: Uuid, name: Type.String() }),
  customerName: Type.String(),
  customerDomain: Nullable(Type.String()),
  customerCountry: Nullable(Type.String()),
  title: Type.String(),
  description: Type.String(),
  amount: Amount,
  closeDate: Nullable(DateOnly),
  status: DealStatus,
  decisionReason: Nullable(Type.String()),
  decidedAt: Nullable(Timestamp),
  expiresAt: Nullable(Timestamp),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  review: Type.Optional(DealReview),
});
export type Deal = Static<typeof Deal>;

const customerFields = {
  customerName: Type.String({ minLength: 1, maxLength: 200 }),
  title: Type.String({ minLength: 1, maxLength: 200 }),
  amountMinor: Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER, description: 'Amount in minor units; or send `amount`' }),
  amount: Type.String({ maxLength: 32, description: 'Amount as a decimal string ("1250.00"); or send `amountMinor`' }),
  currency: Type.String({ minLength: 3, maxLength: 3, description: 'ISO 4217; the tenant’s default currency when omitted' }),
  closeDate: Nullable(DateOnly),
  description: Type.String({ maxLength: 10_000 }),
  customerDomain: Nullable(Type.String({ maxLength: 300 })),
  customerCountry: Nullable(Type.String({ minLength: 2, maxLength: 2, description: 'ISO 3166-1 alpha-2' })),
};

export const SubmitDeal = Type.Object(
  {
    customerName: customerFields.customerName,
    title: customerFields.title,
    amountMinor: Type.Optional(customerFields.amountMinor),
    amount: Type.Optional(customerFields.amount),
    currency: Type.Optional(customerFields.currency),
    closeDate: Type.Optional(customerFields.closeDate),
    description: Type.Optional(customerFields.description),
    customerDomain: Type.Optional(customerFields.customerDomain),
    customerCountry: Type.Optional(customerFields.customerCountry),
  },
  {
    examples: [
      {
        customerName: 'Initech GmbH',
        title: '200 seats, three-year subscription',
        amountMinor: 4_800_000,
        currency: 'EUR',
        description: 'Replacing their current tool before the end of the quarter.',
        customerDomain: 'initech.example',
        customerCountry: 'DE',
      },
    ],
  },
);
export type SubmitDeal = Static<typeof SubmitDeal>;

export const EditDeal = Type.Object(
  {
    customerName: Type.Optional(customerFields.customerName),
    title: Type.Optional(customerFields.title),
    amountMinor: Type.Optional(customerFields.amountMinor),
    amount: Type.Optional(customerFields.amount),
    currency: Type.Optional(customerFields.currency),
    closeDate: Type.Optional(customerFields.closeDate),
    description: Type.Optional(customerFields.description),
    customerDomain: Type.Optional(customerFields.customerDomain),
    customerCountry: Type.Optional(customerFields.customerCountry),
  },
  { examples: [{ title: '250 seats, three-year subscription', amountMinor: 6_000_000 }] },
);
export type EditDeal = Static<typeof EditDeal>;

export const Decision = Type.Object(
  { reason: Type.Optional(Type.String({ maxLength: 2000 })) },
  { examples: [{ reason: 'Registered first and the customer confirmed the contact.' }] },
);
export const Rejection = Type.Object(
  { reason: Type.String({ minLength: 1, maxLength: 2000 }) },
  { examples: [{ reason: 'Another partner already works this account.' }] },
);
export const Extension = Type.Object(
  { days: Type.Integer({ minimum: 1, maximum: 365, description: 'Added to the current expiry date' }) },
  { examples: [{ days: 30 }] },
);

export const DEAL_SORTS = ['-createdAt', 'createdAt', '-amount', 'amount', 'customerName'] as const;

export const DealListQuery = Type.Object({
  ...PageQuery,
  status: Type.Optional(DealStatus),
  q: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Search in customer names (accents and case ignored)' })),
  submittedFrom: Type.Optional(DateOnly),
  submittedTo: Type.Optional(DateOnly),
  sort: Type.Optional(Type.Union(DEAL_SORTS.map((s) => Type.Literal(s)), { default: '-createdAt' })),
  partnerId: Type.Optional(Uuid),
  flagged: Type.Optional(Type.Boolean({ description: 'Staff only' })),
});
export type DealListQuery = Static<typeof DealListQuery>;

export const TerritoryRule = Type.Object({
  partnerId: Uuid,
  partnerName: Type.String(),
  areas: Type.Array(Type.String()),
  updatedAt: Timestamp,
});
export const TerritoryBody = Type.Object(
  { areas: Type.Array(Type.String({ minLength: 2, maxLength: 10 }), { minItems: 1, maxItems: 250 }) },
  { examples: [{ areas: ['DACH', 'FR', 'BENELUX'] }] },
);
export const PartnerParams = Type.Object({ partnerId: Uuid });
