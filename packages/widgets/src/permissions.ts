import type { Session } from './context.js';

/** Whether the signed-in person holds `permission`; signed out holds nothing. */
export function hasPermission(session: Session | null | undefined, permission: string | undefined): boolean {
  if (!permission) return true;
  return session?.permissions.includes(permission) ?? false;
}
