/** The shapes of the billing API: what partners and staff send, and what they get back. */
import { Email, Nullable, PageQuery, Timestamp, Type, Uuid, type Static } from '@portico/core';
import { ACCOUNT_STATES, CAUSES } from './enforcement.js';

export const INVOICE_STATUSES = ['draft', 'open', 'paid', 'void', 'uncollectible'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];
export const InvoiceStatus = Type.Union(INVOICE_STATUSES.map((s) => Type.Literal(s)));

export { ACCOUNT_STATES };
export type AccountState = (typeof ACCOUNT_STATES)[number];
export const AccountState = Type.Union(ACCOUNT_STATES.map((s) => Type.Literal(s)));

export const PAYMENT_METHOD_STATUSES = ['none', 'on-file', 'failed'] as const;
export const PaymentMethodStatus = Type.Union(PAYMENT_METHOD_STATUSES.map((s) => Type.Literal(s)));

export const PLAN_PERIODS = ['month', 'year'] as const;
export const PlanPeriod = Type.Union(PLAN_PERIODS.map((p) => Type.Literal(p)));

const DateOnly = Type.String({ format: 'date', description: 'YYYY-MM-DD' });

/** An amount: integer minor units of its currency, the currency's exponent, and the exact decimal text. */
export const Money = Type.Object({
  minor: Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER, description: 'In the currency’s minor unit (cents for EUR, yen for JPY)' }),
  currency: Type.String({ description: 'ISO 4217' }),
  exponent: Type.Integer({ minimum: 0, maximum: 4, description: 'Digits after the decimal point for this currency' }),
  value: Type.String({ description: 'The same amount as an exact decimal string, e.g. "1490.00"' }),
});
export type Money = Static<typeof Money>;

const amountFields = {
  priceMinor: Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER, description: 'In minor units; or send the decimal text' }),
  price: Type.String({ maxLength: 32, description: 'Decimal text, e.g. "149.00"; or send the minor units' }),
  currency: Type.String({ minLength: 3, maxLength: 3, description: 'ISO 4217' }),
};
const FeatureKey = Type.String({ minLength: 3, maxLength: 100, pattern: '^[a-z][a-z0-9-]*\\.[a-z0-9][a-z0-9.-]*$' });

// ---------------------------------------------------------------------------------------------
// Plans

export const Plan = Type.Object({
  id: Uuid,
  name: Type.String(),
  description: Type.String(),
  price: Money,
  period: PlanPeriod,
  features: Type.Array(Type.String(), { description: 'The gated features the plan unlocks' }),
  active: Type.Boolean({ description: 'Retired plans stay on the accounts that have them but cannot be chosen' }),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Plan = Static<typeof Plan>;

export const NewPlan = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100 }),
    description: Type.Optional(Type.String({ maxLength: 2000 })),
    priceMinor: Type.Optional(amountFields.priceMinor),
    price: Type.Optional(amountFields.price),
    currency: amountFields.currency,
    period: PlanPeriod,
    features: Type.Optional(Type.Array(FeatureKey, { maxItems: 100 })),
  },
  { examples: [{ name: 'Partner Pro', description: 'Technical questions answered by our experts', price: '149.00', currency: 'EUR', period: 'month', features: ['questions.ask'] }] },
);
export type NewPlan = Static<typeof NewPlan>;

export const PlanChanges = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    description: Type.Optional(Type.String({ maxLength: 2000 })),
    priceMinor: Type.Optional(amountFields.priceMinor),
    price: Type.Optional(amountFields.price),
    currency: Type.Optional(amountFields.currency),
    period: Type.Optional(PlanPeriod),
    features: Type.Optional(Type.Array(FeatureKey, { maxItems: 100 })),
    active: Type.Optional(Type.Boolean()),
  },
  { examples: [{ description: 'Questions answered within one business day', active: true }] },
);
export type PlanChanges = Static<typeof PlanChanges>;

export const PlanListQuery = Type.Object({ ...PageQuery, active: Type.Optional(Type.Boolean({ description: 'Staff: only current (true) or retired (false) plans; partners see current plans only' })) });

// ---------------------------------------------------------------------------------------------
// Accounts

export const PlanSummary = Type.Object({ id: Uuid, name: Type.String(), price: Money, period: PlanPeriod, features: Type.Array(Type.String()), active: Type.Boolean() });

