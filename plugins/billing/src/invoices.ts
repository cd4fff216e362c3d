/**
 * Invoices and their payments: staff issue them (numbered at issue, gap-free), void them or write
 * them off, and record the payments they receive; the provider's webhook records the payments made
 * online. Every change to what an account owes asks enforcement at once (standing.ts), so a payment
 * lifts a grace period or a restriction in the same transaction that records it.
 */
import type { Knex } from 'knex';
import { isStaff, problems } from '@portico/core';
import { keysetPage, type SortKey } from '@portico/core/server';
import type { BillingContext } from './context.js';
import { assertStaff, isSetUp, findAccount } from './accounts.js';
import { checkCurrency, formatDecimal, money, parseDecimal } from './money.js';
import { nextInvoiceNumber } from './numbering.js';
import type { Invoice, InvoiceListQuery, NewInvoice, NewPayment, Payment } from './schemas.js';
import { dayOf, reconcile } from './standing.js';
import type { Trigger } from './enforcement.js';

const NO_PARTNER = '00000000-0000-0000-0000-000000000000';

export interface InvoiceRow {
  id: string;
  accountId: string;
  partnerId: string;
  partnerName: string;
  number: string | null;
  status: Invoice['status'];
  description: string;
  periodStart: string;
  periodEnd: string;
  amountMinor: string;
  amountPaidMinor: string;
  currency: string;
  dueDate: string;
  issuedAt: Date | string | null;
  paidAt: Date | string | null;
  closedAt: Date | string | null;
  closeReason: string | null;
  hostedUrl: string | null;
  pdfUrl: string | null;
  providerInvoiceId: string | null;
  createdAt: Date | string;
  updatedAt: Date | string;
}

/**
 * Every invoice of the tenant the actor may see: a partner's people their organisation's (drafts
 * aside: staff's work in progress), staff all. `system`: every invoice, for work no person asked for
 * (a provider's webhook).
 */
function visibleInvoices(ctx: Pick<BillingContext, 'db' | 'tenant' | 'actor'>, system = false): Knex.QueryBuilder {
  const { db } = ctx;
  const query = db('billing_invoices as i')
    .join('partners as p', 'p.id', 'i.partner_id')
    .where('i.tenant_id', ctx.tenant.id)
    .select(
      'i.id',
      'i.account_id',
      'i.partner_id',
      'p.name as partner_name',
      'i.number',
      'i.status',
      'i.description',
      db.raw(`to_char(i.period_start, 'YYYY-MM-DD') as period_start`),
      db.raw(`to_char(i.period_end, 'YYYY-MM-DD') as period_end`),
      db.raw('i.amount_minor::text as amount_minor'),
      db.raw('i.amount_paid_minor::text as amount_paid_minor'),
      'i.currency',
      db.raw(`to_char(i.due_date, 'YYYY-MM-DD') as due_date`),
      'i.issued_at',
      'i.paid_at',
      'i.closed_at',
      'i.close_reason',
      'i.hosted_url',
      'i.pdf_url',
      'i.provider_invoice_id',
      'i.created_at',
      'i.updated_at',
    );
  if (!system && !isStaff(ctx.actor)) query.where('i.partner_id', ctx.actor?.partnerId ?? NO_PARTNER).whereNot('i.status', 'draft');
  return query;
}

const iso = (value: Date | string | null): string | null => (value === null ? null : new Date(value).toISOString());

interface PaymentRow {
  id: string;
  invoiceId: string;
  amountMinor: string;
  currency: string;
  method: 'manual' | 'stripe';
  reference: string;
  receivedAt: Date | string;
  recordedBy: string | null;
  recorderName: string | null;
}

