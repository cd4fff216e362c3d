/**
 * What the referrals elements share: the API's shapes (types from the plugin's own schemas, so
 * nothing of the server is bundled), status labels and badges, how a failed call reads to a person,
 * and the page styles.
 */
import { css, html } from 'lit';
import { msg } from '@lit/localize';
import { pageStyles as kitPageStyles, problemTexts } from '@portico/widgets';
import type { ReferralStatus } from '../schemas.js';

export type { DecideReferral, Referral, ReferralDecision, ReferralPage, ReferralStatus, SubmitReferral } from '../schemas.js';

export const REFERRAL_STATUSES = ['pending', 'accepted', 'declined'] as const satisfies readonly ReferralStatus[];

export function statusLabel(status: ReferralStatus): string {
  return {
    pending: () => msg('Pending', { id: 'referrals.status.pending' }),
    accepted: () => msg('Accepted', { id: 'referrals.status.accepted' }),
    declined: () => msg('Declined', { id: 'referrals.status.declined' }),
  }[status]();
}

const STATUS_VARIANT = { pending: 'info', accepted: 'success', declined: 'danger' } as const;

export function statusBadge(status: ReferralStatus) {
  return html`<portico-badge variant=${STATUS_VARIANT[status]}>${statusLabel(status)}</portico-badge>`;
}

/** A person's readable explanation of a failed call. */
export const problemText = problemTexts({
  generic: () => msg('Something went wrong. Check your connection and try again.', { id: 'referrals.error.generic' }),
  byStatus: { 404: () => msg('This referral does not exist, or you cannot see it.', { id: 'referrals.error.not-found' }) },
});

/** The kit's page layout, with the referrals pages' form width and link colour. */
export const pageStyles = css`
  ${kitPageStyles}
  form {
    max-width: 40rem;
  }
  a {
    color: var(--portico-color-primary, #2456d3);
  }
`;
