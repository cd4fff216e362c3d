/** Partner organisations for browser tests, as `GET /access/partners` lists them. */
import type { ItemOf } from '@portico/sdk';

export type TestPartner = ItemOf<'/access/partners'>;

/** An active partner of the test tenant; pass what the test needs (`id`, `name`, `status`, …). */
export function testPartner(overrides: Partial<TestPartner> & Pick<TestPartner, 'id' | 'name'>): TestPartner {
  return {
    status: 'active',
    tier: null,
    country: null,
    memberCount: 0,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}