/** The payments of some invoices, in one query, oldest first. */
async function paymentsOf(ctx: Pick<BillingContext, 'db' | 'tenant'>, invoiceIds: string[]): Promise<Map<string, Payment[]>> {
  const byInvoice = new Map<string, Payment[]>();
  if (invoiceIds.length === 0) return byInvoice;
  const rows = (await ctx.db('billing_payments as pay')
    .leftJoin('people as r', 'r.id', 'pay.recorded_by')
    .where('pay.tenant_id', ctx.tenant.id)
    .whereIn('pay.invoice_id', invoiceIds)
    .orderBy('pay.received_at')
    .orderBy('pay.id')
    .select('pay.id', 'pay.invoice_id', ctx.db.raw('pay.amount_minor::text as amount_minor'), 'pay.currency', 'pay.method', 'pay.reference', 'pay.received_at', 'pay.recorded_by', 'r.name as recorder_name')) as PaymentRow[];
  for (const row of rows) {
    const list = byInvoice.get(row.invoiceId) ?? [];
    list.push({
      id: row.id,
      amount: money(row.amountMinor, row.currency),
      method: row.method,
      reference: row.reference,
      receivedAt: iso(row.receivedAt)!,
      recordedBy: row.recordedBy ? { id: row.recordedBy, name: row.recorderName ?? '' } : null,
    });
    byInvoice.set(row.invoiceId, list);
  }
  return byInvoice;
}

export function toInvoice(row: InvoiceRow, payments: Payment[], now: Date): Invoice {
  const amount = Number(row.amountMinor);
  const paid = Number(row.amountPaidMinor);
  return {
    id: row.id,
    accountId: row.accountId,
    partnerId: row.partnerId,
    partnerName: row.partnerName,
    number: row.number,
    status: row.status,
    description: row.description,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    amount: money(amount, row.currency),
    amountPaid: money(paid, row.currency),
    amountDue: money(row.status === 'open' || row.status === 'uncollectible' ? amount - paid : 0, row.currency),
    dueDate: row.dueDate,
    pastDue: row.status === 'open' && row.dueDate < dayOf(now),
    issuedAt: iso(row.issuedAt),
    paidAt: iso(row.paidAt),
    closedAt: iso(row.closedAt),
    closeReason: row.closeReason,
    hostedUrl: row.hostedUrl,
    pdfUrl: row.pdfUrl,
    payments,
    createdAt: iso(row.createdAt)!,
    updatedAt: iso(row.updatedAt)!,
  };
}

/** The invoice if the actor may see it; 404 otherwise (another organisation's, another tenant's). */
export async function findInvoice(ctx: Pick<BillingContext, 'db' | 'tenant' | 'actor'>, id: string, lock = false, system = false): Promise<InvoiceRow> {
  const query = visibleInvoices(ctx, system).where('i.id', id);
  if (lock) query.forUpdate('i');
  const row = (await query.first()) as InvoiceRow | undefined;
  if (!row) throw problems.notFound('No such invoice.');
  return row;
}

export async function getInvoice(ctx: Pick<BillingContext, 'db' | 'tenant' | 'actor' | 'now'>, id: string, system = false): Promise<Invoice> {
  const row = await findInvoice(ctx, id, false, system);
  return toInvoice(row, (await paymentsOf(ctx, [id])).get(id) ?? [], ctx.now);
}

const SORTS: Record<NonNullable<InvoiceListQuery['sort']>, SortKey[]> = {
  '-createdAt': [{ column: 'i.created_at', direction: 'desc' }, { column: 'i.id', direction: 'desc' }],
  dueDate: [{ column: 'i.due_date', direction: 'asc' }, { column: 'i.id', direction: 'asc' }],
};

export async function listInvoices(ctx: Pick<BillingContext, 'db' | 'tenant' | 'actor' | 'now'>, query: InvoiceListQuery): Promise<{ items: Invoice[]; nextCursor: string | null }> {
  const q = visibleInvoices(ctx);
  if (query.status) q.where('i.status', query.status);
  if (query.accountId) q.where('i.account_id', query.accountId);
  if (query.partnerId) q.where('i.partner_id', query.partnerId);
  if (query.pastDue === true) q.where('i.status', 'open').where('i.due_date', '<', dayOf(ctx.now));
  if (query.pastDue === false) q.where((w) => w.whereNot('i.status', 'open').orWhere('i.due_date', '>=', dayOf(ctx.now)));
  const page = await keysetPage<InvoiceRow & Record<string, unknown>>(q, SORTS[query.sort ?? '-createdAt'], query);
  const payments = await paymentsOf(ctx, page.items.map((i) => i.id));
  return { items: page.items.map((row) => toInvoice(row, payments.get(row.id) ?? [], ctx.now)), nextCursor: page.nextCursor };
}

