/**
 * Amounts are integers of the currency's minor unit (cents, yen, fils), never floats. A decimal
 * string such as "1234.56" is accepted too and converted exactly, digit by digit, with the
 * currency's exponent (ISO 4217: USD 2, JPY 0, KWD 3).
 */
import { problems } from '@portico/core';

const KNOWN = new Set(Intl.supportedValuesOf('currency'));

export function isCurrency(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && KNOWN.has(code);
}

/** Digits after the decimal point for the currency (ICU's ISO 4217 data). */
const exponents = new Map<string, number>();

/** The currency's number of decimal places, from Node's own currency data (remembered: asking Intl is slow). */
export function exponentOf(currency: string): number {
  let exponent = exponents.get(currency);
  if (exponent === undefined) {
    exponent = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    exponents.set(currency, exponent);
  }
  return exponent;
}

export function assertCurrency(code: string, field: string): void {
  if (!isCurrency(code)) throw problems.invalidField(field, `"${code}" is not an ISO 4217 currency code.`);
}

/** "1234.5" with exponent 2 → 123450. Refuses more decimals than the currency has. */
export function decimalToMinor(value: string, currency: string, field: string): number {
  const match = /^(\d{1,16})(?:\.(\d+))?$/.exec(value);
  if (!match) throw problems.invalidField(field, 'must be a decimal number such as "1250.00", without thousands separators.');
  const exponent = exponentOf(currency);
  const fraction = match[2] ?? '';
  if (fraction.length > exponent) {
    throw problems.invalidField(field, exponent === 0 ? `${currency} has no minor unit: give a whole amount.` : `${currency} has ${exponent} decimal places at most.`);
  }
  const minor = BigInt(match[1] + fraction.padEnd(exponent, '0'));
  if (minor > BigInt(Number.MAX_SAFE_INTEGER)) throw problems.invalidField(field, 'is too large.');
  return Number(minor);
}

/** 123450 with exponent 2 → "1234.50" (string arithmetic, so no rounding ever happens). */
export function minorToDecimal(minor: number, currency: string): string {
  const exponent = exponentOf(currency);
  if (exponent === 0) return String(minor);
  const digits = String(minor).padStart(exponent + 1, '0');
  return `${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}

export interface Amount {
  minor: number;
  currency: string;
  exponent: number;
  value: string;
}

export function amountOf(minor: number, currency: string): Amount {
  return { minor, currency, exponent: exponentOf(currency), value: minorToDecimal(minor, currency) };
}
