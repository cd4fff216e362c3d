/**
 * The demo tenant: a brand, partners in each status, and people of every role, so that every page of
 * the portal has something to show. Seeding is idempotent: a second run changes nothing; a failed run
 * leaves nothing.
 */
import type { Knex } from 'knex';
import type { Logger, SeedContext, TenantRef } from '@portico/core';
import type { Registry } from '../registry/registry.js';
import { createTenant } from '../tenants.js';
import { useTenantInTransaction } from '../db/tenant-transaction.js';
import { readPluginSettings, updatePluginSettings } from '../settings.js';

export const DEMO_TENANT_SLUG = 'demo';

interface DemoPerson {
  email: string;
  name: string;
  role: string;
  partner?: string;
}

const PARTNERS = [
  { name: 'Acme Resellers', status: 'active', tier: 'gold', country: 'US' },
  { name: 'Globex Intégration', status: 'active', tier: 'silver', country: 'FR' },
  { name: 'Iniciativa Digital', status: 'suspended', tier: 'bronze', country: 'ES' },
] as const;

const PEOPLE: DemoPerson[] = [
  { email: 'admin@northwind.example', name: 'Nadia Admin', role: 'tenant_admin' },
  { email: 'manager@northwind.example', name: 'Marc Manager', role: 'partner_manager' },
  { email: 'support@northwind.example', name: 'Sofia Support', role: 'support' },
  { email: 'alice@acme.example', name: 'Alice Owner', role: 'partner_admin', partner: 'Acme Resellers' },
  { email: 'paul@acme.example', name: 'Paul Principal', role: 'principal', partner: 'Acme Resellers' },
  { email: 'sam@acme.example', name: 'Sam Seller', role: 'salesperson', partner: 'Acme Resellers' },
  { email: 'tara@acme.example', name: 'Tara Tech', role: 'technical', partner: 'Acme Resellers' },
  { email: 'uma@acme.example', name: 'Uma User', role: 'partner_user', partner: 'Acme Resellers' },
  { email: 'gaston@globex.example', name: 'Gaston Directeur', role: 'partner_admin', partner: 'Globex Intégration' },
  { email: 'chloe@globex.example', name: 'Chloé Commerciale', role: 'salesperson', partner: 'Globex Intégration' },
  { email: 'ines@iniciativa.example', name: 'Inés Administradora', role: 'partner_admin', partner: 'Iniciativa Digital' },
  { email: 'ignacio@iniciativa.example', name: 'Ignacio Principal', role: 'principal', partner: 'Iniciativa Digital' },
];

export interface SeedResult {
  tenantId: string;
  created: boolean;
}

/** The demo tenant as `npm start` makes it; tests seed the same data under other slugs and hosts. */
export const DEMO_TENANT = {
  slug: DEMO_TENANT_SLUG,
  name: 'Northwind Cloud',
  brand: { displayName: 'Northwind Partner Hub', primaryColor: '#0b5cad', accentColor: '#f59e0b', fontFamily: 'Inter, system-ui, sans-serif', poweredBy: true },
  domains: ['localhost', '127.0.0.1'],
  embedOrigins: ['http://127.0.0.1:4100'],
};

/**
 * Seeds the demo tenant through `ownerKnex`, a connection of the schema owner (DATABASE_MIGRATION_URL):
 * the app role may not create tenants. Everything happens in one transaction, so a seed that fails
 * half-way leaves nothing behind and the next run seeds again. The owner needs no membership of the
 * app role: the transaction is scoped to the new tenant (`app.tenant_id`), which is what the
 * row-level security policies (forced for the owner too) ask for.
 *
 * `_appRole` is no longer used (the seed used to switch to it); it stays so that callers need not change.
 */
export async function seedDemo(ownerKnex: Knex, registry: Registry, _appRole: string, log: Logger, spec: typeof DEMO_TENANT = DEMO_TENANT): Promise<SeedResult> {
  const result = await ownerKnex.transaction(async (trx) => {
    const existing = await trx('tenants').where({ slug: spec.slug }).first('id');
    if (existing) return { tenantId: existing.id as string, created: false };

    const tenant = await createTenant(trx, spec);
    await useTenantInTransaction(trx, tenant.id);
    const partnerIds = new Map<string, string>();
    for (const partner of PARTNERS) {
      const [row] = await trx('partners').insert({ ...partner, tenantId: tenant.id }).returning('id');
      partnerIds.set(partner.name, row.id);
    }
    for (const person of PEOPLE) {
      const [row] = await trx('people')
        .insert({ tenantId: tenant.id, kind: person.partner ? 'member' : 'staff', email: person.email, name: person.name, status: 'active', locale: 'en' })
        .returning('id');
      await trx('memberships').insert({
        tenantId: tenant.id,
        personId: row.id,
        partnerId: person.partner ? partnerIds.get(person.partner) : null,
        role: person.role,
      });
    }
    for (const plugin of registry.plugins) {
      if (plugin.seedDemo) await plugin.seedDemo(seedContext(trx, registry, tenant, plugin.id, log));
    }
    return { tenantId: tenant.id, created: true };
  });
  if (result.created) log.info({ tenant: spec.slug }, 'demo tenant seeded');
  return result;
}

export const DEMO_PEOPLE = PEOPLE;

/** How many people the demo tenant has now (people added since the seed included, removed ones not). */
export async function demoPeopleCount(ownerKnex: Knex, slug = DEMO_TENANT_SLUG): Promise<number> {
  const row = await ownerKnex('people as p').join('tenants as t', 't.id', 'p.tenant_id').where('t.slug', slug).whereNot('p.status', 'removed').count<{ count: string | number }[]>({ count: '*' }).first();
  return Number(row?.count ?? 0);
}

/** What a plugin's `seedDemo` is handed, in a transaction already scoped to the tenant. */
export function seedContext(trx: Knex.Transaction, registry: Registry, tenant: TenantRef, pluginId: string, log: Logger): SeedContext {
  return {
    db: trx,
    tenant,
    log,
    plugins: registry.pluginsFor(pluginId),
    extensions: registry.extensions,
    permissions: registry.catalog,
    settings: () => readPluginSettings(trx, registry, tenant.id, pluginId),
    updateSettings: (change) => updatePluginSettings(trx, registry, tenant.id, pluginId, change),
  };
}
