/** What the deals plugin's audit actions are called in the log and its CSV, and how a deal is named there. */
import { defineAudit } from '@portico/core';

export const dealsAudit = defineAudit({
  actions: {
    'deals.deal.submitted': { en: 'Deal submitted', fr: 'Opportunité soumise', es: 'Oportunidad enviada' },
    'deals.deal.flagged': { en: 'Deal flagged for review', fr: 'Opportunité signalée pour examen', es: 'Oportunidad señalada para revisión' },
    'deals.deal.edited': { en: 'Deal edited', fr: 'Opportunité modifiée', es: 'Oportunidad modificada' },
    'deals.deal.withdrawn': { en: 'Deal withdrawn', fr: 'Opportunité retirée', es: 'Oportunidad retirada' },
    'deals.deal.approved': { en: 'Deal approved', fr: 'Opportunité approuvée', es: 'Oportunidad aprobada' },
    'deals.deal.rejected': { en: 'Deal rejected', fr: 'Opportunité refusée', es: 'Oportunidad rechazada' },
    'deals.deal.extended': { en: 'Deal protection extended', fr: 'Protection de l’opportunité prolongée', es: 'Protección de la oportunidad prorrogada' },
    'deals.deal.expired': { en: 'Deal protection expired', fr: 'Protection de l’opportunité expirée', es: 'Protección de la oportunidad vencida' },
    'deals.territory.set': { en: 'Territory set', fr: 'Territoire défini', es: 'Territorio definido' },
    'deals.territory.removed': { en: 'Territory removed', fr: 'Territoire supprimé', es: 'Territorio eliminado' },
  },
  targets: {
    // "Acme Corp — Renewal 2027": the customer first, as the review queue shows them.
    deal: {
      async name({ db }, ids) {
        const rows: { id: string; customerName: string; title: string }[] = await db('deals').whereIn('id', ids).select('id', 'customer_name', 'title');
        return new Map(rows.map((r) => [r.id, `${r.customerName} — ${r.title}`]));
      },
    },
  },
});
