import type { Locale, PortalInfo, Session } from '../context.js';
import { matchLocale } from '../i18n/localization.js';

/** The page's choice first, then the person's, then the tenant's default, then the browser's. */
export function resolveLocale(
  attribute: string | null | undefined,
  session: Session | null,
  portal: PortalInfo | null,
  browser: readonly string[],
): Locale {
  return (
    matchLocale([attribute]) ??
    matchLocale([session?.person.locale]) ??
    matchLocale([portal?.tenant.defaultLocale]) ??
    matchLocale(browser) ??
    'en'
  );
}
