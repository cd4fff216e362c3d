/**
 * Test helpers for real sessions: a session created by the access plugin's own service, used through
 * its cookie and request-verification header exactly as the portal uses them.
 */
import type { Knex } from 'knex';
import { inTenantTransaction } from '../../../server/src/db/tenant-transaction.js';
import type { Harness } from '../../../server/test/support/harness.js';
import { createSession } from '../src/sessions/service.js';
import { SESSION_COOKIE, VERIFICATION_HEADER } from '../src/authenticators.js';

export interface TestSession {
  id: string;
  cookie: string;
  verificationToken: string;
  /** Headers that send the cookie and the verification token, as the portal does. */
  headers(extra?: Record<string, string>): Record<string, string>;
}

export function asSession(id: string, cookie: string, verificationToken: string): TestSession {
  return {
    id,
    cookie,
    verificationToken,
    headers: (extra = {}) => ({ cookie: `${SESSION_COOKIE}=${cookie}`, [VERIFICATION_HEADER]: verificationToken, ...extra }),
  };
}

/** A session for a person, as if they had just redeemed a magic link. */
export async function sessionFor(h: Harness, tenantId: string, personId: string): Promise<TestSession> {
  const session = await inTenantTransaction(h.server.database.knex, h.db.appRole, tenantId, (trx) =>
    createSession(trx, h.server.keys, { tenantId, personId, via: 'link', userAgent: 'vitest', ip: '127.0.0.1' }),
  );
  return asSession(session.id, session.cookie, session.verificationToken);
}

/** Runs `work` in a transaction scoped to the tenant, as the app role. */
export function asTenant<T>(h: Harness, tenantId: string, work: (trx: Knex.Transaction) => Promise<T>): Promise<T> {
  return inTenantTransaction(h.server.database.knex, h.db.appRole, tenantId, work);
}
