/**
 * One-click unsubscribe (RFC 8058): the link in a notification email stops that kind's emails (or, from
 * a digest, every notification email that can be stopped) without signing in. A mail client posts
 * `List-Unsubscribe=One-Click` to it; a person who opens it sees a page asking to confirm, whose button
 * posts the same. The link is signed with the server's key; mandatory notices have none and are left alone.
 */
import { pickLocale, type Actor, type AuditEntry, type Extensions, type KeyRing, type Locale, type NotificationChannel, type TenantRef } from '@portico/core';
import type { Knex } from 'knex';
import { ALL_KINDS, validUnsubscribe } from './mail.js';
import { wordsFor } from './messages.js';
import { preferencesOf } from './preferences.js';
import { programmeOf } from './recipients.js';
import type { NotificationSettings } from './settings.js';

export interface UnsubscribeContext {
  db: Knex.Transaction;
  tenant: TenantRef;
  keys: KeyRing;
  extensions: Extensions;
  settings: NotificationSettings;
  audit(entry: AuditEntry): Promise<void>;
}

export interface UnsubscribeLink {
  p: string;
  k: string;
  s: string;
}

const STOP_EMAIL: Record<NotificationChannel, NotificationChannel> = { both: 'in-app', email: 'off', 'in-app': 'in-app', off: 'off' };

interface Subject {
  actor: Actor;
  name: string;
  locale: Locale;
}

/** The person the link names, when it is genuine and they are still a person of the tenant. */
async function subjectOf(ctx: UnsubscribeContext, link: UnsubscribeLink): Promise<Subject | null> {
  if (!/^[0-9a-f-]{36}$/i.test(link.p) || !validUnsubscribe(ctx.keys, ctx.tenant, link.p, link.k, link.s)) return null;
  const person = await ctx.db('people as p')
    .join('memberships as m', 'm.person_id', 'p.id')
    .where({ 'p.tenant_id': ctx.tenant.id, 'p.id': link.p })
    .whereIn('p.status', ['invited', 'active'])
    .first('p.id', 'p.name', 'p.locale', 'm.partner_id', 'm.role');
  if (!person) return null;
  const programme = await programmeOf(ctx.db, ctx.tenant);
  const actor: Actor = { kind: person.partnerId ? 'member' : 'staff', tenantId: ctx.tenant.id, personId: person.id, partnerId: person.partnerId, roles: [person.role], permissions: new Set(), via: 'unsubscribe-link' };
  return { actor, name: person.name, locale: pickLocale(person.locale, programme.defaultLocale) };
}

async function labelOf(ctx: UnsubscribeContext, subject: Subject, kind: string): Promise<string | null> {
  const w = wordsFor(subject.locale);
  if (kind === ALL_KINDS) return w.all;
  const found = (await preferencesOf({ ...ctx, actor: subject.actor })).kinds.find((k) => k.kind === kind && !k.mandatory);
  return found ? found.label[subject.locale] : null;
}

/** What the confirmation page says, or null for a link that is not (or no longer) valid. */
export async function describeUnsubscribe(ctx: UnsubscribeContext, link: UnsubscribeLink): Promise<{ locale: Locale; question: string; button: string } | null> {
  const subject = await subjectOf(ctx, link);
  if (!subject) return null;
  const label = await labelOf(ctx, subject, link.k);
  if (!label) return null;
  const w = wordsFor(subject.locale);
  return { locale: subject.locale, question: link.k === ALL_KINDS ? w.confirmAll : w.confirm(label), button: w.button };
}

/** Stops the emails the link names; answers what to tell the person, or null for an invalid link. */
export async function unsubscribe(ctx: UnsubscribeContext, link: UnsubscribeLink): Promise<{ locale: Locale; done: string } | null> {
  const subject = await subjectOf(ctx, link);
  if (!subject) return null;
  const label = await labelOf(ctx, subject, link.k);
  if (!label) return null;
  const personId = subject.actor.personId as string;
  const prefs = await preferencesOf({ ...ctx, actor: subject.actor });
  const targets = prefs.kinds.filter((k) => !k.mandatory && (link.k === ALL_KINDS || k.kind === link.k));
  const changed: Record<string, NotificationChannel> = {};
  for (const target of targets) {
    const channel = STOP_EMAIL[target.channel];
    if (channel === target.channel) continue;
    changed[target.kind] = channel;
    await ctx.db('notification_preferences')
      .insert({ tenantId: ctx.tenant.id, personId, kind: target.kind, channel })
      .onConflict(['person_id', 'kind'])
      .merge({ channel, updatedAt: ctx.db.fn.now() });
  }
  // What waited for the digest stays in the centre and leaves no more by email.
  await ctx.db('notifications')
    .where({ tenantId: ctx.tenant.id, personId, emailState: 'digest' })
    .whereIn('kind', targets.map((t) => t.kind))
    .update({ emailState: 'none' });
  await ctx.audit({ action: 'notifications.preferences.unsubscribed', targetType: 'person', targetId: personId, partnerId: subject.actor.partnerId, actorPersonId: personId, after: { kind: link.k, changed } });
  const w = wordsFor(subject.locale);
  return { locale: subject.locale, done: link.k === ALL_KINDS ? w.doneAll : w.done(label) };
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function unsubscribePage(locale: Locale, programme: string, inner: string): string {
  const w = wordsFor(locale);
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(w.pageTitle)} · ${escapeHtml(programme)}</title><style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.5}button{font:inherit;padding:.5rem 1rem}</style></head><body><main><h1>${escapeHtml(w.pageTitle)}</h1>${inner}</main></body></html>`;
}

export function confirmForm(action: string, question: string, button: string): string {
  return `<p>${escapeHtml(question)}</p><form method="post" action="${escapeHtml(action)}"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">${escapeHtml(button)}</button></form>`;
}

export const paragraph = (text: string) => `<p>${escapeHtml(text)}</p>`;
