/**
 * Every page of the demo portal, as the people of each kind reach it from the navigation: signed out,
 * a tenant administrator, a partner administrator and a partner's technical person. Each page must
 * load with nothing wrong in the browser's console — no script error, no failed request the page
 * did not expect (a 401 of a "who am I" asked while signed out, a 404 icon…) — and render its heading.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, BrowserContext, ConsoleMessage, Page } from 'playwright';
import { launchChromium } from './support/browser.js';
import { signInWithEmailedLink } from './support/sign-in.js';
import { startStack, type Stack } from './support/stack.js';

let stack: Stack;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack({ mail: true }), launchChromium()]);
});

afterAll(async () => {
  await Promise.all(contexts.map((c) => c.close()));
  await browser?.close();
  await stack?.close();
});

/** A page whose console errors and uncaught exceptions are written down, with the page they came from. */
async function watched(context: BrowserContext): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  trackRequests(page);
  const problems: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') problems.push(`${new URL(page.url()).pathname}: ${message.text()} ${message.location().url ?? ''}`.trim());
  });
  page.on('pageerror', (error) => problems.push(`${new URL(page.url()).pathname}: uncaught ${error.message}`));
  return { page, problems };
}

/**
 * Requests still open, leaving out the notification stream (it stays open as long as the page: Playwright's
 * `networkidle` would never come). `settled` waits until the others have been done for half a second.
 */
const inFlight = new WeakMap<Page, Set<unknown>>();
function trackRequests(page: Page): void {
  const open = new Set<unknown>();
  inFlight.set(page, open);
  page.on('request', (request) => void (request.url().endsWith('/notifications/stream') || open.add(request)));
  page.on('requestfinished', (request) => void open.delete(request));
  page.on('requestfailed', (request) => void open.delete(request));
}
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  const open = inFlight.get(page)!;
  let quietSince = Date.now();
  while (Date.now() - quietSince < 500) {
    if (open.size > 0) quietSince = Date.now();
    await page.waitForTimeout(50);
  }
}

/** The pages the shell's navigation offers (its links, wherever they are in shadow roots). */
async function navigationPaths(page: Page): Promise<string[]> {
  const portal = stack.portico.url;
  const hrefs = await page.locator('portico-portal nav a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  return [...new Set(hrefs.filter((href) => href.startsWith(portal)).map((href) => new URL(href).pathname))].sort();
}

/** Opens each page from the address bar and waits until it has rendered its content. */
async function walk(page: Page, paths: readonly string[]): Promise<void> {
  for (const path of paths) {
    await page.goto(`${stack.portico.url}${path}`);
    await settled(page);
    await page.locator('portico-portal main h1').first().waitFor({ timeout: 10_000 }).catch(() => {
      throw new Error(`${path} rendered no heading: ${page.url()}`);
    });
  }
}

test('every page loads without a console error, signed out and for each kind of person', async () => {
  const anonymous = await watched(await browser.newContext());
  contexts.push(anonymous.page.context());
  await anonymous.page.goto(`${stack.portico.url}/`);
  await anonymous.page.locator('portico-portal portico-sign-in').getByRole('textbox', { name: 'Email address' }).waitFor();
  await settled(anonymous.page);
  expect(anonymous.problems).toEqual([]);

  const walked: Record<string, number> = {};
  for (const email of ['admin@northwind.example', 'alice@acme.example', 'tara@acme.example']) {
    const context = await browser.newContext();
    contexts.push(context);
    await signInWithEmailedLink(context, stack, email);
    const { page, problems } = await watched(context);
    await page.goto(`${stack.portico.url}/`);
    await page.locator('portico-portal main h1').first().waitFor();
    const paths = await navigationPaths(page);
    expect(paths.length, `${email} has pages to go to`).toBeGreaterThan(3);
    await walk(page, paths);
    walked[email] = paths.length;
    expect(problems, `console errors for ${email}`).toEqual([]);
  }
  expect(Object.values(walked).every((n) => n > 3)).toBe(true);
}, 300_000);
