/**
 * The billing plugin: a partner organisation's commercial relationship with the programme — the
 * manifest a reader starts from. Each file named below holds one concern (README.md walks through them).
 *
 * - billing accounts: contact, address, tax id (checked per country), plan, payment method → accounts.ts, tax-ids.ts
 * - the catalogue of plans and the gated features each unlocks                           → plans.ts
 * - invoices numbered gap-free, voids, write-offs, payments                               → invoices.ts, numbering.ts, money.ts
 * - the billing-required gate on other plugins' features (402 with a way out)             → gate.ts
 * - enforcement: active → overdue → grace → restricted → active, as pure rules            → enforcement.ts
 *   applied with audit, events and email by the task, payments and overrides              → standing.ts, tasks.ts
 * - payment providers: manual (the default, offline) and Stripe, with its signed webhook  → providers/, payment-links.ts, webhooks.ts
 * - the emails and the gate's words, in en/fr/es                                           → messages.ts
 */
import { definePlugin } from '@portico/core';
import { billingEvents } from './events.js';
import { billingGate } from './gate.js';
import { permissions } from './permissions.js';
import { billingProviders } from './providers/index.js';
import type { StripeApiOptions } from './providers/stripe.js';
import { billingRoutes } from './routes.js';
import { seedDemo } from './seed.js';
import { billingSettings } from './settings.js';
import { billingTasks, ENFORCE_TASK } from './tasks.js';
import { billingAudit } from './audit.js';

export { P as billingPermissions } from './permissions.js';
export { ENFORCE_TASK };
export type { StripeApiOptions };

export interface BillingPluginOptions {
  /**
   * Where the Stripe SDK sends its requests (`host`, `port`, `protocol`): Stripe's API by default; a
   * local server standing in for it in tests, so that nothing leaves the machine.
   */
  stripeApi?: StripeApiOptions;
}

/** The billing plugin, with its providers reaching Stripe where `options` say. */
export function createBillingPlugin(options: BillingPluginOptions = {}) {
  const providers = billingProviders({ stripeApi: options.stripeApi });
  return definePlugin({
    id: 'billing',
    version: '0.1.0',
    description: 'Billing accounts, plans and invoices, the billing-required gate, and enforcement from overdue to restricted and back',
    audit: billingAudit,
    requires: ['access'],
    permissions,
    migrations: new URL('./migrations/', import.meta.url),
    widgets: new URL('../dist/widgets/', import.meta.url),
    settings: billingSettings,
    events: { emits: billingEvents },
    gates: [billingGate],
    routes: { v1: billingRoutes(providers) },
    tasks: billingTasks(providers),
    seedDemo,
  });
}

export const billingPlugin = createBillingPlugin();
