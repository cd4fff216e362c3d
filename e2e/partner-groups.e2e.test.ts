/**
 * A partner admin shapes their organisation's access in the demo portal: Alice finds Acme's "Deal desk"
 * group, makes a "Pre-sales" group that lets its people see every deal of the organisation and puts
 * Tara in it, then asks the permissions page why Tara may see every deal — through that group.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, BrowserContext } from 'playwright';
import { launchChromium } from './support/browser.js';
import { signInWithEmailedLink } from './support/sign-in.js';
import { startStack, type Stack } from './support/stack.js';

let stack: Stack;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack({ mail: true }), launchChromium()]);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await stack?.close();
});

test('a partner admin makes a group, puts a colleague in it, and sees why the colleague holds its permission', async () => {
  const portal = stack.portico.url;
  context = await browser.newContext();
  await signInWithEmailedLink(context, stack, 'alice@acme.example');
  const page = await context.newPage();

  await page.goto(`${portal}/settings/organisation/groups`);
  const groups = page.locator('portico-partner-groups');
  await groups.locator('portico-data-table').getByText('Deal desk').waitFor();

  await groups.getByRole('button', { name: 'Create a group' }).click();
  const edit = groups.locator('#edit');
  await edit.getByRole('textbox', { name: /^Name/ }).fill('Pre-sales');
  await edit.locator('portico-checkbox[value="deals.partner-wide"]').getByRole('checkbox').check();
  await edit.getByRole('button', { name: 'Save' }).click();
  await groups.locator('portico-data-table').getByText('Pre-sales').waitFor();

  await groups.getByRole('button', { name: 'Members of Pre-sales' }).click();
  const members = groups.locator('#members');
  await members.getByRole('textbox', { name: /^Find people/ }).fill('Tara');
  await members.getByRole('button', { name: 'Search' }).click();
  await members.getByRole('button', { name: 'Add' }).first().click();
  await members.getByText('Tara Tech').first().waitFor();
  await members.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Members saved.').waitFor();

  await page.goto(`${portal}/settings/organisation/permissions`);
  const permissions = page.locator('portico-partner-permissions');
  await permissions.getByRole('combobox', { name: /^Person/ }).selectOption({ label: 'Tara Tech' });
  await permissions.getByRole('combobox', { name: /^Permission/ }).selectOption('deals.partner-wide');
  await permissions.getByRole('button', { name: 'Explain' }).click();
  const answer = permissions.getByRole('status').filter({ hasText: 'Tara Tech holds deals.partner-wide through' });
  await answer.waitFor();
  await expect(answer.textContent()).resolves.toContain('the group “Pre-sales” of your organisation');
}, 120_000);
