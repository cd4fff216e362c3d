/**
 * The fleet in the demo portal, as people meet it: Acme's partner admin invites a client company from
 * the "Clients" pages, the client's contact follows the emailed link to a page in the tenant's brand
 * and accepts, and the client's 360 page shows the mandate the invitation proposed.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright';
import { launchChromium } from './support/browser.js';
import { signInWithEmailedLink } from './support/sign-in.js';
import { startStack, waitForMail, type Stack } from './support/stack.js';

const CONTACT = 'cfo@umbrella.example';

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

async function newPage(): Promise<Page> {
  const context = await browser.newContext();
  contexts.push(context);
  return context.newPage();
}

test('a partner invites a client, its contact accepts through the emailed link, and the client 360 shows the mandate', async () => {
  const portal = stack.portico.url;

  // Acme's partner admin invites Umbrella's CFO from the client invitations page.
  const context = await browser.newContext();
  contexts.push(context);
  await signInWithEmailedLink(context, stack, 'alice@acme.example');
  const alice = await context.newPage();
  await alice.goto(`${portal}/clients`);
  const list = alice.locator('portico-client-list');
  await list.getByRole('heading', { name: 'Clients', level: 1 }).waitFor();
  await list.getByRole('link', { name: 'Client invitations' }).click();
  const invitations = alice.locator('portico-client-invitations');
  await invitations.getByRole('heading', { name: 'Client invitations', level: 1 }).waitFor();
  await invitations.getByRole('button', { name: 'Invite a client' }).first().click();
  const dialog = invitations.locator('#invite');
  await dialog.getByRole('textbox', { name: /^Company/ }).fill('Umbrella Corp');
  await dialog.getByRole('textbox', { name: /^Contact’s email/ }).fill(CONTACT);
  await dialog.getByRole('textbox', { name: /^Contact’s name/ }).fill('Una Umbrella');
  await dialog.getByRole('checkbox', { name: 'View financial statements' }).check();
  await dialog.getByRole('checkbox', { name: 'File tax returns' }).check();
  await dialog.getByRole('button', { name: 'Send the invitation' }).click();
  await invitations.locator('portico-data-table').getByText('Umbrella Corp').waitFor();

  // The contact's email links to the page where they accept.
  const mail = await waitForMail(stack.mail!, CONTACT);
  const link = /https?:\/\/\S+\/client-invitations\/[0-9a-f-]+\?token=\S+/.exec(mail.text)?.[0];
  expect(link, mail.text).toBeTruthy();
  const contact = await newPage();
  await contact.goto(link!);
  await contact.getByText('Acme Resellers').first().waitFor();
  await contact.getByRole('button', { name: 'Accept' }).click();
  await contact.getByText('You accepted').first().waitFor();
  // The link is used: opening it again accepts nothing more.
  await contact.goto(link!);
  await contact.getByText('This link was already used').waitFor();

  // The client is Acme's now, with the mandate the invitation proposed.
  await alice.goto(`${portal}/clients`);
  await list.getByRole('textbox', { name: /Search/ }).fill('Umbrella');
  await list.getByRole('textbox', { name: /Search/ }).press('Enter');
  await list.locator('portico-data-table').getByRole('link', { name: 'Umbrella Corp' }).click();
  const page360 = alice.locator('portico-client-360');
  await page360.getByRole('heading', { name: 'Umbrella Corp', level: 1 }).waitFor();
  const mandate = page360.locator('[part=mandate]');
  await mandate.getByText('Active').waitFor();
  await mandate.getByText('View financial statements').waitFor();
  await mandate.getByText('File tax returns').waitFor();
  await page360.locator('[part=activity]').getByText('Invitation accepted').waitFor();
  expect(alice.url()).toMatch(new RegExp(`^${portal}/clients/[0-9a-f-]+$`));
});
