import type { PluginDefinition } from '@portico/core';
import { accessPlugin } from '@portico/plugin-access';

/** The plugins `portico start` runs with. Each built-in plugin is added here as it lands. */
export function defaultPlugins(): PluginDefinition[] {
  return [accessPlugin];
}
