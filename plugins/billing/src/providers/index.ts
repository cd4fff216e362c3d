/**
 * The providers a billing plugin reaches, per tenant: `manual` always; `stripe` with the tenant's
 * sealed keys, opened for the one call or verification at hand.
 */
import { problems } from '@portico/core';
import { manualProvider } from './manual.js';
import type { BillingProvider, BillingProviders, ProviderScope } from './provider.js';
import { stripeProvider, type StripeApiOptions } from './stripe.js';
import type { ProviderId } from '../settings.js';

export type { BillingProvider, BillingProviders } from './provider.js';

/** The sealed Stripe keys of the tenant, opened; null when none are stored. */
export async function stripeCredentials(scope: ProviderScope): Promise<{ secretKey: string; webhookSecret: string } | null> {
  const row = await scope.db('billing_provider_configs').where({ tenantId: scope.tenant.id, provider: 'stripe' }).first('secretKeySealed', 'webhookSecretSealed');
  if (!row) return null;
  return { secretKey: scope.keys.open(row.secretKeySealed), webhookSecret: scope.keys.open(row.webhookSecretSealed) };
}

export function billingProviders(options: { stripeApi?: StripeApiOptions } = {}): BillingProviders {
  return {
    async open(scope, id: ProviderId): Promise<BillingProvider> {
      if (id === 'manual') return manualProvider;
      const credentials = await stripeCredentials(scope);
      if (!credentials) throw problems.conflict('Stripe is not set up for this programme yet.', 'provider-not-configured');
      return stripeProvider(credentials, options.stripeApi);
    },
  };
}
