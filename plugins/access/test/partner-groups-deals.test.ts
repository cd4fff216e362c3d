import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asTenant, sessionFor, startHarness, type Harness, type TestTenant } from '@portico/testing';
import { dealsPlugin } from '@portico/plugin-deals';
import { accessPlugin } from '../src/index.js';

/**
 * A partner admin's organisation group, seen from a real plugin: `deals.partner-wide` in a group lets
 * a salesperson see every deal of their organisation under per-contact visibility; and the access demo
 * seed gives Acme's "Deal desk" to two of its people.
 */
describe('partner groups with the deals plugin', () => {
  let h: Harness;
  let alpha: TestTenant;
  let seq = 0;

  beforeAll(async () => {
    h = await startHarness({ plugins: [accessPlugin, dealsPlugin] });
    alpha = await h.tenant('alpha');
  });
  afterAll(() => h?.close());

  async function addPerson(t: TestTenant, role: string, partnerId: string | null, email = `deals${++seq}@${t.slug}.test`, name = `Person ${seq}`) {
    return asTenant(h, t.id, async (trx) => {
      const [row] = await trx('people').insert({ tenantId: t.id, kind: partnerId ? 'member' : 'staff', email, name, status: 'active' }).returning('id');
      await trx('memberships').insert({ tenantId: t.id, personId: row.id, partnerId, role });
      return row.id as string;
    });
  }
  const minted = (t: TestTenant, personId: string, role: string, partnerId: string | null) =>
    h.actors.mint({ kind: partnerId ? 'member' : 'staff', tenantId: t.id, personId, partnerId, roles: [role], permissions: h.server.registry.permissionsOfRole(role) });

  it('lets a salesperson in a group holding deals.partner-wide see every deal of their organisation, and no other', async () => {
    const tenantAdmin = minted(alpha, alpha.staffId, 'tenant_admin', null);
    expect((await h.api('PATCH', '/api/v1/deals/settings', { auth: tenantAdmin, body: { visibility: 'own' } })).status).toBe(200);
    const sam = await addPerson(alpha, 'salesperson', alpha.partnerId);
    const sue = await addPerson(alpha, 'salesperson', alpha.partnerId);
    const rival = await addPerson(alpha, 'salesperson', alpha.otherPartnerId);
    const deal = async (personId: string, partnerId: string, customerName: string) => {
      const answer = await h.api('POST', '/api/v1/deals', { auth: minted(alpha, personId, 'salesperson', partnerId), body: { customerName, title: 'Fifty seats', amountMinor: 1_250_000 } });
      expect(answer.status, answer.text).toBe(201);
      return answer.body.id as string;
    };
    const samDeal = await deal(sam, alpha.partnerId, 'Sam’s customer');
    const sueDeal = await deal(sue, alpha.partnerId, 'Sue’s customer');
    const rivalDeal = await deal(rival, alpha.otherPartnerId, 'Rival’s customer');

    const session = await sessionFor(h, alpha.id, sam);
    const seen = async () => ((await h.api('GET', '/api/v1/deals?limit=100', { headers: session.headers() })).body.items as any[]).map((d) => d.id).sort();
    expect(await seen()).toEqual([samDeal]);

    const admin = minted(alpha, await addPerson(alpha, 'partner_admin', alpha.partnerId), 'partner_admin', alpha.partnerId);
    const group = await h.api('POST', '/api/v1/access/partner-groups', { auth: admin, body: { name: 'Deal desk', permissions: ['deals.partner-wide'] } });
    expect(group.status, group.text).toBe(201);
    expect((await h.api('PUT', `/api/v1/access/partner-groups/${group.body.id}/members`, { auth: admin, body: { personIds: [sam] } })).status).toBe(200);

    expect(await seen()).toEqual([samDeal, sueDeal].sort());
    expect(await seen()).not.toContain(rivalDeal);
    const why = await h.api('GET', `/api/v1/access/partner-permissions/deals.partner-wide/people/${sam}`, { auth: admin });
    expect(why.body).toMatchObject({ holds: true, grantedBy: [{ kind: 'group', name: 'Deal desk', managedBy: 'organisation' }] });
  });

  it('seeds Acme’s "Deal desk" in the demo, once', async () => {
    const demo = await h.tenant('demo');
    const acme = await asTenant(h, demo.id, async (trx) => (await trx('partners').insert({ tenantId: demo.id, name: 'Acme Resellers', status: 'active' }).returning('id'))[0].id as string);
    const alice = await addPerson(demo, 'partner_admin', acme, 'alice@acme.example', 'Alice Owner');
    const sam = await addPerson(demo, 'salesperson', acme, 'sam@acme.example', 'Sam Seller');
    const uma = await addPerson(demo, 'partner_user', acme, 'uma@acme.example', 'Uma User');
    await h.seedPlugins(demo, ['access']);
    await h.seedPlugins(demo, ['access']);

    const auth = minted(demo, alice, 'partner_admin', acme);
    const list = await h.api('GET', '/api/v1/access/partner-groups', { auth });
    expect(list.body.items).toEqual([expect.objectContaining({ name: 'Deal desk', permissions: ['deals.partner-wide'], memberCount: 2 })]);
    const members = (await h.api('GET', `/api/v1/access/partner-groups/${list.body.items[0].id}`, { auth })).body.members.map((m: any) => m.id).sort();
    expect(members).toEqual([sam, uma].sort());
    const umaSession = await sessionFor(h, demo.id, uma);
    expect((await h.api('GET', '/api/v1/access/session', { headers: umaSession.headers() })).body.permissions).toContain('deals.partner-wide');
  });
});
