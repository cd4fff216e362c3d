/**
 * What a client's contact reads — the emails that carry their links and the pages those links open —
 * in English, French and Spanish. The contact's locale chooses (the partner's choice on the invitation,
 * or the one the feed gave), then their browser's language, then the tenant's default.
 */
import type { Locale } from '@portico/core';
import { capabilityLabel, type Capability } from '../capabilities.js';
import type { TermsDiff } from '../schemas.js';

export function formatDay(day: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));
}

export function fromAcceptLanguage(header: string | undefined): string | null {
  if (!header) return null;
  for (const part of header.split(',')) {
    const base = part.trim().slice(0, 2).toLowerCase();
    if (base === 'en' || base === 'fr' || base === 'es') return base;
  }
  return null;
}

interface Words {
  greeting(name: string | null): string;
  validity(from: string, until: string | null): string;
  linkNote(expiresOn: string): string;
  ignore: string;
  invitationSubject(partner: string, company: string): string;
  invitationLead(partner: string, programme: string, company: string): string;
  theirMessage: string;
  seeInvitation: string;
  proposalSubject(partner: string, company: string): string;
  proposalLead(partner: string, programme: string, company: string): string;
  adds: string;
  lastDay(from: string, to: string): string;
  firstDay(from: string, to: string): string;
  resumes: string;
  theirReason: string;
  seeProposal: string;
  // pages
  invitationTitle(partner: string, company: string): string;
  accept: string;
  decline: string;
  declineReason: string;
  acceptedTitle: string;
  acceptedText(partner: string, company: string): string;
  declinedTitle: string;
  declinedText(partner: string): string;
  proposalTitle(partner: string, company: string): string;
  now: string;
  ifApproved: string;
  approve: string;
  approvedTitle: string;
  approvedText(partner: string, company: string): string;
  proposalDeclinedText(partner: string): string;
  usedTitle: string;
  usedText: string;
  expiredTitle: string;
  expiredText: string;
  invalidTitle: string;
  invalidText: string;
  closedTitle: string;
  closedText: string;
  suspended: string;
  noEnd: string;
}

