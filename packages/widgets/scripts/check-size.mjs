// Prints the gzipped size of every bundle and fails (exit 1) when one is over its budget.
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

const KB = 1000;
const BUDGETS = { loader: 10 * KB, core: 45 * KB, plugin: 25 * KB, other: 25 * KB };

function kindOf(file, manifest) {
  if (file === manifest.loader) return 'loader';
  if (file === manifest.core) return 'core';
  if (Object.values(manifest.plugins).includes(file)) return 'plugin';
  return 'other';
}

const manifestFile = path.join(outDir, 'manifest.json');
if (!fs.existsSync(manifestFile)) {
  console.error('No build found: run `npm run build:widgets` first.');
  process.exit(1);
}
const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
const files = fs.readdirSync(outDir).filter((f) => f.endsWith('.js')).sort();
let over = 0;
const rows = files.map((file) => {
  const gzip = zlib.gzipSync(fs.readFileSync(path.join(outDir, file)), { level: 9 }).length;
  const kind = kindOf(file, manifest);
  const ok = gzip <= BUDGETS[kind];
  if (!ok) over++;
  return { file, kind, gzip, budget: BUDGETS[kind], ok };
});
const width = Math.max(...rows.map((r) => r.file.length));
for (const r of rows) {
  console.log(`${r.ok ? ' ' : '✗'} ${r.file.padEnd(width)}  ${r.kind.padEnd(6)}  ${(r.gzip / KB).toFixed(1).padStart(6)} kB gz  (budget ${r.budget / KB} kB)`);
}
if (over) {
  console.error(`${over} bundle(s) over budget.`);
  process.exit(1);
}
console.log('All bundles within budget.');
