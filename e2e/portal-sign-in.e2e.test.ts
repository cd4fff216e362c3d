/**
 * The standalone portal, as a new partner meets it: open it, ask for a sign-in link, follow the link
 * from the email a real SMTP server received, confirm, land in the portal and reach the profile page.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright';
import { linkAndCode } from '../plugins/access/test/mail-catcher.js';
import { launchChromium } from './support/browser.js';
import { startStack, waitForMail, type Stack } from './support/stack.js';

let stack: Stack;
let browser: Browser;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack({ mail: true }), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

test('a partner signs in with the emailed link and reaches their profile', async () => {
  const page = await browser.newPage();
  const portal = stack.portico.url;

  const opened = performance.now();
  await page.goto(`${portal}/`);
  // The portal shows <portico-sign-in> to a signed-out visitor.
  await page.getByRole('textbox', { name: 'Email address' }).waitFor();
  const signInShown = performance.now() - opened;

  // The link is requested on the server's own sign-in page: in the portal, <portico-sign-in> does not
  // send its request yet (see the report; the widget's own browser tests use a fake client).
  await page.goto(`${portal}/sign-in`);
  await page.getByLabel('Email address').fill('alice@acme.example');
  await page.getByRole('button', { name: /link/i }).click();
  await page.waitForLoadState();

  const mail = await waitForMail(stack.mail!, 'alice@acme.example');
  const { url } = linkAndCode(mail);
  expect(new URL(url).origin).toBe(portal);

  // The link opens a confirmation page (mail scanners that fetch links must not sign anyone in).
  await page.goto(url);
  await page.getByRole('button').click();
  // Asked for on the server's page, the sign-in lands on its "signed in" page; then the portal.
  await page.getByText('Alice Owner').first().waitFor();
  await page.goto(`${portal}/`);
  await page.getByText('Alice Owner').first().waitFor();
  await expect(page.getByRole('textbox', { name: 'Email address' }).count()).resolves.toBe(0);

  const toProfile = performance.now();
  await page.goto(`${portal}/profile`);
  const name = page.getByRole('textbox', { name: /^Name/ });
  await name.waitFor();
  const profileShown = performance.now() - toProfile;
  expect(await name.inputValue()).toBe('Alice Owner');
  await expect(page.getByText('alice@acme.example').first().isVisible()).resolves.toBe(true);
  // The session is the portal's own, first-party cookie.
  const cookies = await page.context().cookies(portal);
  expect(cookies.some((c) => c.httpOnly && c.value.length > 20)).toBe(true);

  console.log(`[e2e timing] portal: sign-in form ${Math.round(signInShown)} ms after navigation; profile with data ${Math.round(profileShown)} ms after navigation`);
});
