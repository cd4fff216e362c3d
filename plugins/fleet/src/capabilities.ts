/**
 * Mandate capabilities: what a partner may do for a client (`view-financials`, `file-returns` …). The
 * tenant defines its own list in the fleet settings; these are the defaults, with their labels in
 * each language, used wherever a tenant kept a default label as it was. Safe in a browser.
 */
import type { Locale } from '@portico/core';

export interface Capability {
  /** Stable key stored in mandates, e.g. `file-returns`. */
  key: string;
  /** What a person reads; the tenant's own words. */
  label: string;
}

export const DEFAULT_CAPABILITIES: readonly Capability[] = [
  { key: 'view-financials', label: 'View financial statements' },
  { key: 'file-returns', label: 'File tax returns' },
  { key: 'manage-payroll', label: 'Run payroll' },
  { key: 'manage-invoices', label: 'Issue and pay invoices' },
  { key: 'administer-account', label: 'Administer the account' },
];

const TRANSLATED: Record<Exclude<Locale, 'en'>, Record<string, string>> = {
  fr: {
    'view-financials': 'Consulter les états financiers',
    'file-returns': 'Déposer les déclarations fiscales',
    'manage-payroll': 'Gérer la paie',
    'manage-invoices': 'Émettre et payer les factures',
    'administer-account': 'Administrer le compte',
  },
  es: {
    'view-financials': 'Consultar los estados financieros',
    'file-returns': 'Presentar las declaraciones fiscales',
    'manage-payroll': 'Gestionar las nóminas',
    'manage-invoices': 'Emitir y pagar facturas',
    'administer-account': 'Administrar la cuenta',
  },
};

/**
 * The label of a capability in `locale`: a default capability whose label the tenant left as it was is
 * translated; the tenant's own words are shown as written; a key no longer in the list shows as is.
 */
export function capabilityLabel(key: string, capabilities: readonly Capability[], locale: Locale): string {
  const capability = capabilities.find((c) => c.key === key);
  const fallback = DEFAULT_CAPABILITIES.find((c) => c.key === key);
  if (!capability) return fallback && locale !== 'en' ? (TRANSLATED[locale][key] ?? fallback.label) : (fallback?.label ?? key);
  if (locale !== 'en' && fallback && capability.label === fallback.label) return TRANSLATED[locale][key] ?? capability.label;
  return capability.label;
}
