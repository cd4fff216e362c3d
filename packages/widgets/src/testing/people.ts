/** People for browser tests, as `GET /access/people` lists them. */
import type { ItemOf } from '@portico/sdk';

export type TestPerson = ItemOf<'/access/people'>;

/** An active member of no partner by default; pass what the test needs (`kind: 'staff'`, `partnerId`, …). */
export function testPerson(overrides: Partial<TestPerson> & Pick<TestPerson, 'id' | 'name'>): TestPerson {
  return {
    email: `${overrides.id}@example.com`,
    kind: 'member',
    status: 'active',
    role: null,
    locale: null,
    partnerId: null,
    partnerName: null,
    lastSeenAt: null,
    activity: 'never',
    createdAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}
