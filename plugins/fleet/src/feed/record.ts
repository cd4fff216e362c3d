/**
 * One record of the data feed, checked on its own (the batch's schema takes any record, so that one
 * bad record is refused alone and the others still apply). Every fault is named by a JSON pointer
 * into the record, as problem+json names fields. What passes is returned clean: trimmed, domains
 * bare, countries upper case.
 */
import { isHttpProblem, type Locale } from '@portico/core';
import { cleanCountry, cleanDomain, cleanName } from '../clients/fields.js';
import { CLIENT_STATUSES, HEALTHS, MANDATE_STATUSES, type ClientStatus, type Health, type MandateStatus, type RecordProblem } from '../schemas.js';
import { isCalendarDay } from '../time.js';

export type FactValue = string | number | boolean | null;

/** A record as it applies: `undefined` leaves what Portico has; `null` clears. */
export interface CleanRecord {
  externalId: string;
  partnerId: string;
  name: string;
  domain?: string | null;
  country?: string | null;
  status?: ClientStatus;
  health?: Health | null;
  contact?: { email: string; name: string | null; locale: Locale | null } | null;
  facts?: Record<string, FactValue>;
  mandate?: { scope: string[]; validFrom?: string; validUntil?: string | null; status?: MandateStatus };
}

type FieldError = RecordProblem['errors'][number];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const FACT_KEY = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;
const CONTROL = /[\u0000-\u001f\u007f]/;
const FIELDS = new Set(['externalId', 'partner', 'name', 'domain', 'country', 'status', 'health', 'contact', 'facts', 'mandate']);

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function recordProblem(status: number, detail: string, errors: FieldError[]): RecordProblem {
  return { type: `https://portico.dev/problems/${status === 409 ? 'conflict' : 'validation'}`, title: status === 409 ? 'Conflict' : 'This record is not valid', status, detail, errors };
}

