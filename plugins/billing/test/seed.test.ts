/**
 * The demo tenant's billing, as `npm start` shows it: a catalogue, `questions.ask` gated, Acme in order
 * on a plan that does not unlock questions (its technical person meets the gate, which opens once its
 * admin chooses Growth), Globex in its grace period and Iniciativa restricted, each with its invoices.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '@portico/server';
import type { Harness } from '@portico/testing';
import { call, PUBLIC_URL, startBillingHarness } from './support.js';

describe('billing demo data', () => {
  let h: Harness;
  let tenantId: string;

  beforeAll(async () => {
    h = await startBillingHarness();
    ({ tenantId } = await seedDemo(h.server.database.knex, h.server.registry, h.db.appRole, h.server.log));
  });
  afterAll(() => h?.close());

  /** A token for a demo person, holding their role's permissions. */
  async function as(email: string): Promise<string> {
    const row = await h.server.database.knex('people as p').join('memberships as m', 'm.person_id', 'p.id').where({ 'p.email': email, 'p.tenant_id': tenantId }).first('p.id', 'p.kind', 'm.partner_id', 'm.role');
    return h.actors.mint({ kind: row.kind, tenantId, personId: row.id, partnerId: row.partnerId, roles: [row.role], permissions: h.server.registry.permissionsOfRole(row.role) });
  }
  const ask = async (email: string) => h.api('POST', '/api/v1/questions', { auth: await as(email), body: { subject: 'Rate limits', body: 'What are the limits?' } });

  it('shows staff one partner in each situation, with what is past due', async () => {
    const staff = await as('manager@northwind.example');
    const overview = await call(h, staff, 'GET', '/billing/overview', undefined, 200);
    expect(overview.byState).toEqual({ active: 1, overdue: 0, grace: 1, restricted: 1 });
    expect(overview.amountOverdue).toEqual([expect.objectContaining({ currency: 'EUR', minor: 27_800 })]);
    const settings = await call(h, staff, 'GET', '/billing/settings', undefined, 200);
    expect(settings.gatedFeatures).toEqual(['questions.ask']);
    const invoices = await call(h, staff, 'GET', '/billing/invoices?limit=100', undefined, 200);
    const numbers = invoices.items.map((i: any) => i.number);
    expect(new Set(numbers).size).toBe(9);
  });

  it('shows Iniciativa restricted, with its invoice past due, and Globex in grace', async () => {
    const ines = await as('ines@iniciativa.example');
    const account = await call(h, ines, 'GET', '/billing/account', undefined, 200);
    expect(account.standing).toMatchObject({ state: 'restricted', restricted: true, cause: { code: 'grace-period-ended' } });
    expect(account.pastDue).toMatchObject({ amountDue: { minor: 13_900, currency: 'EUR' } });
    const invoices = await call(h, ines, 'GET', '/billing/invoices', undefined, 200);
    // Seeded in one transaction, at one instant: in no set order.
    expect(invoices.items.map((i: any) => [i.status, i.pastDue]).sort()).toEqual([['open', true], ['paid', false]]);
    const gaston = await call(h, await as('gaston@globex.example'), 'GET', '/billing/account', undefined, 200);
    expect(gaston.standing.state).toBe('grace');
    expect(gaston.standing.cause.invoiceNumber).toBe(gaston.pastDue.number);
  });

  it('gates Acme’s questions by its plan, and opens them once its admin chooses Growth', async () => {
    const refused = await ask('tara@acme.example');
    expect(refused.status).toBe(402);
    expect(refused.body).toMatchObject({ reason: 'plan', action: { href: `${PUBLIC_URL}/billing` } });
    const alice = await as('alice@acme.example');
    const account = await call(h, alice, 'GET', '/billing/account', undefined, 200);
    expect(account).toMatchObject({ setUp: true, standing: { state: 'active' }, plan: { name: 'Essentials' }, taxIdKind: 'us_ein' });
    const plans = await call(h, alice, 'GET', '/billing/plans', undefined, 200);
    const growth = plans.items.find((p: any) => p.name === 'Growth');
    const { contactName, contactEmail, addressLine1, city, postalCode, region, country, taxId } = account;
    await call(h, alice, 'PUT', '/billing/account', { contactName, contactEmail, addressLine1, city, postalCode, region, country, taxId, planId: growth.id }, 200);
    expect((await ask('tara@acme.example')).status).toBe(201);
  });
});
