/**
 * The email a submitter gets when their deal is decided, in English, French and Spanish. The
 * person's locale chooses; the tenant's default locale stands in when the person has none.
 */
import { pickLocale, type Locale } from '@portico/core';

export { pickLocale, type Locale };

export interface DecisionMail {
  name: string;
  programme: string;
  customerName: string;
  title: string;
  status: 'approved' | 'rejected';
  reason: string | null;
  /** The registration's expiry, already formatted for the locale; approvals only. */
  expiresOn: string | null;
  link: string;
}

interface Words {
  subject(m: DecisionMail): string;
  greeting(name: string): string;
  approved(m: DecisionMail): string;
  rejected(m: DecisionMail): string;
  reason(reason: string): string;
  open: string;
}

const words: Record<Locale, Words> = {
  en: {
    subject: (m) => `Your deal for ${m.customerName} was ${m.status === 'approved' ? 'approved' : 'rejected'}`,
    greeting: (n) => `Hello ${n},`,
    approved: (m) => `Your registration "${m.title}" for ${m.customerName} was approved on ${m.programme}.${m.expiresOn ? ` It protects you until ${m.expiresOn}.` : ''}`,
    rejected: (m) => `Your registration "${m.title}" for ${m.customerName} was rejected on ${m.programme}.`,
    reason: (r) => `Reason: ${r}`,
    open: 'See the deal:',
  },
  fr: {
    subject: (m) => `Votre affaire pour ${m.customerName} a été ${m.status === 'approved' ? 'approuvée' : 'refusée'}`,
    greeting: (n) => `Bonjour ${n},`,
    approved: (m) => `Votre enregistrement « ${m.title} » pour ${m.customerName} a été approuvé sur ${m.programme}.${m.expiresOn ? ` Il vous protège jusqu’au ${m.expiresOn}.` : ''}`,
    rejected: (m) => `Votre enregistrement « ${m.title} » pour ${m.customerName} a été refusé sur ${m.programme}.`,
    reason: (r) => `Motif : ${r}`,
    open: 'Voir l’affaire :',
  },
  es: {
    subject: (m) => `Su oportunidad para ${m.customerName} fue ${m.status === 'approved' ? 'aprobada' : 'rechazada'}`,
    greeting: (n) => `Hola ${n}:`,
    approved: (m) => `Su registro «${m.title}» para ${m.customerName} fue aprobado en ${m.programme}.${m.expiresOn ? ` Le protege hasta el ${m.expiresOn}.` : ''}`,
    rejected: (m) => `Su registro «${m.title}» para ${m.customerName} fue rechazado en ${m.programme}.`,
    reason: (r) => `Motivo: ${r}`,
    open: 'Ver la oportunidad:',
  },
};

export function formatDay(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

export function decisionMail(locale: Locale, m: DecisionMail): { subject: string; text: string } {
  const w = words[locale];
  const lines = [w.greeting(m.name), '', m.status === 'approved' ? w.approved(m) : w.rejected(m)];
  if (m.reason) lines.push('', w.reason(m.reason));
  lines.push('', `${w.open} ${m.link}`);
  return { subject: w.subject(m), text: lines.join('\n') };
}
