/**
 * Northwind's own site on 127.0.0.1 embeds Portico from localhost (another site) in a browser that
 * blocks third-party cookies: the visitor signs in to Northwind its own way, and the widgets show
 * their data in Northwind's colours with bearer tokens its backend minted, no cookie across sites.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright';
import { launchChromium } from './support/browser.js';
import { startStack, type Stack } from './support/stack.js';

let stack: Stack;
let browser: Browser;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack({ hostSite: true }), launchChromium({ thirdPartyCookies: 'blocked' })]);
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

test('the host page shows the signed-in visitor’s Portico data in its own colours, without cookies across sites', async () => {
  const host = stack.host!.origin;
  const portico = stack.portico.url;
  expect(new URL(host).hostname).toBe('127.0.0.1');
  expect(new URL(portico).hostname).toBe('localhost');

  const context = await browser.newContext();
  // A cookie Portico's site could have set in a first-party visit: a page on another site must not carry it.
  await context.addCookies([{ name: 'portico_planted', value: 'x', domain: 'localhost', path: '/', sameSite: 'None', secure: true }]);
  const page = await context.newPage();
  const toPortico: { url: string; cookie?: string; authorization?: string }[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(portico)) return;
    void request.allHeaders().then((headers) => toPortico.push({ url: request.url(), cookie: headers.cookie, authorization: headers.authorization }));
  });

  await page.goto(`${host}/`);
  await page.getByRole('radio', { name: /Sam Seller/ }).check();
  const signedIn = performance.now();
  await page.getByRole('button', { name: 'Sign in' }).click();

  // <portico-profile> with the visitor's own data, from Portico.
  const name = page.locator('portico-profile').getByRole('textbox', { name: /^Name/ });
  await name.waitFor();
  const firstWidget = performance.now() - signedIn;
  expect(await name.inputValue()).toBe('Sam Seller');
  await expect(page.locator('portico-profile').getByText('sam@acme.example').isVisible()).resolves.toBe(true);
  await page.locator('portico-training-catalog').getByRole('link', { name: 'Northwind Cloud fundamentals' }).waitFor();
  const bothWidgets = performance.now() - signedIn;

  // Northwind's colours: its rule on portico-provider wins over the tenant's brand (#0b5cad).
  const colours = await page.evaluate(() => {
    const profile = document.querySelector('portico-profile')!;
    const button = profile.shadowRoot!.querySelector('portico-button[type="submit"]')!;
    const inner = button.shadowRoot!.querySelector('button')!;
    return { background: getComputedStyle(inner).backgroundColor, font: getComputedStyle(inner).fontFamily };
  });
  expect(colours.background).toBe('rgb(15, 118, 110)');
  expect(colours.font).toContain('Trebuchet MS');

  // Bearer only: every API call carried the embed token, none a cookie; Portico set none.
  await page.waitForLoadState('networkidle');
  const apiCalls = toPortico.filter((r) => r.url.includes('/api/'));
  expect(apiCalls.length).toBeGreaterThan(2);
  expect(apiCalls.every((r) => r.authorization?.startsWith('Bearer pte_'))).toBe(true);
  expect(toPortico.filter((r) => r.cookie)).toEqual([]);
  expect((await context.cookies(portico)).map((c) => c.name)).toEqual(['portico_planted']);
  // The page itself holds no token or session readable by scripts: Northwind's cookie is HttpOnly.
  expect(await page.evaluate(() => document.cookie)).toBe('');
  const hostCookies = await context.cookies(host);
  expect(hostCookies.map((c) => [c.name, c.httpOnly])).toEqual([['nw_session', true]]);

  // Another site cannot get a token from Northwind's backend for this visitor.
  const forged = await fetch(`${host}/api/portico-token`, { method: 'POST', headers: { origin: 'http://evil.test', cookie: `nw_session=${hostCookies[0].value}` } });
  expect(forged.status).toBe(403);

  // A module in the catalog opens Northwind's own page for it (the portal's path, served by the host),
  // with the module from Portico; its "All training" link leads back to the partner area.
  await page.locator('portico-training-catalog').getByRole('link', { name: 'Northwind Cloud fundamentals' }).click();
  await page.waitForURL(/\/training\/[0-9a-f-]{36}$/);
  await page.locator('portico-training-module').getByRole('heading', { name: 'Northwind Cloud fundamentals' }).waitFor();
  // Its attached documents, listed by the documents plugin's element inside the training widget.
  const attached = page.locator('portico-training-module portico-document-links');
  await attached.getByRole('link', { name: 'Download Price list.pdf' }).or(attached.getByRole('button', { name: 'Download Price list.pdf' })).waitFor();
  await expect(attached.getByText('Brand guide.pdf', { exact: true }).isVisible()).resolves.toBe(true);
  await page.locator('portico-training-module').getByRole('link', { name: 'All training' }).click();
  await page.waitForURL(`${host}/`);
  await page.locator('portico-training-catalog').getByRole('link', { name: 'Northwind Cloud fundamentals' }).waitFor();

  console.log(`[e2e timing] host site: first widget with data ${Math.round(firstWidget)} ms after sign-in navigation; both widgets ${Math.round(bothWidgets)} ms`);
  await context.close();
});

test('signed out of Northwind, its backend mints no token', async () => {
  const answer = await fetch(`${stack.host!.origin}/api/portico-token`, { method: 'POST', headers: { origin: stack.host!.origin } });
  expect(answer.status).toBe(401);
  expect(await answer.text()).not.toContain('pte_');
});
