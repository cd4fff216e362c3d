/**
 * What other plugins may read of the team's client assignments (the fleet plugin shows who looks
 * after each client and filters its client list by assignee). Stable: change these signatures only
 * with a major version of the plugin.
 *
 * Every function runs in the caller's transaction (already scoped to the tenant) and counts only
 * assignments that **hold**: the person is still a member, not removed, of the client's own
 * organisation. An assignment left behind by a person who moved elsewhere is never answered (staff
 * fix those through the team plugin's own pages). Who may see the answer — a partner's people their
 * own organisation's clients, staff every partner's — is the caller's rule: scope the client ids
 * first. Each call is one query, whatever the number of ids.
 */
import type { Knex } from 'knex';

/** A member who looks after a client. */
export interface ClientAssignee {
  personId: string;
  name: string;
}

/** The assignments of the tenant that hold, as `a` (with the client `c`, membership `m`, person `p`). */
function holding(db: Knex.Transaction): Knex.QueryBuilder {
  return db('team_client_assignments as a')
    .join('clients as c', 'c.id', 'a.client_id')
    .join('memberships as m', function () {
      this.on('m.person_id', 'a.person_id').andOn('m.partner_id', 'c.partner_id');
    })
    .join('people as p', 'p.id', 'a.person_id')
    .whereNot('p.status', 'removed');
}

/**
 * The members who look after each of `clientIds`, by name; every id asked for is a key (with an
 * empty list when nobody does, or when the id is no client of the tenant). Refuses nothing.
 */
export async function assigneesOf(db: Knex.Transaction, clientIds: readonly string[]): Promise<Map<string, ClientAssignee[]>> {
  const wanted = [...new Set(clientIds)];
  const byClient = new Map<string, ClientAssignee[]>(wanted.map((id) => [id, []]));
  if (wanted.length === 0) return byClient;
  const rows: { clientId: string; personId: string; name: string }[] = await holding(db)
    .whereIn('a.client_id', wanted)
    .orderBy([{ column: 'p.name' }, { column: 'p.id' }])
    .select('a.client_id', 'a.person_id', 'p.name');
  for (const row of rows) byClient.get(row.clientId)?.push({ personId: row.personId, name: row.name });
  return byClient;
}

/**
 * A subquery of the ids of the clients `personId` looks after, for a `whereIn` filter, so that a list
 * filtered by assignee stays one (keyset) query: `q.whereIn('c.id', clientIdsAssignedTo(db, id))`.
 * A person who looks after nothing, or no person, selects no id. Refuses nothing.
 */
export function clientIdsAssignedTo(db: Knex.Transaction, personId: string): Knex.QueryBuilder {
  // The assignment's own partner_id is its client's (set from the client when assigned; a client never
  // changes organisation), so the filter needs no join on clients: PostgreSQL then probes the
  // (client_id, person_id) index for each client of the page instead of matching every client of the
  // organisation against every assignment (for a partner with 10,000 clients: ~1 ms instead of ~190 ms).
  return db('team_client_assignments as a')
    .join('memberships as m', function () {
      this.on('m.person_id', 'a.person_id').andOn('m.partner_id', 'a.partner_id');
    })
    .join('people as p', 'p.id', 'a.person_id')
    .whereNot('p.status', 'removed')
    .where('a.person_id', personId)
    .select('a.client_id');
}
