/**
 * The documents plugin's part of the portal: the "Documents" nav entry, the library everyone with
 * `documents.read` sees, and the staff's manager (spaces, uploads, versions, retiring, download
 * counts, settings); and `<portico-document-links>`, which other plugins render to list the documents
 * attached to their records. Each element is loaded on first use; the translations with the locale.
 */
import { msg } from '@lit/localize';
import { defineWidgets } from '@portico/widgets';
import { P } from '../permissions.js';
import { documentElements as E } from '../elements.js';

export default defineWidgets({
  id: 'documents',
  nav: [
    { path: '/documents', label: () => msg('Documents', { id: 'documents.title' }), description: () => msg('Sales and technical material to download.', { id: 'documents.nav-description.documents' }), permission: P.read, order: 20 },
    { path: '/documents/manage', label: () => msg('Manage documents', { id: 'documents.manage.title' }), description: () => msg('Publish files to spaces and choose who sees them.', { id: 'documents.nav-description.documents.manage' }), permission: P.manage, audience: 'staff', order: 21 },
  ],
  pages: [
    { path: '/documents', tag: E.documentLibrary, load: () => import('./document-library.js'), permission: P.read, title: () => msg('Documents', { id: 'documents.title' }) },
    {
      path: '/documents/manage',
      tag: E.documentManager,
      load: () => import('./document-manager.js'),
      permission: P.manage,
      title: () => msg('Manage documents', { id: 'documents.manage.title' }),
    },
  ],
  translations: { fr: () => import('./i18n/fr.js'), es: () => import('./i18n/es.js') },
});
