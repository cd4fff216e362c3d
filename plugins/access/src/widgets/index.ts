/**
 * The access plugin's part of the portal: sign-in, one's own profile, sessions and two-factor
 * authentication, and the staff pages (people, partner organisations, access groups, permissions,
 * API keys, embed origins, policy and brand, audit log), each behind its permission.
 */
import { msg } from '@lit/localize';
import { defineWidgets } from '@portico/widgets';
import { P } from '../permissions.js';
import { accessElements as E } from '../elements.js';
// Defined with the contribution: a signed-out visitor's first page should not wait for a second import.
import './sign-in.js';

export default defineWidgets({
  id: 'access',
  nav: [
    { path: '/people', label: () => msg('People', { id: 'access.people.title' }), description: () => msg('See and invite the people of the programme, and manage their access.', { id: 'access.nav-description.people' }), permission: P.peopleRead, order: 80 },
    { path: '/partners', label: () => msg('Partner organisations', { id: 'access.partners.title' }), description: () => msg('Create partner organisations and set their tier, country and status.', { id: 'access.nav-description.partners' }), permission: P.partnersRead, audience: 'staff', order: 81 },
    { path: '/access/groups', label: () => msg('Access groups', { id: 'access.groups.title' }), description: () => msg('Group permissions into roles of your own, beside the built-in ones.', { id: 'access.nav-description.access.groups' }), permission: P.groupsRead, audience: 'staff', order: 82 },
    { path: '/access/permissions', label: () => msg('Permissions', { id: 'access.matrix.nav' }), description: () => msg('Who holds which permission, by plugin.', { id: 'access.nav-description.access.permissions' }), permission: P.groupsRead, audience: 'staff', order: 83 },
    {
      path: '/settings/organisation/groups',
      label: () => msg('Your access groups', { id: 'access.partner-groups.nav' }),
      description: () => msg('Give some of your organisation’s people more than their role.', { id: 'access.nav-description.settings.organisation.groups' }),
      permission: P.partnerGroupsManage,
      audience: 'member',
      order: 84,
    },
    {
      path: '/settings/organisation/permissions',
      label: () => msg('Your permissions', { id: 'access.partner-permissions.nav' }),
      description: () => msg('Who in your organisation holds which permission, and why.', { id: 'access.nav-description.settings.organisation.permissions' }),
      permission: P.partnerGroupsManage,
      audience: 'member',
      order: 85,
    },
    { path: '/settings/api-keys', label: () => msg('API keys', { id: 'access.api-keys.title' }), description: () => msg('Secret keys for your own backend, to embed the portal in your site.', { id: 'access.nav-description.settings.api-keys' }), permission: P.apiKeysManage, audience: 'staff', order: 90 },
    { path: '/settings/embed', label: () => msg('Embedding', { id: 'access.embed.nav' }), description: () => msg('The sites allowed to show Portico widgets.', { id: 'access.nav-description.settings.embed' }), permission: P.tenantManage, audience: 'staff', order: 91 },
    { path: '/settings/brand', label: () => msg('Brand and sign-in', { id: 'access.brand.nav' }), description: () => msg('Logo, colours and how people sign in.', { id: 'access.nav-description.settings.brand' }), permission: P.tenantManage, audience: 'staff', order: 92 },
    { path: '/audit', label: () => msg('Audit log', { id: 'access.audit.title' }), description: () => msg('Every change, who made it and when; export it as CSV.', { id: 'access.nav-description.audit' }), permission: P.auditRead, order: 95 },
    { path: '/profile/security', label: () => msg('Security', { id: 'access.security.nav' }), description: () => msg('Two-factor sign-in with an authenticator app.', { id: 'access.nav-description.profile.security' }), permission: P.mfa, order: 99 },
  ],
  pages: [
    { path: '/profile', tag: E.profile, load: () => import('./profile.js'), permission: P.self, title: () => msg('Your profile', { id: 'access.profile.title' }) },
    {
      path: '/profile/security',
      tag: E.mfaSettings,
      load: () => import('./mfa-settings.js'),
      permission: P.mfa,
      title: () => msg('Two-factor authentication', { id: 'access.sign-in.mfa.title' }),
    },
    { path: '/people', tag: E.people, load: () => import('./people.js'), permission: P.peopleRead, title: () => msg('People', { id: 'access.people.title' }) },
    { path: '/partners', tag: E.partners, load: () => import('./partners.js'), permission: P.partnersRead, title: () => msg('Partner organisations', { id: 'access.partners.title' }) },
    { path: '/access/groups', tag: E.accessGroups, load: () => import('./access-groups.js'), permission: P.groupsRead, title: () => msg('Access groups', { id: 'access.groups.title' }) },
    {
      path: '/access/permissions',
      tag: E.permissionsMatrix,
      load: () => import('./permissions-matrix.js'),
      permission: P.groupsRead,
      title: () => msg('Who holds which permission', { id: 'access.matrix.title' }),
    },
    {
      path: '/settings/organisation/groups',
      tag: E.partnerGroups,
      load: () => import('./partner-groups.js'),
      permission: P.partnerGroupsManage,
      title: () => msg('Your organisation’s access groups', { id: 'access.partner-groups.title' }),
    },
    {
      path: '/settings/organisation/permissions',
      tag: E.partnerPermissions,
      load: () => import('./partner-permissions.js'),
      permission: P.partnerGroupsManage,
      title: () => msg('Who holds which permission in your organisation', { id: 'access.partner-permissions.title' }),
    },
    { path: '/settings/api-keys', tag: E.apiKeys, load: () => import('./api-keys.js'), permission: P.apiKeysManage, title: () => msg('API keys', { id: 'access.api-keys.title' }) },
    { path: '/settings/embed', tag: E.embedOrigins, load: () => import('./embed-origins.js'), permission: P.tenantManage, title: () => msg('Embedding', { id: 'access.embed.nav' }) },
    { path: '/settings/brand', tag: E.brandSettings, load: () => import('./brand-settings.js'), permission: P.tenantManage, title: () => msg('Brand and sign-in', { id: 'access.brand.nav' }) },
    { path: '/audit', tag: E.auditLog, load: () => import('./audit-log.js'), permission: P.auditRead, title: () => msg('Audit log', { id: 'access.audit.title' }) },
  ],
  translations: { fr: () => import('./i18n/fr.js'), es: () => import('./i18n/es.js') },
});
