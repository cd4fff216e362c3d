/**
 * The languages Portico speaks, and how one is chosen for a person: the first candidate (their own
 * locale, the tenant's default, a browser's language) whose language Portico has, else English.
 * Shared by the server (emails, server pages) and the widgets.
 */
import { Type } from '@sinclair/typebox';

export const LOCALES = ['en', 'fr', 'es'] as const;

export type Locale = (typeof LOCALES)[number];
/** The schema of a locale code in requests and answers. */
export const Locale = Type.Union(LOCALES.map((locale) => Type.Literal(locale)));

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
