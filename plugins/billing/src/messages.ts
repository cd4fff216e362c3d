/**
 * What billing says to people outside the widgets, in English, French and Spanish: the emails of
 * enforcement (to the billing contact and the partner's admins) and the gate's refusals (which
 * `<portico-feature-gate>` shows in place of a gated feature). The person's locale chooses; the
 * tenant's default stands in for someone without one (a billing contact who is no person of the portal).
 */
import type { Locale } from '@portico/core';
import { formatDecimal } from './money.js';

export function formatAmount(minor: number, currency: string, locale: Locale): string {
  // An exact decimal string: Intl formats it without passing through a float.
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(formatDecimal(minor, currency) as unknown as number);
}

export function formatDay(date: Date | string, locale: Locale): string {
  const day = typeof date === 'string' ? new Date(`${date.slice(0, 10)}T12:00:00Z`) : date;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(day);
}

// ---------------------------------------------------------------------------------------------
// The gate's refusals

export type GateRefusalKind = 'setup' | 'plan' | 'restricted';

export interface GateWords {
  title: string;
  detail: string;
  action: string;
}

export function gateWords(locale: Locale, kind: GateRefusalKind, facts: { plan?: string; number?: string | null; amount?: string; dueDate?: string }): GateWords {
  const { plan = '', number = null, amount = '', dueDate = '' } = facts;
  const words: Record<Locale, Record<GateRefusalKind, () => GateWords>> = {
    en: {
      setup: () => ({
        title: 'Billing needs to be set up',
        detail: 'This feature is for partners whose billing is set up. Add your billing contact and choose a plan; it opens at once.',
        action: 'Set up billing',
      }),
      plan: () => ({ title: 'Not included in your plan', detail: `Your plan “${plan}” does not include this feature. A plan that includes it opens it at once.`, action: 'See the plans' }),
      restricted: () => ({
        title: 'Paused: an invoice is overdue',
        detail: number ? `This feature is paused until invoice ${number} (${amount}, due ${dueDate}) is paid. It comes back as soon as it is.` : 'This feature is paused until the overdue invoices are paid. It comes back as soon as they are.',
        action: 'Pay the overdue invoice',
      }),
    },
    fr: {
      setup: () => ({
        title: 'La facturation doit être configurée',
        detail: 'Cette fonctionnalité est réservée aux partenaires dont la facturation est configurée. Indiquez votre contact de facturation et choisissez une formule : elle s’ouvre aussitôt.',
        action: 'Configurer la facturation',
      }),
      plan: () => ({ title: 'Non comprise dans votre formule', detail: `Votre formule « ${plan} » ne comprend pas cette fonctionnalité. Une formule qui la comprend l’ouvre aussitôt.`, action: 'Voir les formules' }),
      restricted: () => ({
        title: 'Suspendue : une facture est en retard',
        detail: number ? `Cette fonctionnalité est suspendue jusqu’au paiement de la facture ${number} (${amount}, échue le ${dueDate}). Elle revient dès qu’elle est payée.` : 'Cette fonctionnalité est suspendue jusqu’au paiement des factures en retard. Elle revient dès qu’elles sont payées.',
        action: 'Payer la facture en retard',
      }),
    },
    es: {
      setup: () => ({
        title: 'Hay que configurar la facturación',
        detail: 'Esta función es para los socios con la facturación configurada. Indique su contacto de facturación y elija un plan: se abre al momento.',
        action: 'Configurar la facturación',
      }),
      plan: () => ({ title: 'No incluida en su plan', detail: `Su plan «${plan}» no incluye esta función. Un plan que la incluya la abre al momento.`, action: 'Ver los planes' }),
      restricted: () => ({
        title: 'En pausa: hay una factura vencida',
        detail: number ? `Esta función está en pausa hasta que se pague la factura ${number} (${amount}, vencida el ${dueDate}). Vuelve en cuanto se pague.` : 'Esta función está en pausa hasta que se paguen las facturas vencidas. Vuelve en cuanto se paguen.',
        action: 'Pagar la factura vencida',
      }),
    },
  };
  return words[locale][kind]();
}

// ---------------------------------------------------------------------------------------------
// Enforcement emails

export type EnforcementMailKind = 'overdue' | 'grace-ending' | 'restricted' | 'restored';

export interface EnforcementMail {
  name: string | null;
  programme: string;
  partner: string;
  invoiceNumber: string | null;
  amount: string | null;
  dueDate: string | null;
  /** overdue: when features would pause if nothing is paid; grace-ending: when the grace period ends. */
  pauseOn: string | null;
  /** restored: why (payment, voided invoice, staff's waiver). */
  restoredBy: 'payment' | 'settled' | 'waiver' | null;
  link: string;
}

