/**
 * The billing plugin's part of the portal: "Billing" in the navigation (a partner's own billing page;
 * for staff, every partner's accounts), the staff's billing settings and Stripe keys
 * (`/settings/billing`), the catalogue of plans, and the "billing needs attention"
 * banner in the shell's `portal.banners` slot. A gated feature's call to action is the shell's
 * `<portico-feature-gate>`, which shows the gate's 402 problem and its link to `/billing`.
 */
import { msg } from '@lit/localize';
import { defineWidgets } from '@portico/widgets';
import { billingElements as E } from '../elements.js';
import { P } from '../permissions.js';

export default defineWidgets({
  id: 'billing',
  nav: [
    { path: '/billing', label: () => msg('Billing', { id: 'billing.title' }), description: () => msg('Your plan, billing details and invoices.', { id: 'billing.nav-description' }), permission: P.read, audience: 'member', order: 90 },
    {
      path: '/billing/accounts',
      label: () => msg('Billing', { id: 'billing.title' }),
      description: () => msg('Partners’ billing accounts, invoices and payments.', { id: 'billing.nav-description.staff' }),
      permission: P.read,
      audience: 'staff',
      order: 90,
    },
    {
      path: '/settings/billing',
      // Not plain "Billing": staff see that entry already (the accounts).
      label: () => msg('Billing settings', { id: 'billing.tenant.title' }),
      description: () => msg('Gated features, grace period, invoice numbering and the Stripe keys.', { id: 'billing.nav-description.settings' }),
      permission: P.settingsManage,
      audience: 'staff',
      order: 93,
    },
  ],
  pages: [
    { path: '/billing', tag: E.billingSettings, load: () => import('./billing-settings.js'), permission: P.read, title: () => msg('Billing', { id: 'billing.title' }) },
    { path: '/billing/accounts', tag: E.billingAdmin, load: () => import('./billing-admin.js'), permission: P.read, title: () => msg('Billing accounts', { id: 'billing.admin.title' }) },
    { path: '/billing/invoices', tag: E.invoices, load: () => import('./invoices.js'), permission: P.read, title: () => msg('Invoices', { id: 'billing.invoices.title' }) },
    {
      path: '/settings/billing',
      tag: E.billingTenantSettings,
      load: () => import('./billing-tenant-settings.js'),
      permission: P.settingsManage,
      title: () => msg('Billing settings', { id: 'billing.tenant.title' }),
    },
    { path: '/billing/plans', tag: E.billingPlans, load: () => import('./billing-plans.js'), permission: P.read, title: () => msg('Plans', { id: 'billing.plans.title' }) },
  ],
  slots: {
    'portal.banners': [{ tag: E.billingBanner, load: () => import('./billing-banner.js'), permission: P.read, order: 10 }],
  },
  translations: { fr: () => import('./i18n/fr.js'), es: () => import('./i18n/es.js') },
});
