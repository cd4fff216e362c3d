/**
 * The demo tenant's team: clients of Acme Resellers assigned to its members, a pending invitation,
 * and a support contact, as the demo portal shows them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type TestTenant } from '@portico/testing';
import { seedDemo } from '@portico/server';
import { as, plugins, signIn } from './support.js';

describe('team demo data', () => {
  let h: Harness;
  let demo: TestTenant;

  beforeAll(async () => {
    h = await startHarness({ plugins });
    const { tenantId } = await seedDemo(h.server.database.knex, h.server.registry, h.db.appRole, h.server.log);
    demo = { id: tenantId, slug: 'demo' } as TestTenant;
  });
  afterAll(() => h?.close());

  const personId = async (email: string) => (await h.server.database.knex('people').where({ email }).first('id')).id as string;

  it('shows Acme’s admin its clients, a pending invitation and the support contact', async () => {
    const alice = as(h, await signIn(h, demo, await personId('alice@acme.example')));
    const clients = await alice.get('/team/clients');
    expect(clients.body.items.map((c: any) => c.name)).toEqual(['Contoso Retail', 'Fabrikam Logistics', 'Tailspin Toys', 'Wide World Importers']);
    const invitations = await alice.get('/team/invitations');
    expect(invitations.body.items.map((i: any) => i.email)).toEqual(['nina@acme.example']);
    expect((await alice.get('/team/escalations')).body.support.email).toBe('partners@northwind.example');
  });

  it('shows a partner user their own assigned clients', async () => {
    const uma = as(h, await signIn(h, demo, await personId('uma@acme.example')));
    expect((await uma.get('/team/me/clients')).body.items.map((c: any) => c.name).sort()).toEqual(['Contoso Retail', 'Fabrikam Logistics']);
  });
});
