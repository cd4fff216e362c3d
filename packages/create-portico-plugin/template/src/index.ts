/**
 * The __PLUGIN_NAME__ plugin: a partner's people keep a list of items (a title and an optional note)
 * for their organisation; the programme's staff see every organisation's. This manifest is where a
 * reader starts: each piece of the plugin contract appears here once, and each file it names holds
 * one concern (see README.md).
 *
 * - who may do what, and which roles hold it by default         → permissions.ts
 * - the tenant's settings (the longest title)                    → settings.ts
 * - the events it emits                                          → events.ts
 * - the API: shapes, HTTP routes, and the rules behind them     → schemas.ts, routes.ts, service.ts
 * - what the audit log calls its actions, and names its items   → service.ts
 * - its table                                                    → migrations/
 * - its part of the portal (built into dist/widgets/)            → widgets/
 */
import { definePlugin } from '@portico/core';
import { __CAMEL__Events } from './events.js';
import { permissions } from './permissions.js';
import { itemRoutes } from './routes.js';
import { __CAMEL__Settings } from './settings.js';
import { __CAMEL__Audit } from './service.js';

export { P as __CAMEL__Permissions } from './permissions.js';
export { __CAMEL__Events, type __PASCAL__Events } from './events.js';

export const __CAMEL__Plugin = definePlugin({
  id: '__PLUGIN_ID__',
  version: '0.1.0',
  description: 'A list of items that a partner’s people keep for their organisation',
  // Sessions, people and partners come from the access plugin (it provides identity).
  requires: ['access'],
  permissions,
  // Run in name order; from dist/index.js this names dist/migrations/, compiled from src/migrations/.
  migrations: new URL('./migrations/', import.meta.url),
  // Written by `portico-widgets build`; served under /portico/plugins/__PLUGIN_ID__/.
  widgets: new URL('../dist/widgets/', import.meta.url),
  // Mounted by the registry as GET and PATCH /api/v1/__PLUGIN_ID__/settings.
  settings: __CAMEL__Settings,
  events: { emits: __CAMEL__Events },
  // Every audit action it writes, labelled in en/fr/es, and how the audit log names an item.
  audit: __CAMEL__Audit,
  routes: { v1: itemRoutes },
});