export const Standing = Type.Object({
  state: AccountState,
  since: Timestamp,
  graceEndsAt: Nullable(Timestamp),
  waivedUntil: Nullable(Timestamp),
  waiverReason: Nullable(Type.String()),
  cause: Nullable(
    Type.Object({
      code: Type.Union(CAUSES.map((c) => Type.Literal(c))),
      invoiceNumber: Nullable(Type.String()),
      reason: Nullable(Type.String()),
    }),
  ),
  /** Whether gated features are blocked now (restricted). */
  restricted: Type.Boolean(),
});

export const PastDue = Type.Object({ invoiceId: Uuid, number: Type.String(), amountDue: Money, dueDate: DateOnly });

export const BillingAccount = Type.Object({
  /** Null while the organisation has no account yet (nothing was ever set up). */
  id: Nullable(Uuid),
  partnerId: Uuid,
  partnerName: Type.String(),
  /** A billing contact and a plan: what gated features first need. */
  setUp: Type.Boolean(),
  contactName: Nullable(Type.String()),
  contactEmail: Nullable(Type.String()),
  addressLine1: Nullable(Type.String()),
  addressLine2: Nullable(Type.String()),
  city: Nullable(Type.String()),
  postalCode: Nullable(Type.String()),
  region: Nullable(Type.String()),
  country: Nullable(Type.String()),
  taxId: Nullable(Type.String()),
  taxIdKind: Nullable(Type.Union([Type.Literal('eu_vat'), Type.Literal('us_ein'), Type.Literal('other')])),
  plan: Nullable(PlanSummary),
  paymentMethod: Type.Object({ status: PaymentMethodStatus, provider: Type.Union([Type.Literal('manual'), Type.Literal('stripe')]) }),
  standing: Standing,
  /** The open invoice past due the longest, if any. */
  pastDue: Nullable(PastDue),
  /** What the open invoices still ask, per currency. */
  amountDue: Type.Array(Money),
  /** The part of it past due, per currency. */
  amountOverdue: Type.Array(Money),
  createdAt: Nullable(Timestamp),
  updatedAt: Nullable(Timestamp),
});
export type BillingAccount = Static<typeof BillingAccount>;

const contactFields = {
  contactName: Type.String({ minLength: 1, maxLength: 200 }),
  contactEmail: Email,
  addressLine1: Type.String({ minLength: 1, maxLength: 200 }),
  addressLine2: Nullable(Type.String({ maxLength: 200 })),
  city: Type.String({ minLength: 1, maxLength: 100 }),
  postalCode: Type.String({ minLength: 1, maxLength: 20 }),
  region: Nullable(Type.String({ maxLength: 100 })),
  country: Type.String({ minLength: 2, maxLength: 2, description: 'ISO 3166-1 alpha-2' }),
  taxId: Nullable(Type.String({ maxLength: 60, description: 'EU: VAT number (prefix optional); US: EIN NN-NNNNNNN; elsewhere 1–40 characters' })),
};

const contactExample = {
  contactName: 'Alice Owner',
  contactEmail: 'billing@acme.example',
  addressLine1: '1 Market Street',
  city: 'San Francisco',
  postalCode: '94105',
  region: 'CA',
  country: 'US',
  taxId: '12-3456789',
};

/** The partner's own billing details (`PUT /billing/account`): the contact replaced as a whole, and optionally the plan. */
export const BillingDetails = Type.Object(
  {
    contactName: contactFields.contactName,
    contactEmail: contactFields.contactEmail,
    addressLine1: contactFields.addressLine1,
    addressLine2: Type.Optional(contactFields.addressLine2),
    city: contactFields.city,
    postalCode: contactFields.postalCode,
    region: Type.Optional(contactFields.region),
    country: contactFields.country,
    taxId: Type.Optional(contactFields.taxId),
    planId: Type.Optional(Nullable(Uuid)),
  },
  { examples: [contactExample] },
);
export type BillingDetails = Static<typeof BillingDetails>;

/** Staff open an account for a partner (`POST /billing/accounts`). */
export const NewAccount = Type.Object(
  { partnerId: Uuid, ...BillingDetails.properties },
  { examples: [{ partnerId: '6f1c2a7e-3b9d-4c5e-8f00-1a2b3c4d5e6f', ...contactExample }] },
);
export type NewAccount = Static<typeof NewAccount>;

