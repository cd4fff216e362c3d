// `npm run screenshots`: PNGs of the main pages at desktop (1280×800) and mobile (390×844) widths in
// docs/screenshots/. Starts the demo on a temp data folder with its mail going to an in-process SMTP
// server, signs in as a demo partner admin and a demo tenant admin with the emailed links, and
// visits the sign-in page, the portal home, the profile, every page in each one's navigation, and
// Northwind's host-site page. Run with `npm run screenshots` (it needs the widgets built).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStack, waitForMail } from '../e2e/support/stack.ts';
import { launchChromium } from '../e2e/support/browser.ts';
import { linkAndCode } from '../plugins/access/test/mail-catcher.ts';

// SCREENSHOTS_DIR: somewhere else to write them (to look before replacing the committed ones).
const outDir = process.env.SCREENSHOTS_DIR ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'screenshots');
const VIEWPORTS = { desktop: { width: 1280, height: 800 }, mobile: { width: 390, height: 844 } };
// The main page of each plugin for the person who uses it; SCREENSHOTS_ALL=1 takes every nav page.
const PEOPLE = [
  { who: 'partner-admin', email: 'alice@acme.example', paths: ['/', '/profile', '/deals', '/documents', '/questions', '/training', '/team', '/people'] },
  { who: 'tenant-admin', email: 'admin@northwind.example', paths: ['/', '/deals', '/documents/manage', '/questions/queue', '/training/manage', '/partners', '/settings/brand'] },
];
// SCREENSHOTS_LOCALE=fr: the same pages in French (named *-fr-*), to look at the translations.
const LOCALE = process.env.SCREENSHOTS_LOCALE;

const slug = (pathname) => pathname.replace(/^\/+|\/+$/g, '').replace(/[^a-z0-9]+/gi, '-') || 'home';

async function settle(page) {
  await page.waitForLoadState('networkidle').catch(() => {});
  // Skeletons give way to data, fonts and transitions finish.
  await page.waitForTimeout(400);
}

async function shoot(context, url, name) {
  for (const [label, viewport] of Object.entries(VIEWPORTS)) {
    const page = await context.newPage();
    await page.setViewportSize(viewport);
    await page.goto(url);
    await settle(page);
    if (LOCALE && (await page.locator('portico-portal header select[name=locale]').count())) {
      await page.locator('portico-portal header select[name=locale]').selectOption(LOCALE);
      await settle(page);
    }
    const suffix = LOCALE ? `-${LOCALE}` : '';
    await page.screenshot({ path: path.join(outDir, `${name}${suffix}-${label}.png`), fullPage: label === 'mobile' });
    await page.close();
  }
  console.log(`  ${name}`);
}

async function signIn(context, portal, mail, email) {
  const page = await context.newPage();
  await page.goto(`${portal}/`);
  const signIn = page.locator('portico-sign-in');
  await signIn.getByRole('textbox', { name: 'Email address' }).fill(email);
  await signIn.getByRole('button', { name: 'Email me a sign-in link' }).click();
  await signIn.getByRole('heading', { name: 'Check your email' }).waitFor();
  const { url } = linkAndCode(await waitForMail(mail, email));
  await page.goto(url);
  await page.getByRole('button').click();
  await page.waitForURL(`${portal}/`);
  await page.close();
}

async function navPaths(context, portal) {
  const page = await context.newPage();
  await page.goto(`${portal}/`);
  await settle(page);
  const hrefs = await page.locator('portico-portal nav a').evaluateAll((links) => links.map((a) => new URL(a.href).pathname));
  await page.close();
  return [...new Set(hrefs)];
}

fs.mkdirSync(outDir, { recursive: true });
if (!LOCALE) for (const file of fs.readdirSync(outDir)) if (file.endsWith('.png')) fs.rmSync(path.join(outDir, file));

const stack = await startStack({ mail: true, hostSite: true });
const browser = await launchChromium({ thirdPartyCookies: 'blocked' });
try {
  const portal = stack.portico.url;
  console.log(`Writing screenshots to ${path.relative(process.cwd(), outDir)}/`);
  const anonymous = await browser.newContext();
  await shoot(anonymous, `${portal}/`, 'signed-out-portal');
  await shoot(anonymous, `${portal}/sign-in`, 'signed-out-sign-in-page');
  await anonymous.close();

  for (const { who, email } of PEOPLE) {
    const context = await browser.newContext();
    await signIn(context, portal, stack.mail, email);
    const paths = process.env.SCREENSHOTS_ALL ? ['/', '/profile', ...(await navPaths(context, portal))] : PEOPLE.find((p) => p.email === email).paths;
    for (const pathname of [...new Set(paths)]) await shoot(context, `${portal}${pathname}`, `${who}-${slug(pathname)}`);
    await context.close();
  }

  const visitor = await browser.newContext();
  await shoot(visitor, `${stack.host.origin}/`, 'host-site-sign-in');
  const page = await visitor.newPage();
  await page.goto(`${stack.host.origin}/`);
  await page.getByRole('radio', { name: /Alice Owner/ }).check();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.close();
  await shoot(visitor, `${stack.host.origin}/`, 'host-site-partner-area');
  await visitor.close();
} finally {
  await browser.close();
  await stack.close();
}
