/**
 * What the access plugin's elements share: the API's shapes (from the server's schemas), role names, problem texts, and the copy/download helpers of shown-once secrets.
 */
import { css } from 'lit';
import { msg, str } from '@lit/localize';
import { pageStyles as kitPageStyles, problemTexts } from '@portico/widgets';

/** The API's shapes, typed from the schemas the server validates with (types only: nothing of the server is bundled). */
export type { ApiKey, AuditEvent, AuthPolicy, CreatedApiKey, Group, GroupMember, GroupSummary, MfaEnrolment, MfaStatus, Partner, PartnerGroup, PartnerPermissions, PermissionExplanation, PermissionMatrix, Person, Profile, SessionRow } from '../schemas.js';

/** A person's readable explanation of a failed call; a 429 says how long to wait. */
export const problemText = problemTexts({
  generic: () => msg('Something went wrong. Check your connection and try again.', { id: 'access.error.generic' }),
  byStatus: { 429: (problem) => waitText((problem as { retryAfter?: number }).retryAfter) },
});

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

/**
 * What a permission lets one do, in the reader's language: the plugins declare it in English, the
 * access catalogs hold the French and Spanish of those a partner may hold or delegate; any other shows
 * as declared.
 */
export function permissionDescription(perm: { key: string; description: string }): string {
  return msg(perm.description, { id: `access.permission.${perm.key}` });
}

/** What a built-in role is for, in the reader's language (the server's words are English). */
export function roleDescription(role: string, fallback: string): string {
  const descriptions: Record<string, () => string> = {
    partner_admin: () => msg('Runs their organisation in the programme: its people, its deals and its audit trail.', { id: 'access.role-description.partner_admin' }),
    principal: () => msg('Leads their organisation’s business with the vendor.', { id: 'access.role-description.principal' }),
    salesperson: () => msg('Registers and follows their organisation’s deals.', { id: 'access.role-description.salesperson' }),
    technical: () => msg('Handles their organisation’s technical work with the vendor.', { id: 'access.role-description.technical' }),
    partner_user: () => msg('Takes part in the programme with the basic permissions.', { id: 'access.role-description.partner_user' }),
    tenant_admin: () => msg('Runs the whole programme; holds every permission but a partner’s own acts.', { id: 'access.role-description.tenant_admin' }),
    partner_manager: () => msg('Manages partner organisations and their people for the vendor.', { id: 'access.role-description.partner_manager' }),
    support: () => msg('Helps partners and reads what they need to help.', { id: 'access.role-description.support' }),
  };
  return descriptions[role]?.() ?? fallback;
}

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

/** The kit's page layout with the access pages' narrower forms, tighter term lists and shown-once secrets. */
export const pageStyles = css`
  ${kitPageStyles}
  form,
  .stack {
    max-width: 36rem;
  }
  form p,
  .stack p {
    margin: 0;
  }
  dl {
    gap: var(--portico-space-1, 0.25rem) var(--portico-space-4, 1rem);
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
