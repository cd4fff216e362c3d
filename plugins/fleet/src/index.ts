/**
 * The fleet plugin: the partner's client companies — the manifest a reader starts from. Partners
 * (accountants, agencies, integrators) supervise the companies they serve inside the vendor's
 * product; operational work stays there, and every client page deep-links into it.
 *
 * - the client list and each client's 360 page; registering and changing clients  → clients/
 * - mandates: versions, governed edits (reductions now, extensions proposed)       → mandates/
 * - client invitations: sent, resent, revoked, expired, declined, accepted          → invitations/
 * - the client contact's pages, reached only through single-use links               → contact/, links.ts
 * - the tenant's data feed: idempotent upserts by external id, per-record results   → feed/
 * - expiring invitations, proposals and mandates on schedule                         → tasks.ts
 * - what other plugins may read                                                      → api.ts
 * - the home page's counts: pending client invitations and extensions, approvals    → dashboard.ts
 */
import { definePlugin } from '@portico/core';
import { clientRoutes } from './clients/routes.js';
import { contactPages } from './contact/pages.js';
import { demoContactHints } from './demo.js';
import { fleetEvents } from './events.js';
import { feedRoutes } from './feed/routes.js';
import { invitationRoutes } from './invitations/routes.js';
import { mandateRoutes } from './mandates/routes.js';
import { permissions } from './permissions.js';
import { seedDemo } from './seed.js';
import { fleetSettings } from './settings.js';
import { tasks } from './tasks.js';
import { fleetDashboard } from './dashboard.js';
import { fleetAudit } from './audit.js';

export { P as fleetPermissions } from './permissions.js';
// What other plugins may read of the fleet. See api.ts.
export { clientsByExternalId, mandatesOf, visibleClientReferences, type ClientReference } from './api.js';

export const fleetPlugin = definePlugin({
  id: 'fleet',
  version: '0.1.0',
  description: 'The partner’s client companies: client 360, client invitations, mandates with governed edits, and the tenant’s data feed',
  audit: fleetAudit,
  requires: ['access', 'team'],
  permissions,
  migrations: new URL('./migrations/', import.meta.url),
  widgets: new URL('../dist/widgets/', import.meta.url),
  settings: fleetSettings,
  events: { emits: fleetEvents },
  routes: { v1: [...clientRoutes, ...mandateRoutes, ...invitationRoutes, ...feedRoutes], pages: contactPages },
  tasks,
  seedDemo,
  demoHints: demoContactHints,
  // The home page's counts: a partner's pending client invitations and extensions, the staff's approvals.
  contributes: [...fleetDashboard],
});
