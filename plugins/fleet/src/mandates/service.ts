/**
 * Mandates and their governed edits. A mandate is what a partner may do for one client; every change
 * is a new version (who, when, why, the difference). Reductions and ending apply at once; an extension
 * is a proposal that the client's contact (through an emailed link) or, when the tenant says so, staff
 * approve. Every change names the version it was made against: the second of two concurrent writers
 * gets 409 with the current mandate. A new change supersedes a pending proposal.
 */
import type { Knex } from 'knex';
import { HttpProblem, pickLocale, problems, type AuditEntry, type Static } from '@portico/core';
import type { FleetEvents } from '../events.js';
import { keysetPage } from '@portico/core/server';
import { reachOf, type FleetContext, type FleetEffects, type FleetReader } from '../context.js';
import { findVisibleClient } from '../clients/queries.js';
import { extensionLines, proposalMail } from '../contact/messages.js';
import { consumeLink, issueLink, supersedeLinks } from '../links.js';
import { programmeOf } from '../programme.js';
import type { Mandate, MandateChange, MandateChangeResult, MandateVersion, Proposal, ProposalListQuery, Terms, TermsDiff } from '../schemas.js';
import { addDays, dayOf } from '../time.js';
import { mandateOfClient, pendingProposalsOf, proposalQuery, termsOf, toMandate, toProposal, toVersion, versionQuery, type MandateRow, type ProposalRow, type VersionRow } from './queries.js';
import { diffTerms, isEmptyDiff, splitChange } from './rules.js';
import { checkScope } from './scope.js';

/** Who made a version. */
export interface Changer {
  kind: MandateVersion['changedBy']['kind'];
  personId: string | null;
  name: string | null;
}

export async function changerOf(reader: FleetReader): Promise<Changer> {
  const person = reader.actor.personId ? await reader.db('people').where({ id: reader.actor.personId }).first('name') : null;
  return { kind: reader.actor.kind === 'staff' ? 'staff' : 'member', personId: reader.actor.personId, name: person?.name ?? null };
}

interface VersionMeta {
  change: MandateVersion['change'];
  reason: string | null;
  by: Changer;
  proposalId?: string | null;
}

async function insertVersion(db: Knex.Transaction, tenantId: string, mandate: { id: string; clientId: string }, version: number, terms: Terms, diff: TermsDiff, meta: VersionMeta): Promise<MandateVersion> {
  const [row] = await db('fleet_mandate_versions')
    .insert({
      tenantId,
      mandateId: mandate.id,
      clientId: mandate.clientId,
      version,
      scope: terms.scope,
      validFrom: terms.validFrom,
      validUntil: terms.validUntil,
      status: terms.status,
      change: meta.change,
      reason: meta.reason,
      diff: JSON.stringify(diff),
      changedByKind: meta.by.kind,
      changedByPerson: meta.by.personId,
      changedByName: meta.by.name,
      proposalId: meta.proposalId ?? null,
    })
    .returning('id');
  const stored = (await versionQuery(db, tenantId).where('v.id', row.id).first()) as VersionRow;
  return toVersion(stored);
}

/** A client's first mandate (version 1). */
export async function createMandate(db: Knex.Transaction, tenantId: string, client: { id: string; partnerId: string }, terms: Terms, meta: VersionMeta): Promise<{ mandate: MandateRow; version: MandateVersion }> {
  const [{ id }] = await db('fleet_mandates')
    .insert({ tenantId, clientId: client.id, partnerId: client.partnerId, version: 1, scope: terms.scope, validFrom: terms.validFrom, validUntil: terms.validUntil, status: terms.status })
    .returning('id');
  const version = await insertVersion(db, tenantId, { id, clientId: client.id }, 1, terms, diffTerms(null, terms), meta);
  return { mandate: (await mandateOfClient(db, tenantId, client.id))!, version };
}

/**
 * Writes the next version of a locked mandate. The update also checks the version it was read at, so
 * that a writer that did not lock can never skip one.
 */
