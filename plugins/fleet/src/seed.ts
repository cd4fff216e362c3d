/**
 * Demo data for the demo tenant (after team's seed, which makes Acme's clients): Acme's clients get
 * the tenant's external ids, facts, contacts and mandates with a version history — one reduced, one
 * extended with a further extension awaiting the client's approval, one suspended — and a pending
 * invitation to a new company; Globex gets a couple of clients, one of them a company Acme serves
 * too. The deep link points at Northwind's product. Written straight to the tables, because a seed
 * has no request; the rules that make such rows are exercised by the tests.
 */
import type { Knex } from 'knex';
import type { Terms, TermsDiff } from './schemas.js';
import { diffTerms } from './mandates/rules.js';
import { defineSeed } from './types.js';

const ACME = 'Acme Resellers';
const GLOBEX = 'Globex Intégration';

interface DemoVersion {
  daysAgo: number;
  terms: Terms;
  change: 'created' | 'reduced' | 'extended' | 'ended' | 'fed';
  reason: string | null;
  by: { kind: 'member' | 'contact' | 'feed'; email?: string; name?: string };
}

interface DemoClient {
  partner: string;
  name: string;
  externalId: string;
  domain: string;
  country: string;
  health: 'healthy' | 'attention' | 'critical';
  facts: Record<string, string | number | boolean>;
  contact: { email: string; name: string; locale: 'en' | 'fr' | 'es' };
  versions: DemoVersion[];
  /** An extension awaiting the contact's approval. */
  proposal?: { by: string; terms: Terms; reason: string; expiresInDays: number };
}

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

