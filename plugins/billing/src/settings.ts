/**
 * The tenant's billing settings, stored under `tenants.settings.billing` and read with
 * `ctx.settings()`: which features need billing in order, how enforcement paces itself, how invoices
 * are numbered and paid. Secrets (the Stripe keys) are never settings: they are sealed in their own
 * table (provider-config.ts) so that no settings answer can carry them.
 */
import { defineSettings, problems, Type, type Static } from '@portico/core';
import { P } from './permissions.js';
import { ungateableKind } from './ungateable.js';

/** A feature key as plugins declare them: `<plugin>.<feature>`. */
const FEATURE_KEY = '^[a-z][a-z0-9-]*\\.[a-z0-9][a-z0-9.-]*$';

export const PROVIDERS = ['manual', 'stripe'] as const;
export type ProviderId = (typeof PROVIDERS)[number];

export const BillingSettings = Type.Object({
  gatedFeatures: Type.Array(Type.String({ pattern: FEATURE_KEY, maxLength: 100 }), {
    maxItems: 100,
    default: [],
    description:
      'Features (as plugins declare them, e.g. `questions.ask`) reserved for partners whose billing is in order: set up, not restricted, on a plan that unlocks them. ' +
      'Billing’s own features, sign-in (`access.*`) and data export can never be gated.',
  }),
  overdueDays: Type.Integer({ minimum: 0, maximum: 60, default: 3, description: 'Days an account stays overdue (banner, email) before its grace period starts' }),
  graceDays: Type.Integer({ minimum: 1, maximum: 90, default: 14, description: 'Length of the grace period, after which gated features are restricted' }),
  graceWarningDays: Type.Integer({ minimum: 0, maximum: 30, default: 3, description: 'How many days before the grace period ends the "restriction soon" email goes out (0: none)' }),
  paymentTermsDays: Type.Integer({ minimum: 0, maximum: 120, default: 30, description: 'Days from issue to the due date, when an invoice names none' }),
  invoicePrefix: Type.String({ pattern: '^[A-Z][A-Z0-9]{0,9}$', default: 'INV', description: 'Invoice numbers are `<prefix>-<year>-<six digits>`, gap-free per prefix and year' }),
  provider: Type.Union(PROVIDERS.map((p) => Type.Literal(p)), {
    default: 'manual',
    description: '`manual`: staff record invoices and payments (works offline); `stripe`: partners pay online, with the keys set at `PUT /billing/provider/stripe`',
  }),
});
export type BillingSettings = Static<typeof BillingSettings>;

/** Why a feature key can never be gated, or null: billing itself, sign-in and data export stay open. */
export function ungateableReason(feature: string): string | null {
  const reasons = {
    billing: 'Billing itself stays open, so that a partner can always put it in order.',
    access: 'Signing in and managing one’s access stay open.',
    export: 'Data export stays open: a partner may always take its data.',
  };
  const kind = ungateableKind(feature);
  return kind ? reasons[kind] : null;
}

/**
 * Everyone with `billing.read` reads them (the billing pages show the grace period); staff change them.
 * A gated feature is refused when it can never be gated; a feature no plugin declares is kept but
 * never matches any route or widget. Stripe can be chosen once its keys are stored.
 */
export const billingSettings = defineSettings({
  schema: BillingSettings,
  read: P.read,
  manage: P.settingsManage,
  summary: 'Read the tenant’s billing settings (gated features, grace period, invoice numbering, provider)',
  example: { graceDays: 21, gatedFeatures: ['questions.ask'] },
  async beforeUpdate({ after }, ctx) {
    after.gatedFeatures.forEach((feature, index) => {
      const reason = ungateableReason(feature);
      if (reason) throw problems.invalidField(`/gatedFeatures/${index}`, `"${feature}" cannot be gated. ${reason}`);
    });
    const gatedFeatures = [...new Set(after.gatedFeatures)];
    if (after.provider === 'stripe') {
      const configured = await ctx.db('billing_provider_configs').where({ tenantId: ctx.tenant.id, provider: 'stripe' }).first('id');
      if (!configured) throw problems.invalidField('/provider', 'Store the Stripe keys first (Billing settings → Stripe), then choose Stripe.');
    }
    return { ...after, gatedFeatures };
  },
});
