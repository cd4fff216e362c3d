/**
 * The deals plugin's part of the portal: the "Deals" nav entry and its pages — the list, registering
 * and editing a deal, a deal's page (where the decision email links), the staff's review queue and
 * the deal settings. Each element is loaded on first use; the translations with the locale.
 */
import { msg } from '@lit/localize';
import { defineWidgets } from '@portico/widgets';
import { P } from '../permissions.js';
import { dealElements as E } from '../elements.js';

export default defineWidgets({
  id: 'deals',
  nav: [{ path: '/deals', label: () => msg('Deals', { id: 'deals.title' }), description: () => msg('Register the deals you work on and follow their approval.', { id: 'deals.nav-description.deals' }), permission: P.read, order: 10 }],
  pages: [
    { path: '/deals', tag: E.dealList, load: () => import('./deal-list.js'), permission: P.read, title: () => msg('Deals', { id: 'deals.title' }) },
    { path: '/deals/new', tag: E.dealForm, load: () => import('./deal-form.js'), permission: P.submit, title: () => msg('Register a deal', { id: 'deals.form.title' }) },
    { path: '/deals/review', tag: E.dealReviewQueue, load: () => import('./review-queue.js'), permission: P.review, title: () => msg('Review queue', { id: 'deals.review.title' }) },
    // The element shows each part to those holding its permission (settings, territories).
    { path: '/deals/settings', tag: E.dealSettings, load: () => import('./deal-settings.js'), permission: P.read, title: () => msg('Deal settings', { id: 'deals.settings.title' }) },
    { path: '/deals/:dealId', tag: E.dealDetail, load: () => import('./deal-detail.js'), permission: P.read, title: () => msg('Deal', { id: 'deals.review.deal' }) },
    { path: '/deals/:dealId/edit', tag: E.dealForm, load: () => import('./deal-form.js'), permission: P.submit, title: () => msg('Change the deal', { id: 'deals.form.edit-title' }) },
  ],
  translations: { fr: () => import('./i18n/fr.js'), es: () => import('./i18n/es.js') },
});
