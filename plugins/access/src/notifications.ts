/**
 * What access tells whom (declared in the contract; the notifications plugin delivers): security
 * notices about a person's own account — two-factor authentication turned on, or reset by an
 * administrator. Both are mandatory: always emailed at once, whatever the person chose. Sign-in links
 * and invitations are not notifications: they are sent as asked, by `links.ts`.
 */
import { contribute, defineNotification, notificationKinds, type Locale } from '@portico/core';
import { accessEvents } from './events.js';

const words: Record<Locale, { enabledTitle: string; enabledBody: string; resetTitle: string; resetBody: string }> = {
  en: {
    enabledTitle: 'Two-factor authentication is on',
    enabledBody: 'Signing in to your account now asks for a code from your authenticator app. If you did not do this, tell your administrator at once.',
    resetTitle: 'Your two-factor authentication was reset',
    resetBody: 'An administrator removed your second factor and signed you out everywhere. Sign in again and set up your authenticator app anew. If you did not ask for this, tell your administrator at once.',
  },
  fr: {
    enabledTitle: 'L’authentification à deux facteurs est activée',
    enabledBody: 'La connexion à votre compte demande désormais un code de votre application d’authentification. Si ce n’est pas vous, prévenez immédiatement votre administrateur.',
    resetTitle: 'Votre authentification à deux facteurs a été réinitialisée',
    resetBody: 'Un administrateur a supprimé votre second facteur et vous a déconnecté partout. Reconnectez-vous et configurez de nouveau votre application d’authentification. Si vous ne l’avez pas demandé, prévenez immédiatement votre administrateur.',
  },
  es: {
    enabledTitle: 'La autenticación en dos pasos está activada',
    enabledBody: 'Iniciar sesión en su cuenta pide ahora un código de su aplicación de autenticación. Si no fue usted, avise de inmediato a su administrador.',
    resetTitle: 'Se restableció su autenticación en dos pasos',
    resetBody: 'Un administrador eliminó su segundo factor y cerró todas sus sesiones. Inicie sesión de nuevo y vuelva a configurar su aplicación de autenticación. Si no lo pidió, avise de inmediato a su administrador.',
  },
};

const mfaEnabled = defineNotification(accessEvents, 'access.mfa.enabled', {
  kind: 'access.mfa-enabled',
  label: { en: 'Two-factor authentication turned on for my account', fr: 'Authentification à deux facteurs activée sur mon compte', es: 'Autenticación en dos pasos activada en mi cuenta' },
  audience: 'everyone',
  defaultChannel: 'both',
  mandatory: true,
  partnerOf: (event) => event.payload.partnerId,
  recipients: async (event) => [event.payload.personId],
  message: async (_event, recipient) => ({ title: words[recipient.locale].enabledTitle, body: words[recipient.locale].enabledBody, link: '/profile' }),
});

const mfaReset = defineNotification(accessEvents, 'access.mfa.reset', {
  kind: 'access.mfa-reset',
  label: { en: 'My two-factor authentication reset by an administrator', fr: 'Mon authentification à deux facteurs réinitialisée par un administrateur', es: 'Mi autenticación en dos pasos restablecida por un administrador' },
  audience: 'everyone',
  defaultChannel: 'both',
  mandatory: true,
  partnerOf: (event) => event.payload.partnerId,
  recipients: async (event) => [event.payload.personId],
  message: async (_event, recipient) => ({ title: words[recipient.locale].resetTitle, body: words[recipient.locale].resetBody, link: '/profile' }),
});

export const accessNotifications = [contribute(notificationKinds, mfaEnabled), contribute(notificationKinds, mfaReset)];
