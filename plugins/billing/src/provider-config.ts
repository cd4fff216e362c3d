/**
 * The payment provider's keys, kept apart from the settings so that no answer ever carries them:
 * sealed with the server's key (`ctx.keys.seal`) on the way in, opened only to call Stripe or verify
 * its webhook, described to staff by their mode and last four characters.
 */
import { isStaff, problems } from '@portico/core';
import type { BillingContext } from './context.js';

export interface ProviderStatusView {
  provider: 'manual' | 'stripe';
  stripe: { configured: boolean; secretKeyHint: string | null; liveMode: boolean | null; webhookUrl: string };
}

function assertStaff(ctx: BillingContext): void {
  if (!isStaff(ctx.actor)) throw problems.forbidden('The payment provider is set up by the programme’s staff.');
}

const hintOf = (secretKey: string) => `${secretKey.slice(0, secretKey.indexOf('_', 3) + 1)}…${secretKey.slice(-4)}`;

export async function providerStatus(ctx: BillingContext, origin: string): Promise<ProviderStatusView> {
  assertStaff(ctx);
  const row = await ctx.db('billing_provider_configs').where({ tenantId: ctx.tenant.id, provider: 'stripe' }).first('secretKeyHint', 'liveMode');
  return {
    provider: ctx.settings.provider,
    stripe: {
      configured: !!row,
      secretKeyHint: row?.secretKeyHint ?? null,
      liveMode: row ? Boolean(row.liveMode) : null,
      webhookUrl: `${origin}/api/v1/billing/stripe/webhook`,
    },
  };
}

export async function saveStripeKeys(ctx: BillingContext, input: { secretKey: string; webhookSecret: string }, origin: string): Promise<ProviderStatusView> {
  assertStaff(ctx);
  const liveMode = input.secretKey.includes('_live_');
  const row = {
    tenantId: ctx.tenant.id,
    provider: 'stripe',
    secretKeySealed: ctx.keys.seal(input.secretKey),
    webhookSecretSealed: ctx.keys.seal(input.webhookSecret),
    secretKeyHint: hintOf(input.secretKey),
    liveMode,
    updatedBy: ctx.actor?.personId ?? null,
    updatedAt: ctx.now,
  };
  const before = await ctx.db('billing_provider_configs').where({ tenantId: ctx.tenant.id, provider: 'stripe' }).forUpdate().first('secretKeyHint', 'liveMode');
  await ctx.db('billing_provider_configs').insert(row).onConflict(['tenant_id', 'provider']).merge(['secretKeySealed', 'webhookSecretSealed', 'secretKeyHint', 'liveMode', 'updatedBy', 'updatedAt']);
  // The audit trail says which key, never the key.
  await ctx.audit({
    action: 'billing.provider.configured',
    targetType: 'billing-provider',
    targetId: 'stripe',
    partnerId: null,
    before: before ? { provider: 'stripe', secretKeyHint: before.secretKeyHint, liveMode: Boolean(before.liveMode) } : null,
    after: { provider: 'stripe', secretKeyHint: row.secretKeyHint, liveMode, webhookSecret: 'replaced' },
  });
  return providerStatus(ctx, origin);
}

export async function removeStripeKeys(ctx: BillingContext): Promise<void> {
  assertStaff(ctx);
  if (ctx.settings.provider === 'stripe') throw problems.conflict('Partners pay with Stripe: choose the manual provider in the billing settings first.', 'provider-in-use');
  const removed = await ctx.db('billing_provider_configs').where({ tenantId: ctx.tenant.id, provider: 'stripe' }).del().returning(['secretKeyHint', 'liveMode']);
  if (removed.length === 0) throw problems.notFound('No Stripe keys are stored.');
  await ctx.audit({
    action: 'billing.provider.removed',
    targetType: 'billing-provider',
    targetId: 'stripe',
    partnerId: null,
    before: { provider: 'stripe', secretKeyHint: removed[0].secretKeyHint, liveMode: Boolean(removed[0].liveMode) },
  });
}
