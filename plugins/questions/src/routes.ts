/**
 * The questions API: HTTP in, service calls out. Members and staff share the routes; the service
 * scopes what each sees (members: their organisation; staff: the queue across partners).
 */
import type { Actor, RouteContext, RouteDefinition } from '@portico/core';
import { IdParams, PageQuery, Type } from '@portico/core';
import type { QuestionEvents } from './events.js';
import { defineRoute } from './types.js';
import { P } from './permissions.js';
import { AnswerBody, AnswerHistory, AssigneeBody, Category, CategoryChanges, CategoryList, HistoryQuery, ListQuery, NewCategory, NewQuestion, Question, QuestionList } from './schemas.js';
import { answerHistory, answerQuestion, askQuestion, assignQuestion, closeQuestion, getQuestion, listQuestions, reopenQuestion, type QuestionsContext } from './service.js';
import { createCategory, deleteCategory, listCategories, updateCategory } from './categories.js';

function questionsContext(ctx: RouteContext<unknown, unknown, unknown, Record<string, never>, QuestionEvents>): QuestionsContext {
  return { db: ctx.db, tenantId: ctx.tenant.id, actor: ctx.actor as Actor, audit: ctx.audit, emit: ctx.emit };
}

export const questionRoutes: RouteDefinition<any>[] = [
  defineRoute({
    method: 'POST',
    path: '/questions',
    name: 'questions.ask',
    summary: 'Ask a question (technical and principal members)',
    description: 'The body is Markdown; the answer carries `bodyHtml`, sanitised. `dealId` must be a deal of the asker’s organisation.',
    permission: P.ask,
    feature: 'questions.ask',
    schemas: { body: NewQuestion, response: Question },
    handler: (ctx) => askQuestion(questionsContext(ctx), ctx.body),
  }),
  defineRoute({
    method: 'GET',
    path: '/questions',
    name: 'questions.list',
    summary: 'List questions: the organisation’s (members) or the queue across partners (staff)',
    description: 'Staff default to `sort=attention` (open first, oldest first); members to `newest`. `dealId` lists the questions about a deal.',
    permission: P.read,
    schemas: { query: ListQuery, response: QuestionList },
    handler: (ctx) => listQuestions(questionsContext(ctx), ctx.query),
  }),
  defineRoute({
    method: 'GET',
    path: '/questions/:id',
    name: 'questions.get',
    summary: 'Read a question and its current answer',
    permission: P.read,
    schemas: { params: IdParams, response: Question },
    handler: (ctx) => getQuestion(questionsContext(ctx), ctx.params.id),
  }),
  defineRoute({
    method: 'GET',
    path: '/questions/:id/answers',
    name: 'answers.list',
    summary: 'Every version of the answer, newest first',
    permission: P.read,
    schemas: { params: IdParams, query: HistoryQuery, response: AnswerHistory },
    handler: (ctx) => answerHistory(questionsContext(ctx), ctx.params.id, ctx.query),
  }),
  defineRoute({
    method: 'PUT',
    path: '/questions/:id/answer',
    name: 'questions.answer',
    summary: 'Answer a question, or update its answer (staff); the asker is told',
    description: 'Each change is kept as a new version; sending the current text again changes nothing.',
    permission: P.answer,
    schemas: { params: IdParams, body: AnswerBody, response: Question },
    handler: (ctx) => answerQuestion(questionsContext(ctx), ctx.params.id, ctx.body.body),
  }),
  defineRoute({
    method: 'PUT',
    path: '/questions/:id/assignee',
    name: 'questions.assign',
    summary: 'Assign a question to an active staff member, or unassign it (staff)',
    permission: P.assign,
    schemas: { params: IdParams, body: AssigneeBody, response: Question },
    handler: (ctx) => assignQuestion(questionsContext(ctx), ctx.params.id, ctx.body.assigneeId),
  }),
  defineRoute({
    method: 'POST',
    path: '/questions/:id/close',
    name: 'questions.close',
    summary: 'Close a question (the asker, or staff who answer questions)',
    permission: P.read,
    status: 200,
    schemas: { params: IdParams, response: Question },
    handler: (ctx) => closeQuestion(questionsContext(ctx), ctx.params.id),
  }),
  defineRoute({
    method: 'POST',
    path: '/questions/:id/reopen',
    name: 'questions.reopen',
    summary: 'Reopen a closed question; it goes back to the staff queue as open',
    permission: P.read,
    status: 200,
    schemas: { params: IdParams, response: Question },
    handler: (ctx) => reopenQuestion(questionsContext(ctx), ctx.params.id),
  }),
];

export const categoryRoutes: RouteDefinition<any>[] = [
  defineRoute({
    method: 'GET',
    path: '/question-categories',
    name: 'categories.list',
    summary: 'List question categories, by name',
    permission: P.read,
    schemas: { query: Type.Object({ ...PageQuery }), response: CategoryList },
    handler: (ctx) => listCategories({ db: ctx.db, tenantId: ctx.tenant.id }, ctx.query),
  }),
  defineRoute({
    method: 'POST',
    path: '/question-categories',
    name: 'categories.create',
    summary: 'Create a question category (staff)',
    permission: P.categoriesManage,
    schemas: { body: NewCategory, response: Category },
    handler: (ctx) => createCategory(questionsContext(ctx), ctx.body),
  }),
  defineRoute({
    method: 'PATCH',
    path: '/question-categories/:id',
    name: 'categories.update',
    summary: 'Rename or describe a question category (staff)',
    permission: P.categoriesManage,
    schemas: { params: IdParams, body: CategoryChanges, response: Category },
    handler: (ctx) => updateCategory(questionsContext(ctx), ctx.params.id, ctx.body),
  }),
  defineRoute({
    method: 'DELETE',
    path: '/question-categories/:id',
    name: 'categories.delete',
    summary: 'Delete a question category that no question uses (staff)',
    permission: P.categoriesManage,
    schemas: { params: IdParams },
    handler: (ctx) => deleteCategory(questionsContext(ctx), ctx.params.id),
  }),
];
