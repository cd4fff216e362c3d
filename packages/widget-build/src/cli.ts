/**
 * `portico-widgets build [--dir <plugin folder>] [--entry src/widgets/index.ts] [--out dist/widgets] [--no-minify]`
 * builds a plugin's widgets (see plugin-build.ts), prints each chunk's gzipped size against its
 * budget, and exits 1 when one is over. Exit 2: wrong usage.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { bundleSizes, formatSizes } from './budgets.js';
import { buildPluginWidgets, DEFAULT_ENTRY, DEFAULT_OUT_DIR } from './plugin-build.js';

const USAGE = `Usage: portico-widgets build [--dir <plugin folder>] [--entry ${DEFAULT_ENTRY}] [--out ${DEFAULT_OUT_DIR}] [--no-minify]`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== 'build') {
    process.stderr.write(`${USAGE}\n`);
    return command === '--help' || command === '-h' ? 0 : 2;
  }
  let values;
  try {
    ({ values } = parseArgs({ args: rest, options: { dir: { type: 'string', default: '.' }, entry: { type: 'string' }, out: { type: 'string' }, 'no-minify': { type: 'boolean' } }, strict: true }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const dir = path.resolve(values.dir!);
  const started = performance.now();
  try {
    const manifest = await buildPluginWidgets({ dir, entry: values.entry, outDir: values.out, minify: !values['no-minify'] });
    const out = path.resolve(dir, values.out ?? DEFAULT_OUT_DIR);
    const rows = bundleSizes(out)!;
    process.stdout.write(`Built the widgets of "${manifest.id}" in ${Math.round(performance.now() - started)} ms into ${path.relative(process.cwd(), out) || '.'}:\n${formatSizes(rows)}\n`);
    const over = rows.filter((r) => !r.ok).length;
    if (over) {
      process.stderr.write(`${over} chunk(s) over budget.\n`);
      return 1;
    }
    return 0;
  } catch (error) {
    process.stderr.write(`portico-widgets build failed: ${(error as Error).message}\n`);
    return 1;
  }
}