/** Staff change some of an account's details (`PATCH /billing/accounts/:id`). */
export const AccountChanges = Type.Object(
  {
    contactName: Type.Optional(contactFields.contactName),
    contactEmail: Type.Optional(contactFields.contactEmail),
    addressLine1: Type.Optional(contactFields.addressLine1),
    addressLine2: Type.Optional(contactFields.addressLine2),
    city: Type.Optional(contactFields.city),
    postalCode: Type.Optional(contactFields.postalCode),
    region: Type.Optional(contactFields.region),
    country: Type.Optional(contactFields.country),
    taxId: Type.Optional(contactFields.taxId),
    paymentMethodStatus: Type.Optional(PaymentMethodStatus),
  },
  { examples: [{ contactEmail: 'accounts@acme.example', paymentMethodStatus: 'on-file' }] },
);
export type AccountChanges = Static<typeof AccountChanges>;

export const PlanChoice = Type.Object({ planId: Nullable(Uuid) }, { examples: [{ planId: null }] });

const until = Type.String({ format: 'date', description: 'YYYY-MM-DD: through the end of that day (UTC)' });
export const Waiver = Type.Object(
  { until, reason: Type.String({ minLength: 1, maxLength: 500 }) },
  { examples: [{ until: '2030-01-31', reason: 'Payment confirmed by the bank; the transfer is on its way.' }] },
);
export const GraceExtension = Type.Object(
  { until, reason: Type.String({ minLength: 1, maxLength: 500 }) },
  { examples: [{ until: '2030-01-31', reason: 'Their finance team moves to a new bank this month.' }] },
);

export const ACCOUNT_SORTS = ['partnerName', '-updatedAt'] as const;
export const AccountListQuery = Type.Object({
  ...PageQuery,
  state: Type.Optional(AccountState),
  setUp: Type.Optional(Type.Boolean()),
  q: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Search in partner names' })),
});
export type AccountListQuery = Static<typeof AccountListQuery>;

export const Overview = Type.Object({
  partners: Type.Integer({ description: 'Partner organisations of the tenant (archived aside)' }),
  notSetUp: Type.Integer({ description: 'Of them, those whose billing is not set up (no account, contact or plan)' }),
  byState: Type.Object({ active: Type.Integer(), overdue: Type.Integer(), grace: Type.Integer(), restricted: Type.Integer() }),
  waived: Type.Integer({ description: 'Accounts under a waiver now' }),
  amountOverdue: Type.Array(Money, { description: 'What open invoices past due still ask, per currency' }),
  amountDue: Type.Array(Money, { description: 'What all open invoices still ask, per currency' }),
});

// ---------------------------------------------------------------------------------------------
// Invoices and payments

export const Payment = Type.Object({
  id: Uuid,
  amount: Money,
  method: Type.Union([Type.Literal('manual'), Type.Literal('stripe')]),
  reference: Type.String(),
  receivedAt: Timestamp,
  recordedBy: Nullable(Type.Object({ id: Uuid, name: Type.String() })),
});
export type Payment = Static<typeof Payment>;

export const Invoice = Type.Object({
  id: Uuid,
  accountId: Uuid,
  partnerId: Uuid,
  partnerName: Type.String(),
  /** Null while a draft. */
  number: Nullable(Type.String()),
  status: InvoiceStatus,
  description: Type.String(),
  periodStart: DateOnly,
  periodEnd: DateOnly,
  amount: Money,
  amountPaid: Money,
  amountDue: Money,
  dueDate: DateOnly,
  /** Open and past its due date. */
  pastDue: Type.Boolean(),
  issuedAt: Nullable(Timestamp),
  paidAt: Nullable(Timestamp),
  closedAt: Nullable(Timestamp),
  closeReason: Nullable(Type.String()),
  hostedUrl: Nullable(Type.String()),
  pdfUrl: Nullable(Type.String()),
  payments: Type.Array(Payment),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Invoice = Static<typeof Invoice>;

const httpsUrl = Type.String({ maxLength: 2000, pattern: '^https://', description: 'An https:// link' });

export const NewInvoice = Type.Object(
  {
    accountId: Uuid,
    description: Type.Optional(Type.String({ maxLength: 500 })),
    periodStart: DateOnly,
    periodEnd: DateOnly,
    amountMinor: Type.Optional(Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER, description: 'Default: the plan’s price' })),
    amount: Type.Optional(Type.String({ maxLength: 32, description: 'Decimal text; or send `amountMinor`' })),
    currency: Type.Optional(amountFields.currency),
    dueDate: Type.Optional(DateOnly),
    draft: Type.Optional(Type.Boolean({ description: 'Keep it as a draft (no number, not due) instead of issuing it' })),
    hostedUrl: Type.Optional(Nullable(httpsUrl)),
    pdfUrl: Type.Optional(Nullable(httpsUrl)),
  },
  { examples: [{ accountId: '6f1c2a7e-3b9d-4c5e-8f00-1a2b3c4d5e6f', description: 'Partner Pro, March', periodStart: '2026-03-01', periodEnd: '2026-03-31', amount: '149.00', currency: 'EUR' }] },
);
export type NewInvoice = Static<typeof NewInvoice>;