export async function writeVersion(db: Knex.Transaction, tenantId: string, mandate: MandateRow, terms: Terms, meta: VersionMeta): Promise<{ mandate: MandateRow; version: MandateVersion }> {
  const next = mandate.version + 1;
  const updated = await db('fleet_mandates')
    .where({ id: mandate.id, version: mandate.version })
    .update({ version: next, scope: terms.scope, validFrom: terms.validFrom, validUntil: terms.validUntil, status: terms.status, updatedAt: db.fn.now() })
    .returning('id');
  if (updated.length === 0) throw versionConflict(await currentMandate(db, tenantId, mandate.clientId));
  const version = await insertVersion(db, tenantId, mandate, next, terms, diffTerms(termsOf(mandate), terms), meta);
  return { mandate: (await mandateOfClient(db, tenantId, mandate.clientId))!, version };
}

/** What a 409 answers: the mandate as it is now, so the writer can look again and retry. */
function versionConflict(current: Mandate | null): HttpProblem {
  return new HttpProblem(409, 'mandate-version-conflict', 'The mandate changed meanwhile', {
    detail: current ? `Someone changed this mandate: it is at version ${current.version} now. Look at it again before changing it.` : 'This mandate no longer exists.',
    extensions: { mandate: current },
  });
}

async function currentMandate(db: Knex.Transaction, tenantId: string, clientId: string): Promise<Mandate | null> {
  const row = await mandateOfClient(db, tenantId, clientId);
  if (!row) return null;
  return toMandate(row, (await pendingProposalsOf(db, tenantId, [row.id])).get(row.id) ?? null);
}

type MandateRef = Pick<MandateRow, 'id' | 'clientId' | 'partnerId'>;

/** A mandate version's audit entry: on the client, for its activity. */
export function versionAudit(mandate: MandateRef, version: MandateVersion): AuditEntry {
  const action = { created: 'fleet.mandate.created', reduced: 'fleet.mandate.reduced', extended: 'fleet.mandate.extended', ended: 'fleet.mandate.ended', expired: 'fleet.mandate.expired', fed: 'fleet.mandate.fed' }[version.change];
  return {
    action,
    targetType: 'client',
    targetId: mandate.clientId,
    partnerId: mandate.partnerId,
    after: { mandateId: mandate.id, version: version.version, changedBy: version.changedBy, terms: { scope: version.scope, validFrom: version.validFrom, validUntil: version.validUntil, status: version.status }, diff: version.diff, reason: version.reason, proposalId: version.proposalId },
  };
}

/** The `fleet.mandate.changed` event of a version. */
export function versionEvent(mandate: MandateRef, version: MandateVersion): Static<FleetEvents['fleet.mandate.changed']> {
  return {
    mandateId: mandate.id,
    clientId: mandate.clientId,
    partnerId: mandate.partnerId,
    version: version.version,
    change: version.change,
    status: version.status,
    scope: version.scope,
    validFrom: version.validFrom,
    validUntil: version.validUntil,
  };
}

/** Records a mandate version: its audit entry and its event. */
export async function announceVersion(fx: Pick<FleetEffects, 'audit' | 'emit'>, mandate: MandateRef, version: MandateVersion): Promise<void> {
  await fx.audit(versionAudit(mandate, version));
  await fx.emit('fleet.mandate.changed', versionEvent(mandate, version));
}

// ---------------------------------------------------------------------------------------------
// Reading

async function visibleMandate(reader: FleetReader, clientId: string, lock = false): Promise<{ client: { id: string; partnerId: string; name: string }; mandate: MandateRow }> {
  const client = await findVisibleClient(reader.db, reader.tenant.id, reachOf(reader.actor), clientId);
  const mandate = await mandateOfClient(reader.db, reader.tenant.id, clientId, lock);
  if (!mandate) throw problems.notFound('This client has no mandate yet: invite its contact to give one.');
  return { client, mandate };
}

