/**
 * The access plugin's settings declaration: the sign-in policy (see policy.ts), and which permissions
 * partner admins may put in their organisation's access groups (`partnerDelegable`).
 */
import { defineSettings } from '@portico/core';
import { P } from './permissions.js';
import { AccessSettings } from './schemas.js';
import { assertTenantAdministrator } from './tenant/service.js';
import { checkDelegableSetting, tenantDelegable, withdrawUndelegable } from './partner-groups/delegable.js';


/**
 * The settings at `/api/v1/access/settings`: the tenant's staff read and change them (never from an
 * embedded widget); a sign-in preset is applied by sending all its fields. Lowering `partnerDelegable`
 * takes the permissions it no longer allows out of every organisation's groups in the same transaction.
 */
export const accessSettings = defineSettings({
  schema: AccessSettings,
  read: P.tenantManage,
  manage: P.tenantManage,
  summary: 'Read the sign-in policy and what partners may delegate',
  example: { sessionHours: 168 },
  async beforeUpdate({ change, after }, ctx) {
    assertTenantAdministrator(ctx.actor);
    if (change.partnerDelegable === undefined) return;
    const partnerDelegable = change.partnerDelegable === null ? null : checkDelegableSetting(ctx.permissions, change.partnerDelegable);
    await withdrawUndelegable(ctx.db, tenantDelegable(ctx.permissions, partnerDelegable), (entries) => ctx.audit(entries));
    return { ...after, partnerDelegable };
  },
});
