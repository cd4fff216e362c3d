/**
 * Two-factor authentication for the signed-in person: status, enrolment of an authenticator app,
 * the challenge a session answers after sign-in, recovery codes, turning it off. Every route acts on
 * the caller's own factor only, and needs `access.mfa`, which a session waiting for its second
 * factor still holds.
 */
import { problems, type Actor, type RouteContext } from '@portico/core';
import { defineRoute } from '../types.js';
import { P } from '../permissions.js';
import { MfaChallengeAnswer, MfaCodeProof, MfaEnrolment, MfaProof, MfaStatus, RecoveryCodes, StartMfaEnrolment } from '../schemas.js';
import { challengeSession, confirmEnrolment, disableMfa, mfaStatus, regenerateRecoveryCodes, startEnrolment, type Proof } from './service.js';

/** The person whose factor this is: never an API key, never a widget embedded in another site. */
function ownPerson(actor: Actor | null): string {
  if (!actor?.personId) throw problems.forbidden('Two-factor authentication belongs to a person; this credential has none.');
  return actor.personId;
}

function mayChangeFactor(ctx: RouteContext): string {
  const personId = ownPerson(ctx.actor);
  if (ctx.actor!.via === 'embed') throw problems.forbidden('Manage two-factor authentication in the portal, not in an embedded widget.');
  return personId;
}

function sixDigits(code: string): string {
  const digits = code.replace(/\s+/g, '');
  if (!/^[0-9]{6}$/.test(digits)) throw problems.invalidField('/code', 'must be the six digits your authenticator app shows');
  return digits;
}

function proofOf(body: { code?: string; recoveryCode?: string }): Proof {
  if ((body.code === undefined) === (body.recoveryCode === undefined)) {
    throw problems.badRequest('Send either the code from your authenticator app or one recovery code.', [
      { in: 'body', field: '/code', message: 'send exactly one of code and recoveryCode' },
      { in: 'body', field: '/recoveryCode', message: 'send exactly one of code and recoveryCode' },
    ]);
  }
  return body.code !== undefined ? { code: sixDigits(body.code) } : { recoveryCode: body.recoveryCode! };
}

/** The refusal of a wrong code keeps its counted attempt and its audit event. */
function wrongProof(proof: Proof) {
  return ('code' in proof
    ? problems.invalidField('/code', 'This code is not right. Check your authenticator app and try again.')
    : problems.invalidField('/recoveryCode', 'This recovery code is not right, or it was already used.')
  ).keepChanges();
}

export const mfaRoutes = [
  defineRoute({
    method: 'GET',
    path: '/access/mfa',
    name: 'mfa.get',
    summary: 'My two-factor authentication',
    description: 'Whether I have set it up, whether the programme requires it, how many recovery codes are left, and whether this session has proved it.',
    permission: P.mfa,
    schemas: { response: MfaStatus },
    async handler(ctx) {
      return mfaStatus(ctx.db, ctx.tenant.id, ownPerson(ctx.actor), ctx.actor!.sessionId);
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/access/mfa/enrolment',
    name: 'mfa.start-enrolment',
    summary: 'Start setting up an authenticator app',
    description:
      'Answers a new secret, as text, as an otpauth:// URL and as a QR code (an SVG data URL), shown only now. Starting again before confirming replaces the secret. 409 once set up: turn it off first.',
    permission: P.mfa,
    schemas: { body: StartMfaEnrolment, response: MfaEnrolment },
    async handler(ctx) {
      const personId = mayChangeFactor(ctx);
      return startEnrolment(ctx, personId);
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/access/mfa/enrolment/confirm',
    name: 'mfa.confirm-enrolment',
    summary: 'Finish setting up with a first code from the app',
    description:
      'Turns two-factor authentication on, answers ten recovery codes (shown only now) and counts this session as verified. Other sessions must then prove the second factor. Attempts are limited (429 with Retry-After).',
    permission: P.mfa,
    status: 200,
    schemas: { body: MfaCodeProof, response: RecoveryCodes },
    async handler(ctx) {
      const personId = mayChangeFactor(ctx);
      const code = sixDigits(ctx.body.code);
      const result = await confirmEnrolment(ctx, personId, ctx.actor!.sessionId, code);
      if (!result.ok) throw wrongProof({ code });
      await ctx.emit('access.mfa.enabled', { personId, partnerId: ctx.actor!.partnerId });
      return { recoveryCodes: result.recoveryCodes };
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/access/mfa/challenge',
    name: 'mfa.challenge',
    summary: 'Prove the second factor for this session',
    description:
      'With a code from the authenticator app (each code works once) or an unused recovery code, the session waiting for its second factor gets its full access. Attempts are limited (429 with Retry-After).',
    permission: P.mfa,
    status: 200,
    schemas: { body: MfaProof, response: MfaChallengeAnswer },
    async handler(ctx) {
      const personId = mayChangeFactor(ctx);
      const proof = proofOf(ctx.body);
      const sessionId = ctx.actor!.sessionId;
      if (!sessionId) throw problems.conflict('Only a signed-in portal session proves a second factor.', 'mfa-no-session');
      const result = await challengeSession(ctx, personId, sessionId, proof);
      if (!result.ok) throw wrongProof(proof);
      return { sessionState: 'verified' as const, method: result.method, recoveryCodesLeft: result.recoveryCodesLeft ?? 0 };
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/access/mfa/recovery-codes',
    name: 'mfa.replace-recovery-codes',
    summary: 'Replace my recovery codes',
    description: 'With a code from the authenticator app: the old recovery codes stop working and ten new ones are answered, shown only now.',
    permission: P.mfa,
    status: 200,
    schemas: { body: MfaCodeProof, response: RecoveryCodes },
    async handler(ctx) {
      const personId = mayChangeFactor(ctx);
      const code = sixDigits(ctx.body.code);
      const result = await regenerateRecoveryCodes(ctx, personId, ctx.actor!.sessionId, code);
      if (!result.ok) throw wrongProof({ code });
      return { recoveryCodes: result.recoveryCodes };
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/access/mfa/disable',
    name: 'mfa.disable',
    summary: 'Turn two-factor authentication off',
    description:
      'With a code from the authenticator app, or a recovery code if the phone is lost. Removes the app and the recovery codes, and ends sessions still waiting for the second factor. 409 when the programme requires two-factor authentication.',
    permission: P.mfa,
    schemas: { body: MfaProof },
    async handler(ctx) {
      const personId = mayChangeFactor(ctx);
      const proof = proofOf(ctx.body);
      const result = await disableMfa(ctx, personId, ctx.actor!.sessionId, proof);
      if (!result.ok) throw wrongProof(proof);
    },
  }),
];
