/**
 * Real people with real sessions: made by the access plugin's own service (it provides identity) and
 * used through its cookie and request-verification header exactly as the portal uses them, so a test
 * exercises every check a browser's request goes through.
 */
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { inTenantTransaction } from '@portico/server';
import { grantTestGroup, openTestSession, SESSION_COOKIE, VERIFICATION_HEADER } from '@portico/plugin-access/testing';
import type { Harness } from './harness.js';

/** The browser the helpers' sessions are bound to (sessions answer only the browser that signed in). */
export const TEST_USER_AGENT = 'Mozilla/5.0 (X11; Linux x86_64) vitest/4';

export interface TestSession {
  id: string;
  cookie: string;
  verificationToken: string;
  /** Headers that send the cookie and the verification token (and the session's browser), as the portal does. */
  headers(extra?: Record<string, string>): Record<string, string>;
}

export function asSession(id: string, cookie: string, verificationToken: string, userAgent?: string): TestSession {
  return {
    id,
    cookie,
    verificationToken,
    headers: (extra = {}) => ({
      cookie: `${SESSION_COOKIE}=${cookie}`,
      [VERIFICATION_HEADER]: verificationToken,
      ...(userAgent ? { 'user-agent': userAgent } : {}),
      ...extra,
    }),
  };
}

export interface SessionOptions {
  /** The session has proven a second factor (so a tenant policy requiring MFA lets it through). */
  secondFactorProven?: boolean;
}

async function openSession(h: Harness, trx: Knex.Transaction, tenantId: string, personId: string, options: SessionOptions = {}): Promise<TestSession> {
  const session = await openTestSession(trx, h.server.keys, { tenantId, personId, userAgent: TEST_USER_AGENT, secondFactorProven: options.secondFactorProven });
  return asSession(session.id, session.cookie, session.verificationToken, TEST_USER_AGENT);
}

/** A session for a person, as if they had just redeemed a magic link. */
export async function sessionFor(h: Harness, tenantId: string, personId: string, options: SessionOptions = {}): Promise<TestSession> {
  return inTenantTransaction(h.server.database.knex, h.db.appRole, tenantId, (trx) => openSession(h, trx, tenantId, personId, options));
}

export interface PersonSpec extends SessionOptions {
  kind: 'member' | 'staff';
  /** Their membership's role; by default the least of their kind (partner_user, support). */
  role?: string;
  /** Members: their organisation. */
  partnerId?: string | null;
  /** Granted through a custom access group of their own (any set, on top of the role's). */
  permissions?: Iterable<string>;
}

export interface TestPerson extends TestSession {
  personId: string;
  email: string;
}

/**
 * A new active person with a real membership and, for `permissions`, a custom access group holding
 * exactly that set; signed in. One transaction, so cheap enough to make one per test case.
 */
export async function signedInPerson(h: Harness, tenantId: string, spec: PersonSpec): Promise<TestPerson> {
  return inTenantTransaction(h.server.database.knex, h.db.appRole, tenantId, async (trx) => {
    const tag = randomUUID().slice(0, 12);
    const email = `${spec.kind}-${tag}@people.test`;
    const [person] = await trx('people').insert({ tenantId, kind: spec.kind, email, name: `${spec.kind === 'staff' ? 'Staff' : 'Member'} ${tag}`, status: 'active' }).returning('id');
    const role = spec.role ?? (spec.kind === 'staff' ? 'support' : 'partner_user');
    await trx('memberships').insert({ tenantId, personId: person.id, partnerId: spec.kind === 'staff' ? null : (spec.partnerId ?? null), role });
    const permissions = spec.permissions ? [...spec.permissions] : [];
    if (permissions.length > 0) {
      await grantTestGroup(trx, { tenantId, personId: person.id, kind: spec.kind, name: `Holders ${tag}`, permissions });
    }
    const session = await openSession(h, trx, tenantId, person.id, spec);
    return { ...session, personId: person.id, email };
  });
}

/** Runs `work` in a transaction scoped to the tenant, as the app role. */
export function asTenant<T>(h: Harness, tenantId: string, work: (trx: Knex.Transaction) => Promise<T>): Promise<T> {
  return inTenantTransaction(h.server.database.knex, h.db.appRole, tenantId, work);
}
