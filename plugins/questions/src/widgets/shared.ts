/**
 * What the questions elements share: the API's shapes (from the server's schemas), status labels and
 * badges, how a failed call reads to a person, form helpers and page styles.
 */
import { css, html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { Static } from '@portico/core';
import { hasPermission, isStaff, pageStyles as kitPageStyles, problemTexts, type Session } from '@portico/widgets';
import type {
  Category as CategorySchema,
  ListQuery,
  NewQuestion as NewQuestionSchema,
  Question as QuestionSchema,
  QuestionSummary as QuestionSummarySchema,
  Status,
} from '../schemas.js';

/** The API's shapes, typed from the schemas the server validates with (types only: nothing of the server is bundled). */
export type QuestionStatus = Static<typeof Status>;
export type QuestionSummary = Static<typeof QuestionSummarySchema>;
export type Question = Static<typeof QuestionSchema>;
export type Category = Static<typeof CategorySchema>;
export type Answer = NonNullable<Question['answer']>;
export type Ref = Question['partner'];
export type NewQuestion = Static<typeof NewQuestionSchema>;
export type QuestionListQuery = Static<typeof ListQuery>;

export const QUESTION_STATUSES = ['open', 'answered', 'closed'] as const satisfies readonly QuestionStatus[];

export type { Page } from '@portico/sdk';

/** Members holding `questions.ask` ask; staff never do (the server refuses them). */
export const mayAsk = (session: Session | null) => !!session && !isStaff(session) && hasPermission(session, 'questions.ask');

export function statusLabel(status: QuestionStatus): string {
  return {
    open: () => msg('Open', { id: 'questions.status.open' }),
    answered: () => msg('Answered', { id: 'questions.status.answered' }),
    closed: () => msg('Closed', { id: 'questions.status.closed' }),
  }[status]();
}

const STATUS_VARIANT = { open: 'info', answered: 'success', closed: 'neutral' } as const;

export function statusBadge(status: QuestionStatus) {
  return html`<portico-badge variant=${STATUS_VARIANT[status]}>${statusLabel(status)}</portico-badge>`;
}

/** "Updated" beside an answer that changed after it was first given. */
export function updatedBadge(answerVersion: number) {
  return answerVersion > 1 ? html` <portico-badge variant="warning">${msg('Updated', { id: 'questions.answer.updated' })}</portico-badge>` : nothing;
}

/** A person's readable explanation of a failed call. */
export const problemText = problemTexts({
  generic: () => msg('Something went wrong. Check your connection and try again.', { id: 'questions.error.generic' }),
  byStatus: { 404: () => msg('This question does not exist, or you cannot see it.', { id: 'questions.error.not-found' }) },
});

/** Start of the local day `date` (YYYY-MM-DD) names, or of the day after it, as an ISO timestamp. */
export function dayBoundary(date: string, nextDay = false): string | undefined {
  if (!date) return undefined;
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y, m - 1, d + (nextDay ? 1 : 0)).toISOString();
}

/** The kit's page layout with the questions pages' wider forms, link colour, Markdown and its preview. */
export const pageStyles = css`
  ${kitPageStyles}
  form,
  .stack {
    max-width: 44rem;
  }
  .actions {
    align-items: center;
  }
  a {
    color: var(--portico-color-primary, #2456d3);
  }
  .markdown {
    overflow-wrap: anywhere;
  }
  .markdown pre {
    overflow-x: auto;
    padding: var(--portico-space-2, 0.5rem);
    background: var(--portico-color-surface-alt, #f4f4f6);
    border-radius: var(--portico-radius, 6px);
  }
  .markdown blockquote {
    border-inline-start: 4px solid var(--portico-color-border, #ccc);
    margin-inline: 0;
    padding-inline-start: var(--portico-space-3, 0.75rem);
  }
  .link-button {
    justify-self: start;
    font: inherit;
    color: var(--portico-color-primary, #2456d3);
    background: none;
    border: none;
    padding: 0;
    text-decoration: underline;
    cursor: pointer;
  }
  .link-button:focus-visible {
    outline: 2px solid var(--portico-color-primary, #2456d3);
    outline-offset: 2px;
  }
  .preview {
    border: 1px dashed var(--portico-color-border, #ccc);
    border-radius: var(--portico-radius, 6px);
    padding: var(--portico-space-3, 0.75rem);
  }
`;
