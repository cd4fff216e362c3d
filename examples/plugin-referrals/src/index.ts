/**
 * The referrals plugin: a partner's people refer prospective customers to the vendor; the vendor's
 * staff accept a referral — which fixes the fee owed for it, from the tenant's settings at that
 * moment — or decline it with a reason. The manifest a reader starts from; each file named below
 * holds one concern (README.md walks through them):
 *
 * - who may do what                                  → permissions.ts
 * - the fee and its currency, per tenant             → settings.ts
 * - the table, its indexes and its constraints       → migrations/
 * - the API's shapes                                 → schemas.ts
 * - HTTP (thin) and the rules (free of Koa)          → routes.ts, service.ts
 * - what it announces                                → events.ts
 * - what the audit log calls its actions and targets → audit.ts
 * - demo data                                        → seed.ts
 * - the browser side                                 → widgets/ (built into dist/widgets/)
 *
 * Written only against the published @portico packages, as any plugin outside Portico's repository is.
 */
import { definePlugin } from '@portico/core';
import { referralEvents } from './events.js';
import { permissions } from './permissions.js';
import { referralRoutes } from './routes.js';
import { seedDemo } from './seed.js';
import { referralSettings } from './settings.js';
import { referralsAudit } from './audit.js';

export { P as referralPermissions } from './permissions.js';
export { companyKey } from './normalise.js';

export const referralsPlugin = definePlugin({
  id: 'referrals',
  version: '0.1.0',
  description: 'Referrals: partners refer prospective customers to the vendor for a referral fee',
  audit: referralsAudit,
  requires: ['access'],
  permissions,
  migrations: new URL('./migrations/', import.meta.url),
  widgets: new URL('../dist/widgets/', import.meta.url),
  settings: referralSettings,
  events: { emits: referralEvents },
  routes: { v1: referralRoutes },
  seedDemo,
});
