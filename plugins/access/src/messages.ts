/**
 * Words the access plugin sends to people (emails and server pages), in English, French and Spanish.
 * The person's locale chooses; the tenant's default locale stands in when the person has none.
 */
import { isLocale, pickLocale, type Locale } from '@portico/core';

export { pickLocale, type Locale };

export function fromAcceptLanguage(header: string | undefined): Locale | null {
  if (!header) return null;
  for (const part of header.split(',')) {
    const base = part.trim().slice(0, 2).toLowerCase();
    if (isLocale(base)) return base;
  }
  return null;
}

interface LinkMailWords {
  subject(programme: string): string;
  greeting(name: string): string;
  invite(programme: string, validity: string): string;
  signIn(programme: string, validity: string): string;
  button: string;
  code(code: string): string;
  ignore: string;
  minutes(n: number): string;
  days(n: number): string;
}

const mail: Record<Locale, { invite: LinkMailWords; signIn: LinkMailWords }> = (() => {
  const en: LinkMailWords = {
    subject: (p) => `Sign in to ${p}`,
    greeting: (n) => `Hello ${n},`,
    invite: (p, v) => `You have been invited to ${p}. Open this link within ${v} to sign in; no password is needed.`,
    signIn: (p, v) => `Open this link within ${v} to sign in to ${p}.`,
    button: 'Sign in',
    code: (c) => `Signing in on another device? Enter this code there: ${c}`,
    ignore: 'If you did not ask for this, you can ignore this email.',
    minutes: (n) => `${n} minute${n === 1 ? '' : 's'}`,
    days: (n) => `${n} day${n === 1 ? '' : 's'}`,
  };
  const fr: LinkMailWords = {
    subject: (p) => `Connexion à ${p}`,
    greeting: (n) => `Bonjour ${n},`,
    invite: (p, v) => `Vous êtes invité·e sur ${p}. Ouvrez ce lien dans les ${v} pour vous connecter ; aucun mot de passe n’est nécessaire.`,
    signIn: (p, v) => `Ouvrez ce lien dans les ${v} pour vous connecter à ${p}.`,
    button: 'Se connecter',
    code: (c) => `Vous vous connectez sur un autre appareil ? Saisissez-y ce code : ${c}`,
    ignore: 'Si vous n’êtes pas à l’origine de cette demande, ignorez ce message.',
    minutes: (n) => `${n} minute${n === 1 ? '' : 's'}`,
    days: (n) => `${n} jour${n === 1 ? '' : 's'}`,
  };
  const es: LinkMailWords = {
    subject: (p) => `Acceso a ${p}`,
    greeting: (n) => `Hola ${n}:`,
    invite: (p, v) => `Le han invitado a ${p}. Abra este enlace en los próximos ${v} para acceder; no necesita contraseña.`,
    signIn: (p, v) => `Abra este enlace en los próximos ${v} para acceder a ${p}.`,
    button: 'Acceder',
    code: (c) => `¿Accede desde otro dispositivo? Introduzca allí este código: ${c}`,
    ignore: 'Si no lo ha solicitado, puede ignorar este correo.',
    minutes: (n) => `${n} minuto${n === 1 ? '' : 's'}`,
    days: (n) => `${n} día${n === 1 ? '' : 's'}`,
  };
  return { en: { invite: en, signIn: en }, fr: { invite: fr, signIn: fr }, es: { invite: es, signIn: es } };
})();

export function linkMailWords(locale: Locale): LinkMailWords {
  return mail[locale].signIn;
}

/** Words of the server-rendered sign-in pages. */
export const pageWords: Record<Locale, Record<string, string>> = {
  en: {
    confirmTitle: 'Confirm sign-in',
    confirmText: 'Continue to sign in as {email}.',
    confirmButton: 'Sign in',
    usedTitle: 'Link already used',
    usedText: 'This sign-in link was already used. Each link works once.',
    expiredTitle: 'Link expired',
    expiredText: 'This sign-in link has expired or was replaced by a newer one.',
    invalidTitle: 'Link not valid',
    invalidText: 'This sign-in link is not valid. Check that you copied all of it.',
    newLink: 'Email me a new link',
    signInTitle: 'Sign in',
    signInText: 'Enter your email address and we will send you a sign-in link.',
    emailLabel: 'Email address',
    sendLink: 'Send me a link',
    checkTitle: 'Check your email',
    checkText: 'If {email} may sign in here, a link and a code are on their way. The link works once.',
    codeTitle: 'Have a code?',
    codeLabel: 'One-time code',
    codeButton: 'Sign in with the code',
    codeWrong: 'That code is not right, or it has expired.',
    tooMany: 'Too many attempts. Wait a little and try again.',
    signedIn: 'You are signed in.',
  },
  fr: {
    confirmTitle: 'Confirmer la connexion',
    confirmText: 'Continuer pour vous connecter en tant que {email}.',
    confirmButton: 'Se connecter',
    usedTitle: 'Lien déjà utilisé',
    usedText: 'Ce lien de connexion a déjà servi. Chaque lien ne fonctionne qu’une fois.',
    expiredTitle: 'Lien expiré',
    expiredText: 'Ce lien de connexion a expiré ou a été remplacé par un plus récent.',
    invalidTitle: 'Lien non valide',
    invalidText: 'Ce lien de connexion n’est pas valide. Vérifiez que vous l’avez copié en entier.',
    newLink: 'M’envoyer un nouveau lien',
    signInTitle: 'Connexion',
    signInText: 'Saisissez votre adresse e-mail : nous vous enverrons un lien de connexion.',
    emailLabel: 'Adresse e-mail',
    sendLink: 'M’envoyer un lien',
    checkTitle: 'Consultez vos e-mails',
    checkText: 'Si {email} peut se connecter ici, un lien et un code sont en route. Le lien ne sert qu’une fois.',
    codeTitle: 'Vous avez un code ?',
    codeLabel: 'Code à usage unique',
    codeButton: 'Se connecter avec le code',
    codeWrong: 'Ce code n’est pas correct ou a expiré.',
    tooMany: 'Trop de tentatives. Patientez un peu puis réessayez.',
    signedIn: 'Vous êtes connecté·e.',
  },
  es: {
    confirmTitle: 'Confirmar acceso',
    confirmText: 'Continúe para acceder como {email}.',
    confirmButton: 'Acceder',
    usedTitle: 'Enlace ya utilizado',
    usedText: 'Este enlace de acceso ya se utilizó. Cada enlace funciona una sola vez.',
    expiredTitle: 'Enlace caducado',
    expiredText: 'Este enlace de acceso ha caducado o se sustituyó por otro más reciente.',
    invalidTitle: 'Enlace no válido',
    invalidText: 'Este enlace de acceso no es válido. Compruebe que lo copió entero.',
    newLink: 'Enviarme un enlace nuevo',
    signInTitle: 'Acceder',
    signInText: 'Introduzca su correo electrónico y le enviaremos un enlace de acceso.',
    emailLabel: 'Correo electrónico',
    sendLink: 'Enviarme un enlace',
    checkTitle: 'Revise su correo',
    checkText: 'Si {email} puede acceder aquí, le llegarán un enlace y un código. El enlace sirve una sola vez.',
    codeTitle: '¿Tiene un código?',
    codeLabel: 'Código de un solo uso',
    codeButton: 'Acceder con el código',
    codeWrong: 'El código no es correcto o ha caducado.',
    tooMany: 'Demasiados intentos. Espere un poco y vuelva a intentarlo.',
    signedIn: 'Ha accedido.',
  },
};
