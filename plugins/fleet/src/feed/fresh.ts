/**
 * The feed's fast path: records that create a client which nothing can collide with — no stored client
 * has their external id or their name, and no other record of the batch names either — are written
 * together, one statement per table for the whole batch, in one savepoint. A first load of 100,000
 * clients is mostly such records, and each would otherwise take a dozen round trips.
 *
 * If that write fails all the same (a client of the same name made by someone else meanwhile), the
 * savepoint is rolled back and the records take the ordinary path, one savepoint each, which names the
 * record at fault.
 */
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import type { AuditEntry } from '@portico/core';
import type { FleetContext } from '../context.js';
import { versionAudit, versionEvent } from '../mandates/service.js';
import { diffTerms } from '../mandates/rules.js';
import type { MandateVersion } from '../schemas.js';
import type { checkRecord, CleanRecord } from './record.js';
import { changesOf, fedAudit, FEED, inSavepoint, keyOf, nameKey, type Stored } from './changes.js';

type Checked = ReturnType<typeof checkRecord>;

interface Known {
  partners: ReadonlySet<string>;
  byExternalId: ReadonlyMap<string, Stored>;
  /** The names (`nameKey`) the batch's partners already use, whatever the client. */
  namesTaken: ReadonlySet<string>;
}

/** The records (with their place in the batch) that create a client and collide with nothing. */
export function freshRecords(checked: readonly Checked[], known: Known): [number, CleanRecord][] {
  const count = new Map<string, number>();
  const bump = (key: string) => count.set(key, (count.get(key) ?? 0) + 1);
  for (const c of checked) {
    if (!c.ok) continue;
    bump(`id ${keyOf(c.record.partnerId, c.record.externalId)}`);
    bump(`name ${nameKey(c.record.partnerId, c.record.name)}`);
  }
  const fresh: [number, CleanRecord][] = [];
  checked.forEach((c, index) => {
    if (!c.ok) return;
    const { partnerId, externalId, name } = c.record;
    if (!known.partners.has(partnerId)) return;
    if (known.byExternalId.has(keyOf(partnerId, externalId)) || known.namesTaken.has(nameKey(partnerId, name))) return;
    if (count.get(`id ${keyOf(partnerId, externalId)}`)! > 1 || count.get(`name ${nameKey(partnerId, name)}`)! > 1) return;
    fresh.push([index, c.record]);
  });
  return fresh;
}

async function insertAll(db: Knex.Transaction, table: string, rows: Record<string, unknown>[]): Promise<void> {
  // At most 15 columns a row: 1,000 rows stay below PostgreSQL's 65,535 parameters a statement.
  for (let i = 0; i < rows.length; i += 1_000) await db(table).insert(rows.slice(i, i + 1_000));
}

/**
 * Creates the fresh records' clients, profiles, contacts and mandates (version 1, by the feed), adds
 * their audit entries to `audits` and emits their mandates' events. Answers the client id of each
 * record written, by its place in the batch; none if the write failed (then nothing of it is left).
 */
export async function createTogether(ctx: FleetContext, fresh: readonly [number, CleanRecord][], today: string, audits: AuditEntry[]): Promise<Map<number, string>> {
  const { db } = ctx;
  const tenantId = ctx.tenant.id;
  const planned = fresh.map(([index, record]) => ({ index, record, clientId: randomUUID(), mandateId: randomUUID(), changes: changesOf(record, null, today) }));
  try {
    await inSavepoint(db, async () => {
      await insertAll(
        db,
        'clients',
        planned.map(({ clientId, record }) => ({ id: clientId, tenantId, partnerId: record.partnerId, externalId: record.externalId, name: record.name, domain: record.domain ?? null, country: record.country ?? null, status: record.status ?? 'active' })),
      );
      await insertAll(
        db,
        'fleet_client_profiles',
        planned.map(({ clientId, record }) => ({ tenantId, clientId, partnerId: record.partnerId, source: 'feed', health: record.health ?? null, facts: JSON.stringify(record.facts ?? {}), fedAt: db.fn.now() })),
      );
      await insertAll(
        db,
        'fleet_client_contacts',
        planned.flatMap(({ clientId, record }) => (record.contact ? [{ tenantId, clientId, partnerId: record.partnerId, email: record.contact.email, name: record.contact.name, locale: record.contact.locale }] : [])),
      );
      const mandated = planned.filter((p) => p.changes.terms);
      await insertAll(
        db,
        'fleet_mandates',
        mandated.map(({ mandateId, clientId, record, changes }) => ({ id: mandateId, tenantId, clientId, partnerId: record.partnerId, version: 1, ...changes.terms! })),
      );
      await insertAll(
        db,
        'fleet_mandate_versions',
        mandated.map(({ mandateId, clientId, changes }) => ({
          tenantId,
          mandateId,
          clientId,
          version: 1,
          ...changes.terms!,
          change: 'fed',
          reason: null,
          diff: JSON.stringify(diffTerms(null, changes.terms!)),
          changedByKind: FEED.kind,
          changedByPerson: FEED.personId,
          changedByName: FEED.name,
        })),
      );
    });
  } catch {
    return new Map();
  }

  const written = new Map<number, string>();
  for (const { index, record, clientId, mandateId, changes } of planned) {
    written.set(index, clientId);
    audits.push(fedAudit(clientId, record, 'created', changes));
    if (!changes.terms) continue;
    const mandate = { id: mandateId, clientId, partnerId: record.partnerId };
    const version: MandateVersion = {
      version: 1,
      ...changes.terms,
      change: 'fed',
      reason: null,
      diff: diffTerms(null, changes.terms),
      changedBy: { kind: FEED.kind, name: FEED.name },
      proposalId: null,
      createdAt: new Date().toISOString(),
    };
    audits.push(versionAudit(mandate, version));
    await ctx.emit('fleet.mandate.changed', versionEvent(mandate, version));
  }
  return written;
}
