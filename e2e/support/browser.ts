/**
 * The system's Chromium, driven by playwright, headless, as CI runs it. `thirdPartyCookies: 'blocked'`
 * turns on Chromium's third-party cookie blocking (the phase-out browsers are heading to), so a test
 * proves the embedded widgets do not depend on cookies across sites.
 */
import { chromium, type Browser } from 'playwright';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const BASE_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function launchChromium(options: { thirdPartyCookies?: 'allowed' | 'blocked' } = {}): Promise<Browser> {
  const args = [...BASE_ARGS];
  if (options.thirdPartyCookies === 'blocked') args.push('--test-third-party-cookie-phaseout');
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args });
}
