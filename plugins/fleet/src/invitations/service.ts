/**
 * Client invitations: a partner asks a client company's contact for a mandate. The contact gets a
 * single-use link to a page in the tenant's brand where they accept or decline; accepting links the
 * client to the partner with the mandate proposed. States: sent, resent (a new link; the old one is
 * dead), revoked, expired (the tenant's lifetime, by a scheduled task), declined, accepted. One
 * pending invitation per partner and contact address. Inviting a company another partner already
 * serves is allowed; staff see it (`alsoServedBy`).
 */
import type { Knex } from 'knex';
import { HttpProblem, pickLocale, problems } from '@portico/core';
import { keysetPage } from '@portico/core/server';
import { capabilityLabel } from '../capabilities.js';
import { findVisibleClient, likeEscape } from '../clients/queries.js';
import { cleanDomain, cleanName } from '../clients/fields.js';
import { setContact } from '../clients/service.js';
import { invitationMail } from '../contact/messages.js';
import { partnerRow, reachOf, type FleetContext, type FleetEffects, type FleetReader } from '../context.js';
import { consumeLink, issueLink, supersedeLinks } from '../links.js';
import { announceVersion, createMandate, supersedePending, writeVersion, type Changer } from '../mandates/service.js';
import { mandateOfClient } from '../mandates/queries.js';
import { checkScope } from '../mandates/scope.js';
import { programmeOf } from '../programme.js';
import type { Invitation, InvitationListQuery, InvitationStatus, NewInvitation } from '../schemas.js';
import { P } from '../permissions.js';
import { addDays, dayColumn, dayOf, iso, isCalendarDay, isoOrNull } from '../time.js';

export interface InvitationRow {
  id: string;
  partnerId: string;
  partnerName: string;
  clientId: string | null;
  companyName: string;
  domain: string | null;
  contactEmail: string;
  contactName: string | null;
  locale: 'en' | 'fr' | 'es' | null;
  scope: string[];
  validFrom: string;
  validUntil: string | null;
  message: string | null;
  status: InvitationStatus;
  sentBy: string | null;
  senderName: string | null;
  sentAt: Date | string;
  expiresAt: Date | string;
  resendCount: number;
  respondedAt: Date | string | null;
  declineReason: string | null;
}

const PENDING: InvitationStatus[] = ['sent', 'resent'];

export function invitationQuery(db: Knex.Transaction, tenantId: string): Knex.QueryBuilder {
  return db('fleet_invitations as i')
    .join('partners as p', 'p.id', 'i.partner_id')
    .leftJoin('people as s', 's.id', 'i.sent_by')
    .where('i.tenant_id', tenantId)
    .select(
      'i.id',
      'i.partner_id',
      'p.name as partner_name',
      'i.client_id',
      'i.company_name',
      'i.domain',
      'i.contact_email',
      'i.contact_name',
      'i.locale',
      db.raw('to_json(i.scope) as scope'),
      dayColumn(db, 'i.valid_from', 'valid_from'),
      dayColumn(db, 'i.valid_until', 'valid_until'),
      'i.message',
      'i.status',
      'i.sent_by',
      's.name as sender_name',
      'i.sent_at',
      'i.expires_at',
      'i.resend_count',
      'i.responded_at',
      'i.decline_reason',
    );
}

function toInvitation(row: InvitationRow): Invitation {
  return {
    id: row.id,
    partnerId: row.partnerId,
    partnerName: row.partnerName,
    clientId: row.clientId,
    companyName: row.companyName,
    domain: row.domain,
    contactEmail: row.contactEmail,
    contactName: row.contactName,
    locale: row.locale,
    scope: row.scope,
    validFrom: row.validFrom,
    validUntil: row.validUntil,
    message: row.message,
    status: row.status,
    sentBy: row.sentBy ? { personId: row.sentBy, name: row.senderName ?? '' } : null,
    sentAt: iso(row.sentAt),
    expiresAt: iso(row.expiresAt),
    resendCount: row.resendCount,
    respondedAt: isoOrNull(row.respondedAt),
    declineReason: row.declineReason,
  };
}

