/**
 * The notifications plugin: what the plugins' events tell whom — the manifest a reader starts from.
 * Plugins declare their kinds in the contract (`notificationKinds`); this plugin delivers them.
 *
 * - the kinds, and how one reaches a person (their choice, the tenant's default, mandatory)  → kinds.ts
 * - who may be told (server-resolved; never another organisation's person)                   → recipients.ts
 * - each event delivered: the centre, an email now, or the digest (`events.handlesAll`)        → deliver.ts, mail.ts
 * - one's centre: list, unread, read / archive; live over server-sent events                   → centre.ts, stream.ts, live.ts
 * - preferences, and one-click unsubscribe (RFC 8058)                                          → preferences.ts, unsubscribe.ts
 * - the daily or weekly digest                                                                 → digest.ts, tasks.ts
 */
import { definePlugin } from '@portico/core';
import { notificationsAudit } from './audit.js';
import { deliverEvent } from './deliver.js';
import { LiveHub } from './live.js';
import { permissions } from './permissions.js';
import { notificationsRoutes, unsubscribePages } from './routes.js';
import { seedDemo } from './seed.js';
import { notificationSettings } from './settings.js';
import { notificationsTasks } from './tasks.js';

export { P as notificationsPermissions } from './permissions.js';
export { LiveHub } from './live.js';

export interface NotificationsPluginOptions {
  /** How often an open stream checks for notifications another server delivered (default 15 s). */
  checkEveryMs?: number;
  /** How often an idle stream sends a comment to keep proxies from closing it (default 25 s). */
  pingEveryMs?: number;
  /** This server's registry of open streams (`hub.connections` counts them); a new one by default. */
  hub?: LiveHub;
}

export function createNotificationsPlugin(options: NotificationsPluginOptions = {}) {
  const hub = options.hub ?? new LiveHub();
  return definePlugin({
    id: 'notifications',
    version: '0.1.0',
    description: 'Notifications: what the plugins’ events tell whom — in the portal’s centre, live, by email or in a digest, as each person chose',
    audit: notificationsAudit,
    permissions,
    migrations: new URL('./migrations/', import.meta.url),
    widgets: new URL('../dist/widgets/', import.meta.url),
    settings: notificationSettings,
    events: { handlesAll: deliverEvent(hub) },
    routes: { v1: notificationsRoutes(hub, { checkEveryMs: options.checkEveryMs ?? 15_000, pingEveryMs: options.pingEveryMs ?? 25_000 }), pages: unsubscribePages },
    tasks: notificationsTasks,
    seedDemo,
  });
}

export const notificationsPlugin = createNotificationsPlugin();
