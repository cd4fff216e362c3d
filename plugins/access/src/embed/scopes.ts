/**
 * What an API key lets its embed tokens carry. A key is made for an audience (partner members only,
 * or staff too) and with scopes: the permissions its tokens may hold at most, or null for every
 * permission that is not administrative. A token holds what its person holds within that ceiling,
 * and a staff person's token never holds an administrative permission, whatever the key says:
 * a leaked key must not be a way into the tenant's administration.
 */
import type { PermissionCatalog } from '@portico/core';

export const KEY_AUDIENCES = ['members', 'members-and-staff'] as const;
export type KeyAudience = (typeof KEY_AUDIENCES)[number];

export interface KeyScopes {
  audience: KeyAudience;
  /** Permission keys; null for every permission that is not administrative. */
  scopes: readonly string[] | null;
}

export function mayEmbed(key: KeyScopes, personKind: 'staff' | 'member'): boolean {
  return personKind === 'member' || key.audience === 'members-and-staff';
}

/** The permissions a token of this key may carry for a person of this kind. */
export function embedCeiling(catalog: PermissionCatalog, key: KeyScopes, personKind: 'staff' | 'member'): Set<string> {
  const listed = key.scopes ? new Set(key.scopes) : null;
  const ceiling = new Set<string>();
  if (!mayEmbed(key, personKind)) return ceiling;
  for (const permission of catalog.all()) {
    const administrative = permission.administrative === true;
    if (permission.backend) continue; // a backend's, never a person's
    if (listed ? !listed.has(permission.key) : administrative) continue;
    if (personKind === 'staff' && administrative) continue;
    ceiling.add(permission.key);
  }
  return ceiling;
}
