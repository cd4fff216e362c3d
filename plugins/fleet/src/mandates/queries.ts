/** Reading mandates, their versions and proposals, and how rows become the API's shapes. */
import type { Knex } from 'knex';
import type { Mandate, MandateStatus, MandateVersion, Proposal, ProposalStatus, Terms, TermsDiff } from '../schemas.js';
import { dayColumn, iso, isoOrNull } from '../time.js';

export interface MandateRow {
  id: string;
  clientId: string;
  partnerId: string;
  version: number;
  scope: string[];
  validFrom: string;
  validUntil: string | null;
  status: MandateStatus;
  createdAt: Date | string;
  updatedAt: Date | string;
}

const mandateColumns = (db: Knex) => [
  'm.id',
  'm.client_id',
  'm.partner_id',
  'm.version',
  db.raw('to_json(m.scope) as scope'),
  dayColumn(db, 'm.valid_from', 'valid_from'),
  dayColumn(db, 'm.valid_until', 'valid_until'),
  'm.status',
  'm.created_at',
  'm.updated_at',
];

/** The mandate of a client, if it has one; `lock` holds it for a change until the transaction ends. */
export async function mandateOfClient(db: Knex.Transaction, tenantId: string, clientId: string, lock = false): Promise<MandateRow | undefined> {
  const query = db('fleet_mandates as m').where({ 'm.tenant_id': tenantId, 'm.client_id': clientId }).first(mandateColumns(db));
  if (lock) query.forUpdate();
  return (await query) as MandateRow | undefined;
}

export const termsOf = (row: Pick<MandateRow, 'scope' | 'validFrom' | 'validUntil' | 'status'>): Terms => ({
  scope: row.scope,
  validFrom: row.validFrom,
  validUntil: row.validUntil,
  status: row.status,
});

export function toMandate(row: MandateRow, pendingProposal: Proposal | null): Mandate {
  return { id: row.id, clientId: row.clientId, partnerId: row.partnerId, version: row.version, ...termsOf(row), createdAt: iso(row.createdAt), updatedAt: iso(row.updatedAt), pendingProposal };
}

export interface ProposalRow {
  id: string;
  mandateId: string;
  clientId: string;
  clientName: string;
  partnerId: string;
  partnerName: string;
  baseVersion: number;
  scope: string[];
  validFrom: string;
  validUntil: string | null;
  termsStatus: MandateStatus;
  diff: TermsDiff;
  reason: string;
  approver: 'client' | 'staff';
  status: ProposalStatus;
  proposedBy: string | null;
  proposerName: string | null;
  createdAt: Date | string;
  expiresAt: Date | string;
  decidedAt: Date | string | null;
  decisionNote: string | null;
}

/** Every proposal of the tenant, with its client's, partner's and proposer's names. */
export function proposalQuery(db: Knex.Transaction, tenantId: string): Knex.QueryBuilder {
  return db('fleet_mandate_proposals as mp')
    .join('clients as c', 'c.id', 'mp.client_id')
    .join('partners as p', 'p.id', 'mp.partner_id')
    .leftJoin('people as pp', 'pp.id', 'mp.proposed_by')
    .where('mp.tenant_id', tenantId)
    .select(
      'mp.id',
      'mp.mandate_id',
      'mp.client_id',
      'c.name as client_name',
      'mp.partner_id',
      'p.name as partner_name',
      'mp.base_version',
      db.raw('to_json(mp.scope) as scope'),
      dayColumn(db, 'mp.valid_from', 'valid_from'),
      dayColumn(db, 'mp.valid_until', 'valid_until'),
      'mp.terms_status',
      'mp.diff',
      'mp.reason',
      'mp.approver',
      'mp.status',
      'mp.proposed_by',
      'pp.name as proposer_name',
      'mp.created_at',
      'mp.expires_at',
      'mp.decided_at',
      'mp.decision_note',
    );
}

export function toProposal(row: ProposalRow): Proposal {
  return {
    id: row.id,
    mandateId: row.mandateId,
    clientId: row.clientId,
    clientName: row.clientName,
    partnerId: row.partnerId,
    partnerName: row.partnerName,
    baseVersion: row.baseVersion,
    terms: { scope: row.scope, validFrom: row.validFrom, validUntil: row.validUntil, status: row.termsStatus },
    diff: row.diff,
    reason: row.reason,
    approver: row.approver,
    status: row.status,
    proposedBy: row.proposedBy ? { personId: row.proposedBy, name: row.proposerName ?? '' } : null,
    createdAt: iso(row.createdAt),
    expiresAt: iso(row.expiresAt),
    decidedAt: isoOrNull(row.decidedAt),
    decisionNote: row.decisionNote,
  };
}

/** The pending proposal of each mandate among `mandateIds`, in one query. */
export async function pendingProposalsOf(db: Knex.Transaction, tenantId: string, mandateIds: string[]): Promise<Map<string, Proposal>> {
  if (mandateIds.length === 0) return new Map();
  const rows = (await proposalQuery(db, tenantId).whereIn('mp.mandate_id', mandateIds).where('mp.status', 'pending')) as ProposalRow[];
  return new Map(rows.map((row) => [row.mandateId, toProposal(row)]));
}

export interface VersionRow {
  version: number;
  scope: string[];
  validFrom: string;
  validUntil: string | null;
  status: MandateStatus;
  change: MandateVersion['change'];
  reason: string | null;
  diff: TermsDiff;
  changedByKind: MandateVersion['changedBy']['kind'];
  changedByName: string | null;
  proposalId: string | null;
  createdAt: Date | string;
}

export function versionQuery(db: Knex.Transaction, tenantId: string): Knex.QueryBuilder {
  return db('fleet_mandate_versions as v')
    .where('v.tenant_id', tenantId)
    .select(
      'v.version',
      db.raw('to_json(v.scope) as scope'),
      dayColumn(db, 'v.valid_from', 'valid_from'),
      dayColumn(db, 'v.valid_until', 'valid_until'),
      'v.status',
      'v.change',
      'v.reason',
      'v.diff',
      'v.changed_by_kind',
      'v.changed_by_name',
      'v.proposal_id',
      'v.created_at',
    );
}

export function toVersion(row: VersionRow): MandateVersion {
  return {
    version: row.version,
    scope: row.scope,
    validFrom: row.validFrom,
    validUntil: row.validUntil,
    status: row.status,
    change: row.change,
    reason: row.reason,
    diff: row.diff,
    changedBy: { kind: row.changedByKind, name: row.changedByName },
    proposalId: row.proposalId,
    createdAt: iso(row.createdAt),
  };
}
