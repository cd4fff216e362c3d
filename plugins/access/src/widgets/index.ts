/**
 * The access plugin's part of the portal: sign-in, one's own profile, sessions and two-factor
 * authentication, and the staff pages (people, partner organisations, access groups, permissions,
 * API keys, embed origins, policy and brand, audit log), each behind its permission.
 */
import { msg } from '@lit/localize';
import { defineWidgets } from '@portico/widgets';
// Defined with the contribution: a signed-out visitor's first page should not wait for a second import.
import './sign-in.js';

export default defineWidgets({
  id: 'access',
  nav: [
    { path: '/people', label: () => msg('People', { id: 'access.people.title' }), description: () => msg('See and invite the people of the programme, and manage their access.', { id: 'access.nav-description.people' }), permission: 'access.people.read', order: 80 },
    { path: '/partners', label: () => msg('Partner organisations', { id: 'access.partners.title' }), description: () => msg('Create partner organisations and set their tier, country and status.', { id: 'access.nav-description.partners' }), permission: 'access.partners.read', audience: 'staff', order: 81 },
    { path: '/access/groups', label: () => msg('Access groups', { id: 'access.groups.title' }), description: () => msg('Group permissions into roles of your own, beside the built-in ones.', { id: 'access.nav-description.access.groups' }), permission: 'access.groups.read', audience: 'staff', order: 82 },
    { path: '/access/permissions', label: () => msg('Permissions', { id: 'access.matrix.nav' }), description: () => msg('Who holds which permission, by plugin.', { id: 'access.nav-description.access.permissions' }), permission: 'access.groups.read', audience: 'staff', order: 83 },
    { path: '/settings/api-keys', label: () => msg('API keys', { id: 'access.api-keys.title' }), description: () => msg('Secret keys for your own backend, to embed the portal in your site.', { id: 'access.nav-description.settings.api-keys' }), permission: 'access.api-keys.manage', audience: 'staff', order: 90 },
    { path: '/settings/embed', label: () => msg('Embedding', { id: 'access.embed.nav' }), description: () => msg('The sites allowed to show Portico widgets.', { id: 'access.nav-description.settings.embed' }), permission: 'access.tenant.manage', audience: 'staff', order: 91 },
    { path: '/settings/brand', label: () => msg('Brand and sign-in', { id: 'access.brand.nav' }), description: () => msg('Logo, colours and how people sign in.', { id: 'access.nav-description.settings.brand' }), permission: 'access.tenant.manage', audience: 'staff', order: 92 },
    { path: '/audit', label: () => msg('Audit log', { id: 'access.audit.title' }), description: () => msg('Every change, who made it and when; export it as CSV.', { id: 'access.nav-description.audit' }), permission: 'access.audit.read', order: 95 },
    { path: '/profile/security', label: () => msg('Security', { id: 'access.security.nav' }), description: () => msg('Two-factor sign-in with an authenticator app.', { id: 'access.nav-description.profile.security' }), permission: 'access.mfa', order: 99 },
  ],
  pages: [
    { path: '/profile', tag: 'portico-profile', load: () => import('./profile.js'), permission: 'access.self', title: () => msg('Your profile', { id: 'access.profile.title' }) },
    {
      path: '/profile/security',
      tag: 'portico-mfa-settings',
      load: () => import('./mfa-settings.js'),
      permission: 'access.mfa',
      title: () => msg('Two-factor authentication', { id: 'access.sign-in.mfa.title' }),
    },
    { path: '/people', tag: 'portico-people', load: () => import('./people.js'), permission: 'access.people.read', title: () => msg('People', { id: 'access.people.title' }) },
    { path: '/partners', tag: 'portico-partners', load: () => import('./partners.js'), permission: 'access.partners.read', title: () => msg('Partner organisations', { id: 'access.partners.title' }) },
    { path: '/access/groups', tag: 'portico-access-groups', load: () => import('./access-groups.js'), permission: 'access.groups.read', title: () => msg('Access groups', { id: 'access.groups.title' }) },
    {
      path: '/access/permissions',
      tag: 'portico-permissions-matrix',
      load: () => import('./permissions-matrix.js'),
      permission: 'access.groups.read',
      title: () => msg('Who holds which permission', { id: 'access.matrix.title' }),
    },
    { path: '/settings/api-keys', tag: 'portico-api-keys', load: () => import('./api-keys.js'), permission: 'access.api-keys.manage', title: () => msg('API keys', { id: 'access.api-keys.title' }) },
    { path: '/settings/embed', tag: 'portico-embed-origins', load: () => import('./embed-origins.js'), permission: 'access.tenant.manage', title: () => msg('Embedding', { id: 'access.embed.nav' }) },
    { path: '/settings/brand', tag: 'portico-brand-settings', load: () => import('./brand-settings.js'), permission: 'access.tenant.manage', title: () => msg('Brand and sign-in', { id: 'access.brand.nav' }) },
    { path: '/audit', tag: 'portico-audit-log', load: () => import('./audit-log.js'), permission: 'access.audit.read', title: () => msg('Audit log', { id: 'access.audit.title' }) },
  ],
  translations: { fr: () => import('./i18n/fr.js'), es: () => import('./i18n/es.js') },
});
