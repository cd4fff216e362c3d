/**
 * Client companies: the list, the 360 page's summary, registering and changing a client. Domain rules
 * only: no Koa here, so tasks, seeds and tests call the same functions the routes call.
 */
import type { Knex } from 'knex';
import { HttpProblem, problems } from '@portico/core';
import { keysetPage, type SortKey } from '@portico/core/server';
import { clientIdsAssignedTo } from '@portico/plugin-team';
import { partnerFor, partnerRow, reachOf, type FleetContext, type FleetReader } from '../context.js';
import { deepLinkFor } from '../deep-link.js';
import { programmeOf } from '../programme.js';
import { mandateOfClient, pendingProposalsOf, toMandate } from '../mandates/queries.js';
import type { ClientDetail, ClientListQuery, ClientSummary, ClientUpdate, NewClient } from '../schemas.js';
import { iso, isoOrNull } from '../time.js';
import { cleanCountry, cleanDomain, cleanName } from './fields.js';
import { findVisibleClient, likeEscape, otherPartnersOf, summariesOf, toSummary, visibleClients, type ClientRow } from './queries.js';

const SORTS: Record<NonNullable<ClientListQuery['sort']>, SortKey[]> = {
  name: [{ column: 'c.name', direction: 'asc' }, { column: 'c.id', direction: 'asc' }],
  '-name': [{ column: 'c.name', direction: 'desc' }, { column: 'c.id', direction: 'desc' }],
  createdAt: [{ column: 'c.created_at', direction: 'asc' }, { column: 'c.id', direction: 'asc' }],
  '-createdAt': [{ column: 'c.created_at', direction: 'desc' }, { column: 'c.id', direction: 'desc' }],
};

export async function listClients(reader: FleetReader, query: ClientListQuery): Promise<{ items: ClientSummary[]; nextCursor: string | null }> {
  const reach = reachOf(reader.actor);
  const partnerId = partnerFor(reach, query.partnerId, '/partnerId', 'query');
  const q = visibleClients(reader.db, reader.tenant.id, reach);
  if (partnerId && reach.kind === 'tenant') q.where('c.partner_id', partnerId);
  if (query.status) q.where('c.status', query.status);
  if (query.health === 'unknown') q.whereNull('prof.health');
  else if (query.health) q.where('prof.health', query.health);
  if (query.mandate === 'none') q.whereNull('m.id');
  else if (query.mandate) q.where('m.status', query.mandate);
  if (query.externalId) q.where('c.external_id', query.externalId);
  if (query.assignee) q.whereIn('c.id', clientIdsAssignedTo(reader.db, query.assignee));
  const text = query.q?.trim();
  if (text) {
    const pattern = `%${likeEscape(text)}%`;
    q.where((w) => w.whereRaw(`c.name ilike ? escape '\\'`, [pattern]).orWhereRaw(`c.domain ilike ? escape '\\'`, [pattern]).orWhere('c.external_id', text));
  }
  const page = await keysetPage<ClientRow & Record<string, unknown>>(q, SORTS[query.sort ?? 'name'], query);
  return { items: await summariesOf(reader.db, page.items), nextCursor: page.nextCursor };
}

interface ProfileRow {
  source: ClientDetail['source'];
  facts: Record<string, string | number | boolean | null>;
}

/** What a client came from when no profile says (a client the team pages registered). */
const sourceOf = (row: ClientRow): ClientDetail['source'] => row.source ?? 'team';

/** The 360 page's summary of one client: profile, contact, mandate, pending invitation, assignees, deep link. */
export async function clientDetail(reader: FleetReader, id: string): Promise<ClientDetail> {
  const reach = reachOf(reader.actor);
  const row = await findVisibleClient(reader.db, reader.tenant.id, reach, id);
  const { db } = reader;
  const profile = (await db('fleet_client_profiles').where({ clientId: id }).first('source', 'facts')) as ProfileRow | undefined;
  const contact = await db('fleet_client_contacts').where({ clientId: id }).first('email', 'name', 'locale');
  const mandateRow = await mandateOfClient(db, reader.tenant.id, id);
  const pending = mandateRow ? await pendingProposalsOf(db, reader.tenant.id, [mandateRow.id]) : new Map();
  const invitation = await db('fleet_invitations')
    .where({ clientId: id })
    .whereIn('status', ['sent', 'resent'])
    .orderBy('sent_at', 'desc')
    .first('id', 'status', 'contact_email', 'expires_at');
  const [summary] = await summariesOf(db, [row]);
  const url = deepLinkFor(reader.settings.deepLinkTemplate, { id, externalId: row.externalId });
  const detail: ClientDetail = {
    ...summary,
    mandate: mandateRow ? toMandate(mandateRow, pending.get(mandateRow.id) ?? null) : null,
    source: sourceOf(row),
    facts: profile?.facts ?? {},
    contact: contact ? { email: contact.email, name: contact.name ?? null, locale: contact.locale ?? null } : null,
    fedAt: isoOrNull(row.fedAt),
    updatedAt: iso(row.updatedAt),
    pendingInvitation: invitation ? { id: invitation.id, status: invitation.status, contactEmail: invitation.contactEmail, expiresAt: iso(invitation.expiresAt) } : null,
    deepLink: url ? { url, productName: reader.settings.productName || (await programmeOf(db, reader.tenant.id)).name } : null,
  };
  if (reach.kind === 'tenant') {
    detail.alsoServedBy = await otherPartnersOf(db, reader.tenant.id, row.partnerId, { externalId: row.externalId, contactEmail: contact?.email, domain: row.domain, excludeClientId: id });
  }
  return detail;
}

