/**
 * The team plugin: The partner’s own team: roster, invitations, roles, removal, assigned clients, escalation boundaries.
 */
import { definePlugin } from '@portico/core';

export const teamPlugin = definePlugin({
  id: 'team',
  version: '0.1.0',
  description: 'The partner’s own team: roster, invitations, roles, removal, assigned clients, escalation boundaries',
  requires: ['access'],
});