// ---------------------------------------------------------------------------------------------
// Issuing

const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

function amountOf(input: { amountMinor?: number; amount?: string }, currency: string): number | undefined {
  if (input.amountMinor !== undefined && input.amount !== undefined) throw problems.invalidField('/amount', 'Give the amount once: `amountMinor` (minor units) or `amount` (decimal text).');
  if (input.amount !== undefined) return parseDecimal(input.amount, currency, '/amount');
  return input.amountMinor;
}

const invoiceSummary = (row: InvoiceRow) => ({
  number: row.number,
  status: row.status,
  amount: formatDecimal(Number(row.amountMinor), row.currency),
  amountPaid: formatDecimal(Number(row.amountPaidMinor), row.currency),
  currency: row.currency,
  dueDate: row.dueDate,
  closeReason: row.closeReason,
});

/** Staff issue an invoice to a partner whose billing is set up: numbered now, or kept as a draft. */
export async function issueInvoice(ctx: BillingContext, input: NewInvoice): Promise<Invoice> {
  assertStaff(ctx, 'Issuing invoices');
  const account = await ctx.db('billing_accounts').where({ tenantId: ctx.tenant.id, id: input.accountId }).first('id', 'partnerId');
  if (!account) throw problems.invalidField('/accountId', 'No billing account with this id was found.');
  const view = await findAccount(ctx, account.partnerId);
  if (!isSetUp(view)) throw problems.conflict('This partner’s billing is not set up yet: it needs a billing contact and a plan before it can be invoiced.', 'account-not-set-up');

  const currency = checkCurrency((input.currency ?? view.planCurrency ?? '').toUpperCase(), '/currency');
  let amountMinor = amountOf(input, currency);
  if (amountMinor === undefined) {
    if (currency !== view.planCurrency) throw problems.invalidField('/amountMinor', `Give the amount: the plan is priced in ${view.planCurrency}.`);
    amountMinor = Number(view.planPriceMinor);
  }
  if (input.periodEnd < input.periodStart) throw problems.invalidField('/periodEnd', 'must not be before periodStart.');
  const today = dayOf(ctx.now);
  const dueDate = input.dueDate ?? addDays(today, ctx.settings.paymentTermsDays);
  const draft = input.draft === true;
  const number = draft ? null : await nextInvoiceNumber(ctx.db, ctx.tenant.id, ctx.settings.invoicePrefix, ctx.now);
  const [row] = await ctx.db('billing_invoices')
    .insert({
      tenantId: ctx.tenant.id,
      accountId: account.id,
      partnerId: account.partnerId,
      number,
      status: draft ? 'draft' : 'open',
      description: input.description?.trim() || (view.planName ? `${view.planName}, ${input.periodStart} – ${input.periodEnd}` : ''),
      periodStart: input.periodStart,
      periodEnd: input.periodEnd,
      amountMinor,
      currency,
      dueDate,
      issuedAt: draft ? null : ctx.now,
      hostedUrl: input.hostedUrl ?? null,
      pdfUrl: input.pdfUrl ?? null,
      createdBy: ctx.actor?.personId ?? null,
    })
    .returning('id');
  const created = await findInvoice(ctx, row.id);
  await ctx.audit({ action: draft ? 'billing.invoice.drafted' : 'billing.invoice.issued', targetType: 'billing-invoice', targetId: row.id, partnerId: account.partnerId, after: invoiceSummary(created) });
  if (!draft) await announceIssued(ctx, created);
  return getInvoice(ctx, row.id);
}

async function announceIssued(ctx: BillingContext, row: InvoiceRow): Promise<void> {
  await ctx.emit('billing.invoice.issued', { invoiceId: row.id, accountId: row.accountId, partnerId: row.partnerId, number: row.number, amountMinor: Number(row.amountMinor), currency: row.currency, dueDate: row.dueDate });
  // An invoice issued already past its due date (an old one entered late) counts at once.
  await reconcile(ctx, row.accountId, 'invoice-issued');
}

