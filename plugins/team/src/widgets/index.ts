/**
 * The team plugin's part of the portal: the roster ("Team"), pending invitations, assigned clients,
 * the escalation boundaries, and for staff the clients of each partner organisation.
 */
import { msg } from '@lit/localize';
import { defineWidgets } from '@portico/widgets';
import { P } from '../permissions.js';
import { teamElements as E } from '../elements.js';

export default defineWidgets({
  id: 'team',
  nav: [
    { path: '/team', label: () => msg('Team', { id: 'team.title' }), description: () => msg('Your organisation’s members, invitations and assigned clients.', { id: 'team.nav-description.team' }), permission: P.read, order: 70 },
    { path: '/team/clients', label: () => msg('Partners’ clients', { id: 'team.partner-clients.title' }), description: () => msg('Partners’ client companies and who looks after each.', { id: 'team.nav-description.team.clients' }), permission: P.clientsManage, audience: 'staff', order: 71 },
  ],
  pages: [
    { path: '/team', tag: E.teamRoster, load: () => import('./roster.js'), permission: P.read, title: () => msg('Team', { id: 'team.title' }) },
    {
      path: '/team/invitations',
      tag: E.teamInvitations,
      load: () => import('./invitations.js'),
      permission: P.manage,
      title: () => msg('Pending invitations', { id: 'team.invitations.title' }),
    },
    {
      path: '/team/members/:memberId/clients',
      tag: E.memberClients,
      load: () => import('./member-clients.js'),
      permission: P.read,
      title: () => msg('Clients', { id: 'team.clients' }),
    },
    { path: '/team/my-clients', tag: E.memberClients, load: () => import('./member-clients.js'), permission: P.read, title: () => msg('My clients', { id: 'team.clients.mine' }) },
    { path: '/team/help', tag: E.teamEscalations, load: () => import('./escalations.js'), permission: P.read, title: () => msg('What only support can do', { id: 'team.help.title' }) },
    {
      path: '/team/clients',
      tag: E.teamClients,
      load: () => import('./partner-clients.js'),
      permission: P.clientsManage,
      title: () => msg('Partners’ clients', { id: 'team.partner-clients.title' }),
    },
  ],
  translations: { fr: () => import('./i18n/fr.js'), es: () => import('./i18n/es.js') },
});
