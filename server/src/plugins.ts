import type { PluginDefinition } from '@portico/core';
import { accessPlugin } from '@portico/plugin-access';
import { dealsPlugin } from '@portico/plugin-deals';
import { documentsPlugin } from '@portico/plugin-documents';
import { questionsPlugin } from '@portico/plugin-questions';
import { trainingPlugin } from '@portico/plugin-training';
import { teamPlugin } from '@portico/plugin-team';

/** The plugins `portico start` runs with. Each built-in plugin is added here as it lands. */
export function defaultPlugins(): PluginDefinition[] {
  return [accessPlugin, dealsPlugin, documentsPlugin, questionsPlugin, trainingPlugin, teamPlugin];
}