/** Staff issue a draft: it gets its number now. */
export async function finalizeInvoice(ctx: BillingContext, id: string): Promise<Invoice> {
  const row = await findInvoice(ctx, id, true);
  assertStaff(ctx, 'Issuing invoices');
  if (row.status !== 'draft') throw problems.conflict(`This invoice is ${row.status}; only a draft can be issued.`, 'invoice-not-draft');
  const number = await nextInvoiceNumber(ctx.db, ctx.tenant.id, ctx.settings.invoicePrefix, ctx.now);
  await ctx.db('billing_invoices').where({ tenantId: ctx.tenant.id, id }).update({ status: 'open', number, issuedAt: ctx.now, updatedAt: ctx.now });
  const after = await findInvoice(ctx, id);
  await ctx.audit({ action: 'billing.invoice.issued', targetType: 'billing-invoice', targetId: id, partnerId: row.partnerId, before: invoiceSummary(row), after: invoiceSummary(after) });
  await announceIssued(ctx, after);
  return getInvoice(ctx, id);
}

/** Staff delete a draft (an issued invoice is voided instead: its number stays taken). */
export async function deleteDraft(ctx: BillingContext, id: string): Promise<void> {
  const row = await findInvoice(ctx, id, true);
  assertStaff(ctx, 'Deleting invoices');
  if (row.status !== 'draft') throw problems.conflict('Only a draft can be deleted; void an issued invoice instead, so its number stays accounted for.', 'invoice-not-draft');
  await ctx.db('billing_invoices').where({ tenantId: ctx.tenant.id, id }).del();
  await ctx.audit({ action: 'billing.invoice.deleted', targetType: 'billing-invoice', targetId: id, partnerId: row.partnerId, before: invoiceSummary(row) });
}

// ---------------------------------------------------------------------------------------------
// Closing: void and write-off

/** Staff void an issued invoice (it was wrong) or write it off (it will not be paid): it no longer counts against the account. */
export async function closeInvoice(ctx: BillingContext, id: string, how: 'void' | 'uncollectible', reason: string): Promise<Invoice> {
  const row = await findInvoice(ctx, id, true);
  assertStaff(ctx, how === 'void' ? 'Voiding invoices' : 'Writing invoices off');
  const text = reason.trim();
  if (!text) throw problems.invalidField('/reason', 'Say why: the partner sees it.');
  const allowed = how === 'void' ? ['open', 'uncollectible'] : ['open'];
  if (!allowed.includes(row.status)) {
    const hint = row.status === 'draft' ? ' A draft is deleted instead.' : '';
    throw problems.conflict(`This invoice is ${row.status}; it cannot be ${how === 'void' ? 'voided' : 'written off'}.${hint}`, 'invoice-not-open');
  }
  await ctx.db('billing_invoices').where({ tenantId: ctx.tenant.id, id }).update({ status: how, closedAt: ctx.now, closeReason: text, updatedAt: ctx.now });
  const after = await findInvoice(ctx, id);
  const event = how === 'void' ? 'billing.invoice.voided' : 'billing.invoice.written-off';
  await ctx.audit({ action: event, targetType: 'billing-invoice', targetId: id, partnerId: row.partnerId, before: invoiceSummary(row), after: invoiceSummary(after) });
  await ctx.emit(event, { invoiceId: id, accountId: row.accountId, partnerId: row.partnerId, number: row.number, amountMinor: Number(row.amountMinor), currency: row.currency });
  const trigger: Trigger = how === 'void' ? 'invoice-voided' : 'invoice-written-off';
  await reconcile(ctx, row.accountId, trigger, { invoiceId: id, number: row.number });
  return getInvoice(ctx, id);
}

// ---------------------------------------------------------------------------------------------
// Payments

export interface ReceivedPayment {
  amountMinor?: number;
  amount?: string;
  method: 'manual' | 'stripe';
  reference: string;
  receivedAt: Date;
  /** A payment from the provider in another currency than the invoice's is refused, never converted. */
  currency?: string;
}

export type PaymentOutcome = 'recorded' | 'paid' | 'already-paid' | 'not-payable' | 'currency-mismatch';

