/**
 * Words the questions plugin emails, in English, French and Spanish. The recipient's locale chooses;
 * the tenant's default locale stands in when the person has none.
 */
import { pickLocale, type Locale } from '@portico/core';

export { pickLocale, type Locale };

export interface AnswerMailWords {
  subject(question: string, isUpdate: boolean): string;
  greeting(name: string): string;
  lead(programme: string, question: string, isUpdate: boolean): string;
  open: string;
}

export const answerMail: Record<Locale, AnswerMailWords> = {
  en: {
    subject: (q, u) => (u ? `The answer to your question was updated: ${q}` : `Your question has an answer: ${q}`),
    greeting: (n) => `Hello ${n},`,
    lead: (p, q, u) => (u ? `${p} updated its answer to your question “${q}”:` : `${p} answered your question “${q}”:`),
    open: 'See the question and its answer',
  },
  fr: {
    subject: (q, u) => (u ? `La réponse à votre question a été mise à jour : ${q}` : `Votre question a reçu une réponse : ${q}`),
    greeting: (n) => `Bonjour ${n},`,
    lead: (p, q, u) => (u ? `${p} a mis à jour sa réponse à votre question « ${q} » :` : `${p} a répondu à votre question « ${q} » :`),
    open: 'Voir la question et sa réponse',
  },
  es: {
    subject: (q, u) => (u ? `Se actualizó la respuesta a su pregunta: ${q}` : `Su pregunta tiene respuesta: ${q}`),
    greeting: (n) => `Hola ${n}:`,
    lead: (p, q, u) => (u ? `${p} actualizó su respuesta a su pregunta «${q}»:` : `${p} respondió a su pregunta «${q}»:`),
    open: 'Ver la pregunta y su respuesta',
  },
};
