/**
 * The demo tenant (`portico start --demo`) shows referrals: seeding it gives Acme Resellers three —
 * pending, accepted with its fee, declined with its reason — and seeding again adds nothing.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { accessPlugin } from '@portico/plugin-access';
import { DEMO_TENANT, seedDemo } from '@portico/server';
import { sessionFor, startHarness, type Harness } from '@portico/testing';
import { referralsPlugin } from '../src/index.js';
import type { Referral } from '../src/public.js';

const SLUG = 'demo-referrals';
let h: Harness;
let tenantId: string;
let acmeId: string;

beforeAll(async () => {
  h = await startHarness({ plugins: [accessPlugin, referralsPlugin] });
  const log = { info() {}, warn() {}, error() {}, debug() {} };
  ({ tenantId } = await seedDemo(h.server.database.knex, h.server.registry, h.db.appRole, log, { ...DEMO_TENANT, slug: SLUG, domains: [`${SLUG}.test`] }));
  acmeId = (await h.server.database.knex('partners').where({ tenantId, name: 'Acme Resellers' }).first('id')).id;
});
afterAll(() => h?.close());

const acmeReferrals = () => h.server.database.knex('referrals').where({ tenantId, partnerId: acmeId });

it('gives Acme three referrals: pending, accepted with the fee, declined with a reason', async () => {
  const rows = await acmeReferrals().orderBy('createdAt', 'desc');
  expect(rows.map((r) => r.status)).toEqual(['pending', 'accepted', 'declined']);
  expect(rows[1]).toMatchObject({ currency: 'USD', decisionReason: expect.any(String) });
  expect(Number(rows[1].feeMinor)).toBe(50_000);
  expect(rows[2].decisionReason).toEqual(expect.any(String));

  // Sam, a salesperson of Acme, sees them in the portal's list.
  const sam = await h.server.database.knex('people').where({ tenantId, email: 'sam@acme.example' }).first('id');
  const session = await sessionFor(h, tenantId, sam.id);
  const answer = await h.api('GET', '/api/v1/referrals', { headers: session.headers() });
  expect(answer.status, answer.text).toBe(200);
  expect(answer.body.items.map((r: Referral) => r.company)).toEqual(['Initech', 'Umbrella Health', 'Vandelay Industries']);
});

it('seeds once: seeding the demo again adds nothing', async () => {
  await h.seedPlugins({ id: tenantId, slug: SLUG }, ['referrals']);
  expect(await acmeReferrals()).toHaveLength(3);
});