export const INVOICE_SORTS = ['-createdAt', 'dueDate'] as const;
export const InvoiceListQuery = Type.Object({
  ...PageQuery,
  status: Type.Optional(InvoiceStatus),
  accountId: Type.Optional(Uuid),
  partnerId: Type.Optional(Uuid),
  pastDue: Type.Optional(Type.Boolean({ description: 'Only open invoices past their due date' })),
  sort: Type.Optional(Type.Union(INVOICE_SORTS.map((s) => Type.Literal(s)), { default: '-createdAt' })),
});
export type InvoiceListQuery = Static<typeof InvoiceListQuery>;

export const CloseInvoice = Type.Object({ reason: Type.String({ minLength: 1, maxLength: 500 }) }, { examples: [{ reason: 'Issued twice by mistake.' }] });

export const NewPayment = Type.Object(
  {
    amountMinor: Type.Optional(Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER, description: 'Default: what the invoice still asks' })),
    amount: Type.Optional(Type.String({ maxLength: 32, description: 'Decimal text; or send `amountMinor`' })),
    reference: Type.Optional(Type.String({ maxLength: 200, description: 'e.g. the bank transfer’s reference' })),
    receivedAt: Type.Optional(Timestamp),
  },
  { examples: [{ reference: 'Wire 2026-03-12 / 4471' }] },
);
export type NewPayment = Static<typeof NewPayment>;

export const Link = Type.Object({ url: Type.String(), provider: Type.Union([Type.Literal('manual'), Type.Literal('stripe')]) });

// ---------------------------------------------------------------------------------------------
// The payment provider

export const ProviderStatus = Type.Object({
  provider: Type.Union([Type.Literal('manual'), Type.Literal('stripe')], { description: 'The one partners pay with (the `provider` setting)' }),
  stripe: Type.Object({
    configured: Type.Boolean(),
    /** The secret key's mode and last four characters, e.g. `sk_test_…4242`; never the key. */
    secretKeyHint: Nullable(Type.String()),
    liveMode: Nullable(Type.Boolean()),
    /** Where to point the Stripe webhook endpoint (this tenant's address). */
    webhookUrl: Type.String(),
  }),
});

export const StripeKeys = Type.Object(
  {
    secretKey: Type.String({ minLength: 12, maxLength: 255, pattern: '^(sk|rk)_(test|live)_[A-Za-z0-9]+$', description: 'A secret or restricted key (sk_… / rk_…)' }),
    webhookSecret: Type.String({ minLength: 12, maxLength: 255, pattern: '^whsec_[A-Za-z0-9+/=]+$', description: 'The signing secret of the webhook endpoint (whsec_…)' }),
  },
  { examples: [{ secretKey: 'sk_test_51ExampleKey0000000000', webhookSecret: 'whsec_ExampleSigningSecret00000' }] },
);

/**
 * A Stripe event as delivered to the webhook. Its top-level fields are named; others Stripe may add
 * (always lowercase snake_case) pass, so a new API version does not break delivery. The object inside
 * is Stripe's, checked by the handler for the few fields it reads.
 */
export const StripeEventBody = Type.Object(
  {
    id: Type.String({ minLength: 1, maxLength: 255 }),
    object: Type.Literal('event'),
    type: Type.String({ minLength: 1, maxLength: 255 }),
    created: Type.Optional(Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER })),
    livemode: Type.Optional(Type.Boolean()),
    api_version: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
    data: Type.Object({ object: Type.Record(Type.String(), Type.Unknown()) }, { additionalProperties: true }),
  },
  {
    additionalProperties: false,
    patternProperties: { '^[a-z][a-z0-9_]*$': {} },
    examples: [{ id: 'evt_1ExampleEvent', object: 'event', type: 'invoice.paid', created: 1767225600, livemode: false, data: { object: { id: 'in_1Example', object: 'invoice' } } }],
  },
);
