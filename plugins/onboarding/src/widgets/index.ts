/**
 * The onboarding plugin's part of the portal ("the beta guide journey"): "Getting started" in the
 * navigation, early, for everyone with a checklist to follow (the person's own checklist), a line in
 * the shell's `portal.banners` slot while steps are left, and for staff the completion across
 * partners and each role's checklist. Each element is loaded on first use; the translations with the locale.
 */
import { msg } from '@lit/localize';
import { defineWidgets } from '@portico/widgets';
import { onboardingElements as E } from '../elements.js';
import { P } from '../permissions.js';

export default defineWidgets({
  id: 'onboarding',
  nav: [
    {
      path: '/onboarding',
      label: () => msg('Getting started', { id: 'onboarding.title' }),
      description: () => msg('Your first steps in the programme, ticked off as you take them.', { id: 'onboarding.nav-description' }),
      permission: P.use,
      order: 5,
    },
    {
      path: '/onboarding/progress',
      label: () => msg('Onboarding progress', { id: 'onboarding.progress.title' }),
      description: () => msg('How far partners’ people got in their onboarding.', { id: 'onboarding.nav-description.progress' }),
      permission: P.read,
      audience: 'staff',
      order: 6,
    },
    {
      path: '/onboarding/settings',
      label: () => msg('Onboarding checklists', { id: 'onboarding.settings.title' }),
      description: () => msg('The steps of each role’s onboarding checklist, in order.', { id: 'onboarding.nav-description.settings' }),
      permission: P.manage,
      audience: 'staff',
      order: 7,
    },
  ],
  pages: [
    { path: '/onboarding', tag: E.checklist, load: () => import('./onboarding-checklist.js'), permission: P.use, title: () => msg('Getting started', { id: 'onboarding.title' }) },
    { path: '/onboarding/progress', tag: E.progress, load: () => import('./onboarding-progress.js'), permission: P.read, title: () => msg('Onboarding progress', { id: 'onboarding.progress.title' }) },
    { path: '/onboarding/settings', tag: E.settings, load: () => import('./onboarding-settings.js'), permission: P.manage, title: () => msg('Onboarding checklists', { id: 'onboarding.settings.title' }) },
  ],
  slots: {
    'portal.banners': [{ tag: E.banner, load: () => import('./onboarding-banner.js'), permission: P.use, order: 20 }],
  },
  translations: { fr: () => import('./i18n/fr.js'), es: () => import('./i18n/es.js') },
});
