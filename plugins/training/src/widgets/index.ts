/** The training plugin's contribution to the portal: a "Training" entry for members and for staff, and its pages. */
import { msg } from '@lit/localize';
import { defineWidgets } from '@portico/widgets';
import { P } from '../permissions.js';
import { trainingElements as E } from '../elements.js';

export default defineWidgets({
  id: 'training',
  nav: [
    { path: '/training', label: () => msg('Training', { id: 'training.nav' }), description: () => msg('Courses required for your role, and your certifications.', { id: 'training.nav-description.training' }), permission: P.take, audience: 'member', order: 40 },
    { path: '/training/manage', label: () => msg('Training', { id: 'training.nav' }), description: () => msg('Write courses and quizzes, and publish them.', { id: 'training.nav-description.training.manage' }), permission: P.manage, audience: 'staff', order: 40 },
    { path: '/training/certifications', label: () => msg('Certification coverage', { id: 'training.nav.coverage' }), description: () => msg('Who holds which certification, and who expires soon.', { id: 'training.nav-description.training.certifications' }), permission: P.coverage, audience: 'staff', order: 41 },
  ],
  pages: [
    { path: '/training', tag: E.trainingCatalog, load: () => import('./catalog.js'), permission: P.take, title: () => msg('Training', { id: 'training.nav' }) },
    // No single permission: members see their own certifications, partner admins and staff the coverage.
    { path: '/training/certifications', tag: E.certifications, load: () => import('./certifications.js'), title: () => msg('Certifications', { id: 'training.certs.title' }) },
    { path: '/training/manage', tag: E.trainingManage, load: () => import('./manage.js'), permission: P.manage, title: () => msg('Training modules', { id: 'training.manage.title' }) },
    { path: '/training/manage/:moduleId', tag: E.trainingEditor, load: () => import('./editor.js'), permission: P.manage, title: () => msg('Training module', { id: 'training.editor.page-title' }) },
    { path: '/training/:moduleId', tag: E.trainingModule, load: () => import('./module.js'), permission: P.take, title: () => msg('Training module', { id: 'training.editor.page-title' }) },
  ],
  translations: { fr: () => import('./i18n/fr.js'), es: () => import('./i18n/es.js') },
});
