/**
 * The emails of notifications, in the tenant's brand and the reader's language, each with its plain
 * text: one notification, or a digest of several. Every email whose kinds can be turned off carries
 * a one-click unsubscribe link (RFC 8058: `List-Unsubscribe` with `List-Unsubscribe-Post`), signed
 * with the server's key so that it needs no session.
 */
import type { KeyRing, Locale, MailMessage, TenantRef } from '@portico/core';
import { wordsFor } from './messages.js';
import type { Programme } from './recipients.js';

export const ALL_KINDS = '*';
/** A page of the server's own, outside the portal's paths (its first segment is not a portal route). */
export const UNSUBSCRIBE_PATH = '/unsubscribe';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const signed = (tenant: TenantRef, personId: string, kind: string) => `unsubscribe:${tenant.id}:${personId}:${kind}`;

/** The one-click link that stops emails of `kind` (or of every kind that can be stopped: `*`) for a person. */
export function unsubscribeUrl(keys: KeyRing, publicUrl: string, tenant: TenantRef, personId: string, kind: string): string {
  const query = new URLSearchParams({ p: personId, k: kind, s: keys.sign(signed(tenant, personId, kind)) });
  return `${publicUrl}${UNSUBSCRIBE_PATH}?${query}`;
}

export function validUnsubscribe(keys: KeyRing, tenant: TenantRef, personId: string, kind: string, signature: string): boolean {
  return keys.sign(signed(tenant, personId, kind)) === signature;
}

interface Frame {
  locale: Locale;
  programme: Programme;
  publicUrl: string;
  /** The unsubscribe link; none for a mandatory notice. */
  unsubscribe: string | null;
}

function frameHtml(frame: Frame, inner: string): string {
  const w = wordsFor(frame.locale);
  const colour = frame.programme.primaryColor ?? '#0b5cad';
  const footer = [
    `<a href="${escapeHtml(`${frame.publicUrl}/settings/notifications`)}">${escapeHtml(w.manage)}</a>`,
    frame.unsubscribe ? `<a href="${escapeHtml(frame.unsubscribe)}">${escapeHtml(w.unsubscribe)}</a>` : escapeHtml(w.mandatory),
  ].join(' · ');
  return (
    `<div style="font-family:system-ui,sans-serif;max-width:600px">` +
    `<div style="border-top:4px solid ${colour};padding:12px 0;font-weight:600">${escapeHtml(frame.programme.name)}</div>` +
    inner +
    `<p style="color:#666;font-size:12px;border-top:1px solid #ddd;padding-top:8px">${footer}</p></div>`
  );
}

function frameText(frame: Frame, inner: string): string {
  const w = wordsFor(frame.locale);
  const footer = [`${w.manage}: ${frame.publicUrl}/settings/notifications`, frame.unsubscribe ? `${w.unsubscribe}: ${frame.unsubscribe}` : w.mandatory].join('\n');
  return `${inner}\n\n--\n${footer}\n`;
}

function unsubscribeHeaders(url: string | null): Record<string, string> | undefined {
  return url ? { 'List-Unsubscribe': `<${url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } : undefined;
}

export interface OneNotification {
  kind: string;
  title: string;
  body: string;
  link: string | null;
  email?: { subject?: string; text?: string; html?: string };
}

export function notificationMail(frame: Frame & { to: string; name: string }, n: OneNotification): MailMessage {
  const w = wordsFor(frame.locale);
  const url = n.link ? `${frame.publicUrl}${n.link}` : null;
  const text = n.email?.text ?? `${w.hello(frame.name)}\n\n${n.body}${url ? `\n\n${w.open}: ${url}` : ''}`;
  const html =
    n.email?.html ??
    `<p>${escapeHtml(w.hello(frame.name))}</p><p>${escapeHtml(n.body).replace(/\n/g, '<br>')}</p>` + (url ? `<p><a href="${escapeHtml(url)}">${escapeHtml(w.open)}</a></p>` : '');
  return {
    to: frame.to,
    kind: n.kind,
    subject: n.email?.subject ?? n.title,
    text: frameText(frame, text),
    html: frameHtml(frame, html),
    headers: unsubscribeHeaders(frame.unsubscribe),
  };
}

export function digestMail(frame: Frame & { to: string; name: string; period: 'daily' | 'weekly' }, items: readonly OneNotification[]): MailMessage {
  const w = wordsFor(frame.locale);
  const lines = items.map((n) => `• ${n.title}\n  ${n.body.replace(/\n/g, '\n  ')}${n.link ? `\n  ${frame.publicUrl}${n.link}` : ''}`);
  const html =
    `<p>${escapeHtml(w.hello(frame.name))}</p><p>${escapeHtml(w.digestLead(items.length, frame.period))}</p><ul>` +
    items
      .map((n) => `<li><p><strong>${n.link ? `<a href="${escapeHtml(`${frame.publicUrl}${n.link}`)}">${escapeHtml(n.title)}</a>` : escapeHtml(n.title)}</strong><br>${escapeHtml(n.body).replace(/\n/g, '<br>')}</p></li>`)
      .join('') +
    '</ul>';
  return {
    to: frame.to,
    kind: 'notifications.digest',
    subject: w.digestSubject(frame.programme.name, items.length),
    text: frameText(frame, `${w.hello(frame.name)}\n\n${w.digestLead(items.length, frame.period)}\n\n${lines.join('\n\n')}`),
    html: frameHtml(frame, html),
    headers: unsubscribeHeaders(frame.unsubscribe),
  };
}
