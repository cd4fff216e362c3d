/**
 * What the billing plugin's audit actions are called in the log and its CSV, and how its accounts,
 * invoices and plans are named there (a provider and its events are identified by the provider's own
 * ids, `stripe` and `evt_…`, which say enough).
 */
import { defineAudit, type Locale } from '@portico/core';

const draftInvoice: Record<Locale, string> = { en: 'Draft invoice', fr: 'Facture en brouillon', es: 'Factura en borrador' };

export const billingAudit = defineAudit({
  actions: {
    'billing.account.opened': { en: 'Billing account opened', fr: 'Compte de facturation ouvert', es: 'Cuenta de facturación abierta' },
    'billing.account.details-updated': { en: 'Billing details changed', fr: 'Coordonnées de facturation modifiées', es: 'Datos de facturación modificados' },
    'billing.account.plan-changed': { en: 'Plan changed', fr: 'Offre modifiée', es: 'Plan modificado' },
    'billing.account.customer-created': { en: 'Payment provider customer created', fr: 'Client créé chez le prestataire de paiement', es: 'Cliente creado en el proveedor de pagos' },
    'billing.account.portal-link-created': { en: 'Billing portal link created', fr: 'Lien vers le portail de facturation créé', es: 'Enlace al portal de facturación creado' },
    'billing.account.payment-method-changed': { en: 'Payment method changed', fr: 'Moyen de paiement modifié', es: 'Método de pago modificado' },
    'billing.account.marked-overdue': { en: 'Account overdue', fr: 'Compte en retard de paiement', es: 'Cuenta con pago vencido' },
    'billing.account.grace-started': { en: 'Grace period started', fr: 'Délai de grâce commencé', es: 'Período de gracia iniciado' },
    'billing.account.grace-extended': { en: 'Grace period extended', fr: 'Délai de grâce prolongé', es: 'Período de gracia prorrogado' },
    'billing.account.grace-warned': { en: 'Grace period ending warning sent', fr: 'Avertissement de fin du délai de grâce envoyé', es: 'Aviso de fin del período de gracia enviado' },
    'billing.account.restricted': { en: 'Account restricted', fr: 'Compte restreint', es: 'Cuenta restringida' },
    'billing.account.restored': { en: 'Account back in good standing', fr: 'Compte rétabli', es: 'Cuenta restablecida' },
    'billing.account.waived': { en: 'Enforcement waived', fr: 'Mesures suspendues', es: 'Medidas suspendidas' },
    'billing.account.waiver-ended': { en: 'Waiver ended', fr: 'Suspension des mesures terminée', es: 'Suspensión de medidas finalizada' },
    'billing.invoice.drafted': { en: 'Invoice drafted', fr: 'Facture préparée', es: 'Factura preparada' },
    'billing.invoice.issued': { en: 'Invoice issued', fr: 'Facture émise', es: 'Factura emitida' },
    'billing.invoice.deleted': { en: 'Draft invoice deleted', fr: 'Brouillon de facture supprimé', es: 'Borrador de factura eliminado' },
    'billing.invoice.voided': { en: 'Invoice voided', fr: 'Facture annulée', es: 'Factura anulada' },
    'billing.invoice.written-off': { en: 'Invoice written off', fr: 'Facture passée en perte', es: 'Factura dada por incobrable' },
    'billing.invoice.payment-link-created': { en: 'Payment link created', fr: 'Lien de paiement créé', es: 'Enlace de pago creado' },
    'billing.payment.recorded': { en: 'Payment recorded', fr: 'Paiement enregistré', es: 'Pago registrado' },
    'billing.plan.created': { en: 'Plan created', fr: 'Offre créée', es: 'Plan creado' },
    'billing.plan.updated': { en: 'Plan changed', fr: 'Offre modifiée', es: 'Plan modificado' },
    'billing.plan.deleted': { en: 'Plan deleted', fr: 'Offre supprimée', es: 'Plan eliminado' },
    'billing.provider.configured': { en: 'Payment provider keys set', fr: 'Clés du prestataire de paiement définies', es: 'Claves del proveedor de pagos definidas' },
    'billing.provider.removed': { en: 'Payment provider keys removed', fr: 'Clés du prestataire de paiement supprimées', es: 'Claves del proveedor de pagos eliminadas' },
    'billing.provider-event.applied': { en: 'Payment provider event applied', fr: 'Événement du prestataire de paiement appliqué', es: 'Evento del proveedor de pagos aplicado' },
  },
  targets: {
    // An account is its partner's.
    'billing-account': {
      async name({ db }, ids) {
        const rows: { id: string; name: string }[] = await db('billing_accounts as a').join('partners as p', 'p.id', 'a.partner_id').whereIn('a.id', ids).select('a.id', 'p.name');
        return new Map(rows.map((r) => [r.id, r.name]));
      },
    },
    'billing-invoice': {
      async name({ db, locale }, ids) {
        const rows: { id: string; number: string | null }[] = await db('billing_invoices').whereIn('id', ids).select('id', 'number');
        return new Map(rows.map((r) => [r.id, r.number ?? draftInvoice[locale]]));
      },
    },
    'billing-plan': {
      async name({ db }, ids) {
        const rows: { id: string; name: string }[] = await db('billing_plans').whereIn('id', ids).select('id', 'name');
        return new Map(rows.map((r) => [r.id, r.name]));
      },
    },
  },
});
