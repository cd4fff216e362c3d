/**
 * What other plugins may call of access (the team plugin manages its organisation's people with its
 * own rules, then hands the act itself to access). Stable: change these signatures only with a
 * major version of the plugin.
 *
 * Each function takes the caller's route context (any plugin's `RouteContext` fits `PeopleContext`)
 * and applies access's own rules inside the caller's transaction: the actor's reach (staff: the
 * tenant; a member: their own organisation, where only a partner_admin touches a partner_admin; only a
 * tenant_admin touches staff), row locks, and an `access.person.*` audit event. The caller checks its
 * own permission first and audits its own action if it wants a second line.
 *
 * Events are bound to the plugin that declares them, so these functions emit none (the `access.person.invited`
 * event comes only from access's own route); a caller announces the change with its own event.
 */
import type { Knex } from 'knex';
import * as people from './people/service.js';
import { revokeAllSessions } from './sessions/service.js';

export type { Invitation as PersonInvitation, Person, PersonStatus } from './people/service.js';
/** The caller's route context, as access needs it: any plugin's `RouteContext` fits (its `emit` is not used). */
export type PeopleContext = Omit<people.PeopleContext, 'emit'>;
export { revokeAllSessions };

/**
 * Invites a person: creates them (or revives a removed person of the same address) with the role,
 * and emails an invitation link valid for the tenant's invite lifetime (7 days by default).
 * Members invite only into their own organisation. Refusals are problems: 400 `/role`, 403 (rank),
 * 404 (organisation out of reach), 409 `email-taken`, 409 `organisation-inactive`.
 */
export function invitePerson(ctx: PeopleContext, input: people.Invitation): Promise<people.Person> {
  return people.invitePerson({ ...ctx, emit: undefined }, input);
}

/** Sends a pending invitation again; the earlier link stops working. 409 `not-invited` otherwise; limited to 5 an hour per person (429). */
export function resendInvite(ctx: PeopleContext, personId: string): Promise<people.Person> {
  return people.resendInvite({ ...ctx, emit: undefined }, personId);
}

/**
 * Removes a person: ends their sessions, embed tokens and pending links, drops their membership,
 * access groups and second factor. Not oneself (409 `not-yourself`); 404 outside the actor's reach.
 */
export function removePerson(ctx: PeopleContext, personId: string): Promise<void> {
  return people.removePerson({ ...ctx, emit: undefined }, personId);
}

/** Deactivates a person (they keep their history and may be reactivated); ends all their access at once. */
export function deactivatePerson(ctx: PeopleContext, personId: string): Promise<people.Person> {
  return people.deactivatePerson({ ...ctx, emit: undefined }, personId);
}

/**
 * Ends every way a person is signed in, at once: their cookie sessions (a replayed cookie gets 401)
 * and their embed tokens. For a change that must take effect now, e.g. a role taken away. Their next
 * request must sign in again. Does not audit: the caller records why. `db` is the caller's transaction.
 */
export async function endSessionsOf(db: Knex.Transaction, personId: string): Promise<{ sessionsEnded: number; embedTokensEnded: number }> {
  const sessionsEnded = await revokeAllSessions(db, personId);
  const embedTokensEnded = await db('access_embed_tokens').where({ personId }).delete();
  return { sessionsEnded, embedTokensEnded };
}

/**
 * Whether each of these people has confirmed a second factor (an authenticator app), by person id;
 * every id asked about is in the answer (false when they have none, or are no person of the tenant).
 * One query for the whole list. Privacy is the caller's business: show it to the person themselves
 * and to staff, not to peers. `db` is the caller's transaction, scoped to the tenant.
 */
export async function mfaStatusOf(db: Knex.Transaction, personIds: readonly string[]): Promise<Map<string, boolean>> {
  const ids = [...new Set(personIds)];
  const answer = new Map(ids.map((id) => [id, false]));
  if (ids.length === 0) return answer;
  const confirmed: { personId: string }[] = await db('access_mfa').whereIn('personId', ids).whereNotNull('confirmedAt').select('personId');
  for (const row of confirmed) answer.set(row.personId, true);
  return answer;
}

/**
 * When the live invitation link of each of these people stops working, by person id: the latest
 * expiry among their invitation links not used, not replaced by a newer one and not yet expired (at
 * the transaction's time). People with no live link are absent: their invitation must be sent again.
 * One query for the whole list; `db` is the caller's transaction, scoped to the tenant.
 */
export async function invitationExpiriesOf(db: Knex.Transaction, personIds: readonly string[]): Promise<Map<string, Date>> {
  const ids = [...new Set(personIds)];
  if (ids.length === 0) return new Map();
  const rows: { personId: string; expiresAt: Date | string }[] = await db('access_links')
    .whereIn('personId', ids)
    .where({ purpose: 'invite' })
    .whereNull('consumedAt')
    .whereNull('supersededAt')
    .where('expiresAt', '>', db.fn.now())
    .groupBy('personId')
    .select('personId', db.raw('max(expires_at) as expires_at'));
  return new Map(rows.map((row) => [row.personId, new Date(row.expiresAt)]));
}
