/**
 * Reading client companies: who may see which (the one place it is decided), and how a row becomes
 * the API's shapes. A partner's people see their organisation's clients; staff see every partner's.
 * A client one may not see is a 404, for every route.
 */
import type { Knex } from 'knex';
import { problems } from '@portico/core';
import { assigneesOf } from '@portico/plugin-team';
import type { Reach } from '../context.js';
import type { ClientStatus, ClientSummary, Health, MandateStatus, Person } from '../schemas.js';
import { dayColumn, iso } from '../time.js';

export interface ClientRow {
  id: string;
  partnerId: string;
  partnerName: string;
  name: string;
  domain: string | null;
  country: string | null;
  status: ClientStatus;
  externalId: string | null;
  createdAt: Date | string;
  updatedAt: Date | string;
  health: Health | null;
  source: 'feed' | 'partner' | 'staff' | 'invitation' | null;
  fedAt: Date | string | null;
  mandateId: string | null;
  mandateStatus: MandateStatus | null;
  mandateScope: string[] | null;
  mandateValidUntil: string | null;
}

/** Every client of the tenant with what the list shows of it. */
export function allClients(db: Knex.Transaction, tenantId: string): Knex.QueryBuilder {
  return db('clients as c')
    .join('partners as p', 'p.id', 'c.partner_id')
    .leftJoin('fleet_client_profiles as prof', 'prof.client_id', 'c.id')
    .leftJoin('fleet_mandates as m', 'm.client_id', 'c.id')
    .where('c.tenant_id', tenantId)
    .select(
      'c.id',
      'c.partner_id',
      'p.name as partner_name',
      'c.name',
      'c.domain',
      'c.country',
      'c.status',
      'c.external_id',
      'c.created_at',
      'c.updated_at',
      'prof.health',
      'prof.source',
      'prof.fed_at',
      'm.id as mandate_id',
      'm.status as mandate_status',
      db.raw('to_json(m.scope) as mandate_scope'),
      dayColumn(db, 'm.valid_until', 'mandate_valid_until'),
    );
}

/** The clients the request reaches. */
export function visibleClients(db: Knex.Transaction, tenantId: string, reach: Reach): Knex.QueryBuilder {
  const query = allClients(db, tenantId);
  return reach.kind === 'partner' ? query.where('c.partner_id', reach.partnerId) : query;
}

export async function findVisibleClient(db: Knex.Transaction, tenantId: string, reach: Reach, id: string, lock = false): Promise<ClientRow> {
  const query = visibleClients(db, tenantId, reach).where('c.id', id).first();
  if (lock) query.forUpdate('c');
  const row = (await query) as ClientRow | undefined;
  if (!row) throw problems.notFound('No such client, or not one you can see.');
  return row;
}

export function toSummary(row: ClientRow, assignees: Person[]): ClientSummary {
  return {
    id: row.id,
    partnerId: row.partnerId,
    partnerName: row.partnerName,
    name: row.name,
    domain: row.domain ?? null,
    country: row.country ?? null,
    status: row.status,
    externalId: row.externalId ?? null,
    health: row.health ?? null,
    mandate: row.mandateStatus ? { status: row.mandateStatus, scope: row.mandateScope ?? [], validUntil: row.mandateValidUntil } : null,
    assignees,
    createdAt: iso(row.createdAt),
  };
}

/** Summaries of a page of rows, with their assignees (one query for the page). */
export async function summariesOf(db: Knex.Transaction, rows: ClientRow[]): Promise<ClientSummary[]> {
  const assignees = await assigneesOf(db, rows.map((r) => r.id));
  return rows.map((row) => toSummary(row, assignees.get(row.id) ?? []));
}

/** The same company's rows of other partners: same external id, contact email or domain (staff only). */
export async function otherPartnersOf(
  db: Knex.Transaction,
  tenantId: string,
  partnerId: string,
  company: { externalId?: string | null; contactEmail?: string | null; domain?: string | null; name?: string | null; excludeClientId?: string },
): Promise<{ clientId: string; partnerId: string; partnerName: string; clientName: string }[]> {
  const { externalId, contactEmail, domain, name } = company;
  if (!externalId && !contactEmail && !domain && !name) return [];
  const rows = await db('clients as c')
    .join('partners as p', 'p.id', 'c.partner_id')
    .leftJoin('fleet_client_contacts as fc', 'fc.client_id', 'c.id')
    .where('c.tenant_id', tenantId)
    .whereNot('c.partner_id', partnerId)
    .where((match) => {
      if (externalId) match.orWhere('c.external_id', externalId);
      if (contactEmail) match.orWhereRaw('lower(fc.email) = lower(?)', [contactEmail]);
      if (domain) match.orWhereRaw('lower(c.domain) = lower(?)', [domain]);
      if (name) match.orWhereRaw('lower(c.name) = lower(?)', [name]);
    })
    .modify((q) => {
      if (company.excludeClientId) q.whereNot('c.id', company.excludeClientId);
    })
    .orderBy([{ column: 'p.name' }, { column: 'c.id' }])
    .limit(20)
    .select('c.id as client_id', 'c.partner_id', 'p.name as partner_name', 'c.name as client_name');
  return rows.map((r: Record<string, string>) => ({ clientId: r.clientId, partnerId: r.partnerId, partnerName: r.partnerName, clientName: r.clientName }));
}

export const likeEscape = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);
