/**
 * What the training elements share: the shapes the server answers with (from its schemas), state badges, role names, error texts.
 */
import { css, html } from 'lit';
import { msg, str } from '@lit/localize';
import type { Static } from '@portico/core';
import type { ItemOf } from '@portico/sdk';
import { formatDate, formatDateTime, pageStyles as kitPageStyles, problemTexts, type Locale } from '@portico/widgets';
import type {
  AttemptResult as AttemptResultSchema,
  CatalogItem as CatalogItemSchema,
  Certification as CertificationSchema,
  CoverageRow as CoverageRowSchema,
  LearnerModule as LearnerModuleSchema,
  LearnerStatus as LearnerStatusSchema,
  NewModule as NewModuleSchema,
  PartnerRoleName,
  PersonState as PersonStateSchema,
  RequiredFor as RequiredForSchema,
  StaffModule as StaffModuleSchema,
  StaffModuleSummary as StaffModuleSummarySchema,
  TrainingSettings as TrainingSettingsSchema,
} from '../schemas.js';

/** The API's shapes, typed from the schemas the server validates with (types only: nothing of the server is bundled). */
export type PersonState = Static<typeof PersonStateSchema>;
export type LearnerStatus = Static<typeof LearnerStatusSchema>;
export type CatalogItem = Static<typeof CatalogItemSchema>;
export type LearnerModule = Static<typeof LearnerModuleSchema>;
export type AttemptResult = Static<typeof AttemptResultSchema>;
export type Certification = Static<typeof CertificationSchema>;
export type CoverageRow = Static<typeof CoverageRowSchema>;
export type StaffModule = Static<typeof StaffModuleSchema>;
export type ModuleSummary = Static<typeof StaffModuleSummarySchema>;
export type ModuleStatus = ModuleSummary['status'];
export type TrainingSettings = Static<typeof TrainingSettingsSchema>;
export type NewModule = Static<typeof NewModuleSchema>;
export type RequiredFor = Static<typeof RequiredForSchema>;
export type PartnerRole = Static<typeof PartnerRoleName>;
/** A file of the documents library, as `GET /documents/library` lists it. */
export type LibraryFile = ItemOf<'/documents/library'>;
export type { Page } from '@portico/sdk';

export function roleLabel(role: string): string {
  const labels: Record<string, () => string> = {
    partner_admin: () => msg('Partner admin', { id: 'training.role.partner_admin' }),
    principal: () => msg('Principal', { id: 'training.role.principal' }),
    salesperson: () => msg('Salesperson', { id: 'training.role.salesperson' }),
    technical: () => msg('Technical', { id: 'training.role.technical' }),
    partner_user: () => msg('Partner user', { id: 'training.role.partner_user' }),
  };
  return labels[role]?.() ?? role;
}

export function requiredForText(requiredFor: RequiredFor): string {
  if (requiredFor === 'all') return msg('Every role', { id: 'training.required-for.all' });
  if (requiredFor.length === 0) return msg('Optional', { id: 'training.required-for.none' });
  return requiredFor.map(roleLabel).join(', ');
}

/** Whether a certification ends within the 30 days in which it may be renewed. */
export function expiresSoon(expiresAt: string | null, now = Date.now()): boolean {
  return expiresAt !== null && Date.parse(expiresAt) - now <= 30 * 86_400_000;
}

/** The person's state on a module as a badge; the text says it all (colour is a second signal). */
export function stateBadge(status: Pick<LearnerStatus, 'state' | 'expiresAt' | 'retryAllowedAt'>, locale: Locale) {
  switch (status.state) {
    case 'certified': {
      const text = status.expiresAt
        ? msg(str`Certified until ${formatDate(status.expiresAt, locale)}`, { id: 'training.state.certified-until' })
        : msg('Certified', { id: 'training.state.certified' });
      return html`<portico-badge variant=${expiresSoon(status.expiresAt) ? 'warning' : 'success'}>${text}</portico-badge>`;
    }
    case 'in_progress':
      return html`<portico-badge variant="info">${msg('In progress', { id: 'training.state.in-progress' })}</portico-badge>`;
    case 'failed': {
      const retry = status.retryAllowedAt && Date.parse(status.retryAllowedAt) > Date.now();
      const text = retry
        ? msg(str`Failed, retry after ${formatDateTime(status.retryAllowedAt!, locale)}`, { id: 'training.state.failed-retry' })
        : msg('Failed, you can retry', { id: 'training.state.failed' });
      return html`<portico-badge variant="danger">${text}</portico-badge>`;
    }
    case 'expired':
      return html`<portico-badge variant="warning">${msg('Expired', { id: 'training.state.expired' })}</portico-badge>`;
    default:
      return html`<portico-badge>${msg('Not started', { id: 'training.state.not-started' })}</portico-badge>`;
  }
}

export function stateLabel(state: PersonState): string {
  const labels: Record<PersonState, () => string> = {
    not_started: () => msg('Not started', { id: 'training.state.not-started' }),
    in_progress: () => msg('In progress', { id: 'training.state.in-progress' }),
    certified: () => msg('Certified', { id: 'training.state.certified' }),
    expired: () => msg('Expired', { id: 'training.state.expired' }),
    failed: () => msg('Failed', { id: 'training.state.failed-short' }),
  };
  return labels[state]();
}

/** A readable explanation of a failed call. */
export const problemText = problemTexts({
  generic: () => msg('Something went wrong. Check your connection and try again.', { id: 'training.error.generic' }),
});

/** The problem type's last segment (`…/retry-cooldown` → `retry-cooldown`). */
export function problemKind(error: unknown): string {
  const type = (error as { type?: unknown } | null)?.type;
  return typeof type === 'string' ? (type.split('/').pop() ?? '') : '';
}

/** The kit's page layout with the training pages' sub-headings, wider-spaced actions, cards and link colour. */
export const pageStyles = css`
  ${kitPageStyles}
  h3 {
    font-size: 1rem;
    margin: 0 0 var(--portico-space-2, 0.5rem);
  }
  .actions {
    gap: var(--portico-space-3, 0.75rem);
    align-items: end;
  }
  .card {
    border: 1px solid var(--portico-color-border, #ccc);
    border-radius: var(--portico-radius, 4px);
    padding: var(--portico-space-4, 1rem);
    background: var(--portico-color-surface, #fff);
  }
  a {
    color: var(--portico-color-primary, #0b57d0);
  }
`;

/** The editor's groups of fields (content, documents, quiz). */
export const fieldsetStyles = css`
  fieldset {
    border: 1px solid var(--portico-color-border, #ccc);
    border-radius: var(--portico-radius, 4px);
    padding: var(--portico-space-3, 0.75rem) var(--portico-space-4, 1rem);
    margin: 0;
    display: grid;
    gap: var(--portico-space-3, 0.75rem);
  }
`;

export const listStyles = css`
  ul.modules {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: var(--portico-space-3, 0.75rem);
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: var(--portico-space-2, 0.5rem);
    margin: 0 0 var(--portico-space-2, 0.5rem);
  }
  .description :first-child {
    margin-top: 0;
  }
`;
