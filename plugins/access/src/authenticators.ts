/**
 * The three ways a request proves who it is:
 *   - a session cookie (the standalone portal), whose mutations must also pass request verification;
 *   - a bearer embed token (widgets on a tenant's own site), bound to one allowed origin, holding its
 *     person's permissions within its API key's scopes (embed/scopes.ts);
 *   - a bearer API key (a tenant's backend), which may only mint embed tokens.
 */
import type { AuthRequest } from '@portico/core';
import { crossSiteProblem, problems } from '@portico/core';
import { actorFor, hasConfirmedMfa, personAccessQuery, type PersonAccess } from './actor.js';
import { P } from './permissions.js';
import { defineAuthenticator } from './types.js';
import { hashSecret, parseToken, sameSecret, TOKEN_PREFIX, verificationTokenOf } from './tokens.js';
import { embedCeiling, mayEmbed, type KeyScopes } from './embed/scopes.js';
import { SIGNED_OUT_COOKIE, SIGNED_OUT_NOTE_MS, type SignedOutReason } from './signed-out.js';

export const SESSION_COOKIE = 'portico_session';
export const SECURE_SESSION_COOKIE = '__Host-portico_session';
export const VERIFICATION_HEADER = 'x-portico-verification';

export function sessionCookieName(origin: string): string {
  return origin.startsWith('https:') ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
}

const SEEN_EVERY_MS = 60_000;

/** How long a stored user agent may be (a session keeps the first characters of the browser's). */
export const USER_AGENT_CHARS = 400;

/**
 * The browser a session is bound to: its user agent without version numbers, so that a browser
 * updating itself keeps its sessions, while the cookie replayed from another browser or system does not.
 */
export function browserOf(userAgent: string | null | undefined): string {
  return (userAgent ?? '').slice(0, USER_AGENT_CHARS).replace(/[0-9][0-9._]*/g, '#');
}

function bearer(req: Pick<AuthRequest, 'header'>): string | undefined {
  const header = req.header('authorization');
  return header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
}

/**
 * How often a session's `lastSeenAt` is written: at most once a minute, and at least four times per
 * idle timeout. The idle check allows for it, so a session used more often than the timeout is never
 * ended, and one left idle ends within a quarter of the timeout after it.
 */
export function seenEveryMs(idleTimeoutMinutes: number): number {
  return idleTimeoutMinutes > 0 ? Math.min(SEEN_EVERY_MS, (idleTimeoutMinutes * 60_000) / 4) : SEEN_EVERY_MS;
}

export const sessionAuthenticator = defineAuthenticator({
  id: 'session',
  async authenticate(req) {
    const name = sessionCookieName(req.origin);
    const raw = req.cookie(name);
    if (!raw || bearer(req)) return null;
    /**
     * Refuses the cookie and clears it: a browser holding an ended session must be able to sign in
     * again, and its sign-in page says why it is there.
     */
    const refuse = (detail: string, reason: SignedOutReason) => {
      req.setCookie(name, null, { httpOnly: true, sameSite: 'lax', path: '/' });
      req.setCookie(SIGNED_OUT_COOKIE, reason, { httpOnly: false, sameSite: 'lax', path: '/', maxAgeMs: SIGNED_OUT_NOTE_MS });
      return problems.unauthenticated(detail);
    };
    const parsed = parseToken(TOKEN_PREFIX.session, raw);
    if (!parsed) throw refuse('Your session is not valid; sign in again.', 'ended');
    await req.useTenant(parsed.tenantId);
    const session = await req.db('access_sessions as s')
      .where({ 's.token_hash': hashSecret(parsed.secret) })
      .whereNull('s.revoked_at')
      .where('s.expires_at', '>', req.db.fn.now())
      .first('s.*', personAccessQuery(req.db, req.db.ref('s.person_id')).as('access'));
    if (!session) throw refuse('Your session has ended; sign in again.', 'ended');
    if (browserOf(session.userAgent) !== browserOf(req.header('user-agent'))) {
      // The cookie left the browser it was issued to: end it, so that whoever holds it cannot retry.
      await req.db('access_sessions').where({ id: session.id }).update({ revokedAt: req.db.fn.now() });
      throw refuse('Your session belongs to another browser; sign in again.', 'elsewhere').keepChanges();
    }
    const policy = await req.settings();
    const lastSeen = new Date(session.lastSeenAt).getTime();
    const seenEvery = seenEveryMs(policy.idleTimeoutMinutes);
    if (policy.idleTimeoutMinutes > 0 && Date.now() - lastSeen > policy.idleTimeoutMinutes * 60_000 + seenEvery) {
      await req.db('access_sessions').where({ id: session.id }).update({ revokedAt: req.db.fn.now() });
      throw refuse('You were signed out after a period of inactivity; sign in again.', 'idle').keepChanges();
    }
    const access: PersonAccess | null = session.access;
    if (!access) throw refuse('Your access has ended.', 'access');
    if (Date.now() - lastSeen > seenEvery) {
      // Best effort, never waiting on a lock: a request must not queue (or deadlock) behind another
      // one of the same person just to note when they were last seen.
      await req.db.raw('update access_sessions set last_seen_at = now() where id = (select id from access_sessions where id = ? for update skip locked)', [session.id]);
      await req.db.raw('update people set last_seen_at = now() where id = (select id from people where id = ? for update skip locked)', [session.personId]);
    }
    const secondFactorMissing =
      session.mfaState === 'pending' || (policy.mfaRequired && session.mfaState !== 'verified' && !(await hasConfirmedMfa(req.db, session.personId)));
    return actorFor(access, parsed.tenantId, req.permissions, 'session', { sessionId: session.id, restrictToMfa: secondFactorMissing });
  },

  /** Only the portal itself may change things with a cookie: same site, same origin, and the session's token. */
  async verifyRequest(req, actor) {
    const crossSite = crossSiteProblem(req);
    if (crossSite) throw crossSite;
    if (/^text\/plain\b/i.test(req.header('content-type') ?? '')) throw problems.forbidden('Send changes as JSON.');
    const token = req.header(VERIFICATION_HEADER);
    if (!token || !actor.sessionId || !sameSecret(token, verificationTokenOf(req.keys, actor.sessionId))) {
      throw problems.forbidden(`Missing or wrong ${VERIFICATION_HEADER} header; reload the page.`);
    }
  },
});

