/**
 * Stripe, through its official `stripe` package: a customer per billing account, a Checkout page to
 * pay an invoice's remaining amount, the customer portal for payment methods and receipts, and the
 * webhook's events, verified with the SDK over the body's exact bytes (`stripe.webhooks.constructEvent`,
 * which also refuses a signature older than its tolerance: a replay).
 *
 * Our invoice's id travels in the Checkout session's `client_reference_id` and in `metadata`
 * (`portico_invoice_id`) of the session and of its payment; an invoice issued in Stripe itself is
 * matched by its Stripe id (`provider_invoice_id`) or the same metadata.
 */
import Stripe from 'stripe';
import { SignatureRefused, providerUnavailable, type BillingProvider, type ProviderEffect, type ProviderEvent } from './provider.js';

/** Where the SDK sends its requests: Stripe's API, or (in tests) a local server standing in for it. */
export interface StripeApiOptions {
  host?: string;
  port?: number;
  protocol?: 'http' | 'https';
}

export interface StripeCredentials {
  secretKey: string;
  webhookSecret: string;
}

/** How long a signed event stays acceptable (the SDK's default): an older signature is a replay. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

type StripeObject = Record<string, unknown>;
const text = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);
const idOf = (value: unknown): string | null => text(value) ?? text((value as StripeObject | null)?.id);
const metadataOf = (object: StripeObject): Record<string, unknown> => (object.metadata && typeof object.metadata === 'object' ? (object.metadata as Record<string, unknown>) : {});

/** What a verified Stripe event means for billing. */
export function effectOf(event: { type: string; data: { object: StripeObject } }): ProviderEffect {
  const object = event.data.object;
  const invoiceId = text(metadataOf(object).portico_invoice_id);
  switch (event.type) {
    case 'checkout.session.completed':
    case 'checkout.session.async_payment_succeeded': {
      if (object.payment_status !== 'paid' || typeof object.amount_total !== 'number') return { kind: 'ignored' };
      return {
        kind: 'payment',
        invoiceId: invoiceId ?? text(object.client_reference_id),
        providerInvoiceId: null,
        customerId: idOf(object.customer),
        amountMinor: object.amount_total,
        currency: String(object.currency ?? '').toUpperCase(),
        reference: idOf(object.payment_intent) ?? String(object.id),
      };
    }
    case 'invoice.paid': {
      if (typeof object.amount_paid !== 'number') return { kind: 'ignored' };
      return {
        kind: 'payment',
        invoiceId,
        providerInvoiceId: text(object.id),
        customerId: idOf(object.customer),
        amountMinor: object.amount_paid,
        currency: String(object.currency ?? '').toUpperCase(),
        reference: text(object.id) ?? '',
      };
    }
    case 'invoice.payment_failed':
      return { kind: 'payment-failed', invoiceId, providerInvoiceId: text(object.id), customerId: idOf(object.customer) };
    case 'checkout.session.async_payment_failed':
      return { kind: 'payment-failed', invoiceId: invoiceId ?? text(object.client_reference_id), providerInvoiceId: null, customerId: idOf(object.customer) };
    case 'payment_method.attached': {
      const customerId = idOf(object.customer);
      return customerId ? { kind: 'payment-method', customerId } : { kind: 'ignored' };
    }
    default:
      return { kind: 'ignored' };
  }
}

export function stripeProvider(credentials: StripeCredentials, api: StripeApiOptions = {}): BillingProvider {
  const stripe = new Stripe(credentials.secretKey, {
    ...(api.host ? { host: api.host } : {}),
    ...(api.port ? { port: api.port } : {}),
    ...(api.protocol ? { protocol: api.protocol } : {}),
    maxNetworkRetries: 1,
    timeout: 15_000,
    telemetry: false,
    appInfo: { name: 'Portico billing' },
  });

  /** A call to Stripe; its failure is the partner's "try again", never a 500, and never logs the key. */
  async function call<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      const message = error instanceof Stripe.errors.StripeError ? `Stripe refused the request: ${error.message}` : 'Stripe did not answer. Try again in a moment.';
      throw providerUnavailable(message);
    }
  }

  return {
    id: 'stripe',
    async createCustomer(customer) {
      const created = await call(() =>
        stripe.customers.create(
          {
            name: customer.name,
            ...(customer.email ? { email: customer.email } : {}),
            ...(customer.address.line1 && customer.address.country
              ? {
                  address: {
                    line1: customer.address.line1,
                    line2: customer.address.line2 ?? undefined,
                    city: customer.address.city ?? undefined,
                    postal_code: customer.address.postalCode ?? undefined,
                    state: customer.address.region ?? undefined,
                    country: customer.address.country,
                  },
                }
              : {}),
            metadata: { portico_account_id: customer.accountId, portico_partner_id: customer.partnerId },
          },
          // One customer per account, however often this is retried.
          { idempotencyKey: `portico-customer-${customer.accountId}` },
        ),
      );
      return created.id;
    },
    async paymentLink(customerId, invoice, returnUrl) {
      const metadata = { portico_invoice_id: invoice.id, portico_invoice_number: invoice.number };
      const session = await call(() =>
        stripe.checkout.sessions.create({
          mode: 'payment',
          customer: customerId,
          client_reference_id: invoice.id,
          line_items: [
            {
              quantity: 1,
              price_data: {
                currency: invoice.currency.toLowerCase(),
                unit_amount: invoice.amountDueMinor,
                product_data: { name: `Invoice ${invoice.number}`, ...(invoice.description ? { description: invoice.description } : {}) },
              },
            },
          ],
          metadata,
          payment_intent_data: { metadata, setup_future_usage: 'off_session' },
          success_url: `${returnUrl}?paid=${encodeURIComponent(invoice.id)}`,
          cancel_url: returnUrl,
        }),
      );
      if (!session.url) throw providerUnavailable('Stripe answered without a payment page.');
      return session.url;
    },
    async portalLink(customerId, returnUrl) {
      const session = await call(() => stripe.billingPortal.sessions.create({ customer: customerId, return_url: returnUrl }));
      return session.url;
    },
    verifyEvent(rawBody, signature): ProviderEvent {
      if (!signature) throw new SignatureRefused('The Stripe-Signature header is missing.');
      let event: Stripe.Event;
      try {
        event = Stripe.webhooks.constructEvent(rawBody, signature, credentials.webhookSecret, SIGNATURE_TOLERANCE_SECONDS);
      } catch (error) {
        throw new SignatureRefused(error instanceof Error ? error.message : 'The signature does not verify.');
      }
      return { id: event.id, type: event.type, effect: effectOf(event as unknown as { type: string; data: { object: StripeObject } }) };
    },
  };
}
