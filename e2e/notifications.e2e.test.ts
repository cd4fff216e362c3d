/**
 * The notification centre, live, in Chromium against the demo portal: Sam's bell shows what the demo
 * told him; a partner manager approves Sam's pending Contoso deal in another browser; Sam's bell counts
 * it without a reload (server-sent events over his session cookie), its panel shows it, and the
 * notification centre page lists it and marks it read.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, BrowserContext } from 'playwright';
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
  for (const context of contexts) await context.close();
  await browser?.close();
  await stack?.close();
});

async function signedIn(email: string) {
  const context = await browser.newContext();
  contexts.push(context);
  await signInWithEmailedLink(context, stack, email);
  return context.newPage();
}

const unreadOf = (label: string | null) => Number(/(\d+) unread/.exec(label ?? '')?.[1] ?? 0);

test('a deal decided by staff reaches the submitter’s bell live, and the centre marks it read', async () => {
  const portal = stack.portico.url;
  const sam = await signedIn('sam@acme.example');
  const errors: string[] = [];
  sam.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  await sam.goto(`${portal}/deals`);
  const bell = sam.locator('portico-notification-bell').getByRole('button', { name: /^Notifications/ });
  await bell.waitFor();
  // The demo told Sam of his rejected Tailspin registration.
  await expect.poll(async () => unreadOf(await bell.getAttribute('aria-label'))).toBeGreaterThan(0);
  const before = unreadOf(await bell.getAttribute('aria-label'));

  const manager = await signedIn('manager@northwind.example');
  await manager.goto(`${portal}/deals/review`);
  await manager.getByRole('link', { name: 'Contoso Ltd', exact: true }).click();
  const review = manager.locator('portico-deal-review');
  await review.getByRole('button', { name: 'Approve', exact: true }).click();
  const [approved] = await Promise.all([
    manager.waitForResponse((r) => r.url().endsWith('/approve') && r.request().method() === 'POST'),
    review.locator('portico-dialog').getByRole('button', { name: 'Approve this deal' }).click(),
  ]);
  expect(approved.status()).toBe(200);

  // No reload: the count moves over the open stream.
  await expect.poll(async () => unreadOf(await bell.getAttribute('aria-label')), { timeout: 20_000 }).toBe(before + 1);
  await bell.click();
  await sam.locator('portico-notification-bell').getByText('Deal approved: Contoso Ltd', { exact: true }).waitFor();

  await sam.goto(`${portal}/notifications`);
  const centre = sam.locator('portico-notifications');
  await centre.getByText('Deal approved: Contoso Ltd', { exact: true }).waitFor();
  await centre.getByRole('button', { name: 'Mark all read' }).click();
  await expect.poll(async () => unreadOf(await bell.getAttribute('aria-label'))).toBe(0);
  expect(errors).toEqual([]);
}, 180_000);
