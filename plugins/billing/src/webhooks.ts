/**
 * The payment provider's events. The tenant is the one of the webhook's address (each tenant points
 * Stripe at its own host); the event is verified with that tenant's webhook secret over the body's
 * exact bytes, and refused (400, nothing written) when it does not verify or is older than the
 * tolerance (a replay). An event is applied once: its id is recorded in the transaction that applies
 * it, so the same event delivered again, even at the same moment, finds it and changes nothing.
 */
import { HttpProblem, problems } from '@portico/core';
import type { BillingContext } from './context.js';
import { findInvoice, receivePayment, type InvoiceRow } from './invoices.js';
import { stripeCredentials } from './providers/index.js';
import { SignatureRefused, type ProviderEffect } from './providers/provider.js';
import { reconcile } from './standing.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface WebhookAnswer {
  received: true;
  duplicate: boolean;
  outcome: string;
}

export async function receiveStripeEvent(ctx: BillingContext, rawBody: string, signature: string | undefined): Promise<WebhookAnswer> {
  if (!(await stripeCredentials(ctx))) throw problems.notFound('Stripe is not set up for this programme.');
  const stripe = await ctx.providers.open(ctx, 'stripe');
  let event;
  try {
    event = stripe.verifyEvent(rawBody, signature);
  } catch (error) {
    if (!(error instanceof SignatureRefused)) throw error;
    ctx.log.warn({ reason: error.why }, 'billing: a Stripe webhook was refused');
    throw new HttpProblem(400, 'webhook-signature-refused', 'Signature refused', { detail: 'The Stripe-Signature header does not verify this body with the endpoint’s secret, or it is too old.' });
  }
  const claimed = await ctx.db('billing_provider_events')
    .insert({ tenantId: ctx.tenant.id, provider: 'stripe', eventId: event.id, type: event.type, outcome: 'applying' })
    .onConflict(['tenant_id', 'provider', 'event_id'])
    .ignore()
    .returning('id');
  if (claimed.length === 0) return { received: true, duplicate: true, outcome: 'duplicate' };
  const outcome = await apply(ctx, event.effect);
  await ctx.db('billing_provider_events').where({ tenantId: ctx.tenant.id, id: claimed[0].id }).update({ outcome, updatedAt: ctx.now });
  await ctx.audit({ action: 'billing.provider-event.applied', targetType: 'billing-provider-event', targetId: event.id, partnerId: null, after: { provider: 'stripe', type: event.type, outcome } });
  return { received: true, duplicate: false, outcome };
}

async function invoiceFor(ctx: BillingContext, invoiceId: string | null, providerInvoiceId: string | null): Promise<InvoiceRow | null> {
  if (invoiceId && UUID.test(invoiceId)) {
    try {
      return await findInvoice(ctx, invoiceId, true, true);
    } catch {
      // not ours: try the provider's id
    }
  }
  if (providerInvoiceId) {
    const row = await ctx.db('billing_invoices').where({ tenantId: ctx.tenant.id, providerInvoiceId }).first('id');
    if (row) return findInvoice(ctx, row.id, true, true);
  }
  return null;
}

async function accountOfCustomer(ctx: BillingContext, customerId: string | null): Promise<{ id: string; partnerId: string } | null> {
  if (!customerId) return null;
  return (await ctx.db('billing_accounts').where({ tenantId: ctx.tenant.id, provider: 'stripe', providerCustomerId: customerId }).first('id', 'partnerId')) ?? null;
}

async function setPaymentMethod(ctx: BillingContext, account: { id: string; partnerId: string }, status: 'on-file' | 'failed'): Promise<void> {
  const before = await ctx.db('billing_accounts').where({ tenantId: ctx.tenant.id, id: account.id }).first('paymentMethodStatus');
  if (before?.paymentMethodStatus === status) return;
  await ctx.db('billing_accounts').where({ tenantId: ctx.tenant.id, id: account.id }).update({ paymentMethodStatus: status, updatedAt: ctx.now });
  await ctx.audit({ action: 'billing.account.payment-method-changed', targetType: 'billing-account', targetId: account.id, partnerId: account.partnerId, before: { paymentMethodStatus: before?.paymentMethodStatus ?? null }, after: { paymentMethodStatus: status } });
}

async function apply(ctx: BillingContext, effect: ProviderEffect): Promise<string> {
  switch (effect.kind) {
    case 'payment': {
      const invoice = await invoiceFor(ctx, effect.invoiceId, effect.providerInvoiceId);
      if (!invoice) return 'unknown-invoice';
      const { outcome } = await receivePayment(ctx, invoice, { amountMinor: effect.amountMinor, currency: effect.currency, method: 'stripe', reference: effect.reference, receivedAt: ctx.now });
      const account = (await accountOfCustomer(ctx, effect.customerId)) ?? { id: invoice.accountId, partnerId: invoice.partnerId };
      if (outcome === 'paid' || outcome === 'recorded') await setPaymentMethod(ctx, account, 'on-file');
      return outcome;
    }
    case 'payment-failed': {
      const invoice = await invoiceFor(ctx, effect.invoiceId, effect.providerInvoiceId);
      const account = invoice ? { id: invoice.accountId, partnerId: invoice.partnerId } : await accountOfCustomer(ctx, effect.customerId);
      if (!account) return 'unknown-customer';
      await setPaymentMethod(ctx, account, 'failed');
      await ctx.emit('billing.payment.failed', { accountId: account.id, partnerId: account.partnerId, invoiceId: invoice?.id ?? null, provider: 'stripe' });
      // A failed attempt on an invoice already past due: the account catches up now rather than at the next run.
      await reconcile(ctx, account.id, 'schedule');
      return 'payment-failed';
    }
    case 'payment-method': {
      const account = await accountOfCustomer(ctx, effect.customerId);
      if (!account) return 'unknown-customer';
      await setPaymentMethod(ctx, account, 'on-file');
      return 'payment-method-on-file';
    }
    case 'ignored':
      return 'ignored';
  }
}
