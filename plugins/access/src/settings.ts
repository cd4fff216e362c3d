/** The access plugin's settings declaration: the sign-in policy (see policy.ts). */
import { defineSettings } from '@portico/core';
import { P } from './permissions.js';
import { AuthPolicy } from './policy.js';
import { assertTenantAdministrator } from './tenant/service.js';

/**
 * The policy is the access plugin's settings, at `/api/v1/access/settings`: the tenant's staff read
 * and change it (never from an embedded widget); a preset is applied by sending all its fields.
 */
export const accessSettings = defineSettings({
  schema: AuthPolicy,
  read: P.tenantManage,
  manage: P.tenantManage,
  summary: 'Read the sign-in policy',
  example: { sessionHours: 168 },
  beforeUpdate(_change, ctx) {
    assertTenantAdministrator(ctx.actor);
  },
});
