/**
 * What the audit log and its CSV call the referrals plugin's actions, in every language the portal
 * speaks (writing an action not declared here is refused), and how a referral is named there: by the
 * company referred, one query for a whole page.
 */
import { defineAudit } from '@portico/core';

export const referralsAudit = defineAudit({
  actions: {
    'referrals.referral.submitted': { en: 'Referral submitted', fr: 'Recommandation soumise', es: 'Recomendación enviada' },
    'referrals.referral.accepted': { en: 'Referral accepted', fr: 'Recommandation acceptée', es: 'Recomendación aceptada' },
    'referrals.referral.declined': { en: 'Referral declined', fr: 'Recommandation refusée', es: 'Recomendación rechazada' },
  },
  targets: {
    referral: {
      async name({ db }, ids) {
        const rows: { id: string; company: string }[] = await db('referrals').whereIn('id', ids).select('id', 'company');
        return new Map(rows.map((row) => [row.id, row.company]));
      },
    },
  },
});
