/**
 * The client contacts' single-use links: to one invitation or one mandate proposal. Each carries 256
 * random bits, is stored only as its SHA-256 hash (a fast hash suffices: the input is random, not a
 * password), expires, and is consumed in one atomic statement. Issuing a new link for the same object
 * supersedes the old one (a resent invitation): the old link then reads as expired.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Knex } from 'knex';

export type LinkPurpose = 'invitation' | 'proposal';

const SECRET = /^[A-Za-z0-9_-]{43}$/;

export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('base64url');

/** Whether a token could be one of ours (anything else is simply no link). */
export const isWellFormed = (token: string | undefined): token is string => !!token && SECRET.test(token);

const objectColumn = (purpose: LinkPurpose) => (purpose === 'invitation' ? 'invitation_id' : 'proposal_id');

/** Issues a link for the object, superseding its earlier unused ones; answers the secret, which is never stored. */
export async function issueLink(db: Knex.Transaction, input: { tenantId: string; purpose: LinkPurpose; objectId: string; email: string; expiresAt: Date }): Promise<string> {
  await supersedeLinks(db, input.purpose, input.objectId);
  const secret = randomBytes(32).toString('base64url');
  await db('fleet_links').insert({
    tenantId: input.tenantId,
    purpose: input.purpose,
    [objectColumn(input.purpose)]: input.objectId,
    email: input.email,
    tokenHash: hashSecret(secret),
    expiresAt: input.expiresAt,
  });
  return secret;
}

/** Makes every unused link of the object dead (a revocation, a resend, a decision). */
export async function supersedeLinks(db: Knex.Transaction, purpose: LinkPurpose, objectId: string): Promise<void> {
  await db('fleet_links').where(objectColumn(purpose), objectId).whereNull('consumed_at').whereNull('superseded_at').update({ supersededAt: db.fn.now() });
}

export type LinkState = 'valid' | 'used' | 'expired' | 'invalid';

/**
 * What a link is, without consuming it (the page a mail scanner may open). A link of another object
 * than `objectId` is `invalid`, as is no link at all: a token reaches its own object only.
 */
export async function inspectLink(db: Knex.Transaction, purpose: LinkPurpose, objectId: string, token: string | undefined): Promise<LinkState> {
  if (!isWellFormed(token)) return 'invalid';
  const link = await db('fleet_links').where({ tokenHash: hashSecret(token), purpose }).first(objectColumn(purpose), 'consumed_at', 'superseded_at', 'expires_at');
  if (!link || link[purpose === 'invitation' ? 'invitationId' : 'proposalId'] !== objectId) return 'invalid';
  if (link.consumedAt) return 'used';
  if (link.supersededAt || new Date(link.expiresAt).getTime() <= Date.now()) return 'expired';
  return 'valid';
}

/**
 * Consumes the link in one statement: of any number of concurrent uses, exactly one gets `true`;
 * the others learn why not.
 */
export async function consumeLink(db: Knex.Transaction, purpose: LinkPurpose, objectId: string, token: string | undefined): Promise<{ ok: true } | { ok: false; state: Exclude<LinkState, 'valid'> }> {
  if (!isWellFormed(token)) return { ok: false, state: 'invalid' };
  const [row] = await db('fleet_links')
    .where({ tokenHash: hashSecret(token), purpose, [objectColumn(purpose)]: objectId })
    .whereNull('consumed_at')
    .whereNull('superseded_at')
    .where('expires_at', '>', db.fn.now())
    .update({ consumedAt: db.fn.now() })
    .returning('id');
  if (row) return { ok: true };
  const state = await inspectLink(db, purpose, objectId, token);
  return { ok: false, state: state === 'valid' ? 'used' : state };
}
