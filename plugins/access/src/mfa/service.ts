/**
 * Two-factor authentication: a TOTP authenticator app (RFC 6238: SHA-1, 6 digits, 30-second steps,
 * as every authenticator app expects) and ten one-time recovery codes.
 *
 * - The TOTP secret is stored sealed (AES-256-GCM with the server key): it must be read back to check
 *   codes, so it cannot be hashed. Recovery codes are random, so a SHA-256 hash of each suffices.
 * - A code is accepted one step early or late (clock drift), and never twice: the step last accepted
 *   is kept, and only later steps pass (read under a row lock, so two requests cannot both pass).
 * - Every check of a code is counted against rate limits first; a wrong code is audited.
 * - A session proves the second factor by moving from `pending` to `verified`.
 */
import { randomInt } from 'node:crypto';
import type { Knex } from 'knex';
import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';
import { problems, type RouteContext } from '@portico/core';
import { loadPolicy } from '../actor.js';
import { hashSecret } from '../tokens.js';

type Ctx = Pick<RouteContext, 'db' | 'tenant' | 'keys' | 'audit' | 'rateLimit'>;

export type SessionMfaState = 'none' | 'pending' | 'verified';
export type MfaPosture = 'enrolled' | 'not-enrolled';

export const TOTP_PERIOD_SECONDS = 30;
/** Steps of clock drift accepted either side of now. */
export const TOTP_DRIFT_STEPS = 1;
export const RECOVERY_CODE_COUNT = 10;
/** Per session (the brief window of someone at the keyboard) and per person (across all their sessions). */
export const MFA_LIMITS = {
  perSession: { hits: 5, windowSeconds: 300 },
  perPerson: { hits: 20, windowSeconds: 3_600 },
} as const;

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const RECOVERY_GROUPS = 3;
const RECOVERY_GROUP_LENGTH = 4;
const RECOVERY_CODE = new RegExp(`^[A-Z2-7]{${RECOVERY_GROUPS * RECOVERY_GROUP_LENGTH}}$`);

export interface MfaStatus {
  enrolled: boolean;
  confirmedAt: string | null;
  required: boolean;
  recoveryCodesLeft: number;
  sessionState: SessionMfaState | null;
}

export interface Enrolment {
  id: string;
  secret: string;
  otpauthUrl: string;
  qrCode: string;
}

/** A second factor as the person proves it: a TOTP code from the app, or one recovery code. */
export type Proof = { code: string } | { recoveryCode: string };

export type ProofResult = { ok: true; method: 'totp' | 'recovery-code' } | { ok: false };

// ---------------------------------------------------------------------------------------------------
// Reading

export async function mfaStatus(db: Knex.Transaction, tenantId: string, personId: string, sessionId: string | undefined): Promise<MfaStatus> {
  const factor = await db('access_mfa').where({ personId }).first('confirmed_at');
  const policy = await loadPolicy(db, tenantId);
  const left = await recoveryCodesLeft(db, personId);
  const session = sessionId ? await db('access_sessions').where({ id: sessionId, personId }).first('mfa_state') : undefined;
  const confirmedAt = factor?.confirmedAt ? new Date(factor.confirmedAt).toISOString() : null;
  return {
    enrolled: confirmedAt !== null,
    confirmedAt,
    required: policy.mfaRequired,
    recoveryCodesLeft: confirmedAt ? left : 0,
    sessionState: session ? (session.mfaState as SessionMfaState) : null,
  };
}

async function recoveryCodesLeft(db: Knex.Transaction, personId: string): Promise<number> {
  const row = await db('access_recovery_codes').where({ personId }).whereNull('used_at').count<{ count: string | number }[]>('* as count').first();
  return Number(row?.count ?? 0);
}

/** Whether each person has a confirmed second factor: the security posture shown in rosters. */
export async function mfaPosture(db: Knex.Transaction, personIds: readonly string[]): Promise<Map<string, MfaPosture>> {
  const ids = [...new Set(personIds)];
  const posture = new Map<string, MfaPosture>(ids.map((id) => [id, 'not-enrolled']));
  for (let i = 0; i < ids.length; i += 1_000) {
    const rows = await db('access_mfa').whereIn('person_id', ids.slice(i, i + 1_000)).whereNotNull('confirmed_at').select('person_id');
    for (const row of rows) posture.set(row.personId, 'enrolled');
  }
  return posture;
}

// ---------------------------------------------------------------------------------------------------
// Enrolment

/**
 * Starts (or restarts, while unconfirmed) enrolment with a fresh secret. The secret, its otpauth URL
 * and the QR code are returned here and never again.
 */
