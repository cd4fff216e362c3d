/**
 * The fleet plugin's part of the portal: the "Clients" nav entry and its pages — the client list, the
 * client invitations, each client's 360 page (with the `fleet.client-360.sections` slot for other
 * plugins' sections) and the mandate editor. Each element is loaded on first use; the translations
 * with the locale. The client contact's own pages are served by the server (contact/pages.ts), in the
 * tenant's brand, outside the portal.
 */
import { msg } from '@lit/localize';
import { defineWidgets } from '@portico/widgets';
import { P } from '../permissions.js';
import { fleetElements as E } from '../elements.js';

export default defineWidgets({
  id: 'fleet',
  nav: [
    {
      path: '/clients',
      label: () => msg('Clients', { id: 'fleet.title' }),
      description: () => msg('The companies you serve: their mandates, invitations and what was done for each.', { id: 'fleet.nav-description.clients' }),
      permission: P.read,
      order: 15,
    },
    {
      path: '/clients/proposals',
      label: () => msg('Mandate extensions', { id: 'fleet.proposals.title' }),
      description: () => msg('Partners’ requests to do more for their clients, waiting for approval.', { id: 'fleet.nav-description.proposals' }),
      permission: P.mandatesApprove,
      audience: 'staff',
      order: 16,
    },
  ],
  pages: [
    { path: '/clients', tag: E.clientList, load: () => import('./client-list.js'), permission: P.read, title: () => msg('Clients', { id: 'fleet.title' }) },
    { path: '/clients/invitations', tag: E.clientInvitations, load: () => import('./client-invitations.js'), permission: P.read, title: () => msg('Client invitations', { id: 'fleet.invitations.title' }) },
    { path: '/clients/proposals', tag: E.mandateProposals, load: () => import('./mandate-proposals.js'), permission: P.read, title: () => msg('Mandate extensions', { id: 'fleet.proposals.title' }) },
    { path: '/clients/:clientId', tag: E.client360, load: () => import('./client-360.js'), permission: P.read, title: () => msg('Client', { id: 'fleet.client' }) },
    { path: '/clients/:clientId/mandate', tag: E.mandateEditor, load: () => import('./mandate-editor.js'), permission: P.mandatesPropose, title: () => msg('Change the mandate', { id: 'fleet.mandate.change' }) },
  ],
  translations: { fr: () => import('./i18n/fr.js'), es: () => import('./i18n/es.js') },
});
