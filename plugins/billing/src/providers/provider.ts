/**
 * How billing talks to a payment provider. The rules (invoices, payments, enforcement) know only this
 * interface; `manual` (staff record invoices and payments, nothing leaves the server) and `stripe`
 * (partners pay online) implement it. A tenant's provider is its `provider` setting; its credentials
 * are sealed in `billing_provider_configs` and opened only to make a call or verify an event.
 */
import { HttpProblem } from '@portico/core';
import type { ProviderId } from '../settings.js';

/** The billing account as a provider's customer. */
export interface CustomerDetails {
  accountId: string;
  partnerId: string;
  name: string;
  contactName: string | null;
  email: string | null;
  address: { line1: string | null; line2: string | null; city: string | null; postalCode: string | null; region: string | null; country: string | null };
}

/** What is left to pay of an invoice. */
export interface PayableInvoice {
  id: string;
  number: string;
  description: string;
  amountDueMinor: number;
  currency: string;
}

/** What an event of the provider means for billing, once its signature is verified. */
export type ProviderEffect =
  /** Money was received for an invoice (named by our id, or by the provider's own invoice id). */
  | { kind: 'payment'; invoiceId: string | null; providerInvoiceId: string | null; customerId: string | null; amountMinor: number; currency: string; reference: string }
  /** A payment attempt failed (a card declined, a debit bounced). */
  | { kind: 'payment-failed'; invoiceId: string | null; providerInvoiceId: string | null; customerId: string | null }
  /** The customer now has a payment method on file. */
  | { kind: 'payment-method'; customerId: string }
  /** An event billing has no use for. */
  | { kind: 'ignored' };

export interface ProviderEvent {
  /** The provider's id of the event: the same event delivered twice has the same id. */
  id: string;
  type: string;
  effect: ProviderEffect;
}

export interface BillingProvider {
  readonly id: ProviderId;
  /** Makes the account a customer of the provider; answers the provider's customer id. Safe to repeat for one account. */
  createCustomer(customer: CustomerDetails): Promise<string>;
  /** A page of the provider where the invoice's remaining amount is paid (checkout, hosted payment link). */
  paymentLink(customerId: string, invoice: PayableInvoice, returnUrl: string): Promise<string>;
  /** The provider's customer portal: payment methods, receipts. */
  portalLink(customerId: string, returnUrl: string): Promise<string>;
  /** Verifies an event's signature over its exact body and says what it means; throws `SignatureRefused` when it does not verify. */
  verifyEvent(rawBody: string, signature: string | undefined): ProviderEvent;
}

/** How the plugin reaches the providers: the tenant's own, with its credentials opened. */
export interface BillingProviders {
  open(scope: ProviderScope, id: ProviderId): Promise<BillingProvider>;
}

export interface ProviderScope {
  db: import('knex').Knex.Transaction;
  tenant: { id: string };
  keys: { open(sealed: string): string };
}

/** A webhook whose signature does not verify, or that is too old (a replay): refused with 400, nothing changed. */
export class SignatureRefused extends Error {
  constructor(readonly why: string) {
    super(why);
    this.name = 'SignatureRefused';
  }
}

/** The provider could not be reached or refused the call: the partner may try again. */
export function providerUnavailable(detail = 'The payment provider did not answer. Try again in a moment.'): HttpProblem {
  return new HttpProblem(502, 'payment-provider-unavailable', 'Payment provider unavailable', { detail });
}

/** What the manual provider answers for anything online. */
export function offline(detail: string): HttpProblem {
  return new HttpProblem(409, 'payment-offline', 'Paid offline', { detail });
}