/**
 * The partners that already serve the company each invitation names — a client row of another
 * partner with the same contact address, domain or name — for a page of invitations in one query.
 */
async function alsoServedBy(db: Knex.Transaction, tenantId: string, rows: InvitationRow[]): Promise<Map<string, Invitation['alsoServedBy']>> {
  const out = new Map<string, NonNullable<Invitation['alsoServedBy']>>(rows.map((r) => [r.id, []]));
  if (rows.length === 0) return out;
  const lower = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => !!v).map((v) => v.toLowerCase()))];
  const [emails, domains, names] = [lower(rows.map((r) => r.contactEmail)), lower(rows.map((r) => r.domain)), lower(rows.map((r) => r.companyName))];
  const candidates: { clientId: string; partnerId: string; partnerName: string; clientName: string; email: string | null; domain: string | null }[] = await db('clients as c')
    .join('partners as p', 'p.id', 'c.partner_id')
    .leftJoin('fleet_client_contacts as fc', 'fc.client_id', 'c.id')
    .where('c.tenant_id', tenantId)
    .where((w) => {
      w.whereRaw('lower(c.name) = any(?)', [names]);
      if (emails.length) w.orWhereRaw('lower(fc.email) = any(?)', [emails]);
      if (domains.length) w.orWhereRaw('lower(c.domain) = any(?)', [domains]);
    })
    .orderBy([{ column: 'p.name' }, { column: 'c.id' }])
    .limit(500)
    .select('c.id as client_id', 'c.partner_id', 'p.name as partner_name', 'c.name as client_name', 'fc.email', 'c.domain');
  for (const row of rows) {
    const matches = candidates.filter(
      (c) =>
        c.partnerId !== row.partnerId &&
        (c.clientName.toLowerCase() === row.companyName.toLowerCase() ||
          (!!c.email && c.email.toLowerCase() === row.contactEmail.toLowerCase()) ||
          (!!c.domain && !!row.domain && c.domain.toLowerCase() === row.domain.toLowerCase())),
    );
    out.set(row.id, matches.map(({ clientId, partnerId, partnerName, clientName }) => ({ clientId, partnerId, partnerName, clientName })));
  }
  return out;
}

async function present(reader: FleetReader, rows: InvitationRow[]): Promise<Invitation[]> {
  const items = rows.map(toInvitation);
  if (reachOf(reader.actor).kind !== 'tenant') return items;
  const others = await alsoServedBy(reader.db, reader.tenant.id, rows);
  return items.map((item) => ({ ...item, alsoServedBy: others.get(item.id) ?? [] }));
}

function visibleInvitations(reader: FleetReader): Knex.QueryBuilder {
  const reach = reachOf(reader.actor);
  const query = invitationQuery(reader.db, reader.tenant.id);
  return reach.kind === 'partner' ? query.where('i.partner_id', reach.partnerId) : query;
}

async function findInvitation(reader: FleetReader, id: string, lock = false): Promise<InvitationRow> {
  const query = visibleInvitations(reader).where('i.id', id).first();
  if (lock) query.forUpdate('i');
  const row = (await query) as InvitationRow | undefined;
  if (!row) throw problems.notFound('No such invitation, or not one you can see.');
  return row;
}

export async function listInvitations(reader: FleetReader, query: InvitationListQuery): Promise<{ items: Invitation[]; nextCursor: string | null }> {
  const q = visibleInvitations(reader);
  if (query.status === 'pending') q.whereIn('i.status', PENDING);
  else if (query.status) q.where('i.status', query.status);
  if (query.clientId) q.where('i.client_id', query.clientId);
  if (query.partnerId) q.where('i.partner_id', query.partnerId);
  const text = query.q?.trim();
  if (text) {
    const pattern = `%${likeEscape(text)}%`;
    q.where((w) => w.whereRaw(`i.company_name ilike ? escape '\\'`, [pattern]).orWhereRaw(`i.contact_email ilike ? escape '\\'`, [pattern]));
  }
  const page = await keysetPage<InvitationRow & Record<string, unknown>>(
    q,
    [
      { column: 'i.sent_at', direction: 'desc' },
      { column: 'i.id', direction: 'desc' },
    ],
    query,
  );
  return { items: await present(reader, page.items), nextCursor: page.nextCursor };
}

