/**
 * What the deals elements share: the API's shapes as the widgets read them, status labels and badges,
 * how a failed call reads to a person, field-name aliases for the server's field errors, and page styles.
 */
import { css, html } from 'lit';
import { msg } from '@lit/localize';
import type { PorticoClient } from '@portico/sdk';
import { applyProblem, isProblem, type ProblemLike } from '@portico/widgets';

export const DEAL_STATUSES = ['pending', 'approved', 'rejected', 'withdrawn', 'expired'] as const;
export type DealStatus = (typeof DEAL_STATUSES)[number];

export interface Amount {
  minor: number;
  currency: string;
  exponent: number;
  /** The exact decimal string ("1250.00"): what a form shows for editing, never parsed into a float. */
  value: string;
}

export interface CompetingDeal {
  id: string;
  partnerId: string;
  partnerName: string;
  customerName: string;
  customerDomain: string | null;
  title: string;
  amount: Amount;
  status: DealStatus;
  submittedByName: string;
  createdAt: string;
  expiresAt: string | null;
}

export interface Deal {
  id: string;
  partnerId: string;
  submittedBy: { id: string; name: string };
  customerName: string;
  customerDomain: string | null;
  customerCountry: string | null;
  title: string;
  description: string;
  amount: Amount;
  closeDate: string | null;
  status: DealStatus;
  decisionReason: string | null;
  decidedAt: string | null;
  expiresAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** Staff only: partners never receive it, so a collision never shows to them. */
  review?: { partnerName: string; flagged: boolean; outOfTerritory: boolean; competingDealIds: string[]; competing?: CompetingDeal[] };
}

export interface DealSettings {
  currency: string;
  approvalDays: number;
  visibility: 'partner' | 'own';
  timeZone: string;
}

type Query = Record<string, unknown>;
/** The SDK client with untyped paths: the deals routes are not in the generated SDK types yet. */
export interface DealsApi {
  get<T = unknown>(path: string, options?: { params?: Record<string, string>; query?: Query; signal?: AbortSignal }): Promise<T>;
  list<T = unknown>(path: string, options?: { query?: Query; cursor?: string | null; signal?: AbortSignal }): Promise<{ items: T[]; nextCursor: string | null }>;
  post<T = unknown>(path: string, options?: { params?: Record<string, string>; body?: unknown }): Promise<T>;
  put<T = unknown>(path: string, options?: { params?: Record<string, string>; body?: unknown }): Promise<T>;
  patch<T = unknown>(path: string, options?: { params?: Record<string, string>; body?: unknown }): Promise<T>;
  delete<T = unknown>(path: string, options?: { params?: Record<string, string> }): Promise<T>;
}

export function api(client: PorticoClient): DealsApi {
  return client as unknown as DealsApi;
}

export function statusLabel(status: DealStatus): string {
  return {
    pending: () => msg('Pending approval', { id: 'deals.status.pending' }),
    approved: () => msg('Approved', { id: 'deals.status.approved' }),
    rejected: () => msg('Rejected', { id: 'deals.status.rejected' }),
    withdrawn: () => msg('Withdrawn', { id: 'deals.status.withdrawn' }),
    expired: () => msg('Expired', { id: 'deals.status.expired' }),
  }[status]();
}

const STATUS_VARIANT = { pending: 'info', approved: 'success', rejected: 'danger', withdrawn: 'neutral', expired: 'warning' } as const;

export function statusBadge(status: DealStatus) {
  return html`<portico-badge variant=${STATUS_VARIANT[status]}>${statusLabel(status)}</portico-badge>`;
}

/** A person's readable explanation of a failed call. */
export function problemText(error: unknown): string {
  if (isProblem(error)) {
    if (error.status === 404) return msg('This deal does not exist, or you cannot see it.', { id: 'deals.error.not-found' });
    return error.detail ?? error.title;
  }
  return msg('Something went wrong. Check your connection and try again.', { id: 'deals.error.generic' });
}

/**
 * `applyProblem` with the server's field names mapped onto the form's: the amount may be reported as
 * `/amountMinor`, a territory's areas as `/areas/3`. Returns the messages that fit no field.
 */
export function applyDealProblem(error: unknown, form: ParentNode): string[] {
  if (!isProblem(error) || !error.errors?.length) return applyProblem(error, form);
  const rename = (field: string) => field.replace(/\/amountMinor$/, '/amount').replace(/\/areas\/\d+$/, '/areas');
  const mapped: ProblemLike = { ...error, errors: error.errors.map((e) => ({ ...e, field: rename(e.field) })) };
  return applyProblem(mapped, form);
}

/** Today as YYYY-MM-DD where the browser is: the earliest close date offered. */
export function localToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Enter in a one-line field submits its form (the input sits in the field's shadow root, where the browser does not). */
export function submitOnEnter(event: KeyboardEvent): void {
  if (event.key !== 'Enter' || event.isComposing) return;
  const target = event.target as HTMLElement & { type?: string };
  if (target.localName !== 'portico-field' || target.type === 'textarea') return;
  event.preventDefault();
  (event.currentTarget as HTMLFormElement).requestSubmit();
}

/** Reads a named control's value from a form of Portico controls. */
export function readField(form: ParentNode, name: string): string {
  return form.querySelector<HTMLElement & { value: string }>(`[name="${name}"]`)?.value.trim() ?? '';
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
    max-width: 40rem;
  }
  .row {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    gap: var(--portico-space-3, 0.75rem);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--portico-space-3, 0.75rem);
    align-items: end;
    margin-block-end: var(--portico-space-4, 1rem);
  }
  .heading {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
    gap: var(--portico-space-3, 0.75rem);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--portico-space-2, 0.5rem);
  }
  .muted {
    color: var(--portico-color-muted, #555);
  }
  .alert {
    color: var(--portico-color-danger, #b00020);
    margin: 0;
  }
  a {
    color: var(--portico-color-primary, #2456d3);
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--portico-space-2, 0.5rem) var(--portico-space-4, 1rem);
    margin: 0;
  }
  dt {
    color: var(--portico-color-muted, #555);
  }
  dd {
    margin: 0;
  }
`;
