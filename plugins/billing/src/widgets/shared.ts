/**
 * What the billing elements share: the API's shapes (types from the plugin's own schemas, so nothing
 * of the server is bundled), the labels and badges of account states and invoice statuses, amounts,
 * how a failed call reads to a person, and the page styles.
 */
import { css, html } from 'lit';
import { msg } from '@lit/localize';
import type { Static } from '@portico/core';
import type { ApiResponse } from '@portico/sdk';
import { formatMoney, pageStyles as kitPageStyles, problemTexts, type Locale } from '@portico/widgets';
import type { AccountState, InvoiceStatus, Money, Overview as OverviewSchema, Link as LinkSchema, ProviderStatus as ProviderStatusSchema } from '../schemas.js';

export type { AccountState, BillingAccount, BillingDetails, Invoice, InvoiceStatus, Money, Plan } from '../schemas.js';
export type Overview = Static<typeof OverviewSchema>;
export type Link = Static<typeof LinkSchema>;
export type ProviderStatus = Static<typeof ProviderStatusSchema>;
/**
 * The tenant's billing settings as `GET/PATCH /billing/settings` answer them (typed from the API:
 * the plugin's settings.ts holds server code that widgets do not compile).
 */
export type TenantBillingSettings = ApiResponse<'get', '/billing/settings'>;

/** A page of a list, as every list route answers. */
export interface ListPage<T> {
  items: T[];
  nextCursor: string | null;
}

export const ACCOUNT_STATE_LIST = ['active', 'overdue', 'grace', 'restricted'] as const satisfies readonly AccountState[];
export const INVOICE_STATUS_LIST = ['draft', 'open', 'paid', 'void', 'uncollectible'] as const satisfies readonly InvoiceStatus[];

export function stateLabel(state: AccountState): string {
  return {
    active: () => msg('In order', { id: 'billing.state.active' }),
    overdue: () => msg('Overdue', { id: 'billing.state.overdue' }),
    grace: () => msg('Grace period', { id: 'billing.state.grace' }),
    restricted: () => msg('Restricted', { id: 'billing.state.restricted' }),
  }[state]();
}

const STATE_VARIANT = { active: 'success', overdue: 'warning', grace: 'warning', restricted: 'danger' } as const;

export function stateBadge(state: AccountState) {
  return html`<portico-badge variant=${STATE_VARIANT[state]}>${stateLabel(state)}</portico-badge>`;
}

export function statusLabel(status: InvoiceStatus): string {
  return {
    draft: () => msg('Draft', { id: 'billing.status.draft' }),
    open: () => msg('Open', { id: 'billing.status.open' }),
    paid: () => msg('Paid', { id: 'billing.status.paid' }),
    void: () => msg('Void', { id: 'billing.status.void' }),
    uncollectible: () => msg('Written off', { id: 'billing.status.uncollectible' }),
  }[status]();
}

const STATUS_VARIANT = { draft: 'neutral', open: 'info', paid: 'success', void: 'neutral', uncollectible: 'neutral' } as const;

export function statusBadge(status: InvoiceStatus, pastDue = false) {
  if (pastDue) return html`<portico-badge variant="danger">${msg('Past due', { id: 'billing.status.past-due' })}</portico-badge>`;
  return html`<portico-badge variant=${STATUS_VARIANT[status]}>${statusLabel(status)}</portico-badge>`;
}

export function periodLabel(period: 'month' | 'year'): string {
  return period === 'month' ? msg('per month', { id: 'billing.period.month' }) : msg('per year', { id: 'billing.period.year' });
}

export const money = (amount: Money, locale: Locale) => formatMoney(amount.minor, amount.currency, locale);

/** Amounts in several currencies, e.g. "€1,490.00 · $149.00"; a dash when there is none. */
export const amounts = (list: readonly Money[], locale: Locale) => (list.length ? list.map((m) => money(m, locale)).join(' · ') : '—');

/** A YYYY-MM-DD day as the person reads it, without moving it across time zones. */
export function formatDay(day: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/** A person's readable explanation of a failed call. */
export const problemText = problemTexts({
  generic: () => msg('Something went wrong. Check your connection and try again.', { id: 'billing.error.generic' }),
  byStatus: { 404: () => msg('This does not exist, or you cannot see it.', { id: 'billing.error.not-found' }) },
});

/** Today as YYYY-MM-DD where the browser is. */
export function localToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The kit's page layout with the billing pages' form width, figures and link colour. */
export const pageStyles = css`
  ${kitPageStyles}
  form {
    max-width: 44rem;
  }
  a {
    color: var(--portico-color-primary, #2456d3);
  }
  .figures {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr));
    gap: var(--portico-space-3, 0.75rem);
    margin: 0 0 var(--portico-space-4, 1rem);
    padding: 0;
    list-style: none;
  }
  .figures li {
    display: grid;
    gap: var(--portico-space-1, 0.25rem);
    padding: var(--portico-space-3, 0.75rem);
    border: 1px solid var(--portico-color-border, #d0d5dd);
    border-radius: var(--portico-radius, 6px);
  }
  .figures strong {
    font-size: 1.25rem;
  }
  .notice {
    padding: var(--portico-space-3, 0.75rem) var(--portico-space-4, 1rem);
    border: 1px solid var(--portico-color-border, #d0d5dd);
    border-inline-start: 4px solid var(--portico-color-warning, #b25e00);
    border-radius: var(--portico-radius, 6px);
    margin: 0 0 var(--portico-space-4, 1rem);
  }
  .notice.danger {
    border-inline-start-color: var(--portico-color-danger, #b00020);
  }
  .notice p {
    margin: 0 0 var(--portico-space-2, 0.5rem);
  }
`;
