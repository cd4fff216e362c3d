/**
 * Magic links: issued for an invite or a sign-in, single use, and redeemed in one atomic statement.
 * Each link also carries a six-digit code for signing in on another device (attempts limited).
 * Issuing a link voids the person's earlier unused links: a resent invite stops the old one working.
 */
import type { Knex } from 'knex';
import type { KeyRing, MailMessage } from '@portico/core';
import { loadPolicy } from './actor.js';
import { linkMailWords, pickLocale } from './messages.js';
import { composeToken, hashSecret, oneTimeCode, parseToken, randomSecret, sameSecret, TOKEN_PREFIX } from './tokens.js';

export type LinkPurpose = 'invite' | 'sign-in';

export interface LinkContext {
  db: Knex.Transaction;
  tenant: { id: string; slug?: string };
  keys: KeyRing;
  publicUrl: string;
  sendMail(message: MailMessage): Promise<void>;
}

/** Paths a sign-in may land on; anything else falls back to the default. */
const SAFE_PATH = /^\/(?![/\\])[A-Za-z0-9/_\-.~%]*(\?[A-Za-z0-9_\-.~%=&]*)?(#[A-Za-z0-9_\-./~%=&]*)?$/;
/**
 * A sign-in lands on a page of the portal (served at the root, with client-side routes such as
 * `/deals/…`), never on the API, the bundles, the probes or the token pages themselves.
 */
const REFUSED_PREFIXES = ['/api', '/portico', '/healthz', '/readyz', '/sign-in/link', '/sign-in/code'];
export const DEFAULT_AFTER_SIGN_IN = '/';
/** A plain "you are signed in" page, for sign-ins that asked to land there. */
export const SIGNED_IN_PAGE = '/sign-in/done';

export function safeRedirect(path: string | null | undefined): string {
  if (!path || !SAFE_PATH.test(path)) return DEFAULT_AFTER_SIGN_IN;
  const bare = path.split(/[?#]/)[0].toLowerCase();
  return REFUSED_PREFIXES.some((prefix) => bare === prefix || bare.startsWith(`${prefix}/`)) ? DEFAULT_AFTER_SIGN_IN : path;
}

function codeDigest(keys: KeyRing, linkSalt: string, code: string): string {
  return keys.sign(`link-code:${linkSalt}:${code}`);
}

export interface IssuedLink {
  id: string;
  url: string;
  expiresAt: Date;
}

export async function issueLink(ctx: LinkContext, input: { personId: string; purpose: LinkPurpose; redirectTo?: string | null }): Promise<IssuedLink> {
  const { db, tenant } = ctx;
  const person = await db('people').where({ id: input.personId }).first('id', 'email', 'name', 'locale');
  const tenantRow = await db('tenants').where({ id: tenant.id }).first('name', 'brand', 'default_locale');
  const policy = await loadPolicy(db, tenant.id);
  const minutes = input.purpose === 'invite' ? policy.inviteLinkMinutes : policy.signInLinkMinutes;
  const expiresAt = new Date(Date.now() + minutes * 60_000);

  await db('access_links').where({ personId: input.personId }).whereNull('consumed_at').whereNull('superseded_at').update({ supersededAt: db.fn.now() });

  const secret = randomSecret();
  const code = oneTimeCode();
  const salt = randomSecret(16);
  const [row] = await db('access_links')
    .insert({
      tenantId: tenant.id,
      personId: input.personId,
      purpose: input.purpose,
      tokenHash: hashSecret(secret),
      codeHash: `${salt}.${codeDigest(ctx.keys, salt, code)}`,
      redirectTo: input.redirectTo ? safeRedirect(input.redirectTo) : null,
      expiresAt,
    })
    .returning('id');
  const url = `${ctx.publicUrl}/sign-in/link?token=${encodeURIComponent(composeToken(TOKEN_PREFIX.link, tenant.id, secret))}`;

  const locale = pickLocale(person.locale, tenantRow.defaultLocale);
  const words = linkMailWords(locale);
  const programme = tenantRow.brand?.displayName || tenantRow.name;
  const validity = minutes % 1440 === 0 ? words.days(minutes / 1440) : words.minutes(minutes);
  const lead = input.purpose === 'invite' ? words.invite(programme, validity) : words.signIn(programme, validity);
  const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  await ctx.sendMail({
    kind: `access.${input.purpose}`,
    to: person.email,
    subject: words.subject(programme),
    text: [words.greeting(person.name), '', lead, '', url, '', words.code(code), '', words.ignore].join('\n'),
    html: `<p>${escape(words.greeting(person.name))}</p><p>${escape(lead)}</p><p><a href="${escape(url)}">${escape(words.button)}</a></p><p>${escape(words.code(code))}</p><p style="color:#666">${escape(words.ignore)}</p>`,
  });
  return { id: row.id, url, expiresAt };
}

export type Redemption =
  | { ok: true; personId: string; purpose: LinkPurpose; redirectTo: string }
  | { ok: false; reason: 'used' | 'expired' | 'invalid' };

/** What a link is, without consuming it (the confirmation page a mail scanner may open). */
export async function inspectLink(db: Knex.Transaction, secret: string): Promise<{ status: 'valid' | 'used' | 'expired' | 'invalid'; personId?: string }> {
  const link = await db('access_links').where({ tokenHash: hashSecret(secret) }).first();
  if (!link) return { status: 'invalid' };
  if (link.consumedAt) return { status: 'used', personId: link.personId };
  if (link.supersededAt || new Date(link.expiresAt).getTime() <= Date.now()) return { status: 'expired', personId: link.personId };
  return { status: 'valid', personId: link.personId };
}

/**
 * Consumes a link in one statement: of any number of concurrent redemptions, exactly one gets the
 * row back; the others see it consumed.
 */
export async function redeemLink(db: Knex.Transaction, secret: string): Promise<Redemption> {
  const hash = hashSecret(secret);
  const [row] = await db('access_links')
    .where({ tokenHash: hash })
    .whereNull('consumed_at')
    .whereNull('superseded_at')
    .where('expires_at', '>', db.fn.now())
    .update({ consumedAt: db.fn.now() })
    .returning(['person_id', 'purpose', 'redirect_to']);
  if (row) return { ok: true, personId: row.personId, purpose: row.purpose, redirectTo: safeRedirect(row.redirectTo) };
  const { status } = await inspectLink(db, secret);
  return { ok: false, reason: status === 'used' ? 'used' : status === 'invalid' ? 'invalid' : 'expired' };
}

export function parseLinkToken(token: string | undefined) {
  return parseToken(TOKEN_PREFIX.link, token);
}

export type CodeCheck = { ok: true; personId: string; redirectTo: string } | { ok: false; reason: 'wrong' | 'exhausted' };

/**
 * Checks a one-time code against the person's current link. Every wrong attempt is counted (the
 * caller commits it even though it refuses); at the limit the link is void.
 */
export async function redeemCode(db: Knex.Transaction, keys: KeyRing, tenantId: string, personId: string, code: string): Promise<CodeCheck> {
  const policy = await loadPolicy(db, tenantId);
  const link = await db('access_links')
    .where({ personId })
    .whereNull('consumed_at')
    .whereNull('superseded_at')
    .where('expires_at', '>', db.fn.now())
    .orderBy('created_at', 'desc')
    .forUpdate()
    .first();
  if (!link) return { ok: false, reason: 'wrong' };
  const [salt, digest] = String(link.codeHash).split('.');
  if (sameSecret(codeDigest(keys, salt, code), digest)) {
    const [consumed] = await db('access_links').where({ id: link.id }).whereNull('consumed_at').update({ consumedAt: db.fn.now() }).returning('id');
    if (consumed) return { ok: true, personId, redirectTo: safeRedirect(link.redirectTo) };
    return { ok: false, reason: 'wrong' };
  }
  const attempts = link.codeAttempts + 1;
  await db('access_links')
    .where({ id: link.id })
    .update({ codeAttempts: attempts, ...(attempts >= policy.codeAttempts ? { supersededAt: db.fn.now() } : {}) });
  return { ok: false, reason: attempts >= policy.codeAttempts ? 'exhausted' : 'wrong' };
}
