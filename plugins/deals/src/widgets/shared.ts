/**
 * What the deals elements share: the API's shapes (from the server's schemas), status labels and badges,
 * how a failed call reads to a person, field-name aliases for the server's field errors, and page styles.
 */
import { css, html } from 'lit';
import { msg } from '@lit/localize';
import type { Static } from '@portico/core';
import { applyProblem, isProblem, pageStyles as kitPageStyles, problemTexts, type ProblemLike } from '@portico/widgets';
import type { CompetingDeal as CompetingDealSchema, DealStatus, TerritoryRule as TerritoryRuleSchema } from '../schemas.js';

/** The API's shapes, typed from the schemas the server validates with (types only: nothing of the server is bundled). */
export type { Deal, DealListQuery, DealStatus, SubmitDeal } from '../schemas.js';
export type { DealSettings } from '../settings.js';
export type CompetingDeal = Static<typeof CompetingDealSchema>;
export type TerritoryRule = Static<typeof TerritoryRuleSchema>;

export const DEAL_STATUSES = ['pending', 'approved', 'rejected', 'withdrawn', 'expired'] as const satisfies readonly DealStatus[];

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
export const problemText = problemTexts({
  generic: () => msg('Something went wrong. Check your connection and try again.', { id: 'deals.error.generic' }),
  byStatus: { 404: () => msg('This deal does not exist, or you cannot see it.', { id: 'deals.error.not-found' }) },
});

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

/** The kit's page layout with the deals pages' form width and link colour. */
export const pageStyles = css`
  ${kitPageStyles}
  form,
  .stack {
    max-width: 40rem;
  }
  a {
    color: var(--portico-color-primary, #2456d3);
  }
`;