interface MailWords {
  subject(m: EnforcementMail): string;
  greeting(m: EnforcementMail): string;
  body(m: EnforcementMail): string[];
  pay: string;
  footer(m: EnforcementMail): string;
}

const mailWords: Record<Locale, Record<EnforcementMailKind, MailWords>> = {
  en: {
    overdue: {
      subject: (m) => `Invoice ${m.invoiceNumber} is overdue`,
      greeting: (m) => (m.name ? `Hello ${m.name},` : 'Hello,'),
      body: (m) => [
        `Invoice ${m.invoiceNumber} of ${m.programme} to ${m.partner}, for ${m.amount}, was due on ${m.dueDate} and is not paid yet.`,
        `Unless it is paid, the features of the partner portal that need billing in order will be paused on ${m.pauseOn}.`,
      ],
      pay: 'Pay it or see your invoices:',
      footer: () => 'If you paid it already, thank you: the portal catches up as soon as the payment is recorded.',
    },
    'grace-ending': {
      subject: (m) => `Features will be paused on ${m.pauseOn}`,
      greeting: (m) => (m.name ? `Hello ${m.name},` : 'Hello,'),
      body: (m) => [`Invoice ${m.invoiceNumber} (${m.amount}, due ${m.dueDate}) is still unpaid.`, `Unless it is paid by ${m.pauseOn}, the features of ${m.programme} that need billing in order will be paused for ${m.partner}.`],
      pay: 'Pay it now:',
      footer: () => 'If you paid it already, thank you: the portal catches up as soon as the payment is recorded.',
    },
    restricted: {
      subject: (m) => `Features paused for ${m.partner}`,
      greeting: (m) => (m.name ? `Hello ${m.name},` : 'Hello,'),
      body: (m) => [`Invoice ${m.invoiceNumber} (${m.amount}, due ${m.dueDate}) is still unpaid, so the features of ${m.programme} that need billing in order are paused for ${m.partner}.`, 'Signing in, your billing and your data stay available. The paused features come back as soon as the invoice is paid.'],
      pay: 'Pay it now:',
      footer: () => 'Questions about the invoice? Reply to your partner manager.',
    },
    restored: {
      subject: (m) => `Billing in order again for ${m.partner}`,
      greeting: (m) => (m.name ? `Hello ${m.name},` : 'Hello,'),
      body: (m) => [
        m.restoredBy === 'waiver' ? `${m.programme} has waived the payment reminders for ${m.partner} for now.` : m.restoredBy === 'payment' ? `Thank you: the payment of invoice ${m.invoiceNumber} is recorded.` : 'No invoice is overdue any more.',
        'Every feature of the partner portal is available again.',
      ],
      pay: 'Your billing:',
      footer: () => '',
    },
  },
  fr: {
    overdue: {
      subject: (m) => `La facture ${m.invoiceNumber} est en retard`,
      greeting: (m) => (m.name ? `Bonjour ${m.name},` : 'Bonjour,'),
      body: (m) => [
        `La facture ${m.invoiceNumber} de ${m.programme} à ${m.partner}, d’un montant de ${m.amount}, était due le ${m.dueDate} et n’est pas encore payée.`,
        `Faute de paiement, les fonctionnalités du portail partenaires qui demandent une facturation à jour seront suspendues le ${m.pauseOn}.`,
      ],
      pay: 'Payez-la ou consultez vos factures :',
      footer: () => 'Si vous l’avez déjà payée, merci : le portail se met à jour dès que le paiement est enregistré.',
    },
    'grace-ending': {
      subject: (m) => `Des fonctionnalités seront suspendues le ${m.pauseOn}`,
      greeting: (m) => (m.name ? `Bonjour ${m.name},` : 'Bonjour,'),
      body: (m) => [`La facture ${m.invoiceNumber} (${m.amount}, échue le ${m.dueDate}) n’est toujours pas payée.`, `Sans paiement d’ici le ${m.pauseOn}, les fonctionnalités de ${m.programme} qui demandent une facturation à jour seront suspendues pour ${m.partner}.`],
      pay: 'Payez-la maintenant :',
      footer: () => 'Si vous l’avez déjà payée, merci : le portail se met à jour dès que le paiement est enregistré.',
    },
    restricted: {
      subject: (m) => `Fonctionnalités suspendues pour ${m.partner}`,
      greeting: (m) => (m.name ? `Bonjour ${m.name},` : 'Bonjour,'),
      body: (m) => [`La facture ${m.invoiceNumber} (${m.amount}, échue le ${m.dueDate}) n’est toujours pas payée : les fonctionnalités de ${m.programme} qui demandent une facturation à jour sont suspendues pour ${m.partner}.`, 'La connexion, votre facturation et vos données restent disponibles. Les fonctionnalités suspendues reviennent dès que la facture est payée.'],
      pay: 'Payez-la maintenant :',
      footer: () => 'Une question sur la facture ? Écrivez à votre responsable partenaires.',
    },
    restored: {
      subject: (m) => `Facturation de nouveau à jour pour ${m.partner}`,
      greeting: (m) => (m.name ? `Bonjour ${m.name},` : 'Bonjour,'),
      body: (m) => [
        m.restoredBy === 'waiver' ? `${m.programme} a suspendu les relances de paiement pour ${m.partner} pour le moment.` : m.restoredBy === 'payment' ? `Merci : le paiement de la facture ${m.invoiceNumber} est enregistré.` : 'Plus aucune facture n’est en retard.',
        'Toutes les fonctionnalités du portail partenaires sont de nouveau disponibles.',
      ],
      pay: 'Votre facturation :',
      footer: () => '',
    },
  },
  es: {
    overdue: {
      subject: (m) => `La factura ${m.invoiceNumber} está vencida`,
      greeting: (m) => (m.name ? `Hola ${m.name}:` : 'Hola:'),
      body: (m) => [
        `La factura ${m.invoiceNumber} de ${m.programme} a ${m.partner}, por ${m.amount}, vencía el ${m.dueDate} y aún no está pagada.`,
        `Si no se paga, las funciones del portal de socios que requieren la facturación al día se pondrán en pausa el ${m.pauseOn}.`,
      ],
      pay: 'Págela o consulte sus facturas:',
      footer: () => 'Si ya la pagó, gracias: el portal se actualiza en cuanto se registra el pago.',
    },
    'grace-ending': {
      subject: (m) => `Algunas funciones se pondrán en pausa el ${m.pauseOn}`,
      greeting: (m) => (m.name ? `Hola ${m.name}:` : 'Hola:'),
      body: (m) => [`La factura ${m.invoiceNumber} (${m.amount}, vencida el ${m.dueDate}) sigue sin pagar.`, `Si no se paga antes del ${m.pauseOn}, las funciones de ${m.programme} que requieren la facturación al día se pondrán en pausa para ${m.partner}.`],
      pay: 'Páguela ahora:',
      footer: () => 'Si ya la pagó, gracias: el portal se actualiza en cuanto se registra el pago.',
    },
    restricted: {
      subject: (m) => `Funciones en pausa para ${m.partner}`,
      greeting: (m) => (m.name ? `Hola ${m.name}:` : 'Hola:'),
      body: (m) => [`La factura ${m.invoiceNumber} (${m.amount}, vencida el ${m.dueDate}) sigue sin pagar, así que las funciones de ${m.programme} que requieren la facturación al día están en pausa para ${m.partner}.`, 'El acceso, su facturación y sus datos siguen disponibles. Las funciones en pausa vuelven en cuanto se pague la factura.'],
      pay: 'Páguela ahora:',
      footer: () => '¿Preguntas sobre la factura? Escriba a su responsable de socios.',
    },
    restored: {
      subject: (m) => `Facturación de nuevo al día para ${m.partner}`,
      greeting: (m) => (m.name ? `Hola ${m.name}:` : 'Hola:'),
      body: (m) => [
        m.restoredBy === 'waiver' ? `${m.programme} ha suspendido por ahora los avisos de pago para ${m.partner}.` : m.restoredBy === 'payment' ? `Gracias: el pago de la factura ${m.invoiceNumber} está registrado.` : 'Ya no hay ninguna factura vencida.',
        'Todas las funciones del portal de socios vuelven a estar disponibles.',
      ],
      pay: 'Su facturación:',
      footer: () => '',
    },
  },
};

export function enforcementMail(locale: Locale, kind: EnforcementMailKind, m: EnforcementMail): { subject: string; text: string } {
  const w = mailWords[locale][kind];
  const footer = w.footer(m);
  const lines = [w.greeting(m), '', ...w.body(m), '', `${w.pay} ${m.link}`];
  if (footer) lines.push('', footer);
  return { subject: w.subject(m), text: lines.join('\n') };
}
