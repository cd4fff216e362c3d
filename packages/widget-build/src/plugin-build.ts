/**
 * A plugin's widgets, built into `dist/widgets/` of its package and served by Portico under
 * `/portico/plugins/<id>/`:
 *   index-[hash].js     the entry: default-exports the plugin's `defineWidgets({...})` contribution
 *   <page>-[hash].js    each lazily loaded page (`load: () => import('./page.js')`)
 *   fr / es chunks      translations, loaded with their locale
 *   manifest.json       the entry, which chunk defines which element, and every file's size
 * Lit, `@lit/context`, `@lit/localize`, `@portico/widgets` and `@portico/sdk` are not bundled: the
 * chunks import the portal's shared modules (`../../shared/…`), so the page runs one copy of each and
 * the plugin's elements find the provider, the theme and the translations the built-ins use.
 */
import fs from 'node:fs';
import path from 'node:path';
import { rollup } from 'rollup';
import { chunksOf, compilePlugins, elementsOf, gzipChunks, onwarn, writeManifest, type CompileOptions } from './compile.js';
import { tagsDefinedIn } from './elements.js';
import type { PluginWidgetsManifest } from '@portico/core';
import { isForbiddenCopy, isShared, SHARED_MODULES, sharedImportFromPlugin } from './shared.js';

export interface PluginBuildOptions extends CompileOptions {
  /** The plugin's package folder. */
  dir: string;
  /** The widget entry, relative to `dir` (default `src/widgets/index.ts`). */
  entry?: string;
  /** Where the bundles go, relative to `dir` (default `dist/widgets`): what the plugin's `widgets` field names. */
  outDir?: string;
  /** The plugin's id (default: the package name without scope and `plugin-` prefix). */
  id?: string;
}

export const DEFAULT_ENTRY = 'src/widgets/index.ts';
export const DEFAULT_OUT_DIR = 'dist/widgets';

function pluginIdOf(dir: string): string {
  const name = String(JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).name ?? path.basename(dir));
  return name.replace(/^@[^/]+\//, '').replace(/^(portico-)?plugin-/, '');
}

/** Leaves shared modules to the portal, and refuses a second copy of Lit or of the portal's packages. */
function sharedModules() {
  return {
    name: 'portico-shared-modules',
    resolveId(source: string) {
      if (isShared(source)) return { id: source, external: true };
      if (isForbiddenCopy(source)) {
        throw new Error(`"${source}" would bring a second copy of a module the portal shares. Import one of: ${SHARED_MODULES.join(', ')}.`);
      }
      return null;
    },
  };
}

/** Source modules under `dir` (tests and test support aside) that define a custom element, by chunk name. */
function elementModules(dir: string): Record<string, string> {
  const modules: Record<string, string> = {};
  const visit = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && entry.name !== 'i18n') visit(full);
      } else if (/\.ts$/.test(entry.name) && !/\.(d|test|browser\.test|test-d)\.ts$/.test(entry.name) && entry.name !== 'test-support.ts') {
        if (tagsDefinedIn(fs.readFileSync(full, 'utf8')).length > 0) modules[path.relative(dir, full).replace(/\.ts$/, '').replace(/[\\/]/g, '-')] = full;
      }
    }
  };
  visit(dir);
  return modules;
}

export async function buildPluginWidgets(options: PluginBuildOptions): Promise<PluginWidgetsManifest> {
  const entry = path.resolve(options.dir, options.entry ?? DEFAULT_ENTRY);
  const outDir = path.resolve(options.dir, options.outDir ?? DEFAULT_OUT_DIR);
  if (!fs.existsSync(entry)) throw new Error(`No widget entry at ${entry}.`);
  const bundle = await rollup({
    // Every module of the widgets folder that defines an element is an entry too: the loader imports
    // it when its element appears in a page, whether or not a page of the plugin uses it.
    input: { index: entry, ...elementModules(path.dirname(entry)) },
    // The shell reads the contribution the entry default-exports.
    preserveEntrySignatures: 'exports-only',
    plugins: [sharedModules(), ...compilePlugins(options)],
    onwarn,
  });
  fs.rmSync(outDir, { recursive: true, force: true });
  const { output } = await bundle.write({
    dir: outDir,
    format: 'es',
    sourcemap: true,
    entryFileNames: '[name]-[hash].js',
    chunkFileNames: '[name]-[hash].js',
    paths: (id) => (isShared(id) ? sharedImportFromPlugin(id) : id),
  });
  await bundle.close();
  const chunks = chunksOf(output);
  const manifest: PluginWidgetsManifest = {
    kind: 'plugin',
    id: options.id ?? pluginIdOf(options.dir),
    entry: chunks.find((c) => c.isEntry && c.name === 'index')!.fileName,
    elements: elementsOf(chunks),
    files: gzipChunks(outDir, chunks),
  };
  writeManifest(outDir, manifest);
  return manifest;
}
