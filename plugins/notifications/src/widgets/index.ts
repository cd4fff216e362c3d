/**
 * The notifications plugin's part of the portal: the bell in the shell's header (`portal.header`
 * slot: the unread count, live, and the latest few), "Notifications" early in the navigation for
 * everyone (the centre: inbox, unread, archived, by plugin), "Notification preferences" (how each kind
 * reaches the person, and their digest), and for staff the tenant's defaults. Each element is loaded
 * on first use; the translations with the locale.
 */
import { msg } from '@lit/localize';
import { defineWidgets } from '@portico/widgets';
import { notificationsElements as E } from '../elements.js';
import { P } from '../permissions.js';

export default defineWidgets({
  id: 'notifications',
  nav: [
    {
      path: '/notifications',
      label: () => msg('Notifications', { id: 'notifications.title' }),
      description: () => msg('What happened in the programme that concerns you, as it happens.', { id: 'notifications.nav-description' }),
      permission: P.use,
      order: 3,
    },
    {
      path: '/settings/notifications',
      label: () => msg('Notification preferences', { id: 'notifications.preferences.title' }),
      description: () => msg('How each kind of notification reaches you: in the portal, by email, in a digest.', { id: 'notifications.nav-description.preferences' }),
      permission: P.use,
      order: 90,
    },
    {
      path: '/settings/notification-defaults',
      label: () => msg('Notification defaults', { id: 'notifications.settings.title' }),
      description: () => msg('How notifications reach people by default, and which are always emailed.', { id: 'notifications.nav-description.settings' }),
      permission: P.manage,
      audience: 'staff',
      order: 91,
    },
  ],
  pages: [
    { path: '/notifications', tag: E.centre, load: () => import('./notification-centre.js'), permission: P.use, title: () => msg('Notifications', { id: 'notifications.title' }) },
    {
      path: '/settings/notifications',
      tag: E.preferences,
      load: () => import('./notification-preferences.js'),
      permission: P.use,
      title: () => msg('Notification preferences', { id: 'notifications.preferences.title' }),
    },
    {
      path: '/settings/notification-defaults',
      tag: E.settings,
      load: () => import('./notification-settings.js'),
      permission: P.manage,
      title: () => msg('Notification defaults', { id: 'notifications.settings.title' }),
    },
  ],
  slots: {
    'portal.header': [{ tag: E.bell, load: () => import('./notification-bell.js'), permission: P.use, order: 10 }],
  },
  translations: { fr: () => import('./i18n/fr.js'), es: () => import('./i18n/es.js') },
});
