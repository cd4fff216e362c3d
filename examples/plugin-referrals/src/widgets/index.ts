/**
 * The referrals plugin's part of the portal: the "Referrals" nav entry and its pages — the list
 * (where staff also decide) and the form to refer a prospect. `portico-widgets build` bundles this
 * entry and each element's module into dist/widgets/; each element is loaded on first use, the
 * translations with the locale.
 */
import { msg } from '@lit/localize';
import { defineWidgets } from '@portico/widgets';
import { referralElements as E } from '../elements.js';
import { P } from '../permissions.js';

export default defineWidgets({
  id: 'referrals',
  nav: [
    {
      path: '/referrals',
      label: () => msg('Referrals', { id: 'referrals.nav' }),
      description: () => msg('Refer prospective customers to us and earn a fee for each one we accept.', { id: 'referrals.nav-description' }),
      permission: P.read,
      order: 50,
    },
  ],
  pages: [
    { path: '/referrals', tag: E.referralList, load: () => import('./referral-list.js'), permission: P.read, title: () => msg('Referrals', { id: 'referrals.nav' }) },
    { path: '/referrals/new', tag: E.referralForm, load: () => import('./referral-form.js'), permission: P.submit, title: () => msg('Refer a customer', { id: 'referrals.form.title' }) },
  ],
  translations: { fr: () => import('./i18n/fr.js'), es: () => import('./i18n/es.js') },
});
