/**
 * Signs a demo person in to the portal the way a person does: asks for a link on the sign-in page,
 * reads it from the mail the stack's SMTP server received, and confirms it. The browser context then
 * holds the portal's session cookie. Used by the benchmarks (and open to the e2e tests and screenshots).
 */
import type { BrowserContext } from 'playwright';
import { linkAndCode } from '@portico/testing';
import { waitForMail, type Stack } from './stack.js';

export async function signInWithEmailedLink(context: BrowserContext, stack: Stack, email: string): Promise<void> {
  if (!stack.mail) throw new Error('signing in with an emailed link needs a stack started with { mail: true }');
  const page = await context.newPage();
  try {
    await page.goto(`${stack.portico.url}/sign-in`);
    await page.getByLabel('Email address').fill(email);
    await page.getByRole('button', { name: /link/i }).click();
    await page.waitForLoadState();
    const { url } = linkAndCode(await waitForMail(stack.mail, email));
    await page.goto(url);
    await page.getByRole('button').click();
    await page.waitForLoadState();
  } finally {
    await page.close();
  }
}
