/**
 * The tenant's data feed: its backend pushes client companies and facts about them, up to 1,000
 * records a call, as idempotent upserts keyed by its own external id and the partner. Each record is
 * checked on its own and applied in a savepoint of its own, so a bad record is refused alone, never
 * half-applied, and never stops the others. The answer has one result per record, in order: created,
 * updated, unchanged, or refused with a problem naming the fields at fault (JSON pointers into the
 * record).
 *
 * What a batch reads is read once for the whole batch (its partners, the rows its external ids
 * already have, the rows it may adopt, the names its partners already use); an unchanged record writes
 * nothing. New clients that nothing else in the batch or the database can collide with are written
 * together, a statement per table rather than a dozen round trips per record (fresh.ts); if that write
 * fails anyway, they fall back to one savepoint each like every other record.
 */
import type { Knex } from 'knex';
import { isHttpProblem, type AuditEntry } from '@portico/core';
import type { FleetContext } from '../context.js';
import { announceVersion, createMandate, supersedePending, writeVersion } from '../mandates/service.js';
import { mandateOfClient } from '../mandates/queries.js';
import type { FeedRecordResult, FeedResult } from '../schemas.js';
import { dayOf } from '../time.js';
import { checkRecord, recordProblem, type CleanRecord } from './record.js';
import { afterWrite, changesOf, fedAudit, FEED, inSavepoint, keyOf, nameKey, type Stored } from './changes.js';
import { createTogether, freshRecords } from './fresh.js';

function storedRows(db: Knex.Transaction, tenantId: string): Knex.QueryBuilder {
  return db('clients as c')
    .leftJoin('fleet_client_profiles as prof', 'prof.client_id', 'c.id')
    .leftJoin('fleet_client_contacts as fc', 'fc.client_id', 'c.id')
    .leftJoin('fleet_mandates as m', 'm.client_id', 'c.id')
    .where('c.tenant_id', tenantId)
    .select(
      'c.id',
      'c.partner_id',
      'c.external_id',
      'c.name',
      'c.domain',
      'c.country',
      'c.status',
      'prof.id as profile_id',
      'prof.health',
      'prof.facts',
      'fc.email as contact_email',
      'fc.name as contact_name',
      'fc.locale as contact_locale',
      db.raw('to_json(m.scope) as mandate_scope'),
      db.raw(`to_char(m.valid_from, 'YYYY-MM-DD') as mandate_valid_from`),
      db.raw(`to_char(m.valid_until, 'YYYY-MM-DD') as mandate_valid_until`),
      'm.status as mandate_status',
    );
}

function toStored(row: Record<string, any>): Stored {
  return {
    id: row.id,
    partnerId: row.partnerId,
    externalId: row.externalId ?? null,
    name: row.name,
    domain: row.domain ?? null,
    country: row.country ?? null,
    status: row.status,
    hasProfile: !!row.profileId,
    health: row.health ?? null,
    facts: row.facts ?? {},
    contact: row.contactEmail ? { email: row.contactEmail, name: row.contactName ?? null, locale: row.contactLocale ?? null } : null,
    terms: row.mandateStatus ? { scope: row.mandateScope, validFrom: row.mandateValidFrom, validUntil: row.mandateValidUntil, status: row.mandateStatus } : null,
  };
}

