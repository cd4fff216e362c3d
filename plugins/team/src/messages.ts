/**
 * Emails the team plugin sends to the member concerned (their role changed, they were removed), in
 * English, French and Spanish: the person's locale chooses, the tenant's default stands in.
 */
import { pickLocale, type EventContext, type Locale } from '@portico/core';

export { pickLocale, type Locale };

const ROLE_NAMES: Record<Locale, Record<string, string>> = {
  en: { partner_admin: 'administrator', partner_user: 'user', principal: 'principal', salesperson: 'salesperson', technical: 'technical contact' },
  fr: { partner_admin: 'administrateur', partner_user: 'utilisateur', principal: 'dirigeant', salesperson: 'commercial', technical: 'contact technique' },
  es: { partner_admin: 'administrador', partner_user: 'usuario', principal: 'responsable', salesperson: 'comercial', technical: 'contacto técnico' },
};

const WORDS: Record<Locale, { greeting(n: string): string; roleSubject(p: string): string; role(org: string, role: string): string; removedSubject(p: string): string; removed(org: string): string }> = {
  en: {
    greeting: (n) => `Hello ${n},`,
    roleSubject: (p) => `Your role in ${p} changed`,
    role: (org, role) => `An administrator of ${org} made you ${role}. What you can see and do in the portal changed accordingly.`,
    removedSubject: (p) => `You no longer have access to ${p}`,
    removed: (org) => `You were removed from ${org}, and your sessions were ended. If this is a mistake, ask one of its administrators.`,
  },
  fr: {
    greeting: (n) => `Bonjour ${n},`,
    roleSubject: (p) => `Votre rôle dans ${p} a changé`,
    role: (org, role) => `Un administrateur de ${org} vous a attribué le rôle ${role}. Ce que vous pouvez voir et faire dans le portail a changé en conséquence.`,
    removedSubject: (p) => `Vous n’avez plus accès à ${p}`,
    removed: (org) => `Vous avez été retiré(e) de ${org} et vos sessions ont été fermées. S’il s’agit d’une erreur, adressez-vous à l’un de ses administrateurs.`,
  },
  es: {
    greeting: (n) => `Hola ${n}:`,
    roleSubject: (p) => `Tu rol en ${p} ha cambiado`,
    role: (org, role) => `Un administrador de ${org} te ha asignado el rol ${role}. Lo que puedes ver y hacer en el portal ha cambiado en consecuencia.`,
    removedSubject: (p) => `Ya no tienes acceso a ${p}`,
    removed: (org) => `Se te ha retirado de ${org} y tus sesiones se han cerrado. Si es un error, consulta a uno de sus administradores.`,
  },
};

async function recipient(ctx: EventContext, personId: string, partnerId: string) {
  const person = await ctx.db('people').where({ id: personId }).first('email', 'name', 'locale');
  const organisation = await ctx.db('partners').where({ id: partnerId }).first('name');
  const tenant = await ctx.db('tenants').where({ id: ctx.tenant.id }).first('name', 'brand', 'default_locale');
  if (!person || !organisation || !tenant) return null;
  const locale = pickLocale(person.locale, tenant.defaultLocale);
  return { person, organisation: organisation.name as string, programme: (tenant.brand?.displayName || tenant.name) as string, locale };
}

export async function mailRoleChanged(ctx: EventContext, payload: { personId: string; partnerId: string; to: string }): Promise<void> {
  const r = await recipient(ctx, payload.personId, payload.partnerId);
  if (!r) return;
  const words = WORDS[r.locale];
  await ctx.sendMail({
    kind: 'team.role-changed',
    to: r.person.email,
    subject: words.roleSubject(r.programme),
    text: [words.greeting(r.person.name), '', words.role(r.organisation, ROLE_NAMES[r.locale][payload.to] ?? payload.to)].join('\n'),
  });
}

export async function mailRemoved(ctx: EventContext, payload: { personId: string; partnerId: string }): Promise<void> {
  const r = await recipient(ctx, payload.personId, payload.partnerId);
  if (!r) return;
  const words = WORDS[r.locale];
  await ctx.sendMail({
    kind: 'team.removed',
    to: r.person.email,
    subject: words.removedSubject(r.programme),
    text: [words.greeting(r.person.name), '', words.removed(r.organisation)].join('\n'),
  });
}
