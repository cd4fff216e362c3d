// The gzipped size of every bundle against its budget, shared by `npm run size` (check-size.mjs) and
// the widgets benchmark (bench/widgets.ts), so that both judge the same bytes by the same budgets.
//   loader  10 kB  it is on every page that shows a widget, before anything else can happen
//   core    45 kB  lit, the SDK, provider, theme, i18n runtime, a dozen primitives and the shell: all
//                  a first portal render needs, in one request; ~0.3 s on a slow 3G link
//   plugin  25 kB  each plugin's contribution and elements, loaded on first use
//   other   25 kB  translations and any chunk rollup splits off
// Budgets are in kB of 1000 bytes, gzip level 9 (what the server sends).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { outDir } from '../rollup.config.mjs';

export const KB = 1000;
export const BUDGETS = { loader: 10 * KB, core: 45 * KB, plugin: 25 * KB, other: 25 * KB };

function kindOf(file, manifest) {
  if (file === manifest.loader) return 'loader';
  if (file === manifest.core) return 'core';
  if (Object.values(manifest.plugins).includes(file)) return 'plugin';
  return 'other';
}

/**
 * One row per bundle of the build in `dir`: `{ file, kind, plugin, gzip, budget, ok }` (`plugin` names
 * the plugin whose chunk it is). Null when there is no build.
 */
export function bundleSizes(dir = outDir) {
  const manifestFile = path.join(dir, 'manifest.json');
  if (!fs.existsSync(manifestFile)) return null;
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
  const pluginOf = new Map(Object.entries(manifest.plugins).map(([id, file]) => [file, id]));
  // The manifest's own list: the folder may still hold chunks of earlier builds, which no page loads.
  const files = (manifest.files ? Object.keys(manifest.files) : fs.readdirSync(dir)).filter((f) => f.endsWith('.js')).sort();
  return files.map((file) => {
    const gzip = zlib.gzipSync(fs.readFileSync(path.join(dir, file)), { level: 9 }).length;
    const kind = kindOf(file, manifest);
    return { file, kind, plugin: pluginOf.get(file) ?? null, gzip, budget: BUDGETS[kind], ok: gzip <= BUDGETS[kind] };
  });
}
