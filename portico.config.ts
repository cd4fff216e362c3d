/**
 * The plugins this checkout's portal runs: `npm start`, `npm run portico -- <command>`, the SDK's
 * generated types, the benchmarks and the tests that need "the built-ins" all read this list.
 * A deployment writes its own (see docs/plugins.md); the server itself depends on no plugin.
 */
import type { PluginDefinition } from '@portico/core';
import { definePorticoConfig } from '@portico/server';
import { accessPlugin } from '@portico/plugin-access';
import { dealsPlugin } from '@portico/plugin-deals';
import { documentsPlugin } from '@portico/plugin-documents';
import { questionsPlugin } from '@portico/plugin-questions';
import { trainingPlugin } from '@portico/plugin-training';
import { teamPlugin } from '@portico/plugin-team';
import { billingPlugin } from '@portico/plugin-billing';
import { fleetPlugin } from '@portico/plugin-fleet';
import { webhooksPlugin } from '@portico/plugin-webhooks';
import { onboardingPlugin } from '@portico/plugin-onboarding';
import { notificationsPlugin } from '@portico/plugin-notifications';

/** Every built-in plugin. */
export function builtInPlugins(): PluginDefinition[] {
  return [accessPlugin, dealsPlugin, documentsPlugin, questionsPlugin, trainingPlugin, teamPlugin, fleetPlugin, billingPlugin, webhooksPlugin, onboardingPlugin, notificationsPlugin];
}

export default definePorticoConfig({ plugins: builtInPlugins() });
