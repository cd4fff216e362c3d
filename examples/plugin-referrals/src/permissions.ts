/**
 * The permission keys of the referrals plugin, each `referrals.<action>`, and the built-in roles that
 * hold them by default. Routes, settings and widgets name them through `P`, never as strings, so a
 * renamed key cannot be missed. (Tenants grant them to access groups of their own as well.)
 */
import type { BuiltInRole, PermissionDeclaration } from '@portico/core';

export const P = {
  /** See referrals: a partner's people see their organisation's; staff see every partner's. */
  read: 'referrals.read',
  /** Refer a prospective customer on behalf of one's partner organisation. */
  submit: 'referrals.submit',
  /** Staff: accept a pending referral (fixing its fee) or decline it with a reason. */
  decide: 'referrals.decide',
  /** Staff: the tenant's referral settings (the fee and its currency). */
  settingsManage: 'referrals.settings.manage',
} as const;

/** Written out rather than imported, so that the widgets that import `P` bundle nothing of core. */
const EVERY_PARTNER_ROLE: BuiltInRole[] = ['partner_admin', 'principal', 'salesperson', 'technical', 'partner_user'];

export const permissions: Record<string, PermissionDeclaration> = {
  [P.read]: {
    description: 'See referrals (a partner’s people: their organisation’s; staff: every partner’s)',
    grantedTo: [...EVERY_PARTNER_ROLE, 'tenant_admin', 'partner_manager', 'support'],
  },
  [P.submit]: {
    description: 'Refer a prospective customer to the vendor on behalf of one’s organisation',
    grantedTo: ['partner_admin', 'principal', 'salesperson'],
  },
  [P.decide]: {
    description: 'Accept a pending referral, fixing its fee, or decline it with a reason',
    grantedTo: ['tenant_admin', 'partner_manager'],
  },
  [P.settingsManage]: {
    description: 'Change the referral settings: the fee paid for an accepted referral and its currency',
    grantedTo: ['tenant_admin'],
    administrative: true,
  },
};
