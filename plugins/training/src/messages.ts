/**
 * Words the training plugin sends to people, in English, French and Spanish. The person's locale
 * chooses; the tenant's default locale stands in when the person has none.
 */
import { pickLocale, type Locale } from '@portico/core';

export { pickLocale, type Locale };

export interface ExpiringMailWords {
  subject(module: string): string;
  greeting(name: string): string;
  body(module: string, date: string): string;
  action: string;
}

const expiring: Record<Locale, ExpiringMailWords> = {
  en: {
    subject: (m) => `Your “${m}” certification expires soon`,
    greeting: (n) => `Hello ${n},`,
    body: (m, d) => `Your certification for “${m}” expires on ${d}. Take the quiz again before then to renew it.`,
    action: 'Renew your certification',
  },
  fr: {
    subject: (m) => `Votre certification « ${m} » expire bientôt`,
    greeting: (n) => `Bonjour ${n},`,
    body: (m, d) => `Votre certification « ${m} » expire le ${d}. Repassez le questionnaire avant cette date pour la renouveler.`,
    action: 'Renouveler votre certification',
  },
  es: {
    subject: (m) => `Su certificación «${m}» caduca pronto`,
    greeting: (n) => `Hola ${n}:`,
    body: (m, d) => `Su certificación «${m}» caduca el ${d}. Vuelva a hacer el cuestionario antes de esa fecha para renovarla.`,
    action: 'Renovar su certificación',
  },
};

export function expiringMailWords(locale: Locale): ExpiringMailWords {
  return expiring[locale];
}

/** A date as people of the locale write it, in UTC unless the person has a time zone. */
export function formatDate(date: Date, locale: Locale, timeZone?: string | null): string {
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: timeZone ?? 'UTC' }).format(date);
  } catch {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  }
}
