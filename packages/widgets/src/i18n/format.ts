/**
 * Formatting by locale. Every helper takes the locale explicitly and defaults to the active one, so
 * a widget formats with the locale it renders in.
 */
import type { Locale } from '../context.js';
import { getLocale } from './localization.js';

type DateInput = Date | string | number;

function toDate(value: DateInput): Date {
  return value instanceof Date ? value : new Date(value);
}

/** A calendar date, e.g. "23 Nov 2026" in en, "23 nov. 2026" in fr. */
export function formatDate(value: DateInput, locale: Locale = getLocale(), options: Intl.DateTimeFormatOptions = {}): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', ...options }).format(toDate(value));
}

/** A date and time of day, in the person's time zone when given. */
export function formatDateTime(
  value: DateInput,
  locale: Locale = getLocale(),
  options: Intl.DateTimeFormatOptions = {},
): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', ...options }).format(toDate(value));
}

const relativeUnits: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** "3 days ago", "in 2 hours", "il y a 5 minutes": the largest unit that is at least one. */
export function formatRelativeTime(value: DateInput, locale: Locale = getLocale(), now: DateInput = new Date()): string {
  const seconds = Math.round((toDate(value).getTime() - toDate(now).getTime()) / 1000);
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of relativeUnits) {
    if (Math.abs(seconds) >= size || unit === 'second') return format.format(Math.trunc(seconds / size), unit);
  }
  return format.format(0, 'second');
}

export function formatNumber(value: number, locale: Locale = getLocale(), options: Intl.NumberFormatOptions = {}): string {
  return new Intl.NumberFormat(locale, options).format(value);
}

/** How many digits after the decimal point a currency has (JPY 0, EUR 2, BHD 3), per ISO 4217 data in Intl. */
export function currencyExponent(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/**
 * An amount in the currency's minor units, formatted by locale: `formatMoney(123456, 'EUR', 'fr')`
 * → "1 234,56 €". The amount goes to Intl as a decimal string, so no float ever rounds it.
 */
export function formatMoney(amountMinor: number | bigint, currency: string, locale: Locale = getLocale()): string {
  const exponent = currencyExponent(currency);
  const minor = BigInt(amountMinor);
  const negative = minor < 0n;
  const digits = (negative ? -minor : minor).toString().padStart(exponent + 1, '0');
  const whole = digits.slice(0, digits.length - exponent);
  const fraction = digits.slice(digits.length - exponent);
  const decimal = `${negative ? '-' : ''}${whole}${exponent > 0 ? `.${fraction}` : ''}` as `${number}`;
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(decimal);
}

/**
 * A decimal number as the reader typed it, in their locale's way ("12,000.50" in English, "12 000,50"
 * in French, "12.000,50" in Spanish), as a plain decimal string ("12000.50") for the server, which
 * checks it digit by digit. A point followed by other than groups of three digits is a decimal point
 * in any locale ("1250.00"). Text that is none of these is returned as typed, for the server to refuse.
 */
export function parseDecimal(text: string, locale: Locale = getLocale()): string {
  const compact = text.replace(/[\s\u00a0\u202f']/g, '');
  if (/^-?\d+$/.test(compact)) return compact;
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  const group = parts.find((p) => p.type === 'group')?.value.replace(/[\s\u00a0\u202f]/g, '') ?? '';
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  const grouped = (whole: string, separator: string) => separator !== '' && new RegExp(`^-?\\d{1,3}(${escapeRegExp(separator)}\\d{3})+$`).test(whole);
  const plainOrGrouped = (whole: string) => /^-?\d+$/.test(whole) || grouped(whole, group);
  const at = compact.lastIndexOf(decimal);
  if (at > 0 && compact.indexOf(decimal) === at) {
    const whole = compact.slice(0, at);
    const fraction = compact.slice(at + 1);
    if (/^\d+$/.test(fraction) && plainOrGrouped(whole)) return `${group ? whole.split(group).join('') : whole}.${fraction}`;
  }
  if (grouped(compact, group)) return compact.split(group).join('');
  if (/^-?\d+\.\d+$/.test(compact)) return compact;
  return text.trim();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The form of a counted phrase the reader's language wants for `count` ("1 file", "2 files"; French
 * says "0 fichier"). Give each form already translated: `plural(n, { one: msg(str`${n} file`, …),
 * other: msg(str`${n} files`, …) })`.
 */
export function plural(count: number, forms: { one: string; other: string }, locale: Locale = getLocale()): string {
  return new Intl.PluralRules(locale).select(count) === 'one' ? forms.one : forms.other;
}

/**
 * A share of a whole as a percentage for reading, rounded to two decimals (5 of 7: 71.43). `atMost`
 * keeps it below a line it did not reach (79.996 % of a pass mark of 80 reads 79.99, not 80).
 */
export function percentOf(part: number, whole: number, atMost?: number): number {
  if (whole <= 0) return 0;
  const rounded = Math.round((part * 10000) / whole) / 100;
  return atMost !== undefined && rounded >= atMost && (part * 100) / whole < atMost ? Math.floor((part * 10000) / whole) / 100 : rounded;
}
