// Prints the gzipped size of every bundle and fails (exit 1) when one is over its budget (the budgets
// and why: bundle-sizes.mjs).
import { KB, bundleSizes } from './bundle-sizes.mjs';

const rows = bundleSizes();
if (!rows) {
  console.error('No build found: run `npm run build:widgets` first.');
  process.exit(1);
}
const over = rows.filter((r) => !r.ok).length;
const width = Math.max(...rows.map((r) => r.file.length));
for (const r of rows) {
  console.log(`${r.ok ? ' ' : '✗'} ${r.file.padEnd(width)}  ${r.kind.padEnd(6)}  ${(r.gzip / KB).toFixed(1).padStart(6)} kB gz  (budget ${r.budget / KB} kB)`);
}
if (over) {
  console.error(`${over} bundle(s) over budget.`);
  process.exit(1);
}
console.log('All bundles within budget.');
