/**
 * Emails the asker when their question is answered or its answer updated. Runs as an event handler,
 * after the answer committed; the mail is queued in the handler's transaction, so a retried delivery
 * that failed before committing sends nothing twice.
 */
import type { DomainEvent, EventContext } from '@portico/core';
import { renderMarkdown } from '@portico/core/server';
import { answerMail, pickLocale } from './messages.js';

export interface AnsweredPayload {
  questionId: string;
  askedBy: string | null;
  version: number;
  isUpdate: boolean;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export async function notifyAsker(event: DomainEvent<AnsweredPayload>, ctx: EventContext): Promise<void> {
  const payload = event.payload;
  if (!payload.askedBy) return;
  const { db, tenant } = ctx;
  const question = await db('questions').where({ tenantId: tenant.id, id: payload.questionId }).first('id', 'subject');
  const answer = await db('question_answers').where({ tenantId: tenant.id, questionId: payload.questionId, version: payload.version }).first('body');
  const asker = await db('people').where({ tenantId: tenant.id, id: payload.askedBy }).first('email', 'name', 'locale', 'status');
  // Nobody to tell: the question was deleted with its partner, or the asker no longer signs in.
  if (!question || !answer || !asker || asker.status !== 'active') return;
  const tenantRow = await db('tenants').where({ id: tenant.id }).first('name', 'brand', 'defaultLocale');
  const programme = tenantRow?.brand?.displayName || tenantRow?.name || tenant.slug;
  const words = answerMail[pickLocale(asker.locale, tenantRow?.defaultLocale)];
  const url = `${ctx.publicUrl}/questions/${question.id}`;
  const lead = words.lead(programme, question.subject, payload.isUpdate);
  await ctx.sendMail({
    kind: payload.isUpdate ? 'questions.answer-updated' : 'questions.answered',
    to: asker.email,
    subject: words.subject(question.subject, payload.isUpdate),
    text: `${words.greeting(asker.name)}\n\n${lead}\n\n${answer.body}\n\n${words.open}: ${url}\n`,
    html:
      `<p>${escapeHtml(words.greeting(asker.name))}</p><p>${escapeHtml(lead)}</p>` +
      `<blockquote>${renderMarkdown(answer.body)}</blockquote>` +
      `<p><a href="${escapeHtml(url)}">${escapeHtml(words.open)}</a></p>`,
  });
}