const CLIENTS: DemoClient[] = [
  {
    partner: ACME,
    name: 'Contoso Retail',
    externalId: 'NW-1001',
    domain: 'contoso.example',
    country: 'US',
    health: 'healthy',
    facts: { plan: 'Business', seats: 120, stores: 14, renewsOn: day(200) },
    contact: { email: 'carla@contoso.example', name: 'Carla Contoso', locale: 'en' },
    versions: [
      { daysAgo: 120, terms: { scope: ['view-financials', 'file-returns', 'manage-payroll'], validFrom: day(-120), validUntil: null, status: 'active' }, change: 'created', reason: 'Accepted the invitation of Acme Resellers', by: { kind: 'contact', name: 'Carla Contoso' } },
      { daysAgo: 30, terms: { scope: ['view-financials', 'file-returns'], validFrom: day(-120), validUntil: null, status: 'active' }, change: 'reduced', reason: 'Contoso runs its payroll in-house since the spring.', by: { kind: 'member', email: 'alice@acme.example' } },
    ],
  },
  {
    partner: ACME,
    name: 'Fabrikam Logistics',
    externalId: 'NW-1002',
    domain: 'fabrikam.example',
    country: 'US',
    health: 'attention',
    facts: { plan: 'Starter', seats: 35, overdueFilings: 2 },
    contact: { email: 'frank@fabrikam.example', name: 'Frank Fabrikam', locale: 'en' },
    versions: [
      { daysAgo: 200, terms: { scope: ['view-financials'], validFrom: day(-200), validUntil: day(60), status: 'active' }, change: 'created', reason: 'Accepted the invitation of Acme Resellers', by: { kind: 'contact', name: 'Frank Fabrikam' } },
      { daysAgo: 20, terms: { scope: ['view-financials', 'file-returns'], validFrom: day(-200), validUntil: day(60), status: 'active' }, change: 'extended', reason: 'We file their quarterly returns from this quarter.', by: { kind: 'contact', name: 'Frank Fabrikam' } },
    ],
    proposal: {
      by: 'paul@acme.example',
      terms: { scope: ['view-financials', 'file-returns', 'manage-invoices'], validFrom: day(-200), validUntil: day(425), status: 'active' },
      reason: 'Renewing for another year, and taking over their invoicing as discussed.',
      expiresInDays: 10,
    },
  },
  {
    partner: ACME,
    name: 'Tailspin Toys',
    externalId: 'NW-1003',
    domain: 'tailspin.example',
    country: 'CA',
    health: 'critical',
    facts: { plan: 'Business', seats: 60, paymentOverdueDays: 45 },
    contact: { email: 'tess@tailspin.example', name: 'Tess Tailspin', locale: 'en' },
    versions: [
      { daysAgo: 300, terms: { scope: ['view-financials', 'manage-invoices'], validFrom: day(-300), validUntil: null, status: 'active' }, change: 'created', reason: 'Accepted the invitation of Acme Resellers', by: { kind: 'contact', name: 'Tess Tailspin' } },
      { daysAgo: 12, terms: { scope: ['view-financials', 'manage-invoices'], validFrom: day(-300), validUntil: null, status: 'suspended' }, change: 'reduced', reason: 'Suspended until Tailspin settles its overdue invoices.', by: { kind: 'member', email: 'alice@acme.example' } },
    ],
  },
  {
    partner: ACME,
    name: 'Wide World Importers',
    externalId: 'NW-1004',
    domain: 'wideworld.example',
    country: 'GB',
    health: 'healthy',
    facts: { plan: 'Enterprise', seats: 480 },
    contact: { email: 'wanda@wideworld.example', name: 'Wanda World', locale: 'en' },
    versions: [],
  },
  {
    partner: GLOBEX,
    name: 'Wide World Importers',
    externalId: 'NW-1004',
    domain: 'wideworld.example',
    country: 'GB',
    health: 'healthy',
    facts: { plan: 'Enterprise', seats: 480 },
    contact: { email: 'wanda@wideworld.example', name: 'Wanda World', locale: 'en' },
    versions: [
      { daysAgo: 90, terms: { scope: ['view-financials', 'file-returns'], validFrom: day(-90), validUntil: day(275), status: 'active' }, change: 'fed', reason: null, by: { kind: 'feed' } },
    ],
  },
  {
    partner: GLOBEX,
    name: 'Litware SARL',
    externalId: 'NW-2001',
    domain: 'litware.example',
    country: 'FR',
    health: 'attention',
    facts: { plan: 'Business', seats: 48 },
    contact: { email: 'lea@litware.example', name: 'Léa Litware', locale: 'fr' },
    versions: [
      { daysAgo: 60, terms: { scope: ['view-financials', 'file-returns', 'manage-payroll'], validFrom: day(-60), validUntil: null, status: 'active' }, change: 'created', reason: 'Invitation de Globex Intégration acceptée', by: { kind: 'contact', name: 'Léa Litware' } },
    ],
  },
];

/** A company Acme invited and that has not answered yet (resend it to play the contact: see the README). */
const PENDING_INVITATION = {
  partner: ACME,
  by: 'sam@acme.example',
  companyName: 'Proseware, Inc.',
  domain: 'proseware.example',
  contactEmail: 'olivia@proseware.example',
  contactName: 'Olivia Proseware',
  scope: ['view-financials', 'file-returns'],
  message: 'As discussed at the fair: this lets us prepare and file your returns.',
};

const ago = (db: Knex.Transaction, days: number) => db.raw(`now() - make_interval(days => ?)`, [days]);

async function mandateWithHistory(db: Knex.Transaction, tenantId: string, client: { id: string; partnerId: string }, versions: DemoVersion[], people: Map<string, { id: string; name: string }>): Promise<string | null> {
  const last = versions[versions.length - 1];
  if (!last) return null;
  const [mandate] = await db('fleet_mandates')
    .insert({ tenantId, clientId: client.id, partnerId: client.partnerId, version: versions.length, ...last.terms, createdAt: ago(db, versions[0].daysAgo), updatedAt: ago(db, last.daysAgo) })
    .returning('id');
  let previous: Terms | null = null;
  for (const [i, v] of versions.entries()) {
    const person = v.by.email ? people.get(v.by.email) : undefined;
    const diff: TermsDiff = diffTerms(previous, v.terms);
    await db('fleet_mandate_versions').insert({
      tenantId,
      mandateId: mandate.id,
      clientId: client.id,
      version: i + 1,
      ...v.terms,
      change: v.change,
      reason: v.reason,
      diff: JSON.stringify(diff),
      changedByKind: v.by.kind,
      changedByPerson: person?.id ?? null,
      changedByName: person?.name ?? v.by.name ?? null,
      createdAt: ago(db, v.daysAgo),
    });
    previous = v.terms;
  }
  return mandate.id;
}

