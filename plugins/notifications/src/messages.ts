/** The notifications plugin's own words, in en/fr/es: the emails' frame, the digest and the unsubscribe page. */
import type { Locale } from '@portico/core';

export const words = {
  en: {
    hello: (name: string) => `Hello ${name},`,
    open: 'Open in the portal',
    manage: 'Choose which notifications reach you and how',
    unsubscribe: 'Stop these emails',
    mandatory: 'This is a security notice: it is always sent.',
    digestSubject: (programme: string, n: number) => `${programme}: ${n === 1 ? '1 notification' : `${n} notifications`}`,
    digestLead: (n: number, period: 'daily' | 'weekly') => `${n === 1 ? 'Here is the notification' : `Here are the ${n} notifications`} of your ${period === 'daily' ? 'daily' : 'weekly'} digest:`,
    pageTitle: 'Email notifications',
    confirm: (what: string) => `Stop emailing you “${what}”? You will still find them in the portal.`,
    confirmAll: 'Stop every notification email that can be turned off? You will still find them in the portal.',
    button: 'Stop these emails',
    done: (what: string) => `Done: “${what}” no longer reaches you by email. You can change this in your notification preferences.`,
    doneAll: 'Done: notifications no longer reach you by email, except security notices. You can change this in your notification preferences.',
    invalid: 'This link is not valid any more. Sign in and open your notification preferences instead.',
    all: 'all notifications',
  },
  fr: {
    hello: (name: string) => `Bonjour ${name},`,
    open: 'Ouvrir dans le portail',
    manage: 'Choisissez quelles notifications vous parviennent, et comment',
    unsubscribe: 'Ne plus recevoir ces e-mails',
    mandatory: 'Ceci est un avis de sécurité : il est toujours envoyé.',
    digestSubject: (programme: string, n: number) => `${programme} : ${n === 1 ? '1 notification' : `${n} notifications`}`,
    digestLead: (n: number, period: 'daily' | 'weekly') => `${n === 1 ? 'Voici la notification' : `Voici les ${n} notifications`} de votre récapitulatif ${period === 'daily' ? 'quotidien' : 'hebdomadaire'} :`,
    pageTitle: 'Notifications par e-mail',
    confirm: (what: string) => `Ne plus recevoir « ${what} » par e-mail ? Vous les trouverez toujours dans le portail.`,
    confirmAll: 'Ne plus recevoir aucune notification par e-mail, hors avis de sécurité ? Vous les trouverez toujours dans le portail.',
    button: 'Ne plus recevoir ces e-mails',
    done: (what: string) => `C’est fait : « ${what} » ne vous parvient plus par e-mail. Vous pouvez le modifier dans vos préférences de notification.`,
    doneAll: 'C’est fait : les notifications ne vous parviennent plus par e-mail, hors avis de sécurité. Vous pouvez le modifier dans vos préférences de notification.',
    invalid: 'Ce lien n’est plus valable. Connectez-vous et ouvrez plutôt vos préférences de notification.',
    all: 'toutes les notifications',
  },
  es: {
    hello: (name: string) => `Hola, ${name}:`,
    open: 'Abrir en el portal',
    manage: 'Elija qué notificaciones le llegan y cómo',
    unsubscribe: 'Dejar de recibir estos correos',
    mandatory: 'Este es un aviso de seguridad: siempre se envía.',
    digestSubject: (programme: string, n: number) => `${programme}: ${n === 1 ? '1 notificación' : `${n} notificaciones`}`,
    digestLead: (n: number, period: 'daily' | 'weekly') => `${n === 1 ? 'Esta es la notificación' : `Estas son las ${n} notificaciones`} de su resumen ${period === 'daily' ? 'diario' : 'semanal'}:`,
    pageTitle: 'Notificaciones por correo',
    confirm: (what: string) => `¿Dejar de recibir «${what}» por correo? Seguirá encontrándolas en el portal.`,
    confirmAll: '¿Dejar de recibir por correo todas las notificaciones que se pueden desactivar? Seguirá encontrándolas en el portal.',
    button: 'Dejar de recibir estos correos',
    done: (what: string) => `Hecho: «${what}» ya no le llega por correo. Puede cambiarlo en sus preferencias de notificación.`,
    doneAll: 'Hecho: las notificaciones ya no le llegan por correo, salvo los avisos de seguridad. Puede cambiarlo en sus preferencias de notificación.',
    invalid: 'Este enlace ya no es válido. Inicie sesión y abra sus preferencias de notificación.',
    all: 'todas las notificaciones',
  },
} satisfies Record<Locale, unknown>;

export type Words = (typeof words)['en'];
export const wordsFor = (locale: Locale): Words => words[locale];