const WORDS: Record<Locale, Words> = {
  en: {
    greeting: (n) => (n ? `Hello ${n},` : 'Hello,'),
    validity: (from, until) => (until ? `From ${from} until ${until}.` : `From ${from}, with no end date.`),
    linkNote: (d) => `This link works once and expires on ${d}.`,
    ignore: 'If you did not expect this request, ignore this email: nothing changes.',
    invitationSubject: (p, c) => `${p} asks to act for ${c}`,
    invitationLead: (p, prog, c) => `${p}, a partner of ${prog}, asks for your permission to act for ${c} with:`,
    theirMessage: 'Their message:',
    seeInvitation: 'See the request, then accept or decline it:',
    proposalSubject: (p, c) => `${p} asks to extend what it may do for ${c}`,
    proposalLead: (p, prog, c) => `${p}, a partner of ${prog}, asks you to approve a change to what it may do for ${c}:`,
    adds: 'Adds:',
    lastDay: (f, t) => `Last day: ${f} → ${t}`,
    firstDay: (f, t) => `First day: ${f} → ${t}`,
    resumes: 'Resumes the suspended mandate',
    theirReason: 'Their reason:',
    seeProposal: 'See the change, then approve or decline it:',
    invitationTitle: (p, c) => `${p} asks to act for ${c}`,
    accept: 'Accept',
    decline: 'Decline',
    declineReason: 'Why you decline (optional)',
    acceptedTitle: 'You accepted',
    acceptedText: (p, c) => `${p} may now act for ${c} as described. You can ask the programme to end it at any time.`,
    declinedTitle: 'You declined',
    declinedText: (p) => `${p} is told that you declined. Nothing changes.`,
    proposalTitle: (p, c) => `${p} asks to change its mandate for ${c}`,
    now: 'Now',
    ifApproved: 'If you approve',
    approve: 'Approve',
    approvedTitle: 'You approved the change',
    approvedText: (p, c) => `${p} may now act for ${c} with the new terms.`,
    proposalDeclinedText: (p) => `${p} is told that you declined. The mandate stays as it was.`,
    usedTitle: 'This link was already used',
    usedText: 'Each link works once, and this one has done its job.',
    expiredTitle: 'This link has expired',
    expiredText: 'It is too old, or a newer email replaced it. Ask the partner to send it again.',
    invalidTitle: 'This link does not work',
    invalidText: 'Check that you opened the whole link from the email.',
    closedTitle: 'This request is closed',
    closedText: 'It was withdrawn, has expired or was already answered: nothing is left to do.',
    suspended: 'Suspended',
    noEnd: 'no end date',
  },
  fr: {
    greeting: (n) => (n ? `Bonjour ${n},` : 'Bonjour,'),
    validity: (from, until) => (until ? `Du ${from} au ${until}.` : `À partir du ${from}, sans date de fin.`),
    linkNote: (d) => `Ce lien ne sert qu’une fois et expire le ${d}.`,
    ignore: 'Si vous n’attendiez pas cette demande, ignorez ce message : rien ne change.',
    invitationSubject: (p, c) => `${p} demande à agir pour ${c}`,
    invitationLead: (p, prog, c) => `${p}, partenaire de ${prog}, vous demande l’autorisation d’agir pour ${c} avec :`,
    theirMessage: 'Leur message :',
    seeInvitation: 'Consultez la demande, puis acceptez-la ou refusez-la :',
    proposalSubject: (p, c) => `${p} demande à étendre ce qu’il peut faire pour ${c}`,
    proposalLead: (p, prog, c) => `${p}, partenaire de ${prog}, vous demande d’approuver un changement de ce qu’il peut faire pour ${c} :`,
    adds: 'Ajoute :',
    lastDay: (f, t) => `Dernier jour : ${f} → ${t}`,
    firstDay: (f, t) => `Premier jour : ${f} → ${t}`,
    resumes: 'Reprend le mandat suspendu',
    theirReason: 'Leur motif :',
    seeProposal: 'Consultez le changement, puis approuvez-le ou refusez-le :',
    invitationTitle: (p, c) => `${p} demande à agir pour ${c}`,
    accept: 'Accepter',
    decline: 'Refuser',
    declineReason: 'Pourquoi vous refusez (facultatif)',
    acceptedTitle: 'Vous avez accepté',
    acceptedText: (p, c) => `${p} peut désormais agir pour ${c} comme décrit. Vous pouvez demander au programme d’y mettre fin à tout moment.`,
    declinedTitle: 'Vous avez refusé',
    declinedText: (p) => `${p} est informé de votre refus. Rien ne change.`,
    proposalTitle: (p, c) => `${p} demande à modifier son mandat pour ${c}`,
    now: 'Actuellement',
    ifApproved: 'Si vous approuvez',
    approve: 'Approuver',
    approvedTitle: 'Vous avez approuvé le changement',
    approvedText: (p, c) => `${p} peut désormais agir pour ${c} selon les nouvelles conditions.`,
    proposalDeclinedText: (p) => `${p} est informé de votre refus. Le mandat reste tel quel.`,
    usedTitle: 'Ce lien a déjà servi',
    usedText: 'Chaque lien ne sert qu’une fois, et celui-ci a déjà été utilisé.',
    expiredTitle: 'Ce lien a expiré',
    expiredText: 'Il est trop ancien, ou un message plus récent l’a remplacé. Demandez au partenaire de le renvoyer.',
    invalidTitle: 'Ce lien ne fonctionne pas',
    invalidText: 'Vérifiez que vous avez ouvert le lien complet du message.',
    closedTitle: 'Cette demande est close',
    closedText: 'Elle a été retirée, a expiré ou a déjà reçu une réponse : il n’y a plus rien à faire.',
    suspended: 'Suspendu',
    noEnd: 'sans date de fin',
  },
  es: {
    greeting: (n) => (n ? `Hola ${n}:` : 'Hola:'),
    validity: (from, until) => (until ? `Del ${from} al ${until}.` : `Desde el ${from}, sin fecha de fin.`),
    linkNote: (d) => `Este enlace solo sirve una vez y caduca el ${d}.`,
    ignore: 'Si no esperaba esta solicitud, ignore este mensaje: nada cambia.',
    invitationSubject: (p, c) => `${p} pide actuar en nombre de ${c}`,
    invitationLead: (p, prog, c) => `${p}, socio de ${prog}, le pide permiso para actuar en nombre de ${c} con:`,
    theirMessage: 'Su mensaje:',
    seeInvitation: 'Consulte la solicitud y acéptela o rechácela:',
    proposalSubject: (p, c) => `${p} pide ampliar lo que puede hacer para ${c}`,
    proposalLead: (p, prog, c) => `${p}, socio de ${prog}, le pide aprobar un cambio de lo que puede hacer para ${c}:`,
    adds: 'Añade:',
    lastDay: (f, t) => `Último día: ${f} → ${t}`,
    firstDay: (f, t) => `Primer día: ${f} → ${t}`,
    resumes: 'Reanuda el mandato suspendido',
    theirReason: 'Su motivo:',
    seeProposal: 'Consulte el cambio y apruébelo o rechácelo:',
    invitationTitle: (p, c) => `${p} pide actuar en nombre de ${c}`,
    accept: 'Aceptar',
    decline: 'Rechazar',
    declineReason: 'Por qué lo rechaza (opcional)',
    acceptedTitle: 'Ha aceptado',
    acceptedText: (p, c) => `${p} ya puede actuar en nombre de ${c} como se describe. Puede pedir al programa que lo termine en cualquier momento.`,
    declinedTitle: 'Ha rechazado',
    declinedText: (p) => `${p} sabrá que lo ha rechazado. Nada cambia.`,
    proposalTitle: (p, c) => `${p} pide cambiar su mandato para ${c}`,
    now: 'Ahora',
    ifApproved: 'Si lo aprueba',
    approve: 'Aprobar',
    approvedTitle: 'Ha aprobado el cambio',
    approvedText: (p, c) => `${p} ya puede actuar en nombre de ${c} con las nuevas condiciones.`,
    proposalDeclinedText: (p) => `${p} sabrá que lo ha rechazado. El mandato sigue igual.`,
    usedTitle: 'Este enlace ya se utilizó',
    usedText: 'Cada enlace sirve una sola vez, y este ya se usó.',
    expiredTitle: 'Este enlace ha caducado',
    expiredText: 'Es demasiado antiguo o lo sustituyó un mensaje más reciente. Pida al socio que lo vuelva a enviar.',
    invalidTitle: 'Este enlace no funciona',
    invalidText: 'Compruebe que abrió el enlace completo del mensaje.',
    closedTitle: 'Esta solicitud está cerrada',
    closedText: 'Se retiró, caducó o ya tiene respuesta: no queda nada por hacer.',
    suspended: 'Suspendido',
    noEnd: 'sin fecha de fin',
  },
};

