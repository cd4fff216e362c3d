/**
 * Billing in the demo portal, as people meet it: Iniciativa's admin finds the red "paused" banner and
 * the invoice past due on the billing page, and its principal the question form paused; Acme's technical person finds, in place of the question
 * form, why she cannot ask (her plan does not include it) and a way to put it right; her admin chooses
 * a plan that does on the billing page, and the form is hers at once; staff record Iniciativa's payment on the
 * billing accounts page, and the banner is gone and the paused question form is back.
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

async function signedIn(email: string): Promise<Page> {
  const context = await browser.newContext();
  contexts.push(context);
  await signInWithEmailedLink(context, stack, email);
  return context.newPage();
}

test('an account restricted for an invoice past due shows its banner until staff record the payment; a plan opens a gated feature at once', async () => {
  const portal = stack.portico.url;

  // Iniciativa Digital is restricted: a red banner on every page, the invoice past due on the billing page.
  const ines = await signedIn('ines@iniciativa.example');
  await ines.goto(`${portal}/billing`);
  const banner = ines.locator('portico-billing-banner [part=banner]');
  await banner.getByText('Some features are paused until your invoice is paid').waitFor();
  await expect(banner.getByRole('link', { name: 'Go to billing' }).getAttribute('href')).resolves.toBe('/billing');
  const invoices = ines.locator('portico-billing-settings portico-invoices');
  await invoices.getByText('Past due').first().waitFor();
  await ines.locator('portico-billing-settings').getByText('Restricted').first().waitFor();
  // Their plan includes technical questions, but they are paused: the gate names the invoice to pay.
  const ignacio = await signedIn('ignacio@iniciativa.example');
  await ignacio.goto(`${portal}/questions/new`);
  const paused = ignacio.locator('portico-question-form portico-feature-gate [part=notice]');
  await paused.getByText('This feature is paused until invoice').waitFor();
  await expect(paused.locator('[part=action]').getAttribute('href')).resolves.toBe(`${portal}/billing`);
  await expect(ignacio.locator('portico-question-form').getByRole('textbox', { name: /^Subject/ }).count()).resolves.toBe(0);

  // Acme's technical person: in place of the question form, the gate says why and what to do.
  const tara = await signedIn('tara@acme.example');
  await tara.goto(`${portal}/questions/new`);
  const form = tara.locator('portico-question-form');
  const notice = form.locator('portico-feature-gate [part=notice]');
  await notice.getByText('does not include this feature').waitFor();
  await expect(notice.locator('[part=action]').getAttribute('href')).resolves.toBe(`${portal}/billing`);
  await expect(form.getByRole('textbox', { name: /^Subject/ }).count()).resolves.toBe(0);

  // Her admin chooses Growth on the billing page.
  const alice = await signedIn('alice@acme.example');
  await alice.goto(`${portal}/billing`);
  const settings = alice.locator('portico-billing-settings');
  await settings.getByRole('combobox', { name: /^Plan/ }).selectOption({ label: 'Growth — $149.00 per month' });
  await settings.getByRole('button', { name: 'Save billing details' }).click();
  await settings.locator('[part=standing]').getByText('Growth — $149.00 per month').waitFor();

  // The form is hers at once, and the question goes through.
  await tara.reload();
  await form.getByRole('textbox', { name: /^Subject/ }).fill('SAML with Azure AD');
  await form.getByRole('textbox', { name: /^Your question/ }).fill('Which claims do you need?');
  await form.getByRole('button', { name: 'Send the question' }).click();
  await tara.waitForURL(/\/questions\/[0-9a-f-]{36}$/);

  // Staff record Iniciativa's payment on the billing accounts page.
  const manager = await signedIn('manager@northwind.example');
  await manager.goto(`${portal}/billing/accounts`);
  const admin = manager.locator('portico-billing-admin');
  const list = admin.locator('portico-invoices');
  await list.locator('portico-data-table').waitFor();
  await Promise.all([
    manager.waitForResponse((r) => r.url().includes('/api/v1/billing/invoices?') && r.url().includes('partnerId=')),
    admin.getByRole('button', { name: 'Invoices of Iniciativa Digital' }).click(),
  ]);
  const recordButtons = list.getByRole('button', { name: /^Record payment for / });
  await expect.poll(() => recordButtons.count()).toBe(1);
  await recordButtons.click();
  const dialog = list.locator('#payment');
  await dialog.getByRole('textbox', { name: /^Reference/ }).fill('Wire 2026/4471');
  await dialog.getByRole('button', { name: 'Record payment', exact: true }).click();
  await expect.poll(() => recordButtons.count()).toBe(0);

  // Back to active at once: the banner is gone.
  await ines.reload();
  await ines.locator('portico-billing-settings').getByText('In order').first().waitFor();
  await expect(ines.locator('portico-billing-banner [part=banner]').count()).resolves.toBe(0);
  // And the paused feature is back: the question form in place of the gate.
  await ignacio.reload();
  await ignacio.locator('portico-question-form').getByRole('textbox', { name: /^Subject/ }).waitFor();
  await expect(ignacio.locator('portico-question-form portico-feature-gate [part=notice]').count()).resolves.toBe(0);
}, 180_000);