export async function readMandate(reader: FleetReader, clientId: string): Promise<Mandate> {
  const { mandate } = await visibleMandate(reader, clientId);
  return toMandate(mandate, (await pendingProposalsOf(reader.db, reader.tenant.id, [mandate.id])).get(mandate.id) ?? null);
}

/** The mandate's versions, newest first. */
export async function listVersions(reader: FleetReader, clientId: string, page: { cursor?: string; limit?: number }): Promise<{ items: MandateVersion[]; nextCursor: string | null }> {
  const { mandate } = await visibleMandate(reader, clientId);
  const found = await keysetPage<VersionRow & Record<string, unknown>>(versionQuery(reader.db, reader.tenant.id).where('v.mandate_id', mandate.id), [{ column: 'v.version', direction: 'desc' }], page);
  return { items: found.items.map(toVersion), nextCursor: found.nextCursor };
}

// ---------------------------------------------------------------------------------------------
// Changing

type ProposalOutcome = 'approved' | 'declined' | 'withdrawn' | 'superseded' | 'expired';

/** Closes a pending proposal: its links die, it is audited on the client and announced. */
export async function resolveProposal(
  fx: Pick<FleetEffects, 'db' | 'audit' | 'emit'>,
  proposal: { id: string; mandateId: string; clientId: string; partnerId: string },
  outcome: ProposalOutcome,
  decision: { kind?: string; personId?: string | null; name?: string | null; note?: string | null; at?: Date } = {},
): Promise<void> {
  await fx.db('fleet_mandate_proposals')
    .where({ id: proposal.id, status: 'pending' })
    .update({ status: outcome, decidedAt: decision.at ?? fx.db.fn.now(), decidedByKind: decision.kind ?? null, decidedByPerson: decision.personId ?? null, decisionNote: decision.note ?? null, updatedAt: fx.db.fn.now() });
  await supersedeLinks(fx.db, 'proposal', proposal.id);
  await fx.audit({ action: `fleet.mandate-proposal.${outcome}`, targetType: 'client', targetId: proposal.clientId, partnerId: proposal.partnerId, after: { proposalId: proposal.id, note: decision.note ?? null, ...(decision.kind === 'contact' ? { by: 'contact', contactName: decision.name ?? null } : {}) } });
  await fx.emit('fleet.mandate-proposal.resolved', { proposalId: proposal.id, mandateId: proposal.mandateId, clientId: proposal.clientId, partnerId: proposal.partnerId, outcome });
}

/** Supersedes the mandate's pending proposal, if any (a newer change was made). */
export async function supersedePending(fx: Pick<FleetEffects, 'db' | 'audit' | 'emit'>, mandate: MandateRow): Promise<void> {
  const pending = await fx.db('fleet_mandate_proposals').where({ mandateId: mandate.id, status: 'pending' }).first('id');
  if (pending) await resolveProposal(fx, { id: pending.id, mandateId: mandate.id, clientId: mandate.clientId, partnerId: mandate.partnerId }, 'superseded');
}

/**
 * Changes a mandate as its partner (or staff) asks: what reduces applies at once as a new version,
 * what extends becomes a proposal for the tenant's approver.
 */
