/**
 * Embedded sign-in. A tenant's backend holds a secret API key; for a person it has signed in its own
 * way it mints a short-lived embed token, bound to one of the tenant's allowed origins, which the
 * tenant's page hands to the widgets. Keys and tokens are stored only as hashes.
 */
import type { Knex } from 'knex';
import { HttpProblem, problems, type Actor, type Locale, type PageRequest, type PermissionCatalog } from '@portico/core';
import { keysetPage } from '@portico/core/server';
import { EMBED_TTL_SECONDS, type EMBEDDABLE_ROLES } from '../schemas.js';
import { composeToken, hashSecret, randomSecret, TOKEN_PREFIX } from '../tokens.js';
import { mayEmbed, type KeyAudience, type KeyScopes } from './scopes.js';
import { markSeen } from '../sessions/service.js';

// ---------------------------------------------------------------------------------------------------
// API keys

export interface ApiKeyView extends KeyScopes {
  id: string;
  name: string;
  hint: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

interface ApiKeyRow {
  id: string;
  name: string;
  hint: string;
  audience: KeyAudience;
  scopes: string[] | null;
  createdAt: Date | string;
  lastUsedAt: Date | string | null;
  revokedAt: Date | string | null;
}

const API_KEY_COLUMNS = ['id', 'name', 'hint', 'audience', 'scopes', 'created_at', 'last_used_at', 'revoked_at'];
const HINT_LENGTH = 4;

const iso = (value: Date | string | null): string | null => (value === null ? null : new Date(value).toISOString());

function apiKeyView(row: ApiKeyRow): ApiKeyView {
  return {
    id: row.id,
    name: row.name,
    hint: row.hint,
    audience: row.audience,
    scopes: row.scopes,
    createdAt: iso(row.createdAt)!,
    lastUsedAt: iso(row.lastUsedAt),
    revokedAt: iso(row.revokedAt),
  };
}

export async function listApiKeys(db: Knex.Transaction, page: PageRequest): Promise<{ items: ApiKeyView[]; nextCursor: string | null }> {
  const result = await keysetPage<ApiKeyRow & Record<string, unknown>>(db('access_api_keys').select(API_KEY_COLUMNS), [
    { column: 'created_at', direction: 'desc' },
    { column: 'id', direction: 'desc' },
  ], page);
  return { items: result.items.map(apiKeyView), nextCursor: result.nextCursor };
}

/**
 * Creates a key; the returned `key` is the only copy there will ever be. Its audience and scopes are
 * fixed for its life (make another key to change them); `scopes` must be known permission keys.
 */
export async function createApiKey(
  db: Knex.Transaction,
  catalog: PermissionCatalog,
  input: { tenantId: string; name: string; createdBy: string | null; audience?: KeyAudience; scopes?: readonly string[] },
): Promise<{ apiKey: ApiKeyView; key: string }> {
  const unknown = (input.scopes ?? []).findIndex((permission) => !catalog.has(permission));
  if (unknown >= 0) throw problems.invalidField(`/scopes/${unknown}`, 'is not a permission of this portal');
  const secret = randomSecret();
  const key = composeToken(TOKEN_PREFIX.apiKey, input.tenantId, secret);
  const [row] = await db('access_api_keys')
    .insert({
      tenantId: input.tenantId,
      name: input.name,
      hint: key.slice(-HINT_LENGTH),
      secretHash: hashSecret(secret),
      createdBy: input.createdBy,
      audience: input.audience ?? 'members',
      scopes: input.scopes ? [...new Set(input.scopes)].sort() : null,
    })
    .returning(API_KEY_COLUMNS);
  return { apiKey: apiKeyView(row), key };
}

/** Revokes a key and ends the embed tokens it minted: a leaked key must stop working at once. */
export async function revokeApiKey(db: Knex.Transaction, id: string): Promise<{ before: ApiKeyView; after: ApiKeyView; endedTokens: number }> {
  const row: ApiKeyRow | undefined = await db('access_api_keys').where({ id }).forUpdate().first(API_KEY_COLUMNS);
  if (!row) throw problems.notFound('There is no such API key.');
  if (row.revokedAt) throw problems.conflict('This API key is already revoked.', 'already-revoked');
  const [after] = await db('access_api_keys').where({ id }).update({ revokedAt: db.fn.now(), updatedAt: db.fn.now() }).returning(API_KEY_COLUMNS);
  const endedTokens = await db('access_embed_tokens').where({ apiKeyId: id }).delete();
  return { before: apiKeyView(row), after: apiKeyView(after), endedTokens };
}

/** The audience and scopes of a key that is not revoked. */
export async function keyScopesOf(db: Knex.Transaction, id: string): Promise<KeyScopes | null> {
  const row = await db('access_api_keys').where({ id }).whereNull('revoked_at').first('audience', 'scopes');
  return row ? { audience: row.audience, scopes: row.scopes } : null;
}

/** The id of the API key an actor authenticated with, or null if it is not an API key. */
export function apiKeyIdOf(actor: Actor | null): string | null {
  if (actor?.kind !== 'api-key') return null;
  const match = /^api-key:([0-9a-f-]{36})$/.exec(actor.via);
  return match ? match[1] : null;
}

// ---------------------------------------------------------------------------------------------------
// Embed tokens

export interface MintRequest {
  email?: string;
  externalId?: string;
  origin: string;
  partnerId?: string;
  ttlSeconds?: number;
  createMember?: {
    name: string;
    role: (typeof EMBEDDABLE_ROLES)[number];
    partnerId: string;
    locale?: Locale;
    /** Required when the person is looked up by `externalId` (a person needs an email). */
    email?: string;
  };
}

export interface EmbeddedPerson {
  id: string;
  name: string;
  email: string;
  partnerId: string | null;
}

export interface MintedToken {
  id: string;
  token: string;
  expiresAt: string;
  origin: string;
  person: EmbeddedPerson;
  /** What happened to the person on the way, for the audit trail. */
  personCreated: boolean;
  personActivated: boolean;
}

interface PersonRow {
  id: string;
  kind: 'staff' | 'member';
  status: 'invited' | 'active' | 'deactivated' | 'removed';
  email: string;
  name: string;
}

const PERSON_COLUMNS = ['id', 'kind', 'status', 'email', 'name'];

function fieldProblem(status: number, slug: string, title: string, field: string, message: string): HttpProblem {
  return new HttpProblem(status, slug, title, { detail: message, errors: [{ in: 'body', field, message }] });
}

function findPerson(db: Knex.Transaction, by: { email: string } | { externalId: string }): Promise<PersonRow | undefined> {
  const query = db('people').forUpdate().first(PERSON_COLUMNS);
  return 'email' in by ? query.whereRaw('lower(email) = lower(?)', [by.email]) : query.where({ externalId: by.externalId });
}

/** Creates the member the backend vouches for, in an active partner; null if a concurrent mint did first. */
async function createMember(
  db: Knex.Transaction,
  tenantId: string,
  by: { email: string } | { externalId: string },
  spec: NonNullable<MintRequest['createMember']>,
): Promise<PersonRow | null> {
  const email = 'email' in by ? by.email : spec.email;
  if (!email) throw problems.invalidField('/createMember/email', 'is required to create a member found by externalId');
  const partner = await db('partners').where({ id: spec.partnerId }).first('id', 'status');
  if (!partner) throw fieldProblem(404, 'not-found', 'Not found', '/createMember/partnerId', 'is not a partner organisation of this programme');
  if (partner.status !== 'active') throw problems.conflict(`This partner organisation is ${partner.status}; nobody can join it.`, 'partner-not-active');
  if ('externalId' in by && (await findPerson(db, { email }))) {
    throw problems.conflict('A person with this email already exists under another external id.', 'email-taken');
  }
  // ON CONFLICT DO NOTHING waits for a concurrent insert of the same person, then yields to it.
  const [created]: PersonRow[] = await db('people')
    .insert({ tenantId, kind: 'member', status: 'active', email, name: spec.name, locale: spec.locale ?? null, externalId: 'externalId' in by ? by.externalId : null })
    .onConflict()
    .ignore()
    .returning(PERSON_COLUMNS);
  if (!created) return null;
  await db('memberships').insert({ tenantId, personId: created.id, partnerId: partner.id, role: spec.role });
  return created;
}

/**
 * Finds (or creates) the person the tenant's backend vouches for and mints their embed token.
 * `allowedOrigins` are the tenant's embed origins; refusals name the field at fault.
 */
export async function mintEmbedToken(
  db: Knex.Transaction,
  input: { tenantId: string; apiKeyId: string; key: KeyScopes; allowedOrigins: readonly string[] },
  request: MintRequest,
): Promise<MintedToken> {
  if ((request.email === undefined) === (request.externalId === undefined)) {
    throw problems.invalidField(request.email === undefined ? '/email' : '/externalId', 'give exactly one of email and externalId');
  }
  if (request.createMember?.email !== undefined && request.email !== undefined) {
    throw problems.invalidField('/createMember/email', 'give the email once, at the top level');
  }
  if (!input.allowedOrigins.includes(request.origin)) {
    throw problems.invalidField('/origin', 'is not one of the programme’s allowed embed origins (exactly scheme://host[:port])');
  }
  const by = request.email !== undefined ? { email: request.email } : { externalId: request.externalId! };

  let person = await findPerson(db, by);
  let personCreated = false;
  if (!person) {
    if (!request.createMember) throw problems.notFound('There is no such person in this programme.');
    const created = await createMember(db, input.tenantId, by, request.createMember);
    personCreated = !!created;
    person = created ?? (await findPerson(db, by));
    if (!person) throw problems.conflict('A person with this email or external id already exists.', 'email-taken');
  }
  if (person.status === 'deactivated' || person.status === 'removed') {
    throw problems.conflict('This person’s access has ended; reactivate them in the portal first.', 'person-inactive');
  }
  if (!mayEmbed(input.key, person.kind)) {
    throw fieldProblem(403, 'forbidden', 'Forbidden', request.email !== undefined ? '/email' : '/externalId', 'is a member of the vendor’s staff; this API key embeds partner members only');
  }

  // The same membership the actor will be built from (loadPersonAccess takes the first).
  const membership = await db('memberships as m')
    .leftJoin('partners as pa', 'pa.id', 'm.partner_id')
    .where('m.person_id', person.id)
    .orderBy('m.created_at')
    .first('m.partner_id', 'pa.status as partner_status');
  if (!membership) throw problems.conflict('This person has no place in the programme.', 'no-membership');
  if (request.partnerId !== undefined && membership.partnerId !== request.partnerId) {
    throw fieldProblem(404, 'not-found', 'Not found', '/partnerId', 'is not this person’s partner organisation');
  }
  if (membership.partnerId && membership.partnerStatus !== 'active') {
    throw problems.conflict(`This person’s partner organisation is ${membership.partnerStatus}.`, 'partner-not-active');
  }

  // Their backend signed them in: that is being seen, whether or not they ever open the portal itself.
  await markSeen(db, person.id);
  let personActivated = false;
  if (person.status === 'invited') {
    // Their own backend has signed them in: the invitation has served its purpose.
    await db('people').where({ id: person.id, status: 'invited' }).update({ status: 'active', updatedAt: db.fn.now() });
    personActivated = true;
  }

  const ttl = request.ttlSeconds ?? EMBED_TTL_SECONDS.default;
  const secret = randomSecret();
  const [token] = await db('access_embed_tokens')
    .insert({
      tenantId: input.tenantId,
      personId: person.id,
      apiKeyId: input.apiKeyId,
      origin: request.origin,
      tokenHash: hashSecret(secret),
      // The database's clock, the one the authenticator compares with.
      expiresAt: db.raw("now() + (? * interval '1 second')", [ttl]),
    })
    .returning(['id', 'expires_at']);
  await maybePruneExpiredEmbedTokens(db, input.tenantId);

  return {
    id: token.id,
    token: composeToken(TOKEN_PREFIX.embed, input.tenantId, secret),
    expiresAt: new Date(token.expiresAt).toISOString(),
    origin: request.origin,
    person: { id: person.id, name: person.name, email: person.email, partnerId: membership.partnerId ?? null },
    personCreated,
    personActivated,
  };
}

// ---------------------------------------------------------------------------------------------------
// Housekeeping

const PRUNE_EVERY_MS = 15 * 60_000;
const lastPruned = new Map<string, number>();

/** Deletes the tokens of the transaction's tenant that expired more than a day ago. */
export async function pruneExpiredEmbedTokens(db: Knex.Transaction): Promise<number> {
  return db('access_embed_tokens').where('expires_at', '<', db.raw("now() - interval '1 day'")).delete();
}

/** Prunes at most once in a while per tenant and process: minting must stay cheap. */
async function maybePruneExpiredEmbedTokens(db: Knex.Transaction, tenantId: string): Promise<void> {
  const now = Date.now();
  if (now - (lastPruned.get(tenantId) ?? 0) < PRUNE_EVERY_MS) return;
  lastPruned.set(tenantId, now);
  await pruneExpiredEmbedTokens(db);
}