export async function getInvitation(reader: FleetReader, id: string): Promise<Invitation> {
  const [item] = await present(reader, [await findInvitation(reader, id)]);
  return item;
}

/** Mails the contact their link to the invitation. */
async function mailInvitation(ctx: FleetEffects, row: InvitationRow, secret: string): Promise<void> {
  const programme = await programmeOf(ctx.db, ctx.tenant.id);
  const locale = pickLocale(row.locale, programme.defaultLocale);
  const mail = invitationMail(locale, {
    contactName: row.contactName,
    partnerName: row.partnerName,
    companyName: row.companyName,
    programme: programme.name,
    capabilities: row.scope.map((key) => capabilityLabel(key, ctx.settings.capabilities, locale)),
    validFrom: row.validFrom,
    validUntil: row.validUntil,
    message: row.message,
    url: `${ctx.publicUrl}/client-invitations/${row.id}?token=${secret}`,
    expiresOn: dayOf(new Date(row.expiresAt)),
  });
  await ctx.sendMail({ to: row.contactEmail, ...mail, kind: 'fleet.invitation' });
}

const payloadOf = (row: InvitationRow) => ({ invitationId: row.id, partnerId: row.partnerId, clientId: row.clientId, companyName: row.companyName, contactEmail: row.contactEmail });

/** The audit entry sits on the client once there is one (its activity), else on the invitation. */
const auditTarget = (row: InvitationRow) => (row.clientId ? { targetType: 'client', targetId: row.clientId } : { targetType: 'invitation', targetId: row.id });

const isUniqueViolation = (error: unknown) => (error as { code?: string } | null)?.code === '23505';

function checkValidity(validFrom: string, validUntil: string | null, today: string): void {
  if (!isCalendarDay(validFrom)) throw problems.invalidField('/validFrom', 'is not a calendar day.');
  if (validFrom < today) throw problems.invalidField('/validFrom', 'The mandate cannot start before today.');
  if (validUntil !== null) {
    if (!isCalendarDay(validUntil)) throw problems.invalidField('/validUntil', 'is not a calendar day.');
    if (validUntil < validFrom) throw problems.invalidField('/validUntil', 'The last day cannot come before the first.');
  }
}