export const embedTokenAuthenticator = defineAuthenticator({
  id: 'embed-token',
  async authenticate(req) {
    const parsed = parseToken(TOKEN_PREFIX.embed, bearer(req));
    if (!parsed) return null;
    await req.useTenant(parsed.tenantId);
    // The token, its key's audience and scopes, and its person's access, in one round trip.
    const token = await req.db('access_embed_tokens as t')
      .join('access_api_keys as k', 'k.id', 't.api_key_id')
      .where({ 't.token_hash': hashSecret(parsed.secret) })
      .where('t.expires_at', '>', req.db.fn.now())
      .whereNull('k.revoked_at')
      .first('t.origin', 'k.audience', 'k.scopes', personAccessQuery(req.db, req.db.ref('t.person_id')).as('access'));
    if (!token) throw problems.unauthenticated('This embed token has expired; ask the host page for a new one.');
    const origin = req.header('origin');
    if (origin && origin !== token.origin) throw problems.unauthenticated('This embed token belongs to another site.');
    const access: PersonAccess | null = token.access;
    if (!access) throw problems.unauthenticated('Your access has ended.');
    const key: KeyScopes = { audience: token.audience, scopes: token.scopes };
    // A token minted before its key's audience was checked (or for a person who became staff) is refused.
    if (!mayEmbed(key, access.person.kind)) throw problems.unauthenticated('This embed token’s key does not embed the vendor’s staff.');
    return actorFor(access, parsed.tenantId, req.permissions, 'embed', { ceiling: embedCeiling(req.permissions, key, access.person.kind) });
  },
});

export const apiKeyAuthenticator = defineAuthenticator({
  id: 'api-key',
  async authenticate(req) {
    const parsed = parseToken(TOKEN_PREFIX.apiKey, bearer(req));
    if (!parsed) return null;
    await req.useTenant(parsed.tenantId);
    const key = await req.db('access_api_keys').where({ secretHash: hashSecret(parsed.secret) }).whereNull('revoked_at').first('id', 'last_used_at', 'scopes');
    if (!key) throw problems.unauthenticated('This API key is not valid or was revoked.');
    if (!key.lastUsedAt || Date.now() - new Date(key.lastUsedAt).getTime() > SEEN_EVERY_MS) {
      await req.db('access_api_keys').where({ id: key.id }).update({ lastUsedAt: req.db.fn.now() });
    }
    // A key mints embed tokens; it also holds the backend permissions (a data feed) its scopes name.
    const listed = new Set<string>(key.scopes ?? []);
    const backend = req.permissions.all().filter((p) => p.backend && listed.has(p.key)).map((p) => p.key);
    return { kind: 'api-key', tenantId: parsed.tenantId, personId: null, partnerId: null, roles: ['api-key'], permissions: new Set([P.embedMint, ...backend]), via: `api-key:${key.id}` };
  },
});