const isUniqueViolation = (error: unknown) => (error as { code?: string } | null)?.code === '23505';

/** Names are unique per partner, whatever the case: the form shows it on the name. */
function nameTaken(name: string): HttpProblem {
  const detail = `This partner already has a client named “${name}”.`;
  return new HttpProblem(409, 'client-name-taken', 'Conflict', { detail, errors: [{ in: 'body', field: '/name', message: detail }] });
}

/** Registers a client: a partner's people for their organisation (when the tenant allows it), staff for a partner they name. */
export async function registerClient(ctx: FleetContext, input: NewClient): Promise<ClientDetail> {
  const reach = reachOf(ctx.actor);
  if (reach.kind === 'partner' && !ctx.settings.partnersMayRegisterClients) {
    throw problems.forbidden('Your programme adds client companies from its own product; ask its staff to add this one.');
  }
  const partnerId = partnerFor(reach, input.partnerId);
  if (!partnerId) throw problems.invalidField('/partnerId', 'is required: name the partner the client belongs to.');
  const partner = await partnerRow(ctx.db, ctx.tenant.id, partnerId);
  if (reach.kind === 'partner' && partner.status !== 'active') throw problems.conflict(`Your organisation is ${partner.status}: it cannot add clients.`, 'partner-inactive');
  const name = cleanName(input.name, '/name');
  let id: string;
  try {
    [{ id }] = await ctx.db('clients')
      .insert({ tenantId: ctx.tenant.id, partnerId, name, domain: cleanDomain(input.domain, '/domain'), country: cleanCountry(input.country, '/country') })
      .returning('id');
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken(name);
    throw error;
  }
  const by = reach.kind === 'partner' ? 'partner' : 'staff';
  await ctx.db('fleet_client_profiles').insert({ tenantId: ctx.tenant.id, clientId: id, partnerId, source: by });
  const detail = await clientDetail(ctx, id);
  await ctx.audit({ action: 'fleet.client.registered', targetType: 'client', targetId: id, partnerId, after: { name, domain: detail.domain, country: detail.country, source: by } });
  await ctx.emit('fleet.client.registered', { clientId: id, partnerId, name, by });
  return detail;
}

/**
 * Changes a client. A client the tenant's feed pushed (it has an external id) is the tenant's: its
 * partner's people cannot rename it, archive it or change its domain or country; staff can. Only staff
 * set the client's contact, who approves mandate extensions.
 */
export async function updateClient(ctx: FleetContext, id: string, input: ClientUpdate): Promise<ClientDetail> {
  const reach = reachOf(ctx.actor);
  const row = await findVisibleClient(ctx.db, ctx.tenant.id, reach, id, true);
  if (reach.kind === 'partner') {
    if (input.contact !== undefined) throw problems.forbidden('A client’s contact approves what its partners may do: only the programme’s staff change it.');
    if (row.externalId) throw problems.conflict('This client comes from the programme’s own product: change it there.', 'fed-by-tenant');
  }
  const changes: Record<string, unknown> = {};
  if (input.name !== undefined) changes.name = cleanName(input.name, '/name');
  if (input.domain !== undefined) changes.domain = cleanDomain(input.domain, '/domain');
  if (input.country !== undefined) changes.country = cleanCountry(input.country, '/country');
  if (input.status !== undefined) changes.status = input.status;
  const before = toSummary(row, []);
  if (Object.keys(changes).length > 0) {
    try {
      await ctx.db('clients').where({ id }).update({ ...changes, updatedAt: ctx.db.fn.now() });
    } catch (error) {
      if (isUniqueViolation(error)) throw nameTaken(String(changes.name));
      throw error;
    }
  }
  let contactChange: unknown;
  if (input.contact !== undefined) {
    const previous = await ctx.db('fleet_client_contacts').where({ clientId: id }).first('email', 'name', 'locale');
    await setContact(ctx.db, ctx.tenant.id, { id, partnerId: row.partnerId }, input.contact);
    contactChange = { before: previous ?? null, after: input.contact };
  }
  const after = await clientDetail(ctx, id);
  await ctx.audit({
    action: 'fleet.client.updated',
    targetType: 'client',
    targetId: id,
    partnerId: row.partnerId,
    before: { name: before.name, domain: before.domain, country: before.country, status: before.status },
    after: { name: after.name, domain: after.domain, country: after.country, status: after.status, ...(contactChange ? { contact: contactChange } : {}) },
  });
  return after;
}

/** Sets (or, with null, removes) the client's contact. */
export async function setContact(
  db: Knex.Transaction,
  tenantId: string,
  client: { id: string; partnerId: string },
  contact: { email: string; name?: string | null; locale?: string | null } | null,
): Promise<void> {
  if (contact === null) {
    await db('fleet_client_contacts').where({ clientId: client.id }).delete();
    return;
  }
  await db('fleet_client_contacts')
    .insert({ tenantId, clientId: client.id, partnerId: client.partnerId, email: contact.email.trim(), name: contact.name?.trim() || null, locale: contact.locale ?? null })
    .onConflict('client_id')
    .merge({ email: contact.email.trim(), name: contact.name?.trim() || null, locale: contact.locale ?? null, updatedAt: db.fn.now() });
}

