/**
 * Sessions: created when a magic link or one-time code is redeemed, ended by signing out, revoking,
 * or deactivating the person. Each gets a fresh id and a fresh request-verification token, and is
 * bound to the browser that signed in (its user agent, see `browserOf`).
 */
import type { Knex } from 'knex';
import type { HttpExchange, KeyRing } from '@portico/core';
import { loadPolicy, hasConfirmedMfa } from '../actor.js';
import { sessionCookieName, USER_AGENT_CHARS } from '../authenticators.js';
import { composeToken, hashSecret, randomSecret, TOKEN_PREFIX, verificationTokenOf } from '../tokens.js';
import { SIGNED_OUT_COOKIE } from '../signed-out.js';

export interface NewSession {
  id: string;
  cookie: string;
  verificationToken: string;
  expiresAt: Date;
  mfaState: 'none' | 'pending';
}

export async function createSession(
  db: Knex.Transaction,
  keys: KeyRing,
  input: { tenantId: string; personId: string; via: 'link' | 'code'; userAgent?: string; ip?: string },
): Promise<NewSession> {
  const policy = await loadPolicy(db, input.tenantId);
  const secret = randomSecret();
  const expiresAt = new Date(Date.now() + policy.sessionHours * 3_600_000);
  const mfaState = (await hasConfirmedMfa(db, input.personId)) ? 'pending' : 'none';
  const [row] = await db('access_sessions')
    .insert({
      tenantId: input.tenantId,
      personId: input.personId,
      tokenHash: hashSecret(secret),
      via: input.via,
      userAgent: input.userAgent?.slice(0, USER_AGENT_CHARS) ?? null,
      ip: input.ip ?? null,
      mfaState,
      expiresAt,
    })
    .returning('id');
  // Signing in is being seen: the roster and the audit show it at once, not at the next request.
  await markSeen(db, input.personId);
  return { id: row.id, cookie: composeToken(TOKEN_PREFIX.session, input.tenantId, secret), verificationToken: verificationTokenOf(keys, row.id), expiresAt, mfaState };
}

/** Records that the person was active just now (a new session, an embed token minted for them). */
export async function markSeen(db: Knex.Transaction, personId: string): Promise<void> {
  await db('people').where({ id: personId }).update({ lastSeenAt: db.fn.now() });
}

export function setSessionCookie(http: HttpExchange, session: NewSession): void {
  http.setCookie(sessionCookieName(http.origin), session.cookie, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    maxAgeMs: session.expiresAt.getTime() - Date.now(),
  });
  // Signed in again: why the browser was signed out before is no longer news.
  http.setCookie(SIGNED_OUT_COOKIE, null, { httpOnly: false, sameSite: 'lax', path: '/' });
}

export function clearSessionCookie(http: HttpExchange): void {
  http.setCookie(sessionCookieName(http.origin), null, { httpOnly: true, sameSite: 'lax', path: '/' });
}

/** Ends every session of a person at once (sign out everywhere, deactivation, removal). */
export async function revokeAllSessions(db: Knex.Transaction, personId: string): Promise<number> {
  return db('access_sessions').where({ personId }).whereNull('revoked_at').update({ revokedAt: db.fn.now() });
}


