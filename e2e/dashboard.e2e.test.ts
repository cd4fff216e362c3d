/**
 * The demo portal's home as a dashboard (issue 23, item 8): the tenant administrator sees the staff's
 * queues and a partner administrator what needs their organisation, with the demo's real counts, and
 * each count opens the page that lists what it counts, filtered so.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright';
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

/** Console errors and uncaught exceptions of each page, by person. */
const problems: Record<string, string[]> = {};

async function home(email: string): Promise<Page> {
  const context = await browser.newContext();
  contexts.push(context);
  await signInWithEmailedLink(context, stack, email);
  const page = await context.newPage();
  const seen: string[] = (problems[email] = []);
  page.on('console', (message) => message.type() === 'error' && seen.push(`${new URL(page.url()).pathname}: ${message.text()}`));
  page.on('pageerror', (error) => seen.push(`${new URL(page.url()).pathname}: uncaught ${error.message}`));
  await page.goto(`${stack.portico.url}/`);
  await page.locator('portico-dashboard').getByRole('heading', { name: 'What needs you', level: 2 }).waitFor();
  return page;
}

/** Each card's heading and its links as read, once the counts are in. */
async function cards(page: Page): Promise<string[][]> {
  const dashboard = page.locator('portico-dashboard');
  await dashboard.locator('.section').first().waitFor();
  return dashboard.locator('.section').evaluateAll((sections) =>
    sections.map((section) => [
      section.querySelector('h3')!.textContent!.trim(),
      ...[...section.querySelectorAll('a')].map((a) => a.textContent!.replace(/\s+/g, ' ').trim()),
    ]),
  );
}

test('the tenant administrator’s home shows the staff’s queues with the demo’s counts, each opening its queue', async () => {
  const page = await home('admin@northwind.example');
  expect(await cards(page)).toEqual([
    ['Deals', '2 deals to review', '2 of them flagged (competing or out of territory)'],
    ['Questions', '2 questions to answer'],
  ]);
  await page.locator('portico-dashboard').getByRole('link', { name: '2 deals to review' }).click();
  await page.waitForURL(`${stack.portico.url}/deals/review`);
  await page.locator('portico-deal-review-queue').getByRole('heading', { name: 'Review queue', level: 1 }).waitFor();
  expect(problems['admin@northwind.example']).toEqual([]);
}, 120_000);

test('a partner administrator’s home shows what needs Acme, and a count opens its list filtered to it', async () => {
  const page = await home('alice@acme.example');
  const seen = await cards(page);
  expect(seen.map(([title]) => title)).toEqual(['Deals', 'Documents', 'Questions', 'Team', 'Clients']);
  expect(seen).toContainEqual(['Deals', '1 deal waiting for approval']);
  expect(seen).toContainEqual(['Questions', '1 question answered', '1 question waiting for an answer']);
  expect(seen).toContainEqual(['Team', '1 invitation not taken up yet']);
  expect(seen).toContainEqual(['Clients', '1 client invitation waiting for an answer', '1 mandate extension waiting for approval']);
  // Alice never opened the library: every document she may see is new to her.
  expect(seen.find(([title]) => title === 'Documents')![1]).toMatch(/^\d+ new documents? since your last visit$/);

  await page.locator('portico-dashboard').getByRole('link', { name: '1 deal waiting for approval' }).click();
  await page.waitForURL(`${stack.portico.url}/deals?status=pending`);
  const list = page.locator('portico-deal-list');
  await list.locator('portico-data-table').getByText('Contoso Ltd').waitFor();
  expect(await list.locator('portico-data-table tbody tr').count()).toBe(1);

  // Opening the library records the visit: back home, no document is new any more.
  const visit = page.waitForResponse((r) => r.url().endsWith('/api/v1/documents/visits') && r.request().method() === 'POST');
  await page.goto(`${stack.portico.url}/documents`);
  expect((await visit).ok()).toBe(true);
  await page.goto(`${stack.portico.url}/`);
  expect((await cards(page)).map(([title]) => title)).toEqual(['Deals', 'Questions', 'Team', 'Clients']);
  expect(problems['alice@acme.example']).toEqual([]);
}, 120_000);
