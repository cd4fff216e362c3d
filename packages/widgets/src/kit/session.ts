/** What the signed-in person is, as the elements ask it. */
import type { Session } from '../context.js';

/** The roles a partner's member may hold, in the order they are offered. */
export const PARTNER_ROLES = ['partner_admin', 'principal', 'salesperson', 'technical', 'partner_user'] as const;
/** The roles of the vendor's staff. */
export const STAFF_ROLES = ['tenant_admin', 'partner_manager', 'support'] as const;

/** Whether the person is the vendor's staff (not a partner's member); signed out is neither. */
export const isStaff = (session: Session | null | undefined): boolean => session?.person.kind === 'staff';
