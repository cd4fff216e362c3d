/**
 * What a partner admin may put in their organisation's access groups: the tenant's bound
 * (`partnerDelegable` in the access settings; null: what the built-in partner roles hold), cut to
 * what may ever be delegated to a partner's people — never a backend, administrative or staff-only
 * permission — and, for a given admin, to what they hold themselves.
 *
 * Lowering the bound takes the permissions out of every organisation's groups at once, in the
 * settings change's transaction, with an audit entry on each group (see `withdrawUndelegable`).
 */
import type { Knex } from 'knex';
import type { AuditEntry, FieldError, PermissionCatalog } from '@portico/core';
import { PARTNER_ROLES, problems } from '@portico/core';
import { holdableThroughGroup } from '../actor.js';

/** Whether a partner's organisation group may ever grant `key`, whatever the tenant says. */
export function everDelegable(catalog: PermissionCatalog, key: string): boolean {
  const permission = catalog.all().find((p) => p.key === key);
  if (!permission || permission.backend || permission.administrative) return false;
  return holdableThroughGroup(catalog, key, 'member');
}

/** The bound when the tenant never set one: every permission some built-in partner role holds, that may be delegated. */
export function defaultDelegable(catalog: PermissionCatalog): Set<string> {
  const keys = new Set<string>();
  for (const role of PARTNER_ROLES) for (const key of catalog.ofRole(role)) if (everDelegable(catalog, key)) keys.add(key);
  return keys;
}

/** The tenant's bound, as it applies now (unknown or never-delegable keys in the setting count for nothing). */
export function tenantDelegable(catalog: PermissionCatalog, setting: readonly string[] | null | undefined): Set<string> {
  if (setting == null) return defaultDelegable(catalog);
  return new Set(setting.filter((key) => everDelegable(catalog, key)));
}

/** The tenant's `partnerDelegable` setting (null when never set), read in the request's transaction. */
export async function loadDelegableSetting(db: Knex.Transaction, tenantId: string): Promise<string[] | null> {
  const row = await db('tenants').where({ id: tenantId }).first('settings');
  return ((row?.settings ?? {}).access ?? {}).partnerDelegable ?? null;
}

/** Refuses a `partnerDelegable` setting naming a key that can never be delegated, with its index. */
export function checkDelegableSetting(catalog: PermissionCatalog, keys: readonly string[]): string[] {
  const errors: FieldError[] = [];
  keys.forEach((key, i) => {
    const field = `/partnerDelegable/${i}`;
    if (!catalog.has(key)) errors.push({ in: 'body', field, message: `"${key}" is not a permission of any installed plugin` });
    else if (!everDelegable(catalog, key)) errors.push({ in: 'body', field, message: `"${key}" is administrative, a backend's or the programme's staff's: partners can never delegate it` });
  });
  if (errors.length > 0) throw problems.badRequest(errors.length === 1 ? errors[0].message : `${errors.length} permissions can never be delegated to partners.`, errors);
  return [...new Set(keys)];
}

/**
 * Takes every permission outside `allowed` out of the organisations' groups, auditing
 * `access.partner-group.permissions-withdrawn` on each group changed (with its partner, so that the
 * organisation's admins see it). Returns how many groups changed.
 */
export async function withdrawUndelegable(
  db: Knex.Transaction,
  allowed: ReadonlySet<string>,
  audit: (entries: readonly AuditEntry[]) => Promise<void>,
): Promise<number> {
  const rows: { id: string; partnerId: string; name: string; permissions: string[] }[] = await db('access_groups')
    .whereNotNull('partner_id')
    .forUpdate()
    .select('id', 'partner_id', 'name', 'permissions');
  const entries: AuditEntry[] = [];
  for (const row of rows) {
    const kept = (row.permissions ?? []).filter((key) => allowed.has(key));
    const withdrawn = (row.permissions ?? []).filter((key) => !allowed.has(key));
    if (withdrawn.length === 0) continue;
    await db('access_groups').where({ id: row.id }).update({ permissions: kept, updatedAt: db.fn.now() });
    entries.push({
      action: 'access.partner-group.permissions-withdrawn',
      targetType: 'access_group',
      targetId: row.id,
      partnerId: row.partnerId,
      before: { name: row.name, permissions: row.permissions },
      after: { name: row.name, permissions: kept, withdrawn, reason: 'The programme no longer lets partners delegate these permissions.' },
    });
  }
  if (entries.length > 0) await audit(entries);
  return entries.length;
}
