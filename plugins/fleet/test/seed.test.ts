import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInPerson, startHarness, type Harness } from '@portico/testing';
import { DEMO_TENANT, seedDemo } from '@portico/server';
import { contact, expectOk, plugins, tables } from './support.js';

describe('the demo', () => {
  let h: Harness;
  let tenantId: string;

  beforeAll(async () => {
    h = await startHarness({ plugins, config: { defaultTenant: 'fleet-demo' } });
    ({ tenantId } = await seedDemo(h.server.database.knex, h.server.registry, h.db.appRole, h.server.log, { ...DEMO_TENANT, slug: 'fleet-demo', domains: ['fleet-demo.test'] }));
  });
  afterAll(() => h?.close());

  /** A partner admin of Acme Resellers, signed in. */
  const acmeAdmin = async () => {
    const acme = await tables(h)('partners').where({ tenantId, name: 'Acme Resellers' }).first('id');
    return signedInPerson(h, tenantId, { kind: 'member', role: 'partner_admin', partnerId: acme.id, secondFactorProven: true });
  };

  it('gives Acme’s clients external ids, facts, mandates with a history, and a pending extension and invitation', async () => {
    const session = await acmeAdmin();
    const list = expectOk(await h.api('GET', '/api/v1/fleet/clients', { headers: session.headers() }));
    expect(list.items.map((c: { name: string }) => c.name)).toEqual(['Contoso Retail', 'Fabrikam Logistics', 'Tailspin Toys', 'Wide World Importers']);
    const contoso = list.items[0];
    expect(contoso).toMatchObject({ externalId: 'NW-1001', health: 'healthy', mandate: { status: 'active' }, assignees: [expect.any(Object), expect.any(Object)] });
    const detail = expectOk(await h.api('GET', `/api/v1/fleet/clients/${contoso.id}`, { headers: session.headers() }));
    expect(detail.deepLink).toEqual({ url: 'https://app.northwind.example/c/NW-1001', productName: 'Northwind Cloud' });
    const versions = expectOk(await h.api('GET', `/api/v1/fleet/clients/${contoso.id}/mandate/versions`, { headers: session.headers() }));
    expect(versions.items.map((v: { change: string }) => v.change)).toEqual(['reduced', 'created']);
    const fabrikam = expectOk(await h.api('GET', `/api/v1/fleet/clients/${list.items[1].id}`, { headers: session.headers() }));
    expect(fabrikam.mandate.pendingProposal).toMatchObject({ status: 'pending', approver: 'client', diff: { scope: { added: ['manage-invoices'] } } });
    const invitations = expectOk(await h.api('GET', '/api/v1/fleet/invitations?status=pending', { headers: session.headers() }));
    expect(invitations.items.map((i: { companyName: string }) => i.companyName)).toEqual(['Proseware, Inc.']);
  });

  it('shows staff the company Acme and Globex both serve', async () => {
    const staff = await signedInPerson(h, tenantId, { kind: 'staff', role: 'partner_manager', secondFactorProven: true });
    const rows = expectOk(await h.api('GET', '/api/v1/fleet/clients?externalId=NW-1004', { headers: staff.headers() }));
    expect(rows.items.map((c: { partnerName: string }) => c.partnerName).sort()).toEqual(['Acme Resellers', 'Globex Intégration']);
    const detail = expectOk(await h.api('GET', `/api/v1/fleet/clients/${rows.items[0].id}`, { headers: staff.headers() }));
    expect(detail.alsoServedBy).toHaveLength(1);
  });

  it('prints links to play the client’s contact, which work', async () => {
    const lines = await h.server.demoHints('fleet-demo');
    const invitation = lines.find((line) => line.includes('/client-invitations/'));
    expect(invitation).toContain('Olivia Proseware of Proseware, Inc., invited by Acme Resellers');
    const url = new URL(/https?:\/\/\S+/.exec(invitation!)![0]);
    const path = url.pathname + url.search;
    const page = await contact.open(h, path);
    expect(page.status, page.text).toBe(200);
    expect(page.text).toContain('Acme Resellers asks to act for Proseware, Inc.');
    const proposal = lines.find((line) => line.includes('/client-mandate-proposals/'));
    expect(proposal).toContain('Frank Fabrikam of Fabrikam Logistics');
  });

  it('seeds once', async () => {
    const before = await tables(h)('fleet_mandate_versions').where({ tenantId }).count({ n: '*' });
    await h.seedPlugins({ id: tenantId, slug: 'fleet-demo' }, ['fleet']);
    expect(await tables(h)('fleet_mandate_versions').where({ tenantId }).count({ n: '*' })).toEqual(before);
  });
});
