/**
 * The team plugin: a partner organisation's own team.
 *
 * - the roster (search, sort, pages) with a privacy-limited security posture and activity;
 * - pending invitations: invite partner users, revoke; role changes; removal (sessions end at once);
 * - client companies (core `clients` table) and which members look after them;
 * - escalation boundaries: what only the programme's support can do, with the staff tools for each.
 *
 * People, memberships, links and sessions belong to the access plugin; this one acts through its
 * exported lifecycle functions and adds the team's own rules (see README.md).
 */
import { definePlugin, Type, Uuid } from '@portico/core';
import { permissions } from './permissions.js';
import { teamRoutes } from './routes.js';
import { TeamSettings } from './settings.js';
import { mailRemoved, mailRoleChanged } from './messages.js';
import { seedTeamDemo } from './seed.js';

export { P as teamPermissions } from './permissions.js';

export const teamPlugin = definePlugin({
  id: 'team',
  version: '0.1.0',
  description: 'The partner’s own team: roster, invitations, roles, removal, assigned clients, escalation boundaries',
  requires: ['access'],
  permissions,
  migrations: new URL('../migrations/', import.meta.url),
  settings: TeamSettings,
  events: {
    emits: {
      'team.invitation.sent': Type.Object({ personId: Uuid, partnerId: Uuid, role: Type.String() }),
      'team.invitation.revoked': Type.Object({ personId: Uuid, partnerId: Uuid }),
      'team.member.role-changed': Type.Object({ personId: Uuid, partnerId: Uuid, from: Type.String(), to: Type.String() }),
      'team.member.removed': Type.Object({ personId: Uuid, partnerId: Uuid, role: Type.String() }),
    },
    handles: {
      'team.member.role-changed': (event, ctx) => mailRoleChanged(ctx, event.payload as { personId: string; partnerId: string; to: string }),
      'team.member.removed': (event, ctx) => mailRemoved(ctx, event.payload as { personId: string; partnerId: string }),
    },
  },
  routes: { v1: teamRoutes },
  seedDemo: seedTeamDemo,
});
