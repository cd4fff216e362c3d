/**
 * What `portico start --demo` prints for access: a fresh sign-in link for a demo staff admin and a
 * demo partner admin, so that a newcomer is one click from the portal.
 */
import type { EventContext } from '@portico/core';
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
