/**
 * The two sign-in policy presets (no runtime import, so the settings widget uses the same values): the
 * defaults, and `strict` for programmes that handle sensitive data. A preset is applied by sending all
 * its fields to `PATCH /api/v1/access/settings`.
 */
import type { AuthPolicy } from './policy.js';

export const POLICY_PRESETS: Record<'default' | 'strict', AuthPolicy> = {
  default: { inviteLinkMinutes: 10_080, signInLinkMinutes: 30, sessionHours: 720, idleTimeoutMinutes: 0, mfaRequired: false, codeAttempts: 5 },
  strict: { inviteLinkMinutes: 1_440, signInLinkMinutes: 10, sessionHours: 12, idleTimeoutMinutes: 30, mfaRequired: true, codeAttempts: 3 },
};
