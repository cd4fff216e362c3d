/**
 * Fixtures for the team tests: people of given roles in an organisation, real cookie sessions for
 * them (the access plugin's own), and calls made the way the portal makes them.
 */
import { accessPlugin } from '@portico/plugin-access';
import { confirmTestMfa } from '@portico/plugin-access/testing';
import type { ApiAnswer, Harness, TestTenant } from '@portico/testing';
import { asTenant, sessionFor, type TestSession } from '@portico/testing';
import { teamPlugin } from '../src/index.js';

export const plugins = [accessPlugin, teamPlugin];

let seq = 0;

export interface PersonOptions {
  role?: string;
  partnerId?: string;
  status?: 'invited' | 'active' | 'deactivated';
  name?: string;
  email?: string;
  lastSeenAt?: Date | null;
  mfa?: boolean;
  locale?: string;
}

/** Adds a member of an organisation (default: the tenant's first partner, as partner_user). */
export async function addMember(h: Harness, t: TestTenant, options: PersonOptions = {}): Promise<string> {
  seq += 1;
  return asTenant(h, t.id, async (trx) => {
    const [person] = await trx('people')
      .insert({
        tenantId: t.id,
        kind: 'member',
        email: options.email ?? `person${seq}@${t.slug}.test`,
        name: options.name ?? `Person ${String(seq).padStart(3, '0')}`,
        status: options.status ?? 'active',
        lastSeenAt: options.lastSeenAt ?? null,
        locale: options.locale ?? null,
      })
      .returning('id');
    await trx('memberships').insert({ tenantId: t.id, personId: person.id, partnerId: options.partnerId ?? t.partnerId, role: options.role ?? 'partner_user' });
    if (options.mfa) await confirmTestMfa(trx, t.id, person.id);
    return person.id as string;
  });
}

/** A signed-in session of the person (with their second factor passed, if they have one). */
export async function signIn(h: Harness, t: TestTenant, personId: string): Promise<TestSession> {
  return sessionFor(h, t.id, personId, { secondFactorProven: true });
}

/** Calls the API as the portal does with a session: cookie, verification token, same origin. */
export function as(h: Harness, session: TestSession) {
  const call = (method: string, path: string, body?: unknown): Promise<ApiAnswer> =>
    h.api(method, `/api/v1${path}`, { body, headers: session.headers({ origin: h.url, 'sec-fetch-site': 'same-origin' }) });
  return {
    get: (path: string) => call('GET', path),
    post: (path: string, body?: unknown) => call('POST', path, body),
    patch: (path: string, body?: unknown) => call('PATCH', path, body),
    delete: (path: string) => call('DELETE', path),
  };
}

export type Caller = ReturnType<typeof as>;

export async function setPartnerStatus(h: Harness, t: TestTenant, partnerId: string, status: 'active' | 'suspended' | 'archived'): Promise<void> {
  await asTenant(h, t.id, (trx) => trx('partners').where({ id: partnerId }).update({ status }));
}

export async function setSupport(h: Harness, t: TestTenant, support: { supportEmail?: string; supportUrl?: string }): Promise<void> {
  await h.updateSettings(t, 'team', support);
}

export async function roleOf(h: Harness, t: TestTenant, personId: string): Promise<string | undefined> {
  return asTenant(h, t.id, async (trx) => (await trx('memberships').where({ personId }).first('role'))?.role);
}

export { asTenant, type TestSession };
