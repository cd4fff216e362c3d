/**
 * The portal's own bundles, built by `@portico/widgets` (and shipped in its package):
 *   loader-[hash].js           the loader (`startLoader`): the server wraps it in `portico.js` with the
 *                              table of every enabled plugin's elements
 *   core-[hash].js             Lit, the SDK, provider, theme, i18n runtime, primitives and the shell —
 *                              everything `@portico/widgets` exports, in one request
 *   core-fr / core-es          their translations, loaded with their locale
 *   shared/<specifier>.js      one small module per shared specifier (see shared.ts), re-exporting it
 *                              from the core chunk, for plugins' chunks to import
 * A shared module that nothing of `@portico/widgets` uses (a Lit directive only some plugin needs)
 * comes in a chunk of its own, so the core chunk carries only what the portal itself runs.
 */
import fs from 'node:fs';
import { rollup, type GetModuleInfo } from 'rollup';
import { chunksOf, compilePlugins, elementsOf, gzipChunks, onwarn, writeManifest, type CompileOptions } from './compile.js';
import type { PortalBundlesManifest } from '@portico/core';
import { SHARED_MODULES, sharedFile } from './shared.js';

const FACADE = '\0portico-shared:';
const LOCALE_FILE = /[\\/](?:i18n|translations)[\\/](?:generated[\\/])?(fr|es)\.ts$/;

export interface PortalBuildOptions extends CompileOptions {
  /** The loader's source (`@portico/widgets`' `src/loader.ts`). */
  loader: string;
  outDir: string;
}

function facades() {
  return {
    name: 'portico-shared-facades',
    resolveId: (id: string) => (id.startsWith(FACADE) ? id : null),
    load: (id: string) => (id.startsWith(FACADE) ? `export * from ${JSON.stringify(id.slice(FACADE.length))};\n` : null),
  };
}

/** The modules `@portico/widgets` runs (statically imported from its facade): the core chunk. */
function coreModules(getModuleInfo: GetModuleInfo): Set<string> {
  const core = new Set<string>();
  const visit = (id: string) => {
    if (core.has(id)) return;
    core.add(id);
    for (const imported of getModuleInfo(id)?.importedIds ?? []) visit(imported);
  };
  const widgetsFacade = getModuleInfo(`${FACADE}@portico/widgets`);
  for (const id of widgetsFacade?.importedIds ?? []) visit(id);
  return core;
}

export async function buildPortalBundles(options: PortalBuildOptions): Promise<PortalBundlesManifest> {
  let core: Set<string> | undefined;
  const bundle = await rollup({
    input: { loader: options.loader, ...Object.fromEntries(SHARED_MODULES.map((s) => [sharedFile(s).replace(/\.js$/, ''), `${FACADE}${s}`])) },
    preserveEntrySignatures: 'exports-only',
    plugins: [facades(), ...compilePlugins(options)],
    onwarn,
  });
  fs.rmSync(options.outDir, { recursive: true, force: true });
  const { output } = await bundle.write({
    dir: options.outDir,
    format: 'es',
    sourcemap: true,
    // Shared modules keep their names (plugins' chunks import them by name); the rest is content-hashed.
    entryFileNames: (chunk) => (chunk.name.startsWith('shared/') ? '[name].js' : '[name]-[hash].js'),
    chunkFileNames: '[name]-[hash].js',
    manualChunks(id, { getModuleInfo }) {
      if (id.startsWith(FACADE) || id === options.loader) return undefined;
      const locale = LOCALE_FILE.exec(id);
      if (locale) return `core-${locale[1]}`;
      core ??= coreModules(getModuleInfo);
      return core.has(id) ? 'core' : undefined;
    },
  });
  await bundle.close();
  const chunks = chunksOf(output);
  const loader = chunks.find((c) => c.isEntry && c.name === 'loader')!;
  const coreChunk = chunks.find((c) => c.name === 'core');
  if (!coreChunk) throw new Error('The portal build made no core chunk: does @portico/widgets export anything?');
  const manifest: PortalBundlesManifest = {
    kind: 'portal',
    loader: loader.fileName,
    core: coreChunk.fileName,
    shared: Object.fromEntries(SHARED_MODULES.map((s) => [s, sharedFile(s)])),
    elements: elementsOf(chunks),
    files: gzipChunks(options.outDir, chunks),
  };
  writeManifest(options.outDir, manifest);
  return manifest;
}
