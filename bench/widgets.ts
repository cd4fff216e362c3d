/**
 * What the browser pays for the widgets: the gzipped size of every bundle against its budget (fails
 * above it), and, in headless Chromium, the time from navigation to the first widget rendered with
 * data, on two pages:
 *
 * - the standalone portal: a signed-in partner admin (Alice, Acme Resellers) opens `/deals`; done when
 *   <portico-deal-list> shows the partner's deals (the customer "Contoso Ltd");
 * - Northwind's host site (`examples/host-site`, another site than Portico, third-party cookies
 *   blocked): the signed-in visitor opens the partner area; first widget when <portico-profile> shows
 *   her email or <portico-training-catalog> its first course, all widgets when both have.
 *
 * Each page is opened BENCH_WIDGET_RUNS times (default 15) cold (a fresh browser context: empty cache,
 * only the session cookie) and as many times warm (one context, cache filled by a first visit). The
 * time is the page's own clock (`performance.now()`, zero at navigation start), read by a script that
 * looks at the page every animation frame, so it is within a frame (~16 ms) of when the data showed.
 *
 *   npm run bench:widgets      (BENCH_WIDGET_RUNS=15; CHROMIUM_PATH, default /usr/bin/chromium)
 */
import type { Browser, BrowserContext } from 'playwright';
import { KB, type BundleSize } from '@portico/widget-build';
import { allBundleSizes, buildWidgets, PORTAL_BUNDLES, widgetPlugins } from '../scripts/widget-builds.js';
import { launchChromium } from '../e2e/support/browser.js';
import { signInWithEmailedLink } from '../e2e/support/sign-in.js';
import { startStack } from '../e2e/support/stack.js';
import { stats, writeResults } from './support.js';
import fs from 'node:fs';
import path from 'node:path';

const RUNS = Number(process.env.BENCH_WIDGET_RUNS ?? 15);
const PARTNER_ADMIN = 'alice@acme.example';
const TIMEOUT_MS = 30_000;

/** What shows that a widget has its data: an element (found through shadow roots) and a text inside it. */
interface DataMark {
  tag: string;
  text: string;
}
const PORTAL_MARKS: DataMark[] = [{ tag: 'portico-deal-list', text: 'Contoso Ltd' }];
const HOST_MARKS: DataMark[] = [
  { tag: 'portico-profile', text: PARTNER_ADMIN },
  { tag: 'portico-training-catalog', text: 'Northwind Cloud fundamentals' },
];

/**
 * Runs in the page before its own scripts: every animation frame, notes (page clock) when each mark
 * first shows, in `window.__porticoBench`.
 */
function watchMarks(marks: DataMark[]): void {
  const seen: Record<string, number> = {};
  (window as unknown as { __porticoBench: Record<string, number> }).__porticoBench = seen;
  const findAll = (root: Document | ShadowRoot, tag: string, out: Element[]) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName === tag) out.push(el);
      if (el.shadowRoot) findAll(el.shadowRoot, tag, out);
    }
    return out;
  };
  const deepText = (node: Node): string => {
    let text = node.nodeType === Node.TEXT_NODE ? (node.textContent ?? '') : '';
    if (node instanceof Element && node.shadowRoot) text += deepText(node.shadowRoot);
    for (const child of node.childNodes) text += deepText(child);
    return text;
  };
  const look = () => {
    for (const { tag, text } of marks) {
      if (seen[tag] === undefined && findAll(document, tag, []).some((el) => deepText(el).includes(text))) seen[tag] = performance.now();
    }
    if (Object.keys(seen).length < marks.length) requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}

/** Opens `url` in a new page of `context`; returns, in page-clock ms, when the first and the last mark showed. */
async function visit(context: BrowserContext, url: string, marks: DataMark[]): Promise<{ firstMs: number; allMs: number }> {
  const page = await context.newPage();
  try {
    // As source text: tsx names functions with an `__name` helper that the page does not have.
    await page.addInitScript({ content: `var __name = (f) => f; (${watchMarks.toString()})(${JSON.stringify(marks)});` });
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction((count) => Object.keys((window as unknown as { __porticoBench?: object }).__porticoBench ?? {}).length === count, marks.length, { timeout: TIMEOUT_MS });
    const seen: Record<string, number> = await page.evaluate(() => (window as unknown as { __porticoBench: Record<string, number> }).__porticoBench);
    const times = Object.values(seen);
    return { firstMs: Math.min(...times), allMs: Math.max(...times) };
  } finally {
    await page.close();
  }
}

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

/** RUNS cold visits (fresh context each) and RUNS warm ones (one context, warmed by an unmeasured visit). */
async function measure(browser: Browser, state: StorageState, url: string, marks: DataMark[]) {
  const cold: { firstMs: number; allMs: number }[] = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ storageState: state });
    cold.push(await visit(context, url, marks));
    await context.close();
  }
  const context = await browser.newContext({ storageState: state });
  await visit(context, url, marks);
  const warm: { firstMs: number; allMs: number }[] = [];
  for (let i = 0; i < RUNS; i++) warm.push(await visit(context, url, marks));
  await context.close();
  const summary = (samples: typeof cold) => ({ first: stats(samples.map((s) => s.firstMs)), all: stats(samples.map((s) => s.allMs)) });
  return { cold: summary(cold), warm: summary(warm) };
}

