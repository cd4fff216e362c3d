/**
 * Builds the actor for a person: their one membership's role, plus the access groups they are in.
 * Deactivated and removed people are nobody.
 */
import type { Knex } from 'knex';
import { isPartnerRole, partnerSideOnly, type Actor, type PermissionCatalog } from '@portico/core';
import { P } from './permissions.js';
import { POLICY_PRESETS, type AuthPolicy } from './policy.js';

export interface PersonAccess {
  person: { id: string; kind: 'staff' | 'member'; status: string; email: string; name: string };
  role: string;
  partnerId: string | null;
  groups: { name: string; permissions: string[] }[];
}

/**
 * A person's access as one JSON value (null for nobody): their first membership's role and partner,
 * and their groups. `personId` may be a column of an outer query, so that a credential and the access
 * of its person come in one round trip: this runs on every signed-in request.
 */
export function personAccessQuery(db: Knex.Transaction, personId: string | Knex.Ref<string, any>): Knex.QueryBuilder {
  const groups = db('access_group_members as gm')
    .join('access_groups as g', 'g.id', 'gm.group_id')
    .whereRaw('gm.person_id = p.id')
    // An organisation's own group counts only for that organisation's people (tenant-wide groups: for anyone in them).
    .whereRaw('(g.partner_id is null or g.partner_id is not distinct from m.partner_id)')
    .select(db.raw("coalesce(json_agg(json_build_object('name', g.name, 'permissions', g.permissions)), '[]'::json)"));
  return db('people as p')
    .join('memberships as m', 'm.person_id', 'p.id')
    .where('p.id', personId)
    .whereIn('p.status', ['invited', 'active'])
    .orderBy('m.created_at')
    .limit(1)
    .select(
      db.raw(
        "json_build_object('person', json_build_object('id', p.id, 'kind', p.kind, 'status', p.status, 'email', p.email, 'name', p.name), 'role', m.role, 'partnerId', m.partner_id, 'groups', (?))",
        [groups],
      ),
    );
}

export async function loadPersonAccess(db: Knex.Transaction, personId: string): Promise<PersonAccess | null> {
  const row = await db.first(personAccessQuery(db, personId).as('access'));
  return row?.access ?? null;
}

export interface ActorOptions {
  sessionId?: string;
  restrictToMfa?: boolean;
  /** The most the credential may carry (an embed token: its API key's scopes): the person's permissions are cut to it. */
  ceiling?: ReadonlySet<string>;
}

/**
 * Whether a person of this kind may ever hold a permission through an access group: never a backend
 * permission (API keys only); for a partner's member, only what some built-in partner role holds by
 * default — a staff act (registering client companies, reviewing deals) stays staff's, whatever a group
 * says. Groups are checked against it when saved, and actors are built with it.
 */
export function holdableThroughGroup(catalog: PermissionCatalog, key: string, kind: 'member' | 'staff'): boolean {
  const permission = catalog.all().find((p) => p.key === key);
  if (!permission || permission.backend) return false;
  return kind === 'staff' ? !partnerSideOnly(permission) : (permission.grantedTo ?? []).some((role) => isPartnerRole(role));
}

export function actorFor(access: PersonAccess, tenantId: string, catalog: PermissionCatalog, via: string, options: ActorOptions = {}): Actor {
  const permissions = new Set<string>();
  if (options.restrictToMfa) {
    permissions.add(P.mfa);
  } else {
    for (const key of catalog.ofRole(access.role)) permissions.add(key);
    for (const group of access.groups) for (const key of group.permissions) if (holdableThroughGroup(catalog, key, access.person.kind)) permissions.add(key);
  }
  if (options.ceiling) for (const key of permissions) if (!options.ceiling.has(key)) permissions.delete(key);
  return {
    kind: access.person.kind,
    tenantId,
    personId: access.person.id,
    partnerId: access.partnerId,
    roles: [access.role, ...access.groups.map((g) => g.name)],
    permissions,
    via,
    ...(options.sessionId ? { sessionId: options.sessionId } : {}),
  };
}

/** The tenant's sign-in policy, defaults filled in (readable before a plugin context exists). */
export async function loadPolicy(db: Knex.Transaction, tenantId: string): Promise<AuthPolicy> {
  const row = await db('tenants').where({ id: tenantId }).first('settings');
  return { ...POLICY_PRESETS.default, ...((row?.settings ?? {}).access ?? {}) };
}

export async function hasConfirmedMfa(db: Knex.Transaction, personId: string): Promise<boolean> {
  return !!(await db('access_mfa').where({ personId }).whereNotNull('confirmed_at').first('id'));
}
