/**
 * The widget builds of this checkout: the portal's own bundles (`@portico/widgets`, into
 * packages/widgets/dist/bundles) and the widgets of every workspace plugin with a
 * `src/widgets/index.ts` (built-in and example plugins alike, into their dist/widgets), all from
 * the workspace's TypeScript sources. Used by `npm run build:widgets`, `npm start`, the size check,
 * the end-to-end tests and the benchmarks.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPluginWidgets, buildPortalBundles, bundleSizes, type BundleSize } from '@portico/widget-build';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WIDGETS = path.join(ROOT, 'packages', 'widgets');
/** The portal's bundles (PORTICO_WIDGETS_DIR moves them, for the server and the build alike). */
export const PORTAL_BUNDLES = process.env.PORTICO_WIDGETS_DIR ? path.resolve(process.env.PORTICO_WIDGETS_DIR) : path.join(WIDGETS, 'dist', 'bundles');
const CONDITIONS = ['portico-source'];

export interface WidgetPlugin {
  id: string;
  dir: string;
  outDir: string;
}

/** Workspace folders (plugins/*, examples/*) whose package has widgets. */
export function widgetPlugins(): WidgetPlugin[] {
  return ['plugins', 'examples']
    .flatMap((group) => {
      const parent = path.join(ROOT, group);
      return fs.existsSync(parent) ? fs.readdirSync(parent).sort().map((name) => path.join(parent, name)) : [];
    })
    .filter((dir) => fs.existsSync(path.join(dir, 'src', 'widgets', 'index.ts')) && fs.existsSync(path.join(dir, 'package.json')))
    .map((dir) => ({ id: path.basename(dir).replace(/^plugin-/, ''), dir, outDir: path.join(dir, 'dist', 'widgets') }));
}

function newestMtime(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs; // a deleted file changes its folder
  for (const entry of fs.readdirSync(target)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

function builtAt(outDir: string): number {
  const manifest = path.join(outDir, 'manifest.json');
  return fs.existsSync(manifest) ? fs.statSync(manifest).mtimeMs : 0;
}

/** What every build is made of: the shared packages' sources, the build tool, the lockfile. */
const COMMON_SOURCES = ['packages/core/src', 'packages/widget-build/src', 'package-lock.json'].map((p) => path.join(ROOT, p));

export async function buildWidgets(options: { ifStale?: boolean; log?: (line: string) => void } = {}): Promise<{ built: string[]; ms: number }> {
  const log = options.log ?? (() => {});
  const started = performance.now();
  const built: string[] = [];
  const common = Math.max(...COMMON_SOURCES.map(newestMtime));
  const portalSources = Math.max(common, newestMtime(path.join(WIDGETS, 'src')), newestMtime(path.join(ROOT, 'packages', 'sdk', 'src')));
  const portalStale = !options.ifStale || portalSources > builtAt(PORTAL_BUNDLES);
  if (portalStale) {
    await buildPortalBundles({ loader: path.join(WIDGETS, 'src', 'loader.ts'), outDir: PORTAL_BUNDLES, conditions: CONDITIONS });
    built.push('portal');
    log('built the portal bundles');
  }
  for (const plugin of widgetPlugins()) {
    // A plugin's chunks bundle its own sources and the public faces of others; the shared modules stay the portal's.
    const sources = Math.max(common, newestMtime(path.join(plugin.dir, 'src')), ...widgetPlugins().map((p) => newestMtime(path.join(p.dir, 'src'))));
    if (!portalStale && options.ifStale && sources <= builtAt(plugin.outDir)) continue;
    await buildPluginWidgets({ dir: plugin.dir, outDir: plugin.outDir, id: plugin.id, conditions: CONDITIONS });
    built.push(plugin.id);
    log(`built the widgets of ${plugin.id}`);
  }
  return { built, ms: Math.round(performance.now() - started) };
}

/** Sizes of every bundle a page may load: the portal's and each plugin's. */
export function allBundleSizes(): BundleSize[] | null {
  const portal = bundleSizes(PORTAL_BUNDLES);
  if (!portal) return null;
  return [...portal, ...widgetPlugins().flatMap((p) => bundleSizes(p.outDir) ?? [])];
}
