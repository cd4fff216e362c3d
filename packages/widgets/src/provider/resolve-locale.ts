import type { Locale, PortalInfo, Session } from '../context.js';
import { matchLocale } from '../i18n/localization.js';
import { isLocale, LOCALE_COOKIE } from '@portico/core';

/**
 * The page's choice first (a pinned `locale`, or the language just picked), then the person's (their
 * profile), then the one picked on this device before signing in, then the browser's languages (as
 * Accept-Language says them); the tenant's default only when none of these is one the portal speaks.
 */
export function resolveLocale(
  attribute: string | null | undefined,
  session: Session | null,
  portal: PortalInfo | null,
  browser: readonly string[],
  picked: string | null = null,
): Locale {
  return (
    matchLocale([attribute]) ??
    matchLocale([session?.person.locale]) ??
    matchLocale([picked]) ??
    matchLocale(browser) ??
    matchLocale([portal?.tenant.defaultLocale]) ??
    'en'
  );
}

/** Where a language picked in the page is kept between page loads. */
export interface LocaleMemory {
  get(): string | null;
  set(locale: string): void;
}

const PICKED_KEY = 'portico.locale';

/** Keeps a picked language for the pages the server renders (the sign-in page): a year, this site only. */
export function rememberLocaleCookie(locale: string): void {
  if (globalThis.document && isLocale(locale)) document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=31536000; samesite=lax`;
}

/** This device's memory (local storage): kept across reloads, links and tabs, before anyone signs in. */
export const deviceLocaleMemory: LocaleMemory = {
  get() {
    try {
      return globalThis.localStorage?.getItem(PICKED_KEY) ?? null;
    } catch {
      return null; // storage refused (a sandboxed frame): the pick lasts for this page only
    }
  },
  set(locale) {
    try {
      globalThis.localStorage?.setItem(PICKED_KEY, locale);
    } catch {
      // as above
    }
    rememberLocaleCookie(locale);
  },
};
