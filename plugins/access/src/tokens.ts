/**
 * Secrets and how they are kept. Every token carries 256 random bits (base64url, 43 characters) and is
 * stored only as its SHA-256 hash; a fast hash suffices because the input is random, not a password.
 * Tokens are prefixed with their tenant id, so a lookup can be scoped (row-level security) before the
 * hash is searched for.
 */
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { KeyRing } from '@portico/core';

export const TOKEN_BYTES = 32;

export function randomSecret(bytes = TOKEN_BYTES): string {
  return randomBytes(bytes).toString('base64url');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('base64url');
}

export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** A six-digit code for signing in on another device; attempts are limited per link. */
export function oneTimeCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const SECRET = /^[A-Za-z0-9_-]{43}$/;

/** `<prefix><tenantId>.<secret>`: the tenant id is not secret, the rest is. */
export function composeToken(prefix: string, tenantId: string, secret: string): string {
  return `${prefix}${tenantId}.${secret}`;
}

export function parseToken(prefix: string, token: string | undefined): { tenantId: string; secret: string } | null {
  if (!token?.startsWith(prefix)) return null;
  const [tenantId, secret, ...rest] = token.slice(prefix.length).split('.');
  if (rest.length > 0 || !UUID.test(tenantId ?? '') || !SECRET.test(secret ?? '')) return null;
  return { tenantId, secret };
}

export const TOKEN_PREFIX = {
  link: 'pl_',
  session: 'ps_',
  apiKey: 'ptk_',
  embed: 'pte_',
} as const;

/**
 * A session's request-verification token: derived from the session id with the server key, so the
 * portal can read it again after a reload (GET /access/session) and nothing extra is stored.
 */
export function verificationTokenOf(keys: KeyRing, sessionId: string): string {
  return keys.sign(`session-verification:${sessionId}`);
}
