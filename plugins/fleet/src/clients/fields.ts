/** A client company's fields as people and feeds type them, made clean or refused naming the field. */
import { problems } from '@portico/core';

export function cleanName(value: string, field: string): string {
  const name = value.trim().replace(/\s+/g, ' ');
  if (!name) throw problems.invalidField(field, 'must not be blank.');
  return name;
}

const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** A bare domain (`initech.example`): a scheme, `www.`, a port or a path are taken off. */
export function cleanDomain(value: string | null | undefined, field: string): string | null {
  if (value === undefined || value === null || !value.trim()) return null;
  const bare = value
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/[/?#].*$/, '')
    .replace(/:\d+$/, '')
    .replace(/^www\./, '')
    .replace(/\.$/, '');
  if (!DOMAIN.test(bare)) throw problems.invalidField(field, 'is not a domain name (e.g. "initech.example").');
  return bare;
}

const regions = new Intl.DisplayNames('en', { type: 'region' });
/** Codes the standard leaves to private use or reserves for groupings, which CLDR still names. */
const NOT_COUNTRIES = /^(AA|Q[M-Z]|X[A-Z]|ZZ|EU|EZ|UN)$/;

/** An ISO 3166-1 alpha-2 code, upper case. */
export function cleanCountry(value: string | null | undefined, field: string): string | null {
  if (value === undefined || value === null) return null;
  const code = value.trim().toUpperCase();
  let known = false;
  try {
    known = /^[A-Z]{2}$/.test(code) && !NOT_COUNTRIES.test(code) && regions.of(code) !== code;
  } catch {
    known = false;
  }
  if (!known) throw problems.invalidField(field, `"${value}" is not an ISO 3166-1 alpha-2 country code.`);
  return code;
}
