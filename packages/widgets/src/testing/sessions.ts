/** Signed-in sessions for browser tests, as `GET /access/session` answers them. */
import type { Session } from '../context.js';

export interface TestSessionOptions extends Partial<Omit<Session, 'person'>> {
  /** What differs from a member called "Test Person" (`kind: 'staff'` also leaves out the partner). */
  person?: Partial<Session['person']>;
}

/**
 * A session of the Acme tenant: by default a member of Acme Resellers (`pa1`) holding no permission;
 * pass what the test needs (`permissions`, `person: { kind: 'staff' }`, another `tenant`, …).
 */
export function testSession({ person, ...rest }: TestSessionOptions = {}): Session {
  const kind = person?.kind ?? 'member';
  return {
    person: { id: 'me', name: 'Test Person', email: 'me@example.com', kind, locale: null, timeZone: null, ...person },
    tenant: { id: 't1', slug: 'acme', name: 'Acme' },
    partner: kind === 'staff' ? null : { id: 'pa1', name: 'Acme Resellers', status: 'active' },
    roles: [],
    permissions: [],
    via: 'session',
    verificationToken: null,
    secondFactorRequired: false,
    ...rest,
  };
}