export async function createInvitation(ctx: FleetContext, input: NewInvitation): Promise<Invitation> {
  const reach = reachOf(ctx.actor);
  if (reach.kind !== 'partner') throw problems.forbidden('Invitations are sent by a partner’s people, for their own organisation.');
  const partner = await partnerRow(ctx.db, ctx.tenant.id, reach.partnerId);
  if (partner.status !== 'active') throw problems.conflict(`Your organisation is ${partner.status}: it cannot invite clients.`, 'partner-inactive');
  if (input.clientId && input.companyName) throw problems.invalidField('/companyName', 'Name a new company, or invite the contact of a client you have (clientId), not both.');
  const contactEmail = input.contactEmail.trim();
  checkScope(ctx.settings, input.scope);
  const today = dayOf(new Date());
  const validFrom = input.validFrom ?? today;
  const validUntil = input.validUntil ?? null;
  checkValidity(validFrom, validUntil, today);

  let clientId: string | null = null;
  let companyName: string;
  let domain: string | null;
  if (input.clientId) {
    const client = await findVisibleClient(ctx.db, ctx.tenant.id, reach, input.clientId);
    const mandate = await mandateOfClient(ctx.db, ctx.tenant.id, client.id);
    if (mandate && mandate.status !== 'ended') throw problems.conflict('This client already gave a mandate: change that mandate instead.', 'already-mandated');
    const contact = await ctx.db('fleet_client_contacts').where({ clientId: client.id }).first('email');
    if (contact && contact.email.toLowerCase() !== contactEmail.toLowerCase()) {
      throw problems.invalidField('/contactEmail', `This client’s contact is ${contact.email}: the invitation goes to them. Ask the programme’s staff to change the contact.`);
    }
    clientId = client.id;
    companyName = client.name;
    domain = client.domain;
  } else {
    if (!input.companyName) throw problems.invalidField('/companyName', 'Name the company you invite (or give clientId for a client you have).');
    companyName = cleanName(input.companyName, '/companyName');
    domain = cleanDomain(input.domain, '/domain');
    const existing = await ctx.db('clients').where({ tenantId: ctx.tenant.id, partnerId: reach.partnerId }).whereRaw('lower(name) = lower(?)', [companyName]).first('id');
    if (existing) {
      const detail = `You already have a client named “${companyName}”: invite its contact from its page.`;
      throw new HttpProblem(409, 'client-exists', 'Conflict', { detail, errors: [{ in: 'body', field: '/companyName', message: detail }], extensions: { clientId: existing.id } });
    }
  }

  const expiresAt = addDays(new Date(), ctx.settings.invitationLifetimeDays);
  let id: string;
  try {
    [{ id }] = await ctx.db('fleet_invitations')
      .insert({
        tenantId: ctx.tenant.id,
        partnerId: reach.partnerId,
        clientId,
        companyName,
        domain,
        contactEmail,
        contactName: input.contactName?.trim() || null,
        locale: input.locale ?? null,
        scope: input.scope,
        validFrom,
        validUntil,
        message: input.message?.trim() || null,
        sentBy: ctx.actor.personId,
        expiresAt,
      })
      .returning('id');
  } catch (error) {
    if (isUniqueViolation(error)) {
      const detail = `An invitation to ${contactEmail} is already waiting for an answer: resend it instead.`;
      throw new HttpProblem(409, 'invitation-pending', 'Conflict', { detail, errors: [{ in: 'body', field: '/contactEmail', message: detail }] });
    }
    throw error;
  }
  const row = (await invitationQuery(ctx.db, ctx.tenant.id).where('i.id', id).first()) as InvitationRow;
  await mailInvitation(ctx, row, await issueLink(ctx.db, { tenantId: ctx.tenant.id, purpose: 'invitation', objectId: id, email: contactEmail, expiresAt }));
  await ctx.audit({
    action: 'fleet.invitation.sent',
    ...auditTarget(row),
    partnerId: row.partnerId,
    after: { invitationId: id, companyName, contactEmail, scope: row.scope, validFrom, validUntil },
  });
  await ctx.emit('fleet.invitation.sent', payloadOf(row));
  return getInvitation(ctx, id);
}

/** The invitation, locked, if the actor may resend or revoke it: its sender, or a holder of fleet.invitations.manage. */
async function manageable(ctx: FleetContext, id: string): Promise<InvitationRow> {
  const row = await findInvitation(ctx, id, true);
  const own = !!row.sentBy && row.sentBy === ctx.actor.personId && ctx.actor.permissions.has(P.invitationsSend);
  if (!own && !ctx.actor.permissions.has(P.invitationsManage)) throw problems.forbidden('Only the person who sent this invitation, or someone who manages invitations, can resend or revoke it.');
  if (!PENDING.includes(row.status)) throw problems.conflict(`This invitation is ${row.status}: it can no longer be resent or revoked.`, 'invitation-closed');
  return row;
}