/** Where a bundle's file is: the portal's folder, or the plugin's dist/widgets. */
function fileOf(row: BundleSize): string {
  const dir = row.plugin ? widgetPlugins().find((p) => p.id === row.plugin)!.outDir : PORTAL_BUNDLES;
  return path.join(dir, row.file);
}

/** A plugin's weight on first use: its entry chunk and every chunk of its own that the entry imports (shared modules are the portal's). */
function pluginFirstUse(rows: BundleSize[]) {
  return Object.fromEntries(
    rows.filter((r) => r.kind === 'entry').map((entry) => {
      const own = new Map(rows.filter((r) => r.plugin === entry.plugin).map((r) => [r.file, r]));
      const staticImports = (row: BundleSize) =>
        [...fs.readFileSync(fileOf(row), 'utf8').matchAll(/(?:import|export)[^"'()]*?from\s*"\.\/([^"]+\.js)"|import\s*"\.\/([^"]+\.js)"/g)].map((m) => m[1] ?? m[2]);
      const files = new Set<string>();
      const walk = (file: string) => {
        const row = own.get(file);
        if (!row || files.has(file)) return;
        files.add(file);
        staticImports(row).forEach(walk);
      };
      walk(entry.file);
      const gzip = [...files].reduce((sum, f) => sum + (own.get(f)?.gzip ?? 0), 0);
      return [entry.plugin!, { files: [...files], gzipKb: +(gzip / KB).toFixed(1) }];
    }),
  );
}

async function main(): Promise<void> {
  await buildWidgets({ ifStale: true });
  const rows = allBundleSizes();
  if (!rows) throw new Error('no widget build found');
  const over = rows.filter((r) => !r.ok);
  const kb = (bytes: number) => +(bytes / KB).toFixed(1);
  console.log('\nWidget bundles, gzip level 9, kB of 1000 bytes');
  console.table(Object.fromEntries(rows.map((r) => [`${r.plugin ? `${r.plugin}/` : ''}${r.file}`, { kind: r.kind, gzipKb: kb(r.gzip), budgetKb: kb(r.budget), ok: r.ok }])));
  const firstUse = pluginFirstUse(rows);
  const loaderKb = kb(rows.find((r) => r.kind === 'loader')!.gzip);
  const coreKb = kb(rows.find((r) => r.kind === 'core')!.gzip);
  console.log(`loader ${loaderKb} kB, core ${coreKb} kB; each plugin on first use (entry and what it imports, pages and translations apart):`);
  console.table(Object.fromEntries(Object.entries(firstUse).map(([id, p]) => [id, { gzipKb: p.gzipKb, chunks: p.files.length }])));

  const [stack, browser] = await Promise.all([startStack({ mail: true, hostSite: true }), launchChromium({ thirdPartyCookies: 'blocked' })]);
  try {
    const portalContext = await browser.newContext();
    await signInWithEmailedLink(portalContext, stack, PARTNER_ADMIN);
    const portalState = await portalContext.storageState();
    await portalContext.close();

    const hostContext = await browser.newContext();
    const signIn = await hostContext.newPage();
    await signIn.goto(`${stack.host!.origin}/`);
    await signIn.getByRole('radio', { name: /Alice Owner/ }).check();
    await signIn.getByRole('button', { name: 'Sign in' }).click();
    await signIn.waitForLoadState();
    const hostState = await hostContext.storageState();
    await hostContext.close();

    const portal = await measure(browser, portalState, `${stack.portico.url}/deals`, PORTAL_MARKS);
    const hostSite = await measure(browser, hostState, `${stack.host!.origin}/`, HOST_MARKS);

    console.log(`\nNavigation to first widget with data, headless Chromium, ${RUNS} runs each, milliseconds (page clock)`);
    const row = (s: ReturnType<typeof stats>) => ({ medianMs: s.medianMs, p95Ms: s.p95Ms, minMs: s.minMs, maxMs: s.maxMs });
    console.table({
      'portal /deals, cold': row(portal.cold.first),
      'portal /deals, warm': row(portal.warm.first),
      'host site, first widget, cold': row(hostSite.cold.first),
      'host site, both widgets, cold': row(hostSite.cold.all),
      'host site, first widget, warm': row(hostSite.warm.first),
      'host site, both widgets, warm': row(hostSite.warm.all),
    });

    const file = writeResults('widgets', {
      runs: RUNS,
      bundles: rows.map((r) => ({ file: r.file, kind: r.kind, plugin: r.plugin, gzipBytes: r.gzip, budgetBytes: r.budget, ok: r.ok })),
      loaderKb,
      coreKb,
      pluginFirstUse: firstUse,
      overBudget: over.map((r) => r.file),
      firstWidget: { portal: { cold: portal.cold.first, warm: portal.warm.first }, hostSite },
    });
    console.log(`written to ${file}`);
  } finally {
    await browser.close();
    await stack.close();
  }
  if (over.length) throw new Error(`${over.length} bundle(s) over budget: ${over.map((r) => `${r.file} ${kb(r.gzip)} kB > ${kb(r.budget)} kB`).join(', ')}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
