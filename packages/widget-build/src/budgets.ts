/**
 * Size budgets, the same for the built-in plugins and anyone's (gzip level 9, kB of 1000 bytes):
 *   loader  10 kB  on every page that shows a widget, before anything else can happen
 *   core    45 kB  Lit, the SDK, provider, theme, i18n runtime, the primitives and the shell: all a
 *                  first portal render needs, in one request (~0.3 s on a slow 3G link)
 *   entry   25 kB  a plugin's entry chunk: its contribution (nav, pages) and eagerly loaded elements
 *   other   25 kB  any other chunk: a lazily loaded page, translations, a shared module
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { MANIFEST_FILE, type BundlesManifest } from '@portico/core';

export const KB = 1000;
export const BUDGETS = { loader: 10 * KB, core: 45 * KB, entry: 25 * KB, other: 25 * KB } as const;
export type BundleKind = keyof typeof BUDGETS;

export interface BundleSize {
  file: string;
  kind: BundleKind;
  /** The plugin whose chunk it is; null for the portal's own bundles. */
  plugin: string | null;
  gzip: number;
  budget: number;
  ok: boolean;
}

function kindOf(file: string, manifest: BundlesManifest): BundleKind {
  if (manifest.kind === 'portal') return file === manifest.loader ? 'loader' : file === manifest.core ? 'core' : 'other';
  return file === manifest.entry ? 'entry' : 'other';
}

export function readManifest(dir: string): BundlesManifest | null {
  const file = path.join(dir, MANIFEST_FILE);
  if (!fs.existsSync(file)) return null;
  return JSON.parse(fs.readFileSync(file, 'utf8')) as BundlesManifest;
}

/** One row per JavaScript file of the build in `dir` (as its manifest lists them); null without a build. */
export function bundleSizes(dir: string): BundleSize[] | null {
  const manifest = readManifest(dir);
  if (!manifest) return null;
  return Object.keys(manifest.files)
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((file) => {
      const gzip = zlib.gzipSync(fs.readFileSync(path.join(dir, file)), { level: 9 }).length;
      const kind = kindOf(file, manifest);
      return { file, kind, plugin: manifest.kind === 'plugin' ? manifest.id : null, gzip, budget: BUDGETS[kind], ok: gzip <= BUDGETS[kind] };
    });
}

/** The rows as a table, one line each, `✗` marking a file over its budget. */
export function formatSizes(rows: readonly BundleSize[]): string {
  const width = Math.max(...rows.map((r) => (r.plugin ? `${r.plugin}/` : '').length + r.file.length), 10);
  return rows
    .map((r) => `${r.ok ? ' ' : '✗'} ${`${r.plugin ? `${r.plugin}/` : ''}${r.file}`.padEnd(width)}  ${r.kind.padEnd(6)}  ${(r.gzip / KB).toFixed(1).padStart(6)} kB gz  (budget ${r.budget / KB} kB)`)
    .join('\n');
}
