/**
 * Who is making a request. The server builds it once per request (through the authenticators that
 * plugins declare) and hands it to every handler, so a handler never re-derives identity.
 */
export type ActorKind = 'staff' | 'member' | 'api-key';

export interface Actor {
  kind: ActorKind;
  tenantId: string;
  /** The person behind the request; null for a tenant's API key. */
  personId: string | null;
  /** The partner organisation of a member; null for staff and API keys. */
  partnerId: string | null;
  /** Names of the roles and access groups held. */
  roles: readonly string[];
  permissions: ReadonlySet<string>;
  /** How the request proved who it is, e.g. `session`, `embed`, `api-key`. */
  via: string;
  /** Set for cookie sessions: mutations must then pass request verification. */
  sessionId?: string;
}

export function hasPermission(actor: Actor | null | undefined, permission: string): boolean {
  return !!actor && actor.permissions.has(permission);
}

export function isStaff(actor: Actor | null | undefined): boolean {
  return !!actor && actor.kind !== 'member';
}
