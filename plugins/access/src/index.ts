/**
 * The access plugin: who people are and what they may do.
 *
 * - sign-in by magic link (with a one-time code for another device), server pages for the link;
 * - sessions (cookie, request verification), profile, sign out everywhere;
 * - two-factor authentication (TOTP, recovery codes), required by tenant policy if the tenant wants;
 * - embedded sign-in: API keys for tenants' backends, short-lived embed tokens for widgets;
 * - access groups and the permissions matrix; people lifecycle; the audit trail and its export.
 */
import { definePlugin } from '@portico/core';
import { accessEvents } from './events.js';
import { permissions } from './permissions.js';
import { demoSignInHints, seedAccessDemo } from './demo.js';
import { accessSettings } from './settings.js';
import { handlers } from './types.js';
import { apiKeyAuthenticator, embedTokenAuthenticator, sessionAuthenticator } from './authenticators.js';
import { signInPages, signInRoutes } from './sign-in/routes.js';
import { sendRequestedLink } from './sign-in/service.js';
import { sessionRoutes } from './sessions/routes.js';
import { mfaRoutes } from './mfa/routes.js';
import { embedRoutes } from './embed/routes.js';
import { peopleRoutes } from './people/routes.js';
import { groupRoutes } from './groups/routes.js';
import { partnerGroupRoutes } from './partner-groups/routes.js';
import { auditRoutes } from './audit/routes.js';
import { partnerRoutes } from './partners/routes.js';
import { accessIdentity } from './identity.js';
import { accessNotifications } from './notifications.js';
import { accessAudit } from './audit/declaration.js';

export { P as accessPermissions } from './permissions.js';
export { VERIFICATION_HEADER, SESSION_COOKIE, SECURE_SESSION_COOKIE } from './authenticators.js';
// The people lifecycle, for plugins that act on people under rules of their own (the team plugin):
// access still enforces its own checks, locks and audit inside each call. See api.ts.
export {
  deactivatePerson,
  endSessionsOf,
  invitationExpiriesOf,
  mfaStatusOf,
  invitePerson,
  removePerson,
  resendInvite,
  revokeAllSessions,
  type PeopleContext,
  type Person,
  type PersonInvitation,
  type PersonStatus,
} from './api.js';

export const accessPlugin = definePlugin({
  id: 'access',
  version: '0.1.0',
  description: 'Sign-in, sessions, two-factor authentication, embed tokens, API keys, access groups, people and the audit trail',
  audit: accessAudit,
  permissions,
  migrations: new URL('./migrations/', import.meta.url),
  widgets: new URL('../dist/widgets/', import.meta.url),
  settings: accessSettings,
  // API keys first: a bearer credential is never mistaken for a cookie session.
  authenticators: [apiKeyAuthenticator, embedTokenAuthenticator, sessionAuthenticator],
  identity: accessIdentity,
  events: {
    emits: accessEvents,
    handles: handlers(accessEvents, {
      'access.sign-in.requested': (event, ctx) => sendRequestedLink(ctx, event.payload),
    }),
  },
  demoHints: demoSignInHints,
  seedDemo: seedAccessDemo,
  routes: {
    v1: [...signInRoutes, ...sessionRoutes, ...mfaRoutes, ...embedRoutes, ...peopleRoutes, ...groupRoutes, ...partnerGroupRoutes, ...auditRoutes, ...partnerRoutes],
    pages: signInPages,
  },
  // Security notices about a person's own account, for the notifications plugin (mandatory).
  contributes: accessNotifications,
});
