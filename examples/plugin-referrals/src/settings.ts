/**
 * The tenant's referral settings, stored under `tenants.settings.referrals`. The registry mounts
 * `GET /api/v1/referrals/settings` (referrals.read) and `PATCH /api/v1/referrals/settings`
 * (referrals.settings.manage, staff only) for them; handlers read them with `ctx.settings()`.
 * A referral's fee is copied from here when it is accepted, so changing the fee later leaves the
 * referrals already accepted as they were.
 */
import { defineSettings, problems, Type, type Static } from '@portico/core';
import { P } from './permissions.js';

export const ReferralSettings = Type.Object({
  feeMinor: Type.Integer({
    minimum: 0,
    maximum: Number.MAX_SAFE_INTEGER,
    default: 50_000,
    description: 'The fee paid for an accepted referral, in the currency’s minor unit (50000 is 500.00 USD)',
  }),
  currency: Type.String({ pattern: '^[A-Z]{3}$', default: 'USD', description: 'ISO 4217 code of the fee' }),
});
export type ReferralSettings = Static<typeof ReferralSettings>;

/** Whether the runtime knows the code as an ISO 4217 currency (the schema only checks its shape). */
function isCurrency(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && Intl.supportedValuesOf('currency').includes(code);
}

export const referralSettings = defineSettings({
  schema: ReferralSettings,
  read: P.read,
  manage: P.settingsManage,
  summary: 'Read the tenant’s referral settings (the fee paid for an accepted referral)',
  example: { feeMinor: 75_000 },
  beforeUpdate({ after }) {
    if (!isCurrency(after.currency)) throw problems.invalidField('/currency', `"${after.currency}" is not an ISO 4217 currency code.`);
  },
});