/** A new link (the old one dies) and a new lifetime; the status becomes `resent`. */
export async function resendInvitation(ctx: FleetContext, id: string): Promise<Invitation> {
  const row = await manageable(ctx, id);
  await ctx.rateLimit(`fleet:invitation-resend:${id}`, 5, 3600);
  const expiresAt = addDays(new Date(), ctx.settings.invitationLifetimeDays);
  await ctx.db('fleet_invitations').where({ id }).update({ status: 'resent', expiresAt, resendCount: row.resendCount + 1, updatedAt: ctx.db.fn.now() });
  const updated = (await invitationQuery(ctx.db, ctx.tenant.id).where('i.id', id).first()) as InvitationRow;
  await mailInvitation(ctx, updated, await issueLink(ctx.db, { tenantId: ctx.tenant.id, purpose: 'invitation', objectId: id, email: row.contactEmail, expiresAt }));
  await ctx.audit({ action: 'fleet.invitation.resent', ...auditTarget(row), partnerId: row.partnerId, before: { status: row.status, expiresAt: iso(row.expiresAt) }, after: { invitationId: id, status: 'resent', expiresAt: expiresAt.toISOString() } });
  await ctx.emit('fleet.invitation.resent', payloadOf(updated));
  return getInvitation(ctx, id);
}

export async function revokeInvitation(ctx: FleetContext, id: string): Promise<Invitation> {
  const row = await manageable(ctx, id);
  await ctx.db('fleet_invitations').where({ id }).update({ status: 'revoked', updatedAt: ctx.db.fn.now() });
  await supersedeLinks(ctx.db, 'invitation', id);
  await ctx.audit({ action: 'fleet.invitation.revoked', ...auditTarget(row), partnerId: row.partnerId, before: { status: row.status }, after: { invitationId: id, status: 'revoked' } });
  await ctx.emit('fleet.invitation.revoked', payloadOf(row));
  return getInvitation(ctx, id);
}

// ---------------------------------------------------------------------------------------------
// The contact's side (their link's page): no actor, only the link.

export type Response = { decision: 'accept' } | { decision: 'decline'; reason?: string };
export type ResponseOutcome =
  | { outcome: 'accepted' | 'declined'; invitation: InvitationRow }
  | { outcome: 'used' | 'expired' | 'invalid' | 'closed'; invitation?: InvitationRow };

/** The invitation a link names, for its page (nothing changes). */
export async function invitationForLink(db: Knex.Transaction, tenantId: string, id: string): Promise<InvitationRow | undefined> {
  return (await invitationQuery(db, tenantId).where('i.id', id).first()) as InvitationRow | undefined;
}

const contactChanger = (row: InvitationRow): Changer => ({ kind: 'contact', personId: null, name: row.contactName ?? row.contactEmail });

/**
 * The contact accepts or declines through their link. The link is consumed first, in one statement:
 * of two concurrent answers only one counts. Accepting links the client to the partner (a new client
 * row for a new company), records the contact, and makes the mandate the invitation proposed.
 */
