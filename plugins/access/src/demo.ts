/**
 * What `portico start --demo` prints for access: a fresh sign-in link for a demo staff admin and a
 * demo partner admin, so that a newcomer is one click from the portal.
 */
import type { EventContext, SeedContext } from '@portico/core';
import { issueLink } from './links.js';

const ROLE_NAMES: Record<string, string> = { tenant_admin: 'tenant admin', partner_admin: 'partner admin' };

export async function demoSignInHints(ctx: EventContext): Promise<string[]> {
  const lines: string[] = [];
  for (const role of ['tenant_admin', 'partner_admin']) {
    const person = await ctx.db('memberships as m')
      .join('people as p', 'p.id', 'm.person_id')
      .leftJoin('partners as o', 'o.id', 'm.partner_id')
      .where({ 'm.role': role, 'p.status': 'active' })
      .where((q) => q.whereNull('m.partner_id').orWhere('o.status', 'active'))
      .orderBy('p.email')
      .first('p.id', 'p.name', 'p.email');
    if (!person) continue;
    // The link is printed here rather than mailed: the demo has no mailbox to read it from.
    const link = await issueLink({ db: ctx.db, tenant: ctx.tenant, keys: ctx.keys, publicUrl: ctx.publicUrl, sendMail: async () => {} }, { personId: person.id, purpose: 'sign-in', redirectTo: '/' });
    lines.push(`Sign in as ${person.name} (${ROLE_NAMES[role]}, ${person.email}): ${link.url}`);
  }
  if (lines.length > 0) lines.push('Links work once and expire in 30 minutes; for anyone else, enter their email at the sign-in page (the link appears in this log).');
  return lines;
}

/** Acme's partner admin's own group in the demo: two of Acme's people see every deal of the organisation. */
const DEMO_GROUP = {
  partner: 'Acme Resellers',
  name: 'Deal desk',
  description: 'Sees and follows up every deal of Acme, not only their own.',
  permissions: ['deals.partner-wide'],
  members: ['sam@acme.example', 'uma@acme.example'],
};

/**
 * The access plugin's demo data (after the core seed made the partners and people): an organisation
 * group of Acme, as Alice (its partner admin) would make it at `/settings/organisation/groups`.
 * Written straight to the tables (a seed has no request); does nothing if Acme or the group is missing
 * or already there. Without the deals plugin the stored key counts for nothing (keys no plugin declares
 * are ignored when actors are built and groups are shown), and counts again once deals is enabled.
 */
export async function seedAccessDemo({ db, tenant }: SeedContext): Promise<void> {
  const partner = await db('partners').where({ tenantId: tenant.id, name: DEMO_GROUP.partner }).first('id');
  if (!partner) return;
  if (await db('access_groups').where({ tenantId: tenant.id, partnerId: partner.id }).whereRaw('lower(name) = lower(?)', [DEMO_GROUP.name]).first('id')) return;
  const [group] = await db('access_groups')
    .insert({ tenantId: tenant.id, partnerId: partner.id, name: DEMO_GROUP.name, description: DEMO_GROUP.description, audience: 'partner', permissions: DEMO_GROUP.permissions })
    .returning('id');
  const members = await db('people as p')
    .join('memberships as m', 'm.person_id', 'p.id')
    .where({ 'p.tenant_id': tenant.id, 'm.partner_id': partner.id })
    .whereIn('p.email', DEMO_GROUP.members)
    .select('p.id');
  if (members.length > 0) await db('access_group_members').insert(members.map((m: { id: string }) => ({ tenantId: tenant.id, groupId: group.id, personId: m.id })));
}
