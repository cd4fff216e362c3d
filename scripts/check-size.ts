// npm run size: the gzipped size of every bundle against its budget (see @portico/widget-build's
// budgets.ts); exit 1 when one is over.
import { formatSizes } from '@portico/widget-build';
import { allBundleSizes } from './widget-builds.js';

const rows = allBundleSizes();
if (!rows) {
  console.error('No build found: run `npm run build:widgets` first.');
  process.exit(1);
}
console.log(formatSizes(rows));
const over = rows.filter((r) => !r.ok).length;
if (over) {
  console.error(`${over} bundle(s) over budget.`);
  process.exit(1);
}
console.log('All bundles within budget.');
