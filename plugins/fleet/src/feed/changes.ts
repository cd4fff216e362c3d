/**
 * What the feed compares and records: what Portico has of a client, what a record changes of it, and
 * the audit entry of a record applied. Shared by the ordinary path (service.ts) and the batch path
 * (fresh.ts).
 */
import type { Knex } from 'knex';
import type { AuditEntry } from '@portico/core';
import type { Changer } from '../mandates/service.js';
import type { Terms } from '../schemas.js';
import type { CleanRecord, FactValue } from './record.js';

/** What Portico has of a client the feed speaks of. */
export interface Stored {
  id: string;
  partnerId: string;
  externalId: string | null;
  name: string;
  domain: string | null;
  country: string | null;
  status: 'active' | 'archived';
  hasProfile: boolean;
  health: string | null;
  facts: Record<string, FactValue>;
  contact: { email: string; name: string | null; locale: string | null } | null;
  terms: Terms | null;
}

export const keyOf = (partnerId: string, externalId: string) => `${partnerId} ${externalId}`;
export const nameKey = (partnerId: string, name: string) => `${partnerId} ${name.toLowerCase()}`;

/** Same facts, whatever the order of their keys. */
function sameFacts(a: Record<string, FactValue>, b: Record<string, FactValue>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.prototype.hasOwnProperty.call(b, k) && a[k] === b[k]);
}

const sameTerms = (a: Terms, b: Terms) => a.status === b.status && a.validFrom === b.validFrom && a.validUntil === b.validUntil && a.scope.length === b.scope.length && a.scope.every((k, i) => b.scope[i] === k);

/** The changes a record makes to what is stored (the whole record, for a new client); empty: unchanged. */
export function changesOf(record: CleanRecord, stored: Stored | null, today: string) {
  const client: Record<string, unknown> = {};
  const set = (field: 'name' | 'domain' | 'country' | 'status', value: unknown) => {
    if (value !== undefined && (!stored || stored[field] !== value)) client[field] = value;
  };
  set('name', record.name);
  set('domain', record.domain);
  set('country', record.country);
  set('status', record.status);
  if (stored && stored.externalId !== record.externalId) client.externalId = record.externalId;
  const profile: Record<string, unknown> = {};
  if (record.health !== undefined && record.health !== (stored?.health ?? null)) profile.health = record.health;
  if (record.facts !== undefined && !sameFacts(record.facts, stored?.facts ?? {})) profile.facts = record.facts;
  let contact: CleanRecord['contact'] | undefined;
  if (record.contact === null && stored?.contact) contact = null;
  else if (record.contact && (stored?.contact?.email !== record.contact.email || stored.contact.name !== record.contact.name || stored.contact.locale !== record.contact.locale)) contact = record.contact;
  let terms: Terms | undefined;
  if (record.mandate) {
    const wanted: Terms = {
      scope: record.mandate.scope,
      validFrom: record.mandate.validFrom ?? stored?.terms?.validFrom ?? today,
      validUntil: record.mandate.validUntil !== undefined ? record.mandate.validUntil : (stored?.terms?.validUntil ?? null),
      status: record.mandate.status ?? (stored?.terms && stored.terms.status !== 'ended' ? stored.terms.status : 'active'),
    };
    if (!stored?.terms || !sameTerms(stored.terms, wanted)) terms = wanted;
  }
  const changed = Object.keys(client).length + Object.keys(profile).length > 0 || contact !== undefined || terms !== undefined || (stored !== null && !stored.hasProfile);
  return { client, profile, contact, terms, changed };
}

/** What is stored once a record is written, without reading it back. */
export function afterWrite(id: string, record: CleanRecord, stored: Stored | null, changes: ReturnType<typeof changesOf>): Stored {
  const base: Stored = stored ?? { id, partnerId: record.partnerId, externalId: record.externalId, name: record.name, domain: null, country: null, status: 'active', hasProfile: true, health: null, facts: {}, contact: null, terms: null };
  return {
    ...base,
    ...(changes.client as Partial<Stored>),
    externalId: record.externalId,
    hasProfile: true,
    health: changes.profile.health !== undefined ? (changes.profile.health as string | null) : base.health,
    facts: (changes.profile.facts as Record<string, FactValue> | undefined) ?? base.facts,
    contact: changes.contact !== undefined ? changes.contact : base.contact,
    terms: changes.terms ?? base.terms,
  };
}

export const FEED: Changer = { kind: 'feed', personId: null, name: null };

/** What a record did to a client, for the client's activity. */
export function fedAudit(clientId: string, record: CleanRecord, outcome: 'created' | 'updated', changes: ReturnType<typeof changesOf>): AuditEntry {
  return {
    action: 'fleet.client.fed',
    targetType: 'client',
    targetId: clientId,
    partnerId: record.partnerId,
    after: { externalId: record.externalId, outcome, changes: { ...changes.client, ...changes.profile, ...(changes.contact !== undefined ? { contact: changes.contact } : {}), ...(changes.terms ? { mandate: changes.terms } : {}) } },
  };
}

/** Runs the work in a savepoint: a failure undoes it alone, not the batch. */
export async function inSavepoint<T>(db: Knex.Transaction, work: () => Promise<T>): Promise<T> {
  await db.raw('savepoint fleet_feed_record');
  try {
    const value = await work();
    await db.raw('release savepoint fleet_feed_record');
    return value;
  } catch (error) {
    await db.raw('rollback to savepoint fleet_feed_record');
    throw error;
  }
}

