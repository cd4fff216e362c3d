/**
 * The onboarding plugin ("the beta guide journey"): a checklist per role whose steps complete
 * themselves from the plugins' events — the manifest a reader starts from.
 *
 * - the steps and each role's checklist, with defaults (a tenant setting)  → settings.ts
 * - every event checked against the steps (`events.handlesAll`)            → service.ts (recordEvent)
 * - one's checklist, dismiss and resume; completion across partners         → service.ts, routes.ts
 */
import { definePlugin, type DomainEvent, type EventContext } from '@portico/core';
import { onboardingEvents, type OnboardingEvents } from './events.js';
import { permissions } from './permissions.js';
import { onboardingRoutes } from './routes.js';
import { seedDemo } from './seed.js';
import { recordEvent } from './service.js';
import { onboardingSettings, type OnboardingSettings } from './settings.js';
import { onboardingAudit } from './audit.js';

export { P as onboardingPermissions } from './permissions.js';

async function handleEvery(event: DomainEvent, ctx: EventContext<OnboardingSettings, OnboardingEvents>): Promise<void> {
  const settings = await ctx.settings();
  if (!settings.steps.some((s) => s.events.includes(event.type))) return;
  await recordEvent({ db: ctx.db, tenant: ctx.tenant, settings, eventCatalog: ctx.eventCatalog, emit: ctx.emit }, event);
}

export const onboardingPlugin = definePlugin({
  id: 'onboarding',
  version: '0.1.0',
  description: 'Onboarding: a checklist per role whose steps complete themselves from what people do',
  audit: onboardingAudit,
  permissions,
  migrations: new URL('./migrations/', import.meta.url),
  widgets: new URL('../dist/widgets/', import.meta.url),
  settings: onboardingSettings,
  events: { emits: onboardingEvents, handlesAll: handleEvery },
  routes: { v1: onboardingRoutes },
  seedDemo,
});