/**
 * Records money received for an invoice (open, or written off and paid after all): what it still
 * asks by default, never more. Once fully paid the invoice is `paid` and the account is evaluated at
 * once: a grace period or a restriction ends in this same transaction.
 */
export async function receivePayment(ctx: BillingContext, row: InvoiceRow, payment: ReceivedPayment): Promise<{ outcome: PaymentOutcome; paymentId: string | null }> {
  if (row.status === 'paid') return { outcome: 'already-paid', paymentId: null };
  if (row.status !== 'open' && row.status !== 'uncollectible') return { outcome: 'not-payable', paymentId: null };
  if (payment.currency && payment.currency !== row.currency) return { outcome: 'currency-mismatch', paymentId: null };
  const due = Number(row.amountMinor) - Number(row.amountPaidMinor);
  const requested = amountOf(payment, row.currency);
  // From a provider, what exceeds the invoice (a double payment) is left for staff to refund; staff are told instead.
  if (requested !== undefined && requested > due && payment.method === 'manual') {
    throw problems.invalidField(payment.amount !== undefined ? '/amount' : '/amountMinor', `is more than the invoice still asks (${formatDecimal(due, row.currency)} ${row.currency}).`);
  }
  const amount = Math.min(requested ?? due, due);
  if (amount <= 0) return { outcome: 'already-paid', paymentId: null };
  const [paid] = await ctx.db('billing_payments')
    .insert({ tenantId: ctx.tenant.id, invoiceId: row.id, partnerId: row.partnerId, amountMinor: amount, currency: row.currency, method: payment.method, reference: payment.reference, receivedAt: payment.receivedAt, recordedBy: ctx.actor?.personId ?? null })
    .returning('id');
  const fully = amount === due;
  await ctx.db('billing_invoices')
    .where({ tenantId: ctx.tenant.id, id: row.id })
    .update({
      amountPaidMinor: ctx.db.raw('amount_paid_minor + ?', [amount]),
      ...(fully ? { status: 'paid', paidAt: payment.receivedAt, closedAt: null, closeReason: null } : {}),
      updatedAt: ctx.now,
    });
  const after = await findInvoice(ctx, row.id, false, true);
  await ctx.audit({
    action: 'billing.payment.recorded',
    targetType: 'billing-invoice',
    targetId: row.id,
    partnerId: row.partnerId,
    before: invoiceSummary(row),
    after: { ...invoiceSummary(after), payment: { id: paid.id, amount: formatDecimal(amount, row.currency), method: payment.method, reference: payment.reference } },
  });
  await ctx.emit('billing.payment.recorded', { paymentId: paid.id, invoiceId: row.id, partnerId: row.partnerId, amountMinor: amount, currency: row.currency, method: payment.method });
  if (fully) {
    await ctx.emit('billing.invoice.paid', { invoiceId: row.id, accountId: row.accountId, partnerId: row.partnerId, number: row.number, amountMinor: Number(row.amountMinor), currency: row.currency });
    await reconcile(ctx, row.accountId, 'payment', { invoiceId: row.id, number: row.number });
  }
  return { outcome: fully ? 'paid' : 'recorded', paymentId: paid.id };
}

/** Staff record a payment they received (a bank transfer, a cheque). */
export async function recordPayment(ctx: BillingContext, id: string, input: NewPayment): Promise<Invoice> {
  const row = await findInvoice(ctx, id, true);
  assertStaff(ctx, 'Recording payments');
  if (input.receivedAt && new Date(input.receivedAt) > new Date(ctx.now.getTime() + 5 * 60_000)) throw problems.invalidField('/receivedAt', 'cannot be in the future.');
  const { outcome } = await receivePayment(ctx, row, {
    amountMinor: input.amountMinor,
    amount: input.amount,
    method: 'manual',
    reference: input.reference?.trim() ?? '',
    receivedAt: input.receivedAt ? new Date(input.receivedAt) : ctx.now,
  });
  if (outcome === 'already-paid') throw problems.conflict('This invoice is paid already.', 'invoice-paid');
  if (outcome === 'not-payable') throw problems.conflict(`This invoice is ${row.status}; only an open or written-off invoice takes payments.`, 'invoice-not-open');
  return getInvoice(ctx, id);
}
