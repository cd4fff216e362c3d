/**
 * Partner organisations, as the tenant's staff manage them: create, read, list, rename, re-tier and
 * move between active, suspended and archived. Partner members never reach these: their own
 * organisation is all they know of, and they see it through the session (`GET /access/session`).
 */
import type { Knex } from 'knex';
import { HttpProblem, problems, type Actor, type PageRequest } from '@portico/core';
import { keysetPage } from '@portico/core/server';

export type PartnerStatus = 'active' | 'suspended' | 'archived';
export const PARTNER_STATUSES: readonly PartnerStatus[] = ['active', 'suspended', 'archived'];

export interface PartnerView {
  id: string;
  name: string;
  tier: string | null;
  country: string | null;
  status: PartnerStatus;
  /** People of the organisation who are invited or active. */
  memberCount: number;
  createdAt: string;
  updatedAt: string;
}

interface PartnerRow {
  id: string;
  name: string;
  tier: string | null;
  country: string | null;
  status: PartnerStatus;
  memberCount: number | string;
  createdAt: Date | string;
  updatedAt: Date | string;
}

export interface PartnerInput {
  name: string;
  tier?: string | null;
  country?: string | null;
}

export interface PartnerChanges {
  name?: string;
  tier?: string | null;
  country?: string | null;
  status?: PartnerStatus;
}

/**
 * Organisations are the tenant's business: only its staff handle them, even should an access group
 * hand the permission to a partner member.
 */
export function assertStaff(actor: Actor | null): void {
  if (actor?.kind !== 'staff') throw problems.forbidden('Only the programme’s staff manage partner organisations.');
}

const iso = (value: Date | string) => new Date(value).toISOString();

function present(row: PartnerRow): PartnerView {
  return {
    id: row.id,
    name: row.name,
    tier: row.tier ?? null,
    country: row.country ?? null,
    status: row.status,
    memberCount: Number(row.memberCount),
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

function partners(db: Knex.Transaction): Knex.QueryBuilder {
  return db('partners as pa').select(
    'pa.id',
    'pa.name',
    'pa.tier',
    'pa.country',
    'pa.status',
    'pa.created_at',
    'pa.updated_at',
    db.raw(
      `(select count(*) from memberships m join people p on p.id = m.person_id where m.partner_id = pa.id and p.status in ('invited', 'active'))::int as member_count`,
    ),
  );
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

export interface PartnerFilter extends PageRequest {
  status?: PartnerStatus;
  q?: string;
}

/** Sorted by name. Archived organisations are left out unless asked for by status. */
export async function listPartners(db: Knex.Transaction, tenantId: string, filter: PartnerFilter): Promise<{ items: PartnerView[]; nextCursor: string | null }> {
  const query = partners(db).where('pa.tenant_id', tenantId);
  if (filter.status) query.where('pa.status', filter.status);
  else query.whereNot('pa.status', 'archived');
  const q = filter.q?.trim();
  if (q) query.whereILike('pa.name', `%${escapeLike(q)}%`);
  const page = await keysetPage<PartnerRow & Record<string, unknown>>(
    query,
    [
      { column: 'pa.name', direction: 'asc' },
      { column: 'pa.id', direction: 'asc' },
    ],
    { cursor: filter.cursor, limit: filter.limit },
  );
  return { items: page.items.map(present), nextCursor: page.nextCursor };
}

export async function getPartner(db: Knex.Transaction, tenantId: string, id: string): Promise<PartnerView> {
  const row = await partners(db).where({ 'pa.tenant_id': tenantId, 'pa.id': id }).first();
  if (!row) throw problems.notFound('No such partner organisation.');
  return present(row);
}

function cleanName(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (!trimmed) throw problems.invalidField('/name', 'must not be blank');
  return trimmed;
}

const cleanOptional = (value: string | null | undefined) => (value === undefined ? undefined : value === null ? null : value.trim() || null);

/**
 * Two organisations of one name would be told apart by nobody. Creations and renames of a tenant
 * are serialised on the tenant's row, so two at once cannot both pass the check.
 */
async function assertNameFree(db: Knex.Transaction, tenantId: string, name: string, exceptId?: string): Promise<void> {
  await db('tenants').where({ id: tenantId }).forUpdate().first('id');
  const clash = await db('partners')
    .where({ tenantId })
    .whereRaw('lower(name) = lower(?)', [name])
    .modify((q) => (exceptId ? q.whereNot({ id: exceptId }) : q))
    .first('id');
  if (clash) {
    throw new HttpProblem(409, 'name-taken', 'Conflict', {
      detail: 'Another partner organisation already has this name.',
      errors: [{ in: 'body', field: '/name', message: 'is already the name of another organisation' }],
    });
  }
}

export async function createPartner(db: Knex.Transaction, tenantId: string, input: PartnerInput): Promise<PartnerView> {
  const name = cleanName(input.name);
  await assertNameFree(db, tenantId, name);
  const [row] = await db('partners')
    .insert({ tenantId, name, tier: cleanOptional(input.tier) ?? null, country: input.country ?? null, status: 'active' })
    .returning('id');
  return getPartner(db, tenantId, row.id);
}

export async function updatePartner(
  db: Knex.Transaction,
  tenantId: string,
  id: string,
  changes: PartnerChanges,
): Promise<{ before: PartnerView; after: PartnerView }> {
  const locked = await db('partners').where({ tenantId, id }).forUpdate().first('id');
  if (!locked) throw problems.notFound('No such partner organisation.');
  const before = await getPartner(db, tenantId, id);
  const update: Record<string, unknown> = {};
  if (changes.name !== undefined) {
    const name = cleanName(changes.name);
    if (name !== before.name) {
      await assertNameFree(db, tenantId, name, id);
      update.name = name;
    }
  }
  if (changes.tier !== undefined) update.tier = cleanOptional(changes.tier);
  if (changes.country !== undefined) update.country = changes.country;
  if (changes.status !== undefined) update.status = changes.status;
  if (Object.keys(update).length > 0) await db('partners').where({ tenantId, id }).update({ ...update, updatedAt: db.fn.now() });
  return { before, after: await getPartner(db, tenantId, id) };
}