export async function changeMandate(ctx: FleetContext, clientId: string, change: MandateChange): Promise<MandateChangeResult> {
  const { client, mandate } = await visibleMandate(ctx, clientId, true);
  if (change.version !== mandate.version) throw versionConflict(await currentMandate(ctx.db, ctx.tenant.id, clientId));
  checkScope(ctx.settings, change.scope);
  const reason = change.reason.trim();
  if (!reason) throw problems.invalidField('/reason', 'Say why: it is kept in the mandate’s history.');
  const split = splitChange(termsOf(mandate), change, dayOf(new Date()));
  const approver = ctx.settings.extensionApproval;
  const contact = split.proposed && approver === 'client' ? await ctx.db('fleet_client_contacts').where({ clientId }).first('email', 'name', 'locale') : null;
  if (split.proposed && approver === 'client' && !contact) {
    throw problems.conflict('This client has no contact to approve an extension. Ask the programme’s staff to record one.', 'no-client-contact');
  }
  const by = await changerOf(ctx);
  await supersedePending(ctx, mandate);

  let current = mandate;
  let applied: MandateVersion | null = null;
  if (!isEmptyDiff(split.nowDiff)) {
    const written = await writeVersion(ctx.db, ctx.tenant.id, mandate, split.now, { change: split.now.status === 'ended' ? 'ended' : 'reduced', reason, by });
    current = written.mandate;
    applied = written.version;
    await announceVersion(ctx, current, applied);
  }
  let proposal: Proposal | null = null;
  if (split.proposed) {
    proposal = await propose(ctx, { client, mandate: current, terms: split.proposed, diff: split.proposedDiff, reason, approver, contact: contact ?? null, by });
  }
  return { mandate: toMandate(current, proposal), applied, proposal };
}

async function propose(
  ctx: FleetContext,
  input: { client: { id: string; partnerId: string; name: string }; mandate: MandateRow; terms: Terms; diff: TermsDiff; reason: string; approver: 'client' | 'staff'; contact: { email: string; name: string | null; locale: string | null } | null; by: Changer },
): Promise<Proposal> {
  const expiresAt = addDays(new Date(), ctx.settings.invitationLifetimeDays);
  const [{ id }] = await ctx.db('fleet_mandate_proposals')
    .insert({
      tenantId: ctx.tenant.id,
      mandateId: input.mandate.id,
      clientId: input.client.id,
      partnerId: input.client.partnerId,
      baseVersion: input.mandate.version,
      scope: input.terms.scope,
      validFrom: input.terms.validFrom,
      validUntil: input.terms.validUntil,
      termsStatus: input.terms.status,
      diff: JSON.stringify(input.diff),
      reason: input.reason,
      approver: input.approver,
      proposedBy: input.by.personId,
      expiresAt,
    })
    .returning('id');
  if (input.contact) {
    const secret = await issueLink(ctx.db, { tenantId: ctx.tenant.id, purpose: 'proposal', objectId: id, email: input.contact.email, expiresAt });
    const programme = await programmeOf(ctx.db, ctx.tenant.id);
    const partner = await ctx.db('partners').where({ id: input.client.partnerId }).first('name');
    const locale = pickLocale(input.contact.locale, programme.defaultLocale);
    const mail = proposalMail(locale, {
      contactName: input.contact.name,
      partnerName: partner?.name ?? '',
      companyName: input.client.name,
      programme: programme.name,
      changes: extensionLines(locale, input.diff, ctx.settings.capabilities),
      reason: input.reason,
      url: `${ctx.publicUrl}/client-mandate-proposals/${id}?token=${secret}`,
      expiresOn: dayOf(expiresAt),
    });
    await ctx.sendMail({ to: input.contact.email, ...mail, kind: 'fleet.mandate-proposal' });
  }
  await ctx.audit({
    action: 'fleet.mandate-proposal.submitted',
    targetType: 'client',
    targetId: input.client.id,
    partnerId: input.client.partnerId,
    after: { proposalId: id, baseVersion: input.mandate.version, terms: input.terms, diff: input.diff, reason: input.reason, approver: input.approver },
  });
  await ctx.emit('fleet.mandate-proposal.submitted', { proposalId: id, mandateId: input.mandate.id, clientId: input.client.id, partnerId: input.client.partnerId, approver: input.approver });
  return toProposal((await proposalQuery(ctx.db, ctx.tenant.id).where('mp.id', id).first()) as ProposalRow);
}

// ---------------------------------------------------------------------------------------------
// Proposals

