/** What the notifications plugin's audit actions are called in the log and its CSV; a notification is named by its title. */
import { defineAudit } from '@portico/core';

export const notificationsAudit = defineAudit({
  actions: {
    'notifications.notification.read': { en: 'Notification marked read', fr: 'Notification marquée comme lue', es: 'Notificación marcada como leída' },
    'notifications.notification.unread': { en: 'Notification marked unread', fr: 'Notification marquée comme non lue', es: 'Notificación marcada como no leída' },
    'notifications.notification.archived': { en: 'Notification archived', fr: 'Notification archivée', es: 'Notificación archivada' },
    'notifications.notification.unarchived': { en: 'Notification back in the inbox', fr: 'Notification remise dans la boîte de réception', es: 'Notificación devuelta a la bandeja de entrada' },
    'notifications.notification.all-read': { en: 'All notifications marked read', fr: 'Toutes les notifications marquées comme lues', es: 'Todas las notificaciones marcadas como leídas' },
    'notifications.preferences.updated': { en: 'Notification preferences changed', fr: 'Préférences de notification modifiées', es: 'Preferencias de notificación modificadas' },
    'notifications.preferences.unsubscribed': { en: 'Notification emails stopped from an email link', fr: 'E-mails de notification arrêtés depuis un lien d’e-mail', es: 'Correos de notificación detenidos desde un enlace de correo' },
    'notifications.digest.sent': { en: 'Notification digest sent', fr: 'Récapitulatif de notifications envoyé', es: 'Resumen de notificaciones enviado' },
  },
  targets: {
    notification: {
      async name({ db }, ids) {
        const rows: { id: string; title: string }[] = await db('notifications').whereIn('id', ids).select('id', 'title');
        return new Map(rows.map((r) => [r.id, r.title]));
      },
    },
  },
});
