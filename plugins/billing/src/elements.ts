/**
 * The tag names of the billing plugin's custom elements, for pages and other plugins' widgets that
 * place them (each is defined with `@customElement('…')` in src/widgets; a test checks the two agree).
 */
export const billingElements = {
  billingAdmin: 'portico-billing-admin',
  billingBanner: 'portico-billing-banner',
  billingOverview: 'portico-billing-overview',
  billingPlans: 'portico-billing-plans',
  billingSettings: 'portico-billing-settings',
  billingTenantSettings: 'portico-billing-tenant-settings',
  invoices: 'portico-invoices',
} as const;
