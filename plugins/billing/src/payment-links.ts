/**
 * Paying online: a partner's admin asks for the provider's page to pay an invoice, or for the
 * provider's customer portal (payment methods, receipts). The account becomes the provider's
 * customer the first time. With the manual provider there is nothing online: the answer says how to
 * pay instead (409 `payment-offline`), unless staff gave the invoice a hosted link of its own.
 */
import { problems } from '@portico/core';
import type { BillingContext } from './context.js';
import { findAccount, ownPartner } from './accounts.js';
import { findInvoice } from './invoices.js';
import type { BillingProvider } from './providers/provider.js';

async function ensureCustomer(ctx: BillingContext, provider: BillingProvider, partnerId: string): Promise<string> {
  const account = await findAccount(ctx, partnerId);
  if (!account.id) throw problems.conflict('Set up billing first: a billing contact and a plan.', 'account-not-set-up');
  if (account.provider === provider.id && account.providerCustomerId) return account.providerCustomerId;
  const customerId = await provider.createCustomer({
    accountId: account.id,
    partnerId,
    name: account.partnerName,
    contactName: account.contactName,
    email: account.contactEmail,
    address: { line1: account.addressLine1, line2: account.addressLine2, city: account.city, postalCode: account.postalCode, region: account.region, country: account.country },
  });
  await ctx.db('billing_accounts').where({ tenantId: ctx.tenant.id, id: account.id }).update({ provider: provider.id, providerCustomerId: customerId, updatedAt: ctx.now });
  await ctx.audit({ action: 'billing.account.customer-created', targetType: 'billing-account', targetId: account.id, partnerId, after: { provider: provider.id, customerId } });
  return customerId;
}

export async function invoicePaymentLink(ctx: BillingContext, invoiceId: string): Promise<{ url: string; provider: 'manual' | 'stripe' }> {
  const row = await findInvoice(ctx, invoiceId, true);
  if (row.status !== 'open' && row.status !== 'uncollectible') throw problems.conflict(`This invoice is ${row.status}: there is nothing to pay.`, 'invoice-not-open');
  const due = Number(row.amountMinor) - Number(row.amountPaidMinor);
  const record = (url: string, provider: 'manual' | 'stripe') =>
    ctx.audit({ action: 'billing.invoice.payment-link-created', targetType: 'billing-invoice', targetId: row.id, partnerId: row.partnerId, after: { provider, number: row.number, hosted: url === row.hostedUrl } });
  if (row.hostedUrl) {
    await record(row.hostedUrl, 'manual');
    return { url: row.hostedUrl, provider: 'manual' };
  }
  const provider = await ctx.providers.open(ctx, ctx.settings.provider);
  const returnUrl = `${ctx.publicUrl}/billing`;
  if (provider.id === 'manual') return { url: await provider.paymentLink('', { id: row.id, number: row.number!, description: row.description, amountDueMinor: due, currency: row.currency }, returnUrl), provider: 'manual' };
  const customerId = await ensureCustomer(ctx, provider, row.partnerId);
  const url = await provider.paymentLink(customerId, { id: row.id, number: row.number!, description: row.description, amountDueMinor: due, currency: row.currency }, returnUrl);
  await record(url, provider.id);
  return { url, provider: provider.id };
}

export async function customerPortalLink(ctx: BillingContext): Promise<{ url: string; provider: 'manual' | 'stripe' }> {
  const partnerId = ownPartner(ctx);
  const provider = await ctx.providers.open(ctx, ctx.settings.provider);
  if (provider.id === 'manual') return { url: await provider.portalLink('', ''), provider: 'manual' };
  const customerId = await ensureCustomer(ctx, provider, partnerId);
  const url = await provider.portalLink(customerId, `${ctx.publicUrl}/billing`);
  const account = await findAccount(ctx, partnerId);
  await ctx.audit({ action: 'billing.account.portal-link-created', targetType: 'billing-account', targetId: account.id, partnerId, after: { provider: provider.id } });
  return { url, provider: provider.id };
}
