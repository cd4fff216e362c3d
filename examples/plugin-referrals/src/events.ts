/**
 * The events the referrals plugin emits, each `referrals.<noun>.<verb-past>` with the schema of its
 * payload: what the manifest declares, what `ctx.emit` is typed from (through `pluginTypes` in
 * types.ts), and what other plugins handle (they import it from the public face).
 */
import { Type, Uuid } from '@portico/core';

export const referralEvents = {
  'referrals.referral.submitted': Type.Object({ referralId: Uuid, partnerId: Uuid }),
  'referrals.referral.accepted': Type.Object({
    referralId: Uuid,
    partnerId: Uuid,
    feeMinor: Type.Integer({ minimum: 0, description: 'In the currency’s minor unit' }),
    currency: Type.String({ description: 'ISO 4217' }),
  }),
};

export type ReferralEvents = typeof referralEvents;
