/**
 * What the access plugin's elements share: a loosely typed client (its routes change faster than the
 * generated SDK types), role names, problem texts, and the copy/download helpers of shown-once secrets.
 */
import { css } from 'lit';
import { msg, str } from '@lit/localize';
import type { PorticoClient } from '@portico/sdk';
import { isProblem } from '@portico/widgets';

type Query = Record<string, unknown>;
export interface AccessApi {
  get<T = any>(path: string, options?: { params?: Record<string, string>; query?: Query; signal?: AbortSignal }): Promise<T>;
  list<T = any>(path: string, options?: { query?: Query; cursor?: string | null; signal?: AbortSignal }): Promise<{ items: T[]; nextCursor: string | null }>;
  post<T = any>(path: string, options?: { params?: Record<string, string>; body?: unknown }): Promise<T>;
  put<T = any>(path: string, options?: { params?: Record<string, string>; body?: unknown }): Promise<T>;
  patch<T = any>(path: string, options?: { params?: Record<string, string>; body?: unknown }): Promise<T>;
  delete<T = any>(path: string, options?: { params?: Record<string, string> }): Promise<T>;
  raw?(method: 'GET', path: string, options?: { query?: Query }): Promise<Response>;
  setVerificationToken?(token: string | null): void;
}

export function api(client: PorticoClient): AccessApi {
  return client as unknown as AccessApi;
}

/** A person's readable explanation of a failed call; a 429 says how long to wait. */
export function problemText(error: unknown): string {
  if (isProblem(error)) {
    if (error.status === 429) return waitText((error as { retryAfter?: number }).retryAfter);
    return error.detail ?? error.title;
  }
  return msg('Something went wrong. Check your connection and try again.', { id: 'access.error.generic' });
}

export function waitText(seconds: number | undefined): string {
  if (!seconds || seconds < 1) return msg('Too many attempts. Wait a moment, then try again.', { id: 'access.error.rate-limited' });
  if (seconds < 90) return msg(str`Too many attempts. Try again in ${seconds} seconds.`, { id: 'access.error.wait-seconds' });
  const minutes = Math.ceil(seconds / 60);
  return msg(str`Too many attempts. Try again in ${minutes} minutes.`, { id: 'access.error.wait-minutes' });
}

export function roleLabel(role: string | null | undefined): string {
  const labels: Record<string, () => string> = {
    partner_admin: () => msg('Partner admin', { id: 'access.role.partner_admin' }),
    principal: () => msg('Principal', { id: 'access.role.principal' }),
    salesperson: () => msg('Salesperson', { id: 'access.role.salesperson' }),
    technical: () => msg('Technical', { id: 'access.role.technical' }),
    partner_user: () => msg('Partner user', { id: 'access.role.partner_user' }),
    tenant_admin: () => msg('Tenant admin', { id: 'access.role.tenant_admin' }),
    partner_manager: () => msg('Partner manager', { id: 'access.role.partner_manager' }),
    support: () => msg('Support', { id: 'access.role.support' }),
  };
  return role ? (labels[role]?.() ?? role) : '—';
}

export const PARTNER_ROLES = ['partner_admin', 'principal', 'salesperson', 'technical', 'partner_user'] as const;
export const STAFF_ROLES = ['tenant_admin', 'partner_manager', 'support'] as const;

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Saves `content` as a file through a temporary link (the object URL is released right after). */
export function download(filename: string, content: Blob | string, type = 'text/plain'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export const pageStyles = css`
  :host {
    display: block;
  }
  h1 {
    margin: 0 0 var(--portico-space-4, 1rem);
    font-size: 1.5rem;
  }
  h2 {
    font-size: 1.15rem;
    margin: var(--portico-space-5, 1.5rem) 0 var(--portico-space-3, 0.75rem);
  }
  form,
  .stack {
    display: grid;
    gap: var(--portico-space-3, 0.75rem);
    max-width: 36rem;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--portico-space-3, 0.75rem);
    align-items: end;
    margin-block-end: var(--portico-space-4, 1rem);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--portico-space-2, 0.5rem);
  }
  form p,
  .stack p {
    margin: 0;
  }
  .muted {
    color: var(--portico-color-muted, #555);
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--portico-space-1, 0.25rem) var(--portico-space-4, 1rem);
    margin: 0;
  }
  dt {
    color: var(--portico-color-muted, #555);
  }
  dd {
    margin: 0;
  }
  .alert {
    color: var(--portico-color-danger, #b00020);
    margin: 0;
  }
  .secret {
    font-family: ui-monospace, monospace;
    word-break: break-all;
    padding: var(--portico-space-2, 0.5rem);
    border: 1px solid var(--portico-color-border, #ccc);
    border-radius: var(--portico-radius, 4px);
    background: var(--portico-color-surface-alt, #f5f5f5);
  }
  .codes {
    columns: 2;
    font-family: ui-monospace, monospace;
    padding-inline-start: 1.5rem;
  }
`;

/** Enter in a field submits its form, as in a plain form (the input sits in the field's shadow root, where the browser does not). */
export function submitOnEnter(event: KeyboardEvent): void {
  if (event.key !== 'Enter' || event.isComposing) return;
  const target = event.target as HTMLElement;
  if (target.localName !== 'portico-field' || (target as HTMLElement & { type?: string }).type === 'textarea') return;
  event.preventDefault();
  (event.currentTarget as HTMLFormElement).requestSubmit();
}

export const tableStyles = css`
  .scroll {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: var(--portico-space-2, 0.5rem);
    border-block-end: 1px solid var(--portico-color-border, #ddd);
  }
  th[scope='row'] {
    font-weight: 500;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;
