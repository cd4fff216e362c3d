/**
 * The rules of referrals: who may submit, see and decide which, and what each change records.
 * No Koa here — routes, seeds and tests call the same functions with a transaction and an actor.
 *
 * - submitting is for a partner's people, on behalf of their organisation; one pending referral of a
 *   company per partner (the name compared case- and space-insensitively), else 409;
 * - a member sees their organisation's referrals only, staff see every partner's; a referral one may
 *   not see is a 404, exactly like one that does not exist;
 * - deciding is for staff: accepting fixes the fee from the settings *at that moment*; declining
 *   needs a reason; only a pending referral can be decided (409 otherwise).
 */
import type { Knex } from 'knex';
import { isStaff, problems, type Actor, type AuditEntry } from '@portico/core';
import { keysetPage, type SortKey } from '@portico/core/server';
import { companyKey } from './normalise.js';
import type { DecideReferral, Referral, ReferralListQuery, ReferralPage, ReferralStatus, SubmitReferral } from './schemas.js';
import type { ReferralSettings } from './settings.js';
import type { ReferralsEmit } from './types.js';

/** What the referral rules need from a request: its transaction, who asks, and how to record. */
export interface ReferralsContext {
  db: Knex.Transaction;
  tenant: { id: string };
  actor: Actor;
  /** Read only where a rule needs them (acceptance), so a list never asks. */
  settings(): Promise<ReferralSettings>;
  audit(entry: AuditEntry): Promise<void>;
  emit: ReferralsEmit;
}

type Reader = Pick<ReferralsContext, 'db' | 'tenant' | 'actor'>;

interface ReferralRow {
  id: string;
  partnerId: string;
  partnerName: string;
  submittedBy: string;
  submitterName: string;
  company: string;
  contactName: string;
  contactEmail: string;
  notes: string | null;
  status: ReferralStatus;
  decisionReason: string | null;
  decidedAt: Date | string | null;
  /** bigint, read as text so that pg and PGlite answer the same. */
  feeMinor: string | null;
  currency: string | null;
  createdAt: Date | string;
  updatedAt: Date | string;
}

const iso = (value: Date | string | null): string | null => (value === null ? null : new Date(value).toISOString());

function toReferral(row: ReferralRow): Referral {
  return {
    id: row.id,
    partnerId: row.partnerId,
    partnerName: row.partnerName,
    submittedBy: { id: row.submittedBy, name: row.submitterName },
    company: row.company,
    contactName: row.contactName,
    contactEmail: row.contactEmail,
    notes: row.notes,
    status: row.status,
    decisionReason: row.decisionReason,
    decidedAt: iso(row.decidedAt),
    feeMinor: row.feeMinor === null ? null : Number(row.feeMinor),
    currency: row.currency,
    createdAt: iso(row.createdAt)!,
    updatedAt: iso(row.updatedAt)!,
  };
}

/** Every referral of the tenant, with its partner's and submitter's names (core tables, shared). */
function allReferrals(db: Knex.Transaction, tenantId: string): Knex.QueryBuilder {
  return db('referrals')
    .join('partners', 'partners.id', 'referrals.partner_id')
    .join('people', 'people.id', 'referrals.submitted_by')
    .where('referrals.tenant_id', tenantId)
    .select(
      'referrals.id',
      'referrals.partner_id',
      'partners.name as partner_name',
      'referrals.submitted_by',
      'people.name as submitter_name',
      'referrals.company',
      'referrals.contact_name',
      'referrals.contact_email',
      'referrals.notes',
      'referrals.status',
      'referrals.decision_reason',
      'referrals.decided_at',
      db.raw('referrals.fee_minor::text as fee_minor'),
      'referrals.currency',
      'referrals.created_at',
      'referrals.updated_at',
    );
}

/**
 * The referrals the actor may see — the one place that decides. Staff (and the tenant's API keys):
 * all of the tenant's. A partner's person: their organisation's. Anyone else: none.
 */
function visibleReferrals(ctx: Reader): Knex.QueryBuilder {
  const query = allReferrals(ctx.db, ctx.tenant.id);
  if (isStaff(ctx.actor)) return query;
  if (!ctx.actor.partnerId) return query.whereRaw('false');
  return query.where('referrals.partner_id', ctx.actor.partnerId);
}

async function findVisible(ctx: Reader, id: string): Promise<ReferralRow> {
  const row = (await visibleReferrals(ctx).where('referrals.id', id).first()) as ReferralRow | undefined;
  if (!row) throw problems.notFound('No such referral.');
  return row;
}

const reread = async (ctx: Reader, id: string): Promise<Referral> =>
  toReferral((await allReferrals(ctx.db, ctx.tenant.id).where('referrals.id', id).first()) as ReferralRow);

