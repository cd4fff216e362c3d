/**
 * Money as billing keeps it: an integer count of the currency's minor unit (cents, yen, fils) with
 * the currency's exponent beside it, never a float. Decimal text ("1490.00") is read and written
 * digit by digit with BigInt, so no amount is ever rounded on its way in or out.
 */
import { problems } from '@portico/core';

/** The largest amount stored: what a JavaScript number holds exactly. */
export const MAX_MINOR = Number.MAX_SAFE_INTEGER;

let currencies: ReadonlySet<string> | null = null;
const exponentCache = new Map<string, number>();

/** Whether `code` is an ISO 4217 currency the runtime knows. */
export function isKnownCurrency(code: string): boolean {
  currencies ??= new Set(Intl.supportedValuesOf('currency'));
  return /^[A-Z]{3}$/.test(code) && currencies.has(code);
}

/** How many digits the currency has after its decimal point (ISO 4217 through ICU: EUR 2, JPY 0, BHD 3). */
export function currencyExponent(currency: string): number {
  const cached = exponentCache.get(currency);
  if (cached !== undefined) return cached;
  const { maximumFractionDigits } = new Intl.NumberFormat('en', { style: 'currency', currency, currencyDisplay: 'code' }).resolvedOptions();
  const exponent = maximumFractionDigits ?? 2;
  exponentCache.set(currency, exponent);
  return exponent;
}

/** Refuses a currency code that is not ISO 4217, naming the field. */
export function checkCurrency(code: string, field: string): string {
  if (!isKnownCurrency(code)) throw problems.invalidField(field, `"${code}" is not an ISO 4217 currency code.`);
  return code;
}

/** Reads "1490.5" in EUR as 149050; refuses what the currency cannot hold (too many decimals, too large). */
export function parseDecimal(text: string, currency: string, field: string): number {
  const parts = /^(\d+)(?:\.(\d*))?$/.exec(text.trim());
  if (!parts || parts[1].length > 16) throw problems.invalidField(field, 'must be an amount such as "1490.00", digits and one decimal point.');
  const exponent = currencyExponent(currency);
  const decimals = parts[2] ?? '';
  if (decimals.length > exponent) {
    throw problems.invalidField(field, exponent === 0 ? `${currency} amounts have no decimals.` : `${currency} amounts have at most ${exponent} decimals.`);
  }
  const minor = BigInt(parts[1]) * 10n ** BigInt(exponent) + BigInt(decimals.padEnd(exponent, '0') || '0');
  if (minor > BigInt(MAX_MINOR)) throw problems.invalidField(field, 'is larger than an amount can be.');
  return Number(minor);
}

/** 149050 in EUR → "1490.50"; 5000 in JPY → "5000". */
export function formatDecimal(minor: number, currency: string): string {
  const exponent = currencyExponent(currency);
  const scale = 10n ** BigInt(exponent);
  const value = BigInt(minor);
  const whole = value / scale;
  if (exponent === 0) return whole.toString();
  const fraction = (value % scale).toString().padStart(exponent, '0');
  return `${whole}.${fraction}`;
}

export interface Money {
  minor: number;
  currency: string;
  exponent: number;
  value: string;
}

export function money(minor: number | string, currency: string): Money {
  const amount = Number(minor);
  return { minor: amount, currency, exponent: currencyExponent(currency), value: formatDecimal(amount, currency) };
}
