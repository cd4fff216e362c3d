/**
 * Demo deals for the demo tenant (server/src/demo/seed.ts makes its partners and people): a few per
 * active partner in every status, and one collision — Acme and Globex both registered Contoso — so
 * the review queue has something to show. Written straight to the tables, flags included, because
 * a seed has no request; the rules that compute them are exercised by the tests.
 */
import type { SeedContext } from '@portico/core';
import { customerDomainKey, customerKey } from './normalise.js';

interface DemoDeal {
  partner: string;
  by: string;
  customer: string;
  domain?: string;
  country: string;
  title: string;
  amountMinor: number;
  currency: string;
  status: 'pending' | 'approved' | 'rejected' | 'withdrawn' | 'expired';
  reason?: string;
  /** Days ago it was submitted. */
  age: number;
}

const DEALS: DemoDeal[] = [
  { partner: 'Acme Resellers', by: 'sam@acme.example', customer: 'Contoso Ltd', domain: 'contoso.example', country: 'US', title: 'Contoso: 500 seats', amountMinor: 12_000_000, currency: 'USD', status: 'pending', age: 3 },
  { partner: 'Acme Resellers', by: 'paul@acme.example', customer: 'Fabrikam, Inc.', domain: 'fabrikam.example', country: 'US', title: 'Fabrikam renewal', amountMinor: 4_500_000, currency: 'USD', status: 'approved', reason: 'Confirmed with the customer.', age: 20 },
  { partner: 'Acme Resellers', by: 'sam@acme.example', customer: 'Tailspin Toys', country: 'CA', title: 'Pilot for the design team', amountMinor: 950_000, currency: 'USD', status: 'rejected', reason: 'The customer buys directly from us.', age: 35 },
  { partner: 'Acme Resellers', by: 'sam@acme.example', customer: 'Northwind Traders', country: 'US', title: 'Warehouse rollout', amountMinor: 2_000_000, currency: 'USD', status: 'withdrawn', age: 12 },
  { partner: 'Globex Intégration', by: 'chloe@globex.example', customer: 'CONTOSO L.T.D.', domain: 'https://www.contoso.example/fr', country: 'FR', title: 'Contoso France : 120 postes', amountMinor: 3_600_000, currency: 'EUR', status: 'pending', age: 1 },
  { partner: 'Globex Intégration', by: 'gaston@globex.example', customer: 'Société Générale de Logiciels SA', country: 'FR', title: 'Migration annuelle', amountMinor: 7_800_000, currency: 'EUR', status: 'approved', reason: 'Territoire Globex.', age: 40 },
  { partner: 'Globex Intégration', by: 'chloe@globex.example', customer: 'Wide World Importers', country: 'BE', title: 'Benelux expansion', amountMinor: 1_500_000, currency: 'EUR', status: 'expired', age: 150 },
];

export async function seedDemo({ db, tenant, log }: SeedContext): Promise<void> {
  if (await db('deals').where({ tenantId: tenant.id }).first('id')) return;
  const partners = new Map<string, string>((await db('partners').where({ tenantId: tenant.id }).select('id', 'name')).map((p) => [p.name, p.id]));
  const people = new Map<string, string>((await db('people').where({ tenantId: tenant.id }).select('id', 'email')).map((p) => [p.email, p.id]));
  const staff = await db('people').where({ tenantId: tenant.id, kind: 'staff' }).orderBy('createdAt').first('id');
  const ids: string[] = [];
  for (const d of DEALS) {
    const partnerId = partners.get(d.partner);
    const submittedBy = people.get(d.by);
    if (!partnerId || !submittedBy) continue;
    const decided = d.status === 'approved' || d.status === 'rejected' || d.status === 'expired';
    const [row] = await db('deals')
      .insert({
        tenantId: tenant.id,
        partnerId,
        submittedBy,
        customerName: d.customer,
        customerKey: customerKey(d.customer),
        customerDomain: d.domain ?? null,
        customerDomainKey: d.domain ? customerDomainKey(d.domain) : null,
        customerCountry: d.country,
        title: d.title,
        description: '',
        amountMinor: d.amountMinor,
        currency: d.currency,
        status: d.status,
        decisionReason: d.reason ?? null,
        decidedBy: decided ? (staff?.id ?? null) : null,
        decidedAt: decided ? db.raw(`now() - make_interval(days => ?)`, [Math.max(0, d.age - 2)]) : null,
        expiresAt: d.status === 'approved' || d.status === 'expired' ? db.raw(`now() - make_interval(days => ?) + interval '90 days'`, [d.age - 2]) : null,
        createdAt: db.raw(`now() - make_interval(days => ?)`, [d.age]),
        updatedAt: db.raw(`now() - make_interval(days => ?)`, [Math.max(0, d.age - 2)]),
      })
      .returning('id');
    ids.push(row.id);
  }
  // The collision: Acme's Contoso (first) and Globex's CONTOSO L.T.D. (fifth) point at each other.
  if (ids[0] && ids[4]) {
    await db('deals').where({ id: ids[0] }).update({ competingDealIds: db.raw('array[?::uuid]', [ids[4]]), flagged: true });
    await db('deals').where({ id: ids[4] }).update({ competingDealIds: db.raw('array[?::uuid]', [ids[0]]), flagged: true });
  }
  log.info({ deals: ids.length }, 'demo deals seeded');
}