function text(value: string, field: string): string {
  const trimmed = value.trim();
  if (!trimmed) throw problems.invalidField(field, 'cannot be blank.');
  return trimmed;
}

const duplicate = (company: string) =>
  problems.conflict(`Your organisation already has a pending referral of ${company}. Wait for its decision before referring it again.`, 'referral-pending');

/** PostgreSQL's unique violation, as pg and PGlite report it. */
const isUniqueViolation = (error: unknown) => (error as { code?: string } | null)?.code === '23505';

// ---------------------------------------------------------------------------------------------

export async function submitReferral(ctx: ReferralsContext, input: SubmitReferral): Promise<Referral> {
  const { actor } = ctx;
  if (actor.kind !== 'member' || !actor.partnerId || !actor.personId) {
    throw problems.forbidden('Referrals are made by the people of a partner organisation, on its behalf.');
  }
  const company = text(input.company, '/company');
  const key = companyKey(company);
  const pending = await ctx.db('referrals').where({ tenantId: ctx.tenant.id, partnerId: actor.partnerId, companyKey: key, status: 'pending' }).first('company');
  if (pending) throw duplicate(pending.company);
  let id: string;
  try {
    [{ id }] = await ctx.db('referrals')
      .insert({
        tenantId: ctx.tenant.id,
        partnerId: actor.partnerId,
        submittedBy: actor.personId,
        company,
        companyKey: key,
        contactName: text(input.contactName, '/contactName'),
        contactEmail: input.contactEmail.trim(),
        notes: input.notes?.trim() || null,
      })
      .returning('id');
  } catch (error) {
    // A concurrent submit of the same company won the race; the transaction is rolled back.
    if (isUniqueViolation(error)) throw duplicate(company);
    throw error;
  }
  const referral = await reread(ctx, id);
  await ctx.audit({ action: 'referrals.referral.submitted', targetType: 'referral', targetId: id, after: referral });
  await ctx.emit('referrals.referral.submitted', { referralId: id, partnerId: actor.partnerId });
  return referral;
}

const NEWEST_FIRST: SortKey[] = [
  { column: 'referrals.created_at', direction: 'desc' },
  { column: 'referrals.id', direction: 'desc' },
];

export async function listReferrals(ctx: Reader, query: ReferralListQuery): Promise<ReferralPage> {
  const q = visibleReferrals(ctx);
  if (query.status) q.where('referrals.status', query.status);
  const page = await keysetPage<ReferralRow & Record<string, unknown>>(q, NEWEST_FIRST, query);
  return { items: page.items.map(toReferral), nextCursor: page.nextCursor };
}

export async function getReferral(ctx: Reader, id: string): Promise<Referral> {
  return toReferral(await findVisible(ctx, id));
}

export async function decideReferral(ctx: ReferralsContext, id: string, input: DecideReferral): Promise<Referral> {
  // Existence first, so that another tenant's referral is a 404 whoever asks.
  const row = (await allReferrals(ctx.db, ctx.tenant.id).where('referrals.id', id).forUpdate('referrals').first()) as ReferralRow | undefined;
  if (!row) throw problems.notFound('No such referral.');
  if (!isStaff(ctx.actor)) throw problems.forbidden('Referrals are decided by the programme’s staff.');
  const reason = input.reason?.trim() || null;
  if (input.decision === 'declined' && !reason) throw problems.invalidField('/reason', 'Say why the referral is declined; the partner reads it.');
  if (row.status !== 'pending') throw problems.conflict(`This referral is already ${row.status}.`, 'referral-not-pending');

  const before = toReferral(row);
  const change: Record<string, unknown> = {
    status: input.decision,
    decisionReason: reason,
    decidedBy: ctx.actor.personId,
    decidedAt: ctx.db.fn.now(),
    updatedAt: ctx.db.fn.now(),
  };
  let fee: { feeMinor: number; currency: string } | null = null;
  if (input.decision === 'accepted') {
    // The fee of this moment: a later change of the settings leaves this referral's fee as it is.
    const { feeMinor, currency } = await ctx.settings();
    fee = { feeMinor, currency };
    Object.assign(change, fee);
  }
  await ctx.db('referrals').where({ tenantId: ctx.tenant.id, id }).update(change);
  const after = await reread(ctx, id);
  // The partner reads this entry in its audit trail.
  await ctx.audit({ action: `referrals.referral.${input.decision}`, targetType: 'referral', targetId: id, partnerId: row.partnerId, before, after });
  if (fee) await ctx.emit('referrals.referral.accepted', { referralId: id, partnerId: row.partnerId, ...fee });
  return after;
}