function visibleProposals(reader: FleetReader): Knex.QueryBuilder {
  const reach = reachOf(reader.actor);
  const query = proposalQuery(reader.db, reader.tenant.id);
  return reach.kind === 'partner' ? query.where('mp.partner_id', reach.partnerId) : query;
}

export async function listProposals(reader: FleetReader, query: ProposalListQuery): Promise<{ items: Proposal[]; nextCursor: string | null }> {
  const q = visibleProposals(reader);
  if (query.status) q.where('mp.status', query.status);
  if (query.clientId) q.where('mp.client_id', query.clientId);
  if (query.partnerId) q.where('mp.partner_id', query.partnerId);
  const page = await keysetPage<ProposalRow & Record<string, unknown>>(
    q,
    [
      { column: 'mp.created_at', direction: 'desc' },
      { column: 'mp.id', direction: 'desc' },
    ],
    query,
  );
  return { items: page.items.map(toProposal), nextCursor: page.nextCursor };
}

async function findProposal(reader: FleetReader, id: string, lock = false): Promise<ProposalRow> {
  const query = visibleProposals(reader).where('mp.id', id).first();
  if (lock) query.forUpdate('mp');
  const row = (await query) as ProposalRow | undefined;
  if (!row) throw problems.notFound('No such proposal, or not one you can see.');
  return row;
}

export async function getProposal(reader: FleetReader, id: string): Promise<Proposal> {
  return toProposal(await findProposal(reader, id));
}

function assertPending(row: ProposalRow, now: Date): void {
  if (row.status !== 'pending') throw problems.conflict(`This proposal is ${row.status}: it can no longer be decided.`, 'proposal-closed');
  if (new Date(row.expiresAt).getTime() <= now.getTime()) throw problems.conflict('This proposal has expired: propose the change again.', 'proposal-expired');
}

/**
 * Applies an approved proposal on the version it was made against (a later change would have
 * superseded it) as the mandate's next version.
 */
export async function applyApproval(fx: FleetEffects, row: ProposalRow, by: Changer, note: string | null): Promise<MandateVersion> {
  const mandate = await mandateOfClient(fx.db, fx.tenant.id, row.clientId, true);
  if (!mandate || mandate.version !== row.baseVersion || mandate.status === 'ended') {
    // Unreachable while every change supersedes the pending proposal; kept as the last guard.
    throw problems.conflict('The mandate changed since this was proposed: the proposal no longer applies.', 'proposal-superseded');
  }
  const terms: Terms = { scope: row.scope, validFrom: row.validFrom, validUntil: row.validUntil, status: row.termsStatus };
  const written = await writeVersion(fx.db, fx.tenant.id, mandate, terms, { change: 'extended', reason: row.reason, by, proposalId: row.id });
  await resolveProposal(fx, row, 'approved', { kind: by.kind, personId: by.personId, name: by.name, note });
  await announceVersion(fx, written.mandate, written.version);
  return written.version;
}

/** Staff decide the proposals that are theirs to approve (the tenant's setting when they were made). */
export async function decideAsStaff(ctx: FleetContext, id: string, decision: 'approve' | 'decline', note: string | undefined): Promise<Proposal> {
  if (reachOf(ctx.actor).kind !== 'tenant') throw problems.forbidden('Extensions are approved by the programme’s staff.');
  const row = await findProposal(ctx, id, true);
  assertPending(row, new Date());
  if (row.approver !== 'staff') throw problems.conflict('This extension is for the client’s contact to approve, through the link they were emailed.', 'approved-by-client');
  if (row.proposedBy && row.proposedBy === ctx.actor.personId) throw problems.forbidden('You proposed this extension: another person approves it.');
  const by = await changerOf(ctx);
  const text = note?.trim() || null;
  if (decision === 'approve') await applyApproval(ctx, row, by, text);
  else await resolveProposal(ctx, row, 'declined', { kind: 'staff', personId: by.personId, note: text });
  return getProposal(ctx, id);
}

