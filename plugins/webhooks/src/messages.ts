/** The email telling a tenant's administrators that an endpoint was disabled, in en/fr/es. */
import type { Locale } from '@portico/core';

export interface DisabledFacts {
  name: string | null;
  programme: string;
  url: string;
  since: string;
  days: number;
  link: string;
}

export function disabledMail(locale: Locale, f: DisabledFacts): { subject: string; text: string } {
  const hello = { en: f.name ? `Hello ${f.name},` : 'Hello,', fr: f.name ? `Bonjour ${f.name},` : 'Bonjour,', es: f.name ? `Hola, ${f.name}:` : 'Hola:' }[locale];
  const words = {
    en: {
      subject: `Webhook endpoint disabled: ${f.url}`,
      body: `Every delivery to ${f.url} has failed since ${f.since} (${f.days} days), so ${f.programme} stopped sending to it. Events are no longer queued for it.\n\nOnce the receiver works again, enable the endpoint; you can replay the deliveries it missed:\n${f.link}`,
    },
    fr: {
      subject: `Point de terminaison webhook désactivé : ${f.url}`,
      body: `Toutes les livraisons vers ${f.url} échouent depuis le ${f.since} (${f.days} jours) : ${f.programme} a cessé de lui envoyer des événements, qui ne sont plus mis en file pour lui.\n\nUne fois le récepteur réparé, réactivez le point de terminaison ; vous pouvez rejouer les livraisons manquées :\n${f.link}`,
    },
    es: {
      subject: `Punto de recepción de webhooks desactivado: ${f.url}`,
      body: `Todas las entregas a ${f.url} fallan desde el ${f.since} (${f.days} días), así que ${f.programme} dejó de enviarle eventos, que ya no se ponen en cola para él.\n\nCuando el receptor vuelva a funcionar, active de nuevo el punto de recepción; puede reenviar las entregas que no recibió:\n${f.link}`,
    },
  }[locale];
  return { subject: words.subject, text: `${hello}\n\n${words.body}\n` };
}
