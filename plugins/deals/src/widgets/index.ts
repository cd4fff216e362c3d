/**
 * The deals plugin's part of the portal: the "Deals" nav entry and its pages — the list, registering
 * and editing a deal, a deal's page (where the decision email links), the staff's review queue and
 * the deal settings. Each element is loaded on first use; the translations with the locale.
 */
import { msg } from '@lit/localize';
import { defineWidgets } from '@portico/widgets';

export default defineWidgets({
  id: 'deals',
  nav: [{ path: '/deals', label: () => msg('Deals', { id: 'deals.title' }), description: () => msg('Register the deals you work on and follow their approval.', { id: 'deals.nav-description.deals' }), permission: 'deals.read', order: 10 }],
  pages: [
    { path: '/deals', tag: 'portico-deal-list', load: () => import('./deal-list.js'), permission: 'deals.read', title: () => msg('Deals', { id: 'deals.title' }) },
    { path: '/deals/new', tag: 'portico-deal-form', load: () => import('./deal-form.js'), permission: 'deals.submit', title: () => msg('Register a deal', { id: 'deals.form.title' }) },
    { path: '/deals/review', tag: 'portico-deal-review-queue', load: () => import('./review-queue.js'), permission: 'deals.review', title: () => msg('Review queue', { id: 'deals.review.title' }) },
    // The element shows each part to those holding its permission (settings, territories).
    { path: '/deals/settings', tag: 'portico-deal-settings', load: () => import('./deal-settings.js'), permission: 'deals.read', title: () => msg('Deal settings', { id: 'deals.settings.title' }) },
    { path: '/deals/:dealId', tag: 'portico-deal-detail', load: () => import('./deal-detail.js'), permission: 'deals.read', title: () => msg('Deal', { id: 'deals.review.deal' }) },
    { path: '/deals/:dealId/edit', tag: 'portico-deal-form', load: () => import('./deal-form.js'), permission: 'deals.submit', title: () => msg('Change the deal', { id: 'deals.form.edit-title' }) },
  ],
  translations: { fr: () => import('./i18n/fr.js'), es: () => import('./i18n/es.js') },
});
