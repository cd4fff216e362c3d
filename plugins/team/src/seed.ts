/**
 * Demo data: a support contact, client companies of Acme Resellers assigned to its members, and one
 * pending invitation, so every part of the team pages has something to show.
 */
import { defineSeed } from './types.js';

const ACME = 'Acme Resellers';

const CLIENTS = [
  { name: 'Contoso Retail', domain: 'contoso.example', country: 'US', assignees: ['alice@acme.example', 'uma@acme.example'] },
  { name: 'Fabrikam Logistics', domain: 'fabrikam.example', country: 'US', assignees: ['uma@acme.example'] },
  { name: 'Tailspin Toys', domain: 'tailspin.example', country: 'CA', assignees: ['sam@acme.example', 'tara@acme.example'] },
  { name: 'Wide World Importers', domain: 'wideworld.example', country: 'GB', assignees: [] },
];

const PENDING = { email: 'nina@acme.example', name: 'Nina Newcomer', role: 'partner_user' };

export const seedTeamDemo = defineSeed(async ({ db, tenant, log, updateSettings }) => {
  await updateSettings({ supportEmail: 'partners@northwind.example', supportUrl: 'https://northwind.example/partner-support' });
  const acme = await db('partners').where({ tenantId: tenant.id, name: ACME }).first('id');
  if (!acme) return;
  if (await db('clients').where({ partnerId: acme.id }).first('id')) return;

  const people = await db('people').where({ tenantId: tenant.id }).select('id', 'email');
  const idOf = new Map(people.map((p) => [p.email as string, p.id as string]));
  for (const client of CLIENTS) {
    const [row] = await db('clients')
      .insert({ tenantId: tenant.id, partnerId: acme.id, name: client.name, domain: client.domain, country: client.country })
      .returning('id');
    for (const email of client.assignees) {
      const personId = idOf.get(email);
      if (personId) await db('team_client_assignments').insert({ tenantId: tenant.id, partnerId: acme.id, clientId: row.id, personId });
    }
  }
  if (!idOf.has(PENDING.email)) {
    // A pending invitation without a live link: the roster shows it, and "resend" sends a fresh one.
    const [person] = await db('people').insert({ tenantId: tenant.id, kind: 'member', email: PENDING.email, name: PENDING.name, status: 'invited', locale: 'en' }).returning('id');
    await db('memberships').insert({ tenantId: tenant.id, personId: person.id, partnerId: acme.id, role: PENDING.role });
  }
  log.info({ tenant: tenant.slug, clients: CLIENTS.length }, 'team demo data seeded');
});
