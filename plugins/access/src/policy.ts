/**
 * The tenant's sign-in policy, stored as the access plugin's settings. Two presets: the defaults, and
 * `strict` for programmes that handle sensitive data.
 */
import { Type, type Static } from '@portico/core';

export const AuthPolicy = Type.Object({
  inviteLinkMinutes: Type.Integer({ minimum: 10, maximum: 43_200, default: 10_080, description: 'Invite links (default 7 days)' }),
  signInLinkMinutes: Type.Integer({ minimum: 5, maximum: 1_440, default: 30, description: 'Sign-in links (default 30 minutes)' }),
  sessionHours: Type.Integer({ minimum: 1, maximum: 2_160, default: 720, description: 'Session lifetime (default 30 days)' }),
  idleTimeoutMinutes: Type.Integer({ minimum: 0, maximum: 43_200, default: 0, description: 'Sign out after this long unused; 0 = never' }),
  mfaRequired: Type.Boolean({ default: false, description: 'Everyone must use two-factor authentication' }),
  codeAttempts: Type.Integer({ minimum: 1, maximum: 10, default: 5, description: 'Wrong one-time codes before a link is void' }),
});
export type AuthPolicy = Static<typeof AuthPolicy>;

export { POLICY_PRESETS } from './policy-presets.js';
