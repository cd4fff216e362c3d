/** What the webhooks plugin's audit actions are called in the log and its CSV; an endpoint is named by its URL. */
import { defineAudit } from '@portico/core';

export const webhooksAudit = defineAudit({
  actions: {
    'webhooks.endpoint.created': { en: 'Webhook endpoint added', fr: 'Endpoint de webhook ajouté', es: 'Endpoint de webhook añadido' },
    'webhooks.endpoint.updated': { en: 'Webhook endpoint changed', fr: 'Endpoint de webhook modifié', es: 'Endpoint de webhook modificado' },
    'webhooks.endpoint.enabled': { en: 'Webhook endpoint turned on', fr: 'Endpoint de webhook activé', es: 'Endpoint de webhook activado' },
    'webhooks.endpoint.disabled': { en: 'Webhook endpoint turned off', fr: 'Endpoint de webhook désactivé', es: 'Endpoint de webhook desactivado' },
    'webhooks.endpoint.deleted': { en: 'Webhook endpoint deleted', fr: 'Endpoint de webhook supprimé', es: 'Endpoint de webhook eliminado' },
    'webhooks.endpoint.secret-rotated': { en: 'Webhook signing secret replaced', fr: 'Secret de signature du webhook remplacé', es: 'Secreto de firma del webhook reemplazado' },
    'webhooks.delivery.replayed': { en: 'Webhook delivery sent again', fr: 'Livraison de webhook renvoyée', es: 'Entrega de webhook reenviada' },
  },
  targets: {
    'webhook-endpoint': {
      async name({ db }, ids) {
        const rows: { id: string; url: string }[] = await db('webhook_endpoints').whereIn('id', ids).select('id', 'url');
        return new Map(rows.map((r) => [r.id, r.url]));
      },
    },
  },
});
