/**
 * The deals plugin: partners register the deals they work on, so that the vendor's staff can
 * protect them — the manifest a reader starts from. Every piece of the plugin contract appears here
 * once; each file named below holds one concern (see README.md for the walk-through).
 *
 * - partner side: submit (idempotent), list, read, edit and withdraw while pending  → service.ts
 * - who sees what inside a partner (the `visibility` setting)                         → queries.ts
 * - collision detection at submission, on normalised customer names and domains      → collisions.ts, normalise.ts
 * - territory rules per partner                                                      → territories.ts
 * - staff side: review with competing registrations, approve, reject, extend          → review.ts
 * - lapsing approved registrations on schedule                                       → tasks.ts
 * - who hears of what (the decision, a new registration), for the notifications plugin → notifications.ts, messages.ts
 * - the home page's counts: deals waiting and decided, the review queue                → dashboard.ts
 */
import { definePlugin } from '@portico/core';
import { dealsNotifications } from './notifications.js';
import { dealEvents } from './events.js';
import { permissions } from './permissions.js';
import { dealRoutes, territoryRoutes } from './routes.js';
import { seedDemo } from './seed.js';
import { dealSettings } from './settings.js';
import { tasks } from './tasks.js';
import { dealsDashboard } from './dashboard.js';
import { dealsAudit } from './audit.js';

export { P as dealPermissions } from './permissions.js';
export { customerKey, customerDomainKey } from './normalise.js';
// What other plugins may read of deals (references to deals, under deals' visibility rule). See api.ts.
export { dealReferencesOfPartner, linkableDeal, visibleDealReferences, type DealReference, type DealsReader } from './api.js';

export const dealsPlugin = definePlugin({
  id: 'deals',
  version: '0.1.0',
  description: 'Deal registration: partner submissions, staff review, collision detection, territory rules, expiry',
  audit: dealsAudit,
  requires: ['access'],
  permissions,
  migrations: new URL('./migrations/', import.meta.url),
  widgets: new URL('../dist/widgets/', import.meta.url),
  settings: dealSettings,
  events: { emits: dealEvents },
  routes: { v1: [...dealRoutes, ...territoryRoutes] },
  tasks,
  seedDemo,
  // The home page's counts (dashboard.ts: a partner's deals waiting and decided, the staff's review
  // queue) and who hears of what (notifications.ts).
  contributes: [...dealsDashboard, ...dealsNotifications],
});
