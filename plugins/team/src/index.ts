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
import { definePlugin } from '@portico/core';
import { teamEvents } from './events.js';
import { permissions } from './permissions.js';
import { teamRoutes } from './routes.js';
import { teamSettings } from './settings.js';
import { mailRemoved, mailRoleChanged } from './messages.js';
import { handlers } from './types.js';
import { seedTeamDemo } from './seed.js';
import { teamDashboard } from './dashboard.js';
import { teamAudit } from './audit.js';

export { P as teamPermissions } from './permissions.js';
// What other plugins may read of the client assignments (the fleet plugin's client list and 360). See api.ts.
export { assigneesOf, clientIdsAssignedTo, type ClientAssignee } from './api.js';

export const teamPlugin = definePlugin({
  id: 'team',
  version: '0.1.0',
  description: 'The partner’s own team: roster, invitations, roles, removal, assigned clients, escalation boundaries',
  audit: teamAudit,
  requires: ['access'],
  permissions,
  migrations: new URL('./migrations/', import.meta.url),
  widgets: new URL('../dist/widgets/', import.meta.url),
  settings: teamSettings,
  events: {
    emits: teamEvents,
    handles: handlers(teamEvents, {
      'team.member.role-changed': (event, ctx) => mailRoleChanged(ctx, event.payload),
      'team.member.removed': (event, ctx) => mailRemoved(ctx, event.payload),
    }),
  },
  routes: { v1: teamRoutes },
  seedDemo: seedTeamDemo,
  // The home page's counts: a partner admin's pending invitations.
  contributes: [...teamDashboard],
});
