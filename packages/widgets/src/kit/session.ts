/** What the signed-in person is, as the elements ask it. */
import type { Session } from '../context.js';

/** The roles a partner's member may hold (in the order they are offered) and the vendor's staff roles: core's. */
export { PARTNER_ROLES, STAFF_ROLES } from '@portico/core';

/** Whether the person is the vendor's staff (not a partner's member); signed out is neither. */
export const isStaff = (session: Session | null | undefined): boolean => session?.person.kind === 'staff';
