/**
 * `npm run bench`: every benchmark in turn, each in a process of its own (so that one's heap, pools
 * and servers do not weigh on the next), then one table of every figure, also written to
 * bench/results/summary-<time>.json. A benchmark that fails is reported and the others still run;
 * the exit code is 1 if any failed. Each benchmark reads its own variables (BENCH_DEALS,
 * BENCH_SECONDS, BENCH_CONNECTIONS, BENCH_MEMORY_REQUESTS, BENCH_WIDGET_RUNS), passed through as set.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeResults } from './support.js';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const RESULTS_DIR = path.join(BENCH_DIR, 'results');
/** Script and the prefix of the JSON it writes. */
const BENCHMARKS = [
  { name: 'deals-list', script: 'deals-list.ts' },
  { name: 'framework', script: 'framework.ts' },
  { name: 'embedded', script: 'embedded.ts' },
  { name: 'widgets', script: 'widgets.ts' },
] as const;

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- results are read back as their scripts wrote them

function runScript(script: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--conditions=portico-source', '--import', 'tsx', path.join(BENCH_DIR, script)], { stdio: 'inherit', env: process.env });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** The results file `name` wrote since `since` (ms since the epoch), if any. */
function resultsOf(name: string, since: number): { file: string; data: Json } | null {
  if (!fs.existsSync(RESULTS_DIR)) return null;
  const file = fs
    .readdirSync(RESULTS_DIR)
    .filter((f) => f.startsWith(`${name}-`) && f.endsWith('.json'))
    .map((f) => path.join(RESULTS_DIR, f))
    .filter((f) => fs.statSync(f).mtimeMs >= since)
    .sort()
    .at(-1);
  return file ? { file: path.relative(process.cwd(), file), data: JSON.parse(fs.readFileSync(file, 'utf8')) } : null;
}

const ms = (s: { medianMs: number; p95Ms: number }) => `${s.medianMs} ms median, ${s.p95Ms} ms p95`;
const load = (r: { requestsPerSecond: number; p50Ms: number; p99Ms: number }) => `${r.requestsPerSecond} req/s, p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms`;

/** The figures of issue 10, one line each, from what each benchmark wrote. */
const FIGURES: Record<(typeof BENCHMARKS)[number]['name'], (d: Json) => [string, string][]> = {
  'deals-list': (d) => [
    [`deals: seeding ${d.totalDeals.toLocaleString('en')} deals`, `${d.seedSeconds} s`],
    ['deals: first page of 25', ms(d.results.firstPage25)],
    ['deals: first page of 100', ms(d.results.firstPage100)],
    [`deals: page of 100, ${d.depth.toLocaleString('en')} deep`, ms(d.results.deepPage100)],
    ['deals: deep page served by deals_partner_list', String(d.usesIndex)],
  ],
  framework: (d) => [
    ...Object.entries(d.results as Record<string, Json>).map(([k, r]): [string, string] => [`framework: ${k}`, load(r as never)]),
    ['framework: Portico / bare throughput, list', `${d.overhead.listThroughputRatio}`],
    ['framework: Portico / bare throughput, create', `${d.overhead.createThroughputRatio}`],
    ['framework: statements per request, list / create', `${d.statements.list} / ${d.statements.create}`],
    ['memory: RSS after start', `${d.memory.rssAfterStartMb} MB`],
    [`memory: RSS after ${d.memory.requests.toLocaleString('en')} requests`, `${d.memory.rssAfterLoadMb} MB`],
  ],
  embedded: (d) => [
    ['embedded: npm start to ready, fresh data folder', `${d.startup.freshMs} ms`],
    ['embedded: npm start to ready, warm data folder', `${d.startup.warmMs} ms`],
    ['embedded: portico list on PGlite', load(d.list)],
  ],
  widgets: (d) => [
    ['widgets: loader (gzip)', `${d.loaderKb} kB`],
    ['widgets: core chunk (gzip)', `${d.coreKb} kB`],
    ...Object.entries(d.pluginFirstUse as Record<string, { gzipKb: number }>).map(([id, p]): [string, string] => [`widgets: plugin ${id} on first use (gzip)`, `${p.gzipKb} kB`]),
    ['widgets: bundles over budget', d.overBudget.length ? d.overBudget.join(', ') : 'none'],
    ['widgets: portal /deals, first widget with data, cold', ms(d.firstWidget.portal.cold)],
    ['widgets: portal /deals, first widget with data, warm', ms(d.firstWidget.portal.warm)],
    ['widgets: host site, first widget with data, cold', ms(d.firstWidget.hostSite.cold.first)],
    ['widgets: host site, both widgets with data, cold', ms(d.firstWidget.hostSite.cold.all)],
    ['widgets: host site, first widget with data, warm', ms(d.firstWidget.hostSite.warm.first)],
  ],
};

async function main(): Promise<void> {
  const runs: Record<string, { exitCode: number; seconds: number; results: string | null }> = {};
  const figures: { figure: string; value: string }[] = [];
  for (const { name, script } of BENCHMARKS) {
    console.log(`\n=== ${name} (bench/${script}) ===`);
    const started = Date.now();
    const exitCode = await runScript(script);
    const found = resultsOf(name, started);
    runs[name] = { exitCode, seconds: Math.round((Date.now() - started) / 1000), results: found?.file ?? null };
    if (found) for (const [figure, value] of FIGURES[name](found.data)) figures.push({ figure, value });
    if (exitCode !== 0) figures.push({ figure: `${name}: FAILED`, value: `exit code ${exitCode}${found ? '' : ', no results'}` });
  }

  console.log('\n=== Summary ===');
  console.table(Object.fromEntries(figures.map((f) => [f.figure, f.value])));
  console.table(runs);
  console.log(`written to ${writeResults('summary', { runs, figures })}`);
  if (Object.values(runs).some((r) => r.exitCode !== 0)) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
