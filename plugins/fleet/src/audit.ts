/**
 * What the fleet plugin's audit actions are called in the log and its CSV. Most of its entries target
 * a client (named by core); an invitation sent before its client existed is named by its company.
 */
import { defineAudit } from '@portico/core';

export const fleetAudit = defineAudit({
  actions: {
    'fleet.client.registered': { en: 'Client registered', fr: 'Client enregistré', es: 'Cliente registrado' },
    'fleet.client.updated': { en: 'Client changed', fr: 'Client modifié', es: 'Cliente modificado' },
    'fleet.client.fed': { en: 'Client updated by the data feed', fr: 'Client mis à jour par le flux de données', es: 'Cliente actualizado por el flujo de datos' },
    'fleet.feed.received': { en: 'Data feed received', fr: 'Flux de données reçu', es: 'Flujo de datos recibido' },
    'fleet.invitation.sent': { en: 'Client invitation sent', fr: 'Invitation du client envoyée', es: 'Invitación al cliente enviada' },
    'fleet.invitation.resent': { en: 'Client invitation sent again', fr: 'Invitation du client renvoyée', es: 'Invitación al cliente reenviada' },
    'fleet.invitation.revoked': { en: 'Client invitation revoked', fr: 'Invitation du client révoquée', es: 'Invitación al cliente revocada' },
    'fleet.invitation.accepted': { en: 'Client invitation accepted', fr: 'Invitation du client acceptée', es: 'Invitación al cliente aceptada' },
    'fleet.invitation.declined': { en: 'Client invitation declined', fr: 'Invitation du client refusée', es: 'Invitación al cliente rechazada' },
    'fleet.invitation.expired': { en: 'Client invitation expired', fr: 'Invitation du client expirée', es: 'Invitación al cliente caducada' },
    'fleet.invitation.link-refused': { en: 'Client invitation link refused', fr: 'Lien d’invitation du client refusé', es: 'Enlace de invitación al cliente rechazado' },
    'fleet.mandate.created': { en: 'Mandate given', fr: 'Mandat donné', es: 'Mandato otorgado' },
    'fleet.mandate.reduced': { en: 'Mandate reduced', fr: 'Mandat réduit', es: 'Mandato reducido' },
    'fleet.mandate.extended': { en: 'Mandate extended', fr: 'Mandat étendu', es: 'Mandato ampliado' },
    'fleet.mandate.ended': { en: 'Mandate ended', fr: 'Mandat terminé', es: 'Mandato finalizado' },
    'fleet.mandate.expired': { en: 'Mandate expired', fr: 'Mandat expiré', es: 'Mandato caducado' },
    'fleet.mandate.fed': { en: 'Mandate set by the data feed', fr: 'Mandat fixé par le flux de données', es: 'Mandato fijado por el flujo de datos' },
    'fleet.mandate-proposal.submitted': { en: 'Mandate extension proposed', fr: 'Extension de mandat proposée', es: 'Ampliación de mandato propuesta' },
    'fleet.mandate-proposal.approved': { en: 'Mandate extension approved', fr: 'Extension de mandat approuvée', es: 'Ampliación de mandato aprobada' },
    'fleet.mandate-proposal.declined': { en: 'Mandate extension declined', fr: 'Extension de mandat refusée', es: 'Ampliación de mandato rechazada' },
    'fleet.mandate-proposal.withdrawn': { en: 'Mandate extension withdrawn', fr: 'Extension de mandat retirée', es: 'Ampliación de mandato retirada' },
    'fleet.mandate-proposal.superseded': {
      en: 'Mandate extension replaced by a newer change',
      fr: 'Extension de mandat remplacée par une modification plus récente',
      es: 'Ampliación de mandato sustituida por un cambio más reciente',
    },
    'fleet.mandate-proposal.expired': { en: 'Mandate extension expired unanswered', fr: 'Extension de mandat expirée sans réponse', es: 'Ampliación de mandato caducada sin respuesta' },
    'fleet.mandate-proposal.link-refused': { en: 'Mandate extension link refused', fr: 'Lien d’extension de mandat refusé', es: 'Enlace de ampliación de mandato rechazado' },
  },
  targets: {
    invitation: {
      async name({ db }, ids) {
        const rows: { id: string; companyName: string }[] = await db('fleet_invitations').whereIn('id', ids).select('id', 'company_name');
        return new Map(rows.map((r) => [r.id, r.companyName]));
      },
    },
  },
});