export async function startEnrolment(ctx: Ctx, personId: string): Promise<Enrolment> {
  const person = await ctx.db('people').where({ id: personId }).first('email');
  if (!person) throw problems.notFound();
  const tenant = await ctx.db('tenants').where({ id: ctx.tenant.id }).first('name', 'brand');
  const secret = generateSecret({ length: 20 });
  const sealed = ctx.keys.seal(secret);

  // One statement for "insert, or replace an unconfirmed secret": a confirmed factor is left alone.
  const [row] = await ctx.db('access_mfa')
    .insert({ tenantId: ctx.tenant.id, personId, secretEncrypted: sealed, confirmedAt: null, lastUsedStep: null })
    .onConflict('person_id')
    .merge({ secretEncrypted: sealed, lastUsedStep: null, updatedAt: ctx.db.fn.now() })
    .where('access_mfa.confirmed_at', null)
    .returning('id');
  if (!row) throw problems.conflict('Two-factor authentication is already set up. Turn it off first to set up another app.', 'mfa-already-enrolled');

  const otpauthUrl = generateURI({
    issuer: uriPart(tenant.brand?.displayName || tenant.name),
    label: uriPart(person.email),
    secret,
    period: TOTP_PERIOD_SECONDS,
  });
  const svg = await QRCode.toString(otpauthUrl, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  await ctx.audit({ action: 'access.mfa.enrolment-started', targetType: 'person', targetId: personId, after: { factor: 'totp', confirmed: false } });
  return { id: row.id, secret, otpauthUrl, qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` };
}

/** Authenticator apps split `issuer:account` on the colon; neither part may contain one. */
function uriPart(text: string): string {
  return text.replace(/:/g, ' ').replace(/\s+/g, ' ').trim() || 'Portico';
}

/**
 * Confirms enrolment with a first code from the app: the factor becomes active, recovery codes are
 * made, the current session counts as verified and the person's other sessions must prove the factor.
 */
export async function confirmEnrolment(
  ctx: Ctx,
  personId: string,
  sessionId: string | undefined,
  code: string,
): Promise<{ ok: true; recoveryCodes: string[] } | { ok: false }> {
  const factor = await lockFactor(ctx.db, personId);
  if (!factor) throw problems.conflict('Start setting up two-factor authentication first.', 'mfa-not-enrolling');
  if (factor.confirmedAt) throw problems.conflict('Two-factor authentication is already set up.', 'mfa-already-enrolled');
  await countAttempt(ctx, personId, sessionId);

  const step = await acceptedStep(ctx, factor, code);
  if (step === null) {
    await ctx.audit({ action: 'access.mfa.failed', targetType: 'person', targetId: personId, after: { during: 'enrolment', method: 'totp' } });
    return { ok: false };
  }
  await ctx.db('access_mfa').where({ id: factor.id }).update({ confirmedAt: ctx.db.fn.now(), lastUsedStep: step, updatedAt: ctx.db.fn.now() });
  const recoveryCodes = await replaceRecoveryCodes(ctx, personId);
  if (sessionId) await ctx.db('access_sessions').where({ id: sessionId, personId }).update({ mfaState: 'verified', updatedAt: ctx.db.fn.now() });
  // Sessions opened before the factor existed have proved nothing yet.
  const others = await ctx.db('access_sessions')
    .where({ personId, mfaState: 'none' })
    .whereNull('revoked_at')
    .modify((q) => (sessionId ? q.whereNot({ id: sessionId }) : q))
    .update({ mfaState: 'pending', updatedAt: ctx.db.fn.now() });
  await ctx.audit({
    action: 'access.mfa.confirmed',
    targetType: 'person',
    targetId: personId,
    before: { enrolled: false },
    after: { enrolled: true, factor: 'totp', recoveryCodesIssued: recoveryCodes.length, otherSessionsToVerify: others },
  });
  return { ok: true, recoveryCodes };
}

// ---------------------------------------------------------------------------------------------------
// Using the factor

/**
 * Proves the second factor for a session waiting for it (`pending`, or restricted by the tenant's
 * policy while the person has a factor): the session becomes `verified`.
 */
export async function challengeSession(ctx: Ctx, personId: string, sessionId: string, proof: Proof): Promise<ProofResult & { recoveryCodesLeft?: number }> {
  const factor = await lockFactor(ctx.db, personId);
  const session = await ctx.db('access_sessions').where({ id: sessionId, personId }).whereNull('revoked_at').first('id', 'mfa_state');
  if (!session) throw problems.unauthenticated('Your session has ended; sign in again.');
  if (session.mfaState === 'verified') throw problems.conflict('This session has already proved the second factor.', 'mfa-already-verified');
  if (!factor?.confirmedAt) throw problems.conflict('Two-factor authentication is not set up yet: set it up first.', 'mfa-not-enrolled');
  await countAttempt(ctx, personId, sessionId);

  const result = await checkProof(ctx, factor, proof);
  if (!result.ok) {
    await ctx.audit({ action: 'access.mfa.failed', targetType: 'person', targetId: personId, after: { during: 'sign-in', method: methodOf(proof) } });
    return result;
  }
  await ctx.db('access_sessions').where({ id: sessionId }).update({ mfaState: 'verified', updatedAt: ctx.db.fn.now() });
  const left = await recoveryCodesLeft(ctx.db, personId);
  await ctx.audit({
    action: 'access.mfa.verified',
    targetType: 'person',
    targetId: personId,
    before: { sessionState: session.mfaState },
    after: { sessionState: 'verified', method: result.method, recoveryCodesLeft: left },
  });
  return { ...result, recoveryCodesLeft: left };
}

/** Replaces every recovery code after a valid TOTP code; the new ones are returned once. */
export async function regenerateRecoveryCodes(
  ctx: Ctx,
  personId: string,
  sessionId: string | undefined,
  code: string,
): Promise<{ ok: true; recoveryCodes: string[] } | { ok: false }> {
  const factor = await lockFactor(ctx.db, personId);
  if (!factor?.confirmedAt) throw problems.conflict('Two-factor authentication is not set up.', 'mfa-not-enrolled');
  await countAttempt(ctx, personId, sessionId);
  if (!(await checkProof(ctx, factor, { code })).ok) {
    await ctx.audit({ action: 'access.mfa.failed', targetType: 'person', targetId: personId, after: { during: 'recovery-codes', method: 'totp' } });
    return { ok: false };
  }
  const before = await recoveryCodesLeft(ctx.db, personId);
  const recoveryCodes = await replaceRecoveryCodes(ctx, personId);
  await ctx.audit({ action: 'access.mfa.recovery-codes-replaced', targetType: 'person', targetId: personId, before: { recoveryCodesLeft: before }, after: { recoveryCodesLeft: recoveryCodes.length } });
  return { ok: true, recoveryCodes };
}

/**
 * Turns the factor off after proving it (a TOTP code, or a recovery code for a lost phone). Refused
 * while the tenant requires two-factor authentication. Sessions still waiting for the factor are
 * ended: they never proved it, and must not gain full access by its removal.
 */
export async function disableMfa(ctx: Ctx, personId: string, sessionId: string | undefined, proof: Proof): Promise<{ ok: boolean }> {
  const factor = await lockFactor(ctx.db, personId);
  if (!factor?.confirmedAt) throw problems.conflict('Two-factor authentication is not set up.', 'mfa-not-enrolled');
  if ((await loadPolicy(ctx.db, ctx.tenant.id)).mfaRequired) {
    throw problems.conflict('Your programme requires two-factor authentication; it cannot be turned off.', 'mfa-required');
  }
  await countAttempt(ctx, personId, sessionId);
  const result = await checkProof(ctx, factor, proof);
  if (!result.ok) {
    await ctx.audit({ action: 'access.mfa.failed', targetType: 'person', targetId: personId, after: { during: 'disable', method: methodOf(proof) } });
    return { ok: false };
  }
  // The proof counts for this session too: it is not among those ended for never having proved it.
  if (sessionId) await ctx.db('access_sessions').where({ id: sessionId, personId }).update({ mfaState: 'verified', updatedAt: ctx.db.fn.now() });
  const { pendingSessionsEnded: ended } = await removeMfa(ctx.db, personId);
  await ctx.audit({
    action: 'access.mfa.disabled',
    targetType: 'person',
    targetId: personId,
    before: { enrolled: true },
    after: { enrolled: false, method: result.method, pendingSessionsEnded: ended },
  });
  return { ok: true };
}

/**
 * Removes a person's factor and recovery codes, ends their sessions still waiting for it, and returns
 * their verified sessions to `none`. For an administrator's reset too (the caller audits). Says
 * whether there was a factor to remove, and how many sessions it ended.
 */
export async function removeMfa(db: Knex.Transaction, personId: string): Promise<{ removed: boolean; pendingSessionsEnded: number }> {
  await db('access_recovery_codes').where({ personId }).delete();
  const removed = await db('access_mfa').where({ personId }).delete();
  const pendingSessionsEnded = await db('access_sessions').where({ personId, mfaState: 'pending' }).whereNull('revoked_at').update({ revokedAt: db.fn.now(), updatedAt: db.fn.now() });
  await db('access_sessions').where({ personId, mfaState: 'verified' }).update({ mfaState: 'none', updatedAt: db.fn.now() });
  return { removed: removed > 0, pendingSessionsEnded };
}

// ---------------------------------------------------------------------------------------------------
// Codes

interface FactorRow {
  id: string;
  personId: string;
  secretEncrypted: string;
  confirmedAt: Date | null;
  lastUsedStep: number | null;
}

function lockFactor(db: Knex.Transaction, personId: string): Promise<FactorRow | undefined> {
  return db('access_mfa').where({ personId }).forUpdate().first('id', 'person_id', 'secret_encrypted', 'confirmed_at', 'last_used_step');
}

/** Counted before the code is looked at, so that guessing is slow whether the guesses are right or not. */
async function countAttempt(ctx: Ctx, personId: string, sessionId: string | undefined): Promise<void> {
  await ctx.rateLimit(`mfa:${sessionId ?? personId}`, MFA_LIMITS.perSession.hits, MFA_LIMITS.perSession.windowSeconds);
  await ctx.rateLimit(`mfa:person:${personId}`, MFA_LIMITS.perPerson.hits, MFA_LIMITS.perPerson.windowSeconds);
}

const methodOf = (proof: Proof) => ('code' in proof ? 'totp' : 'recovery-code');

async function checkProof(ctx: Ctx, factor: FactorRow, proof: Proof): Promise<ProofResult> {
  if ('code' in proof) {
    const step = await acceptedStep(ctx, factor, proof.code);
    if (step === null) return { ok: false };
    await ctx.db('access_mfa').where({ id: factor.id }).update({ lastUsedStep: step, updatedAt: ctx.db.fn.now() });
    return { ok: true, method: 'totp' };
  }
  const canonical = canonicalRecoveryCode(proof.recoveryCode);
  if (!canonical) return { ok: false };
  const used = await ctx.db('access_recovery_codes')
    .where({ personId: factor.personId, codeHash: hashSecret(canonical) })
    .whereNull('used_at')
    .update({ usedAt: ctx.db.fn.now(), updatedAt: ctx.db.fn.now() })
    .returning('id');
  return used.length > 0 ? { ok: true, method: 'recovery-code' } : { ok: false };
}

/**
 * The time step of a valid code that was not used before, or null. Only steps after the last
 * accepted one pass, so a code (or an older one) cannot be replayed.
 */
async function acceptedStep(ctx: Ctx, factor: FactorRow, rawCode: string): Promise<number | null> {
  const code = rawCode.replace(/\s+/g, '');
  if (!/^[0-9]{6}$/.test(code)) return null;
  const epoch = Math.floor(Date.now() / 1000);
  const currentStep = Math.floor(epoch / TOTP_PERIOD_SECONDS);
  const after = factor.lastUsedStep ?? undefined;
  // Every step in the window is already used (otplib also refuses such a bound by throwing).
  if (after !== undefined && after >= currentStep + TOTP_DRIFT_STEPS) return null;
  const result = await verify({
    secret: ctx.keys.open(factor.secretEncrypted),
    token: code,
    strategy: 'totp',
    epoch,
    period: TOTP_PERIOD_SECONDS,
    epochTolerance: TOTP_PERIOD_SECONDS * TOTP_DRIFT_STEPS,
    afterTimeStep: after,
  });
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}

/** `abcd-efgh-ijkl`, `ABCD EFGH IJKL` and `ABCDEFGHIJKL` are the same code. */
function canonicalRecoveryCode(raw: string): string | null {
  const canonical = raw.toUpperCase().replace(/[\s-]+/g, '');
  return RECOVERY_CODE.test(canonical) ? canonical : null;
}

function newRecoveryCode(): string {
  const groups: string[] = [];
  for (let g = 0; g < RECOVERY_GROUPS; g++) {
    let group = '';
    for (let i = 0; i < RECOVERY_GROUP_LENGTH; i++) group += BASE32[randomInt(BASE32.length)];
    groups.push(group);
  }
  return groups.join('-');
}

/** Deletes the person's recovery codes and makes new ones: stored hashed, returned once. */
async function replaceRecoveryCodes(ctx: Ctx, personId: string): Promise<string[]> {
  const codes = new Set<string>();
  while (codes.size < RECOVERY_CODE_COUNT) codes.add(newRecoveryCode());
  await ctx.db('access_recovery_codes').where({ personId }).delete();
  await ctx.db('access_recovery_codes').insert(
    [...codes].map((code) => ({ tenantId: ctx.tenant.id, personId, codeHash: hashSecret(canonicalRecoveryCode(code)!) })),
  );
  return [...codes];
}
