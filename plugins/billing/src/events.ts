/**
 * The events the billing plugin emits, each named `billing.<noun>.<verb-past>`, with the schema of its
 * payload: what the manifest declares, `ctx.emit` is typed from, and other plugins (notifications)
 * handle. Every enforcement transition is one of the `billing.account.*` events, with its cause.
 */
import { Nullable, Timestamp, Type, Uuid } from '@portico/core';
import { ACCOUNT_STATES, CAUSES } from './enforcement.js';

const State = Type.Union(ACCOUNT_STATES.map((s) => Type.Literal(s)));

const AccountTransition = Type.Object({
  accountId: Uuid,
  partnerId: Uuid,
  from: State,
  to: State,
  cause: Type.Union(CAUSES.map((c) => Type.Literal(c))),
  invoiceId: Nullable(Uuid),
  invoiceNumber: Nullable(Type.String()),
  graceEndsAt: Nullable(Timestamp),
  waivedUntil: Nullable(Timestamp),
  reason: Nullable(Type.String()),
});

const InvoiceChange = Type.Object({ invoiceId: Uuid, accountId: Uuid, partnerId: Uuid, number: Nullable(Type.String()), amountMinor: Type.Integer(), currency: Type.String() });

export const billingEvents = {
  'billing.account.marked-overdue': AccountTransition,
  'billing.account.grace-started': AccountTransition,
  'billing.account.restricted': AccountTransition,
  'billing.account.restored': AccountTransition,
  'billing.account.waived': AccountTransition,
  'billing.account.grace-extended': AccountTransition,
  'billing.account.plan-changed': Type.Object({ accountId: Uuid, partnerId: Uuid, planId: Nullable(Uuid), previousPlanId: Nullable(Uuid) }),
  'billing.invoice.issued': Type.Object({ ...InvoiceChange.properties, dueDate: Type.String({ format: 'date' }) }),
  'billing.invoice.paid': InvoiceChange,
  'billing.invoice.voided': InvoiceChange,
  'billing.invoice.written-off': InvoiceChange,
  'billing.payment.recorded': Type.Object({ paymentId: Uuid, invoiceId: Uuid, partnerId: Uuid, amountMinor: Type.Integer(), currency: Type.String(), method: Type.String() }),
  'billing.payment.failed': Type.Object({ accountId: Uuid, partnerId: Uuid, invoiceId: Nullable(Uuid), provider: Type.String() }),
};

export type BillingEvents = typeof billingEvents;
export type BillingEventType = keyof BillingEvents;
