/**
 * What `portico start --demo` prints for the fleet: how to play a client's contact. The demo's
 * pending invitation and pending mandate extension get a fresh link each (the old ones stop working),
 * printed here because the demo has no mailbox to read them from.
 */
import type { EventContext } from '@portico/core';
import { issueLink } from './links.js';

export async function demoContactHints(ctx: EventContext): Promise<string[]> {
  const lines: string[] = [];
  const invitation = await ctx.db('fleet_invitations as i')
    .join('partners as p', 'p.id', 'i.partner_id')
    .whereIn('i.status', ['sent', 'resent'])
    .where('i.expires_at', '>', ctx.db.fn.now())
    .orderBy('i.sent_at')
    .first('i.id', 'i.contact_email', 'i.contact_name', 'i.company_name', 'i.expires_at', 'p.name as partner_name');
  if (invitation) {
    const secret = await issueLink(ctx.db, { tenantId: ctx.tenant.id, purpose: 'invitation', objectId: invitation.id, email: invitation.contactEmail, expiresAt: new Date(invitation.expiresAt) });
    lines.push(`Play a client's contact: ${invitation.contactName ?? invitation.contactEmail} of ${invitation.companyName}, invited by ${invitation.partnerName}: ${ctx.publicUrl}/client-invitations/${invitation.id}?token=${secret}`);
  }
  const proposal = await ctx.db('fleet_mandate_proposals as mp')
    .join('clients as c', 'c.id', 'mp.client_id')
    .join('fleet_client_contacts as fc', 'fc.client_id', 'mp.client_id')
    .where({ 'mp.status': 'pending', 'mp.approver': 'client' })
    .where('mp.expires_at', '>', ctx.db.fn.now())
    .orderBy('mp.created_at')
    .first('mp.id', 'mp.expires_at', 'fc.email', 'fc.name', 'c.name as client_name');
  if (proposal) {
    const secret = await issueLink(ctx.db, { tenantId: ctx.tenant.id, purpose: 'proposal', objectId: proposal.id, email: proposal.email, expiresAt: new Date(proposal.expiresAt) });
    lines.push(`…or approve a mandate extension as ${proposal.name ?? proposal.email} of ${proposal.clientName}: ${ctx.publicUrl}/client-mandate-proposals/${proposal.id}?token=${secret}`);
  }
  return lines;
}
