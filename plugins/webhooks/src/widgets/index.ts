/**
 * The webhooks plugin's part of the portal, for the programme's staff: "Webhooks" under the settings
 * (the endpoints, adding one and its shown-once secret) and each endpoint's page (its details, edit,
 * disable and enable, secret rotation with an overlap, delete, and its deliveries with replay). Each
 * element is loaded on first use; the translations with the locale.
 */
import { msg } from '@lit/localize';
import { defineWidgets } from '@portico/widgets';
import { webhooksElements as E } from '../elements.js';
import { P } from '../permissions.js';

export default defineWidgets({
  id: 'webhooks',
  nav: [
    {
      path: '/settings/webhooks',
      label: () => msg('Webhooks', { id: 'webhooks.title' }),
      description: () => msg('Let your own systems hear the programme’s events: deals, questions, courses and more.', { id: 'webhooks.nav-description' }),
      permission: P.read,
      audience: 'staff',
      order: 93,
    },
  ],
  pages: [
    { path: '/settings/webhooks', tag: E.endpoints, load: () => import('./webhook-endpoints.js'), permission: P.read, title: () => msg('Webhooks', { id: 'webhooks.title' }) },
    { path: '/settings/webhooks/:endpointId', tag: E.endpoint, load: () => import('./webhook-endpoint.js'), permission: P.read, title: () => msg('Webhook endpoint', { id: 'webhooks.endpoint.title' }) },
  ],
  translations: { fr: () => import('./i18n/fr.js'), es: () => import('./i18n/es.js') },
});
