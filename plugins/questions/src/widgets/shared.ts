/**
 * What the questions elements share: the API's shapes as the widgets read them, status labels and
 * badges, how a failed call reads to a person, form helpers and page styles.
 */
import { css, html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { PorticoClient } from '@portico/sdk';
import { hasPermission, isStaff, pageStyles as kitPageStyles, pluginApi, problemTexts, type ListPage, type PluginApi, type Session } from '@portico/widgets';

export const QUESTION_STATUSES = ['open', 'answered', 'closed'] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];

export interface Ref {
  id: string;
  name: string;
}

export interface Answer {
  version: number;
  body: string;
  /** Sanitised by the server (allow-list): safe to insert. */
  bodyHtml: string;
  answeredBy: Ref | null;
  createdAt: string;
}

export interface QuestionSummary {
  id: string;
  subject: string;
  status: QuestionStatus;
  partner: Ref;
  askedBy: Ref | null;
  category: Ref | null;
  deal: { id: string; title: string; customerName: string } | null;
  /** Staff only. */
  assignee?: Ref | null;
  answerVersion: number;
  answeredAt: string | null;
  closedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface Question extends QuestionSummary {
  body: string;
  bodyHtml: string;
  answer: Answer | null;
}

export interface Category {
  id: string;
  name: string;
  description: string;
  createdAt: string;
  updatedAt: string;
}

export type Page<T> = ListPage<T>;

/** The SDK client with untyped paths: the questions routes are not in the generated SDK types. */
export type QuestionsApi = PluginApi;

export function api(client: PorticoClient): QuestionsApi {
  return pluginApi(client);
}

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