export function checkRecord(raw: unknown, capabilities: ReadonlySet<string>): { ok: true; record: CleanRecord } | { ok: false; problem: RecordProblem } {
  const errors: FieldError[] = [];
  const fault = (field: string, message: string) => errors.push({ in: 'body', field, message });
  /** Runs one of the shared cleaners, turning its refusal into a fault of this record. */
  const clean = <T>(field: string, run: () => T): T | undefined => {
    try {
      return run();
    } catch (error) {
      if (!isHttpProblem(error)) throw error;
      fault(field, error.errors?.[0]?.message ?? error.detail ?? error.title);
      return undefined;
    }
  };
  if (!isObject(raw)) return { ok: false, problem: recordProblem(400, 'A record is an object.', [{ in: 'body', field: '', message: 'must be an object.' }]) };
  for (const key of Object.keys(raw)) if (!FIELDS.has(key)) fault(`/${key}`, 'is not a field of a client record.');

  const text = (field: string, value: unknown, max: number): string | undefined => {
    if (typeof value !== 'string') return void fault(field, 'must be a string.');
    const trimmed = value.trim();
    if (!trimmed) return void fault(field, 'must not be blank.');
    if (trimmed.length > max) return void fault(field, `must be at most ${max} characters.`);
    if (CONTROL.test(trimmed)) return void fault(field, 'must not hold control characters.');
    return trimmed;
  };
  const oneOf = <T extends string>(field: string, value: unknown, allowed: readonly T[]): T | undefined => {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    return void fault(field, `must be one of ${allowed.join(', ')}.`);
  };

  const externalId = text('/externalId', raw.externalId, 200);
  let partnerId: string | undefined;
  if (typeof raw.partner !== 'string' || !UUID.test(raw.partner)) fault('/partner', 'must be the partner’s id (a UUID).');
  else partnerId = raw.partner.toLowerCase();
  const rawName = text('/name', raw.name, 200);
  const name = rawName === undefined ? undefined : clean('/name', () => cleanName(rawName, '/name'));
  const record: Partial<CleanRecord> = { externalId, partnerId, name };

  if (raw.domain !== undefined) {
    if (raw.domain !== null && typeof raw.domain !== 'string') fault('/domain', 'must be a string or null.');
    else record.domain = clean('/domain', () => cleanDomain(raw.domain as string | null, '/domain'));
  }
  if (raw.country !== undefined) {
    if (raw.country !== null && typeof raw.country !== 'string') fault('/country', 'must be a string or null.');
    else record.country = clean('/country', () => cleanCountry(raw.country as string | null, '/country'));
  }
  if (raw.status !== undefined) record.status = oneOf('/status', raw.status, CLIENT_STATUSES);
  if (raw.health !== undefined) record.health = raw.health === null ? null : oneOf('/health', raw.health, HEALTHS);

  if (raw.contact === null) record.contact = null;
  else if (raw.contact !== undefined) {
    if (!isObject(raw.contact)) fault('/contact', 'must be an object or null.');
    else {
      const contact = raw.contact;
      for (const key of Object.keys(contact)) if (!['email', 'name', 'locale'].includes(key)) fault(`/contact/${key}`, 'is not a field of a contact.');
      const email = text('/contact/email', contact.email, 254);
      if (email && !EMAIL.test(email)) fault('/contact/email', 'is not an email address.');
      const contactName = contact.name === undefined || contact.name === null ? null : text('/contact/name', contact.name, 200);
      const locale = contact.locale === undefined || contact.locale === null ? null : oneOf('/contact/locale', contact.locale, ['en', 'fr', 'es'] as const);
      if (email) record.contact = { email, name: contactName ?? null, locale: locale ?? null };
    }
  }

  if (raw.facts !== undefined) {
    if (!isObject(raw.facts)) fault('/facts', 'must be an object.');
    else {
      const entries = Object.entries(raw.facts);
      if (entries.length > 50) fault('/facts', 'must hold at most 50 facts.');
      const facts: Record<string, FactValue> = {};
      for (const [key, value] of entries) {
        const at = `/facts/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
        if (!FACT_KEY.test(key)) fault(at, 'A fact’s name starts with a letter and has at most 64 letters, digits, dots, dashes or underscores.');
        else if (typeof value === 'string') value.length > 500 ? fault(at, 'must be at most 500 characters.') : (facts[key] = value);
        else if (typeof value === 'number') Number.isFinite(value) ? (facts[key] = value) : fault(at, 'must be a finite number.');
        else if (typeof value === 'boolean' || value === null) facts[key] = value;
        else fault(at, 'must be a string, a number, true, false or null.');
      }
      record.facts = facts;
    }
  }

  if (raw.mandate !== undefined) {
    if (!isObject(raw.mandate)) fault('/mandate', 'must be an object.');
    else {
      const mandate = raw.mandate;
      for (const key of Object.keys(mandate)) if (!['scope', 'validFrom', 'validUntil', 'status'].includes(key)) fault(`/mandate/${key}`, 'is not a field of a mandate.');
      const scope: string[] = [];
      if (!Array.isArray(mandate.scope) || mandate.scope.length === 0 || mandate.scope.length > 50) fault('/mandate/scope', 'must list 1 to 50 capabilities.');
      else
        mandate.scope.forEach((key, i) => {
          if (typeof key !== 'string' || !capabilities.has(key)) fault(`/mandate/scope/${i}`, `${JSON.stringify(key)} is not one of the programme’s capabilities.`);
          else if (scope.includes(key)) fault(`/mandate/scope/${i}`, `"${key}" is listed twice.`);
          else scope.push(key);
        });
      const day = (field: string, value: unknown) => (typeof value === 'string' && isCalendarDay(value) ? value : void fault(field, 'must be a day, YYYY-MM-DD.'));
      const validFrom = mandate.validFrom === undefined ? undefined : day('/mandate/validFrom', mandate.validFrom);
      const validUntil = mandate.validUntil === undefined || mandate.validUntil === null ? mandate.validUntil : day('/mandate/validUntil', mandate.validUntil);
      const status = mandate.status === undefined ? undefined : oneOf('/mandate/status', mandate.status, MANDATE_STATUSES);
      if (validFrom && validUntil && validUntil < validFrom) fault('/mandate/validUntil', 'The last day cannot come before the first.');
      record.mandate = { scope, validFrom, validUntil: validUntil as string | null | undefined, status };
    }
  }

  if (errors.length > 0) return { ok: false, problem: recordProblem(400, errors.map((e) => `${e.field || 'the record'}: ${e.message}`).join(' '), errors) };
  return { ok: true, record: record as CleanRecord };
}
