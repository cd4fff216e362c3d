/**
 * `portico.config.js`: which plugins a deployment runs. The server depends on no plugin; a host lists
 * the ones it wants, and every `portico` command reads the same list:
 *
 *     // portico.config.js
 *     import { definePorticoConfig } from '@portico/server';
 *     import { accessPlugin } from '@portico/plugin-access';
 *     import { dealsPlugin } from '@portico/plugin-deals';
 *     export default definePorticoConfig({ plugins: [accessPlugin, dealsPlugin] });
 *
 * Found with `--config <file>`, else `PORTICO_CONFIG`, else `portico.config.js`, `.mjs` or `.ts` in the
 * working folder (`.ts` needs a TypeScript loader such as tsx).
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PluginDefinition } from '@portico/core';
import { ConfigError } from './config.js';

export interface PorticoConfigFile {
  /** The plugins to run, in any order (the registry orders them by their requirements). */
  plugins: readonly PluginDefinition[];
}

/** Types a `portico.config.js`; returns it unchanged. */
export function definePorticoConfig(config: PorticoConfigFile): PorticoConfigFile {
  return config;
}

export const CONFIG_FILE_NAMES = ['portico.config.js', 'portico.config.mjs', 'portico.config.ts'] as const;

const EXAMPLE = [
  '  // portico.config.js',
  "  import { definePorticoConfig } from '@portico/server';",
  "  import { accessPlugin } from '@portico/plugin-access';",
  '  export default definePorticoConfig({ plugins: [accessPlugin] });',
].join('\n');

/** Finds and loads the configuration file; a ConfigError says what is missing or wrong, with an example. */
export async function loadConfigFile(explicit?: string, cwd = process.cwd()): Promise<{ file: string; config: PorticoConfigFile }> {
  const named = explicit ?? process.env.PORTICO_CONFIG;
  const file = named ? path.resolve(cwd, named) : CONFIG_FILE_NAMES.map((name) => path.join(cwd, name)).find((candidate) => fs.existsSync(candidate));
  if (!file) {
    throw new ConfigError(`No ${CONFIG_FILE_NAMES.join(', ')} in ${cwd}: create one that lists the plugins to run, e.g.\n${EXAMPLE}\n(or name one with --config <file> or PORTICO_CONFIG).`);
  }
  if (!fs.existsSync(file)) throw new ConfigError(`The configuration file ${file} does not exist.`);
  let loaded: { default?: unknown };
  try {
    loaded = await import(pathToFileURL(file).href);
  } catch (error) {
    const e = error as Error & { code?: string };
    if (file.endsWith('.ts') && e.code === 'ERR_UNKNOWN_FILE_EXTENSION') {
      throw new ConfigError(`${file} is TypeScript: run with a loader (node --import tsx …) or write portico.config.js.`);
    }
    throw new ConfigError(`${file} could not be loaded: ${e.message}`);
  }
  const config = loaded.default as PorticoConfigFile | undefined;
  if (!config || !Array.isArray(config.plugins) || config.plugins.some((p) => !p || typeof p !== 'object' || typeof (p as PluginDefinition).id !== 'string')) {
    throw new ConfigError(`${file} must export by default { plugins: [...] } (each a plugin made with definePlugin), e.g.\n${EXAMPLE}`);
  }
  return { file, config };
}