export const seedDemo = defineSeed(async ({ db, tenant, log, settings, updateSettings }) => {
  if (await db('fleet_client_profiles').where({ tenantId: tenant.id }).first('id')) return;
  const partners = new Map<string, string>((await db('partners').where({ tenantId: tenant.id }).select('id', 'name')).map((p) => [p.name, p.id]));
  if (!partners.has(ACME)) return;
  await updateSettings({ deepLinkTemplate: 'https://app.northwind.example/c/{clientExternalId}', productName: 'Northwind Cloud' });
  const people = new Map<string, { id: string; name: string }>((await db('people').where({ tenantId: tenant.id }).select('id', 'email', 'name')).map((p) => [p.email, { id: p.id, name: p.name }]));

  let clients = 0;
  for (const demo of CLIENTS) {
    const partnerId = partners.get(demo.partner);
    if (!partnerId) continue;
    // Acme's clients come from team's seed; a company missing there (or another partner's) is made here.
    let row = await db('clients').where({ tenantId: tenant.id, partnerId }).whereRaw('lower(name) = lower(?)', [demo.name]).first('id');
    if (row) await db('clients').where({ id: row.id }).update({ externalId: demo.externalId, domain: demo.domain, country: demo.country });
    else [row] = await db('clients').insert({ tenantId: tenant.id, partnerId, name: demo.name, externalId: demo.externalId, domain: demo.domain, country: demo.country }).returning('id');
    const client = { id: row.id as string, partnerId };
    await db('fleet_client_profiles').insert({ tenantId: tenant.id, clientId: client.id, partnerId, source: 'feed', health: demo.health, facts: JSON.stringify(demo.facts), fedAt: ago(db, 1) });
    await db('fleet_client_contacts').insert({ tenantId: tenant.id, clientId: client.id, partnerId, ...demo.contact });
    const mandateId = await mandateWithHistory(db, tenant.id, client, demo.versions, people);
    if (mandateId && demo.proposal) {
      const current = demo.versions[demo.versions.length - 1].terms;
      await db('fleet_mandate_proposals').insert({
        tenantId: tenant.id,
        mandateId,
        clientId: client.id,
        partnerId,
        baseVersion: demo.versions.length,
        scope: demo.proposal.terms.scope,
        validFrom: demo.proposal.terms.validFrom,
        validUntil: demo.proposal.terms.validUntil,
        termsStatus: demo.proposal.terms.status,
        diff: JSON.stringify(diffTerms(current, demo.proposal.terms)),
        reason: demo.proposal.reason,
        approver: 'client',
        proposedBy: people.get(demo.proposal.by)?.id ?? null,
        expiresAt: db.raw(`now() + make_interval(days => ?)`, [demo.proposal.expiresInDays]),
        createdAt: ago(db, 2),
      });
    }
    clients++;
  }

  const invitation = PENDING_INVITATION;
  const inviter = people.get(invitation.by);
  const partnerId = partners.get(invitation.partner)!;
  const lifetime = (await settings()).invitationLifetimeDays;
  await db('fleet_invitations').insert({
    tenantId: tenant.id,
    partnerId,
    companyName: invitation.companyName,
    domain: invitation.domain,
    contactEmail: invitation.contactEmail,
    contactName: invitation.contactName,
    locale: 'en',
    scope: invitation.scope,
    validFrom: day(0),
    validUntil: day(365),
    message: invitation.message,
    sentBy: inviter?.id ?? null,
    sentAt: ago(db, 3),
    expiresAt: db.raw(`now() + make_interval(days => ?)`, [Math.max(1, lifetime - 3)]),
  });
  log.info({ tenant: tenant.slug, clients }, 'fleet demo data seeded');
});