export async function applyFeed(ctx: FleetContext, records: readonly unknown[]): Promise<FeedResult> {
  const { db } = ctx;
  const tenantId = ctx.tenant.id;
  const today = dayOf(new Date());
  const capabilities = new Set(ctx.settings.capabilities.map((c) => c.key));
  const checked = records.map((raw) => checkRecord(raw, capabilities));
  const clean = checked.flatMap((c) => (c.ok ? [c.record] : []));

  const partnerIds = [...new Set(clean.map((r) => r.partnerId))];
  const partners = new Set<string>(partnerIds.length ? (await db('partners').where({ tenantId }).whereIn('id', partnerIds).pluck('id')) : []);
  const byExternalId = new Map<string, Stored>();
  const adoptable = new Map<string, Stored>();
  const namesTaken = new Set<string>();
  if (clean.length) {
    const externalIds = [...new Set(clean.map((r) => r.externalId))];
    for (const row of await storedRows(db, tenantId).whereRaw('c.external_id = any(?)', [externalIds])) {
      const stored = toStored(row);
      byExternalId.set(keyOf(stored.partnerId, stored.externalId!), stored);
    }
    // A client a partner registered before the feed knew it (same name, no external id) is adopted.
    const names = [...new Set(clean.map((r) => r.name.toLowerCase()))];
    for (const row of await storedRows(db, tenantId).whereNull('c.external_id').whereIn('c.partner_id', [...partners]).whereRaw('lower(c.name) = any(?)', [names])) {
      const stored = toStored(row);
      adoptable.set(nameKey(stored.partnerId, stored.name), stored);
    }
    const taken = await db('clients').where({ tenantId }).whereIn('partner_id', [...partners]).whereRaw('lower(name) = any(?)', [names]).select('partner_id', 'name');
    for (const row of taken as { partnerId: string; name: string }[]) namesTaken.add(nameKey(row.partnerId, row.name));
  }

  const audits: AuditEntry[] = [];
  const fresh = freshRecords(checked, { partners, byExternalId, namesTaken });
  const created = fresh.length > 0 ? await createTogether(ctx, fresh, today, audits) : new Map<number, string>();

  const results: FeedRecordResult[] = [];
  const changedIds: string[] = [];
  const summary = { created: 0, updated: 0, unchanged: 0, refused: 0 };
  for (let index = 0; index < checked.length; index++) {
    const check = checked[index];
    const raw = records[index] as { externalId?: unknown } | null;
    const externalId = typeof raw?.externalId === 'string' ? raw.externalId.trim() || null : null;
    const refuse = (problem: FeedRecordResult['problem']) => {
      summary.refused++;
      results.push({ index, externalId, status: 'refused', clientId: null, problem });
    };
    if (!check.ok) {
      refuse(check.problem);
      continue;
    }
    const record = check.record;
    const createdTogether = created.get(index);
    if (createdTogether) {
      summary.created++;
      changedIds.push(createdTogether);
      results.push({ index, externalId: record.externalId, status: 'created', clientId: createdTogether, problem: null });
      continue;
    }
    if (!partners.has(record.partnerId)) {
      refuse(recordProblem(400, 'No partner of the programme has this id.', [{ in: 'body', field: '/partner', message: 'is no partner of the programme.' }]));
      continue;
    }
    const stored = byExternalId.get(keyOf(record.partnerId, record.externalId)) ?? adoptable.get(nameKey(record.partnerId, record.name)) ?? null;
    const changes = changesOf(record, stored, today);
    if (stored && !changes.changed) {
      summary.unchanged++;
      results.push({ index, externalId: record.externalId, status: 'unchanged', clientId: stored.id, problem: null });
      continue;
    }
    try {
      const clientId = await inSavepoint(db, () => write(ctx, record, stored, changes));
      const outcome = stored ? 'updated' : 'created';
      summary[outcome]++;
      changedIds.push(clientId);
      results.push({ index, externalId: record.externalId, status: outcome, clientId, problem: null });
      // Later records of the batch see this one's result.
      if (stored) adoptable.delete(nameKey(stored.partnerId, stored.name));
      byExternalId.set(keyOf(record.partnerId, record.externalId), afterWrite(clientId, record, stored, changes));
      audits.push(fedAudit(clientId, record, outcome, changes));
    } catch (error) {
      refuse(problemOf(error));
    }
  }

  audits.push({ action: 'fleet.feed.received', targetType: 'feed', targetId: null, partnerId: null, after: { records: records.length, ...summary } });
  await ctx.audit(audits);
  if (changedIds.length > 0) await ctx.emit('fleet.feed.applied', { ...summary, clientIds: changedIds });
  return { results, summary };
}

/** Why a record's write was refused: a rule of the database (a name the partner already uses), or a rule of the fleet. */
function problemOf(error: unknown): FeedRecordResult['problem'] {
  const code = (error as { code?: string } | null)?.code;
  if (code === '23505') {
    return recordProblem(409, 'This partner already has another client of that name.', [{ in: 'body', field: '/name', message: 'is the name of another client of this partner.' }]);
  }
  if (isHttpProblem(error)) {
    return recordProblem(error.status, error.detail ?? error.title, (error.errors ?? []).map((e) => ({ in: 'body' as const, field: e.field, message: e.message })));
  }
  throw error;
}

async function write(ctx: FleetContext, record: CleanRecord, stored: Stored | null, changes: ReturnType<typeof changesOf>): Promise<string> {
  const { db } = ctx;
  const tenantId = ctx.tenant.id;
  let clientId: string;
  if (stored) {
    clientId = stored.id;
    if (Object.keys(changes.client).length > 0) await db('clients').where({ id: clientId }).update({ ...changes.client, updatedAt: db.fn.now() });
  } else {
    [{ id: clientId }] = await db('clients')
      .insert({ tenantId, partnerId: record.partnerId, externalId: record.externalId, name: record.name, domain: record.domain ?? null, country: record.country ?? null, status: record.status ?? 'active' })
      .returning('id');
  }
  const profile = { health: changes.profile.health, facts: changes.profile.facts === undefined ? undefined : JSON.stringify(changes.profile.facts), fedAt: db.fn.now(), updatedAt: db.fn.now() };
  if (stored?.hasProfile) await db('fleet_client_profiles').where({ clientId }).update(profile);
  else await db('fleet_client_profiles').insert({ tenantId, clientId, partnerId: record.partnerId, source: 'feed', health: profile.health ?? null, facts: profile.facts ?? '{}', fedAt: db.fn.now() });

  if (changes.contact === null) await db('fleet_client_contacts').where({ clientId }).delete();
  else if (changes.contact) {
    const contact = { email: changes.contact.email, name: changes.contact.name, locale: changes.contact.locale };
    await db('fleet_client_contacts').insert({ tenantId, clientId, partnerId: record.partnerId, ...contact }).onConflict('client_id').merge({ ...contact, updatedAt: db.fn.now() });
  }

  if (changes.terms) {
    const meta = { change: 'fed' as const, reason: null, by: FEED };
    const mandate = stored?.terms ? await mandateOfClient(db, tenantId, clientId, true) : undefined;
    if (mandate) await supersedePending(ctx, mandate);
    const written = mandate ? await writeVersion(db, tenantId, mandate, changes.terms, meta) : await createMandate(db, tenantId, { id: clientId, partnerId: record.partnerId }, changes.terms, meta);
    await announceVersion(ctx, written.mandate, written.version);
  }
  return clientId;
}

