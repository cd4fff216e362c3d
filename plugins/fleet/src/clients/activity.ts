/**
 * A client's recent activity: the audit entries whose target is the client, whichever plugin wrote
 * them (fleet's own changes, team's assignments), newest first. A partner's people see the entries
 * recorded for their organisation; entries recorded for no partner (staff-only) are staff's.
 */
import { keysetPage } from '@portico/core/server';
import { reachOf, type FleetReader } from '../context.js';
import type { ActivityEntry } from '../schemas.js';
import { iso } from '../time.js';
import { findVisibleClient } from './queries.js';

interface AuditRow {
  id: string;
  createdAt: Date | string;
  action: string;
  actorKind: string | null;
  actorName: string | null;
  after: unknown;
}

/** `member:session` → `member`, `system:fleet.expire` → `system`. */
const actorKindOf = (raw: string | null): string | null => (raw ? raw.split(':')[0] : null);

export async function clientActivity(reader: FleetReader, clientId: string, page: { cursor?: string; limit?: number }): Promise<{ items: ActivityEntry[]; nextCursor: string | null }> {
  const reach = reachOf(reader.actor);
  const client = await findVisibleClient(reader.db, reader.tenant.id, reach, clientId);
  const q = reader.db('audit_events as e')
    .leftJoin('people as pe', 'pe.id', 'e.actor_person_id')
    .where({ 'e.tenant_id': reader.tenant.id, 'e.target_type': 'client', 'e.target_id': clientId })
    .select('e.id', 'e.created_at', 'e.action', 'e.actor_kind', 'pe.name as actor_name', 'e.after');
  if (reach.kind === 'partner') q.where('e.partner_id', client.partnerId);
  const found = await keysetPage<AuditRow & Record<string, unknown>>(
    q,
    [
      { column: 'e.created_at', direction: 'desc' },
      { column: 'e.id', direction: 'desc' },
    ],
    page,
  );
  return {
    items: found.items.map((row) => {
      const after = (row.after ?? null) as { by?: string; contactName?: string | null; changedBy?: { kind?: string; name?: string | null } } | null;
      // A contact acts through their link's page, whoever else the browser is signed in as.
      const byContact = after?.by === 'contact' || after?.changedBy?.kind === 'contact';
      const actor = byContact
        ? { kind: 'contact', name: after?.contactName ?? after?.changedBy?.name ?? null }
        : { kind: actorKindOf(row.actorKind), name: row.actorName ?? null };
      return { id: row.id, at: iso(row.createdAt), action: row.action, actor, after };
    }),
    nextCursor: found.nextCursor,
  };
}