export async function respondToInvitation(fx: FleetEffects, id: string, token: string | undefined, response: Response): Promise<ResponseOutcome> {
  const locked = await fx.db('fleet_invitations').where({ tenantId: fx.tenant.id, id }).forUpdate().first('id');
  if (!locked) return { outcome: 'invalid' };
  const consumed = await consumeLink(fx.db, 'invitation', id, token);
  const row = (await invitationForLink(fx.db, fx.tenant.id, id))!;
  if (!consumed.ok) return { outcome: consumed.state, invitation: row };
  if (!PENDING.includes(row.status) || new Date(row.expiresAt).getTime() <= Date.now()) return { outcome: 'closed', invitation: row };

  if (response.decision === 'decline') {
    const reason = response.reason?.trim().slice(0, 1000) || null;
    await fx.db('fleet_invitations').where({ id }).update({ status: 'declined', respondedAt: fx.db.fn.now(), declineReason: reason, updatedAt: fx.db.fn.now() });
    await fx.audit({ action: 'fleet.invitation.declined', ...auditTarget(row), partnerId: row.partnerId, after: { invitationId: id, reason, by: 'contact', contactName: row.contactName ?? row.contactEmail } });
    await fx.emit('fleet.invitation.declined', payloadOf(row));
    return { outcome: 'declined', invitation: { ...row, status: 'declined' } };
  }

  const client = await linkedClient(fx, row);
  await setContact(fx.db, fx.tenant.id, client, { email: row.contactEmail, name: row.contactName, locale: row.locale });
  const terms = { scope: row.scope, validFrom: row.validFrom, validUntil: row.validUntil, status: 'active' as const };
  const meta = { change: 'created' as const, reason: `Accepted the invitation of ${row.partnerName}`, by: contactChanger(row) };
  const existing = await mandateOfClient(fx.db, fx.tenant.id, client.id, true);
  if (existing) await supersedePending(fx, existing);
  const written = existing ? await writeVersion(fx.db, fx.tenant.id, existing, terms, meta) : await createMandate(fx.db, fx.tenant.id, client, terms, meta);
  await fx.db('fleet_invitations').where({ id }).update({ status: 'accepted', clientId: client.id, respondedAt: fx.db.fn.now(), updatedAt: fx.db.fn.now() });
  const accepted = { ...row, status: 'accepted' as const, clientId: client.id };
  await fx.audit({
    action: 'fleet.invitation.accepted',
    targetType: 'client',
    targetId: client.id,
    partnerId: row.partnerId,
    after: { invitationId: id, mandateId: written.mandate.id, by: 'contact', contactName: row.contactName ?? row.contactEmail },
  });
  await announceVersion(fx, written.mandate, written.version);
  await fx.emit('fleet.invitation.accepted', { ...payloadOf(accepted), clientId: client.id });
  await fx.emit('fleet.client.linked', { clientId: client.id, partnerId: row.partnerId, invitationId: id, externalId: client.externalId, mandateId: written.mandate.id });
  return { outcome: 'accepted', invitation: accepted };
}

/** The client row the accepted invitation links: the one it named, one of that name made meanwhile, or a new one. */
async function linkedClient(fx: FleetEffects, row: InvitationRow): Promise<{ id: string; partnerId: string; externalId: string | null }> {
  const found = row.clientId
    ? await fx.db('clients').where({ tenantId: fx.tenant.id, id: row.clientId }).first('id', 'partner_id', 'external_id')
    : await fx.db('clients').where({ tenantId: fx.tenant.id, partnerId: row.partnerId }).whereRaw('lower(name) = lower(?)', [row.companyName]).first('id', 'partner_id', 'external_id');
  if (found) return { id: found.id, partnerId: found.partnerId, externalId: found.externalId ?? null };
  const [created] = await fx.db('clients').insert({ tenantId: fx.tenant.id, partnerId: row.partnerId, name: row.companyName, domain: row.domain }).returning(['id', 'partner_id']);
  await fx.db('fleet_client_profiles').insert({ tenantId: fx.tenant.id, clientId: created.id, partnerId: row.partnerId, source: 'invitation' });
  return { id: created.id, partnerId: created.partnerId, externalId: null };
}

/** The scheduled task's part: invitations past their lifetime expire, and their links die. */
export async function expireInvitations(fx: FleetEffects, now: Date): Promise<number> {
  const expired = await fx.db('fleet_invitations')
    .where({ tenantId: fx.tenant.id })
    .whereIn('status', PENDING)
    .where('expiresAt', '<=', now)
    .update({ status: 'expired', updatedAt: now })
    .returning('id');
  for (const { id } of expired) {
    const row = (await invitationForLink(fx.db, fx.tenant.id, id))!;
    await supersedeLinks(fx.db, 'invitation', id);
    await fx.audit({ action: 'fleet.invitation.expired', ...auditTarget(row), partnerId: row.partnerId, after: { invitationId: id, status: 'expired' } });
    await fx.emit('fleet.invitation.expired', payloadOf(row));
  }
  return expired.length;
}
