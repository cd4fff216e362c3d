/**
 * The languages Portico speaks, and how one is chosen for a person: the first candidate (their own
 * locale, the tenant's default, a browser's language) whose language Portico has, else English.
 * Shared by the server (emails, server pages) and the widgets. `Locale` (type and schema) is in
 * schemas.ts, so that a widget that needs only these functions does not bring TypeBox along.
 */
import type { Locale } from './schemas.js';

export const LOCALES = ['en', 'fr', 'es'] as const;

/**
 * The cookie holding a language picked in the portal before signing in, so that pages the server
 * renders (the sign-in page) speak it too; the widgets keep it in local storage as well.
 */
export const LOCALE_COOKIE = 'portico_locale';

export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}

/** The first candidate's language that is one of `LOCALES` (`fr-CA` counts as `fr`), else `en`. */
export function pickLocale(...candidates: (string | null | undefined)[]): Locale {
  for (const candidate of candidates) {
    const base = candidate?.slice(0, 2).toLowerCase();
    if (isLocale(base)) return base;
  }
  return 'en';
}