/** The partner takes its proposal back (its people holding the propose permission, or staff). */
export async function withdrawProposal(ctx: FleetContext, id: string): Promise<Proposal> {
  const row = await findProposal(ctx, id, true);
  if (row.status !== 'pending') throw problems.conflict(`This proposal is ${row.status}: there is nothing to withdraw.`, 'proposal-closed');
  const by = await changerOf(ctx);
  await resolveProposal(ctx, row, 'withdrawn', { kind: by.kind, personId: by.personId });
  return getProposal(ctx, id);
}


// ---------------------------------------------------------------------------------------------
// The client's contact decides through their link (no actor, only the link).

export type ProposalResponseOutcome = { outcome: 'approved' | 'declined'; proposal: ProposalRow } | { outcome: 'used' | 'expired' | 'invalid' | 'closed'; proposal?: ProposalRow };

/** The proposal a link names, for its page (nothing changes). */
export async function proposalForLink(db: Knex.Transaction, tenantId: string, id: string): Promise<ProposalRow | undefined> {
  return (await proposalQuery(db, tenantId).where('mp.id', id).first()) as ProposalRow | undefined;
}

/**
 * Approves or declines a proposal as the client's contact. The link is consumed first, in one
 * statement, so of two concurrent answers only one counts.
 */
export async function respondToProposal(fx: FleetEffects, id: string, token: string | undefined, decision: 'approve' | 'decline', note: string | undefined): Promise<ProposalResponseOutcome> {
  const locked = await fx.db('fleet_mandate_proposals').where({ tenantId: fx.tenant.id, id }).forUpdate().first('id');
  if (!locked) return { outcome: 'invalid' };
  const consumed = await consumeLink(fx.db, 'proposal', id, token);
  const row = (await proposalForLink(fx.db, fx.tenant.id, id))!;
  if (!consumed.ok) return { outcome: consumed.state, proposal: row };
  if (row.status !== 'pending' || row.approver !== 'client' || new Date(row.expiresAt).getTime() <= Date.now()) return { outcome: 'closed', proposal: row };
  const contact = await fx.db('fleet_client_contacts').where({ clientId: row.clientId }).first('email', 'name');
  const by: Changer = { kind: 'contact', personId: null, name: contact?.name ?? contact?.email ?? null };
  const text = note?.trim().slice(0, 1000) || null;
  if (decision === 'approve') await applyApproval(fx, row, by, text);
  else await resolveProposal(fx, row, 'declined', { kind: 'contact', name: by.name, note: text });
  return { outcome: decision === 'approve' ? 'approved' : 'declined', proposal: row };
}

/** The scheduled task's part: proposals whose approval link has run out expire. */
export async function expireProposals(fx: FleetEffects, now: Date): Promise<number> {
  const due = await fx.db('fleet_mandate_proposals').where({ tenantId: fx.tenant.id, status: 'pending' }).where('expiresAt', '<=', now).select('id', 'mandate_id', 'client_id', 'partner_id');
  for (const proposal of due) await resolveProposal(fx, proposal, 'expired', { at: now });
  return due.length;
}

/** The scheduled task's part: mandates whose last day has passed end, as a new version by the system. */
export async function endExpiredMandates(fx: FleetEffects, now: Date): Promise<number> {
  const today = dayOf(now);
  const due: { clientId: string }[] = await fx.db('fleet_mandates').where({ tenantId: fx.tenant.id }).whereNot('status', 'ended').where('validUntil', '<', today).select('client_id');
  for (const { clientId } of due) {
    const mandate = (await mandateOfClient(fx.db, fx.tenant.id, clientId, true))!;
    await supersedePending(fx, mandate);
    const written = await writeVersion(fx.db, fx.tenant.id, mandate, { ...termsOf(mandate), status: 'ended' }, { change: 'expired', reason: null, by: { kind: 'system', personId: null, name: null } });
    await announceVersion(fx, written.mandate, written.version);
  }
  return due.length;
}
