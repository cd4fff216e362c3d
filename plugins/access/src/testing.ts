/**
 * What tests of any plugin need of the access plugin to act as real people: sessions made by its own
 * service (used through the cookie and verification header exactly as the portal uses them), API keys
 * and embed tokens made by its own service, and a confirmed second factor. `@portico/testing` builds on
 * it; a plugin's tests rarely import it directly. Never part of a running server.
 */
import type { KeyRing } from '@portico/core';
import type { Knex } from 'knex';
import { createSession } from './sessions/service.js';
import { SESSION_COOKIE, VERIFICATION_HEADER } from './authenticators.js';

export { SESSION_COOKIE, VERIFICATION_HEADER };
export { createApiKey, mintEmbedToken } from './embed/service.js';
export type { KeyAudience, KeyScopes } from './embed/scopes.js';

export interface TestSessionInput {
  tenantId: string;
  personId: string;
  /** The browser the session is bound to (sessions answer only the browser that signed in). */
  userAgent: string;
  /** The session has proven a second factor, so a tenant policy requiring one lets it through. */
  secondFactorProven?: boolean;
}

/** A session as if the person had just redeemed a magic link, in `db` (scoped to the tenant). */
export async function openTestSession(db: Knex.Transaction, keys: KeyRing, input: TestSessionInput): Promise<{ id: string; cookie: string; verificationToken: string }> {
  const session = await createSession(db, keys, { tenantId: input.tenantId, personId: input.personId, via: 'link', userAgent: input.userAgent, ip: '127.0.0.1' });
  if (input.secondFactorProven) await db('access_sessions').where({ id: session.id }).update({ mfaState: 'verified' });
  return { id: session.id, cookie: session.cookie, verificationToken: session.verificationToken };
}

/** Records a confirmed authenticator app for the person (as if they had enrolled one). */
export async function confirmTestMfa(db: Knex.Transaction, tenantId: string, personId: string): Promise<void> {
  await db('access_mfa').insert({ tenantId, personId, secretEncrypted: 'sealed-for-tests', confirmedAt: new Date() });
}

/** Marks a session as having proven its second factor. */
export async function proveSecondFactor(db: Knex.Transaction, sessionId: string): Promise<void> {
  await db('access_sessions').where({ id: sessionId }).update({ mfaState: 'verified' });
}

/** Gives the person a custom access group of their own holding exactly these permissions. */
export async function grantTestGroup(db: Knex.Transaction, input: { tenantId: string; personId: string; kind: 'member' | 'staff'; name: string; permissions: readonly string[] }): Promise<void> {
  const [group] = await db('access_groups')
    .insert({ tenantId: input.tenantId, name: input.name, audience: input.kind === 'staff' ? 'staff' : 'partner', permissions: [...input.permissions] })
    .returning('id');
  await db('access_group_members').insert({ tenantId: input.tenantId, groupId: group.id, personId: input.personId });
}
