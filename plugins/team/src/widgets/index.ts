/**
 * The team plugin's part of the portal: the roster ("Team"), pending invitations, assigned clients,
 * the escalation boundaries, and for staff the clients of each partner organisation.
 */
import { msg } from '@lit/localize';
import { defineWidgets } from '@portico/widgets';

export default defineWidgets({
  id: 'team',
  nav: [
    { path: '/team', label: () => msg('Team', { id: 'team.title' }), description: () => msg('Your organisation’s members, invitations and assigned clients.', { id: 'team.nav-description.team' }), permission: 'team.read', order: 70 },
    { path: '/team/clients', label: () => msg('Partners’ clients', { id: 'team.partner-clients.title' }), description: () => msg('Partners’ client companies and who looks after each.', { id: 'team.nav-description.team.clients' }), permission: 'team.clients.manage', audience: 'staff', order: 71 },
  ],
  pages: [
    { path: '/team', tag: 'portico-team-roster', load: () => import('./roster.js'), permission: 'team.read', title: () => msg('Team', { id: 'team.title' }) },
    {
      path: '/team/invitations',
      tag: 'portico-team-invitations',
      load: () => import('./invitations.js'),
      permission: 'team.manage',
      title: () => msg('Pending invitations', { id: 'team.invitations.title' }),
    },
    {
      path: '/team/members/:memberId/clients',
      tag: 'portico-member-clients',
      load: () => import('./member-clients.js'),
      permission: 'team.read',
      title: () => msg('Clients', { id: 'team.clients' }),
    },
    { path: '/team/my-clients', tag: 'portico-member-clients', load: () => import('./member-clients.js'), permission: 'team.read', title: () => msg('My clients', { id: 'team.clients.mine' }) },
    { path: '/team/help', tag: 'portico-team-escalations', load: () => import('./escalations.js'), permission: 'team.read', title: () => msg('What only support can do', { id: 'team.help.title' }) },
    {
      path: '/team/clients',
      tag: 'portico-team-clients',
      load: () => import('./partner-clients.js'),
      permission: 'team.clients.manage',
      title: () => msg('Partners’ clients', { id: 'team.partner-clients.title' }),
    },
  ],
  translations: { fr: () => import('./i18n/fr.js'), es: () => import('./i18n/es.js') },
});