export const wordsFor = (locale: Locale): Words => WORDS[locale];

export interface InvitationMail {
  contactName: string | null;
  partnerName: string;
  companyName: string;
  programme: string;
  capabilities: string[];
  validFrom: string;
  validUntil: string | null;
  message: string | null;
  url: string;
  expiresOn: string;
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function invitationMail(locale: Locale, m: InvitationMail): { subject: string; text: string; html: string } {
  const w = WORDS[locale];
  const validity = w.validity(formatDay(m.validFrom, locale), m.validUntil ? formatDay(m.validUntil, locale) : null);
  const expires = w.linkNote(formatDay(m.expiresOn, locale));
  const lead = w.invitationLead(m.partnerName, m.programme, m.companyName);
  const text = [w.greeting(m.contactName), '', lead, ...m.capabilities.map((c) => `- ${c}`), validity];
  if (m.message) text.push('', w.theirMessage, m.message);
  text.push('', w.seeInvitation, m.url, '', expires, w.ignore);
  const html = [
    `<p>${escape(w.greeting(m.contactName))}</p>`,
    `<p>${escape(lead)}</p><ul>${m.capabilities.map((c) => `<li>${escape(c)}</li>`).join('')}</ul><p>${escape(validity)}</p>`,
    m.message ? `<p>${escape(w.theirMessage)}</p><blockquote>${escape(m.message)}</blockquote>` : '',
    `<p><a href="${escape(m.url)}">${escape(w.seeInvitation)}</a></p><p style="color:#666">${escape(expires)} ${escape(w.ignore)}</p>`,
  ].join('');
  return { subject: w.invitationSubject(m.partnerName, m.companyName), text: text.join('\n'), html };
}

export interface ProposalMail {
  contactName: string | null;
  partnerName: string;
  companyName: string;
  programme: string;
  /** What approval adds, each line already worded (labels, days). */
  changes: string[];
  reason: string;
  url: string;
  expiresOn: string;
}

export function proposalMail(locale: Locale, m: ProposalMail): { subject: string; text: string; html: string } {
  const w = WORDS[locale];
  const lead = w.proposalLead(m.partnerName, m.programme, m.companyName);
  const expires = w.linkNote(formatDay(m.expiresOn, locale));
  const text = [w.greeting(m.contactName), '', lead, ...m.changes.map((c) => `- ${c}`), '', w.theirReason, m.reason, '', w.seeProposal, m.url, '', expires, w.ignore];
  const html = [
    `<p>${escape(w.greeting(m.contactName))}</p><p>${escape(lead)}</p><ul>${m.changes.map((c) => `<li>${escape(c)}</li>`).join('')}</ul>`,
    `<p>${escape(w.theirReason)}</p><blockquote>${escape(m.reason)}</blockquote>`,
    `<p><a href="${escape(m.url)}">${escape(w.seeProposal)}</a></p><p style="color:#666">${escape(expires)} ${escape(w.ignore)}</p>`,
  ].join('');
  return { subject: w.proposalSubject(m.partnerName, m.companyName), text: text.join('\n'), html };
}

/** What a proposal adds, one line each, in the contact's words. */
export function extensionLines(locale: Locale, diff: TermsDiff, capabilities: readonly Capability[]): string[] {
  const w = WORDS[locale];
  const day = (d: string | null) => (d ? formatDay(d, locale) : w.noEnd);
  const lines: string[] = [];
  if (diff.scope?.added.length) lines.push(`${w.adds} ${diff.scope.added.map((k) => capabilityLabel(k, capabilities, locale)).join(', ')}`);
  if (diff.validFrom) lines.push(w.firstDay(day(diff.validFrom.from), day(diff.validFrom.to)));
  if (diff.validUntil) lines.push(w.lastDay(day(diff.validUntil.from), day(diff.validUntil.to)));
  if (diff.status?.to === 'active') lines.push(w.resumes);
  return lines;
}
