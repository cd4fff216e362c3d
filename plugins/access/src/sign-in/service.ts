/**
 * Signing in: asking for a link (answered alike whether or not the email is known), redeeming a link,
 * or redeeming the one-time code from the same email on another device.
 */
import { createHash } from 'node:crypto';
import type { EventContext, RouteContext } from '@portico/core';
import type { AccessEvents } from '../events.js';
import type { AuthPolicy } from '../policy.js';
import { issueLink, redeemCode, redeemLink, type Redemption } from '../links.js';
import { loadPersonAccess } from '../actor.js';
import { createSession, setSessionCookie, type NewSession } from '../sessions/service.js';

type Ctx = Pick<RouteContext<unknown, unknown, unknown, AuthPolicy, AccessEvents>, 'db' | 'tenant' | 'keys' | 'publicUrl' | 'sendMail' | 'rateLimit' | 'audit' | 'emit' | 'http'>;

/** Limits: per address, so one inbox cannot be flooded; per IP, so addresses cannot be sprayed. */
export const SIGN_IN_LIMITS = {
  perEmail: { hits: 5, windowSeconds: 900 },
  perIp: { hits: 30, windowSeconds: 900 },
  codePerIp: { hits: 20, windowSeconds: 900 },
} as const;

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

const emailBucket = (email: string) => createHash('sha256').update(email).digest('base64url').slice(0, 22);

async function findPerson(ctx: Pick<Ctx, 'db'>, email: string) {
  return ctx.db('people')
    .leftJoin('memberships as m', 'm.person_id', 'people.id')
    .whereRaw('lower(people.email) = ?', [email])
    .whereIn('people.status', ['invited', 'active'])
    .first('people.id', 'people.status', 'm.partner_id');
}

/**
 * Asks for a fresh sign-in link. The request does the same work whatever the address — count the
 * limits, record the request, audit — so neither its answer nor its timing tells whether the address
 * exists. Looking the address up and mailing the link happen after commit, in `sendRequestedLink`.
 */
export async function requestSignInLink(ctx: Ctx, rawEmail: string, redirectTo?: string): Promise<void> {
  const email = normaliseEmail(rawEmail);
  await ctx.rateLimit(`sign-in:ip:${ctx.http.ip}`, SIGN_IN_LIMITS.perIp.hits, SIGN_IN_LIMITS.perIp.windowSeconds);
  await ctx.rateLimit(`sign-in:email:${emailBucket(email)}`, SIGN_IN_LIMITS.perEmail.hits, SIGN_IN_LIMITS.perEmail.windowSeconds);
  await ctx.emit('access.sign-in.requested', { email, ...(redirectTo ? { redirectTo } : {}) });
  await ctx.audit({ action: 'access.sign-in.requested', targetType: 'email', targetId: emailBucket(email), partnerId: null });
}

/** The event handler behind `requestSignInLink`: mails a link if the address may sign in. */
export async function sendRequestedLink(ctx: EventContext, payload: { email: string; redirectTo?: string }): Promise<void> {
  const person = await findPerson(ctx, payload.email);
  if (person) await issueLink(ctx, { personId: person.id, purpose: 'sign-in', redirectTo: payload.redirectTo });
}

export type SignInResult = { ok: true; session: NewSession; redirectTo: string; personId: string } | { ok: false; reason: 'used' | 'expired' | 'invalid' | 'wrong-code' | 'exhausted' };

/** Turns a redeemed link or code into a session: activates an invited person, sets the cookie. */
async function openSession(ctx: Ctx, personId: string, via: 'link' | 'code', redirectTo: string): Promise<SignInResult> {
  const access = await loadPersonAccess(ctx.db, personId);
  if (!access) return { ok: false, reason: 'invalid' };
  if (access.person.status === 'invited') {
    await ctx.db('people').where({ id: personId }).update({ status: 'active', updatedAt: ctx.db.fn.now() });
    await ctx.audit({ action: 'access.person.activated', targetType: 'person', targetId: personId, partnerId: access.partnerId, before: { status: 'invited' }, after: { status: 'active' } });
  }
  const session = await createSession(ctx.db, ctx.keys, {
    tenantId: ctx.tenant.id,
    personId,
    via,
    userAgent: ctx.http.header('user-agent'),
    ip: ctx.http.ip,
  });
  setSessionCookie(ctx.http, session);
  // The person signing in is who acted, though the request had no actor yet.
  await ctx.audit({ action: 'access.session.created', targetType: 'session', targetId: session.id, partnerId: access.partnerId, actorPersonId: personId, after: { personId, via, mfa: session.mfaState } });
  await ctx.emit('access.person.signed-in', { personId, via });
  return { ok: true, session, redirectTo, personId };
}

export async function signInWithLink(ctx: Ctx, secret: string): Promise<SignInResult> {
  const redemption: Redemption = await redeemLink(ctx.db, secret);
  if (!redemption.ok) {
    await ctx.audit({ action: 'access.sign-in.link-refused', targetType: 'link', after: { reason: redemption.reason } });
    return redemption;
  }
  return openSession(ctx, redemption.personId, 'link', redemption.redirectTo);
}

export async function signInWithCode(ctx: Ctx, rawEmail: string, code: string): Promise<SignInResult> {
  const email = normaliseEmail(rawEmail);
  await ctx.rateLimit(`sign-in:code-ip:${ctx.http.ip}`, SIGN_IN_LIMITS.codePerIp.hits, SIGN_IN_LIMITS.codePerIp.windowSeconds);
  const person = await findPerson(ctx, email);
  const check = person ? await redeemCode(ctx.db, ctx.keys, ctx.tenant.id, person.id, code) : ({ ok: false, reason: 'wrong' } as const);
  if (!check.ok) {
    await ctx.audit({ action: 'access.sign-in.code-refused', targetType: 'person', targetId: person?.id ?? null, partnerId: person?.partnerId ?? null, after: { reason: check.reason } });
    return { ok: false, reason: check.reason === 'exhausted' ? 'exhausted' : 'wrong-code' };
  }
  return openSession(ctx, check.personId, 'code', check.redirectTo);
}
