/**
 * Questions: the domain rules, free of HTTP.
 *
 * - Members see their own organisation's questions only; staff see every partner's. Anything outside
 *   that scope is "not found", never "forbidden", so ids of other organisations reveal nothing.
 * - One question, one answer: each answer (or update of it) is a new version; the newest is the answer.
 * - Only the asker (or staff who answer questions) closes and reopens; reopening puts the question
 *   back in the staff queue as open, with its answer kept.
 */
import type { Actor, AuditEntry } from '@portico/core';
import type { SortKey } from '@portico/core/server';
import { isStaff, problems } from '@portico/core';
import { keysetPage, renderMarkdown } from '@portico/core/server';
import type { Knex } from 'knex';
import { linkableDeal, visibleDealReferences, type DealReference } from '@portico/plugin-deals';
import { P } from './permissions.js';
import type { QuestionsEmit } from './types.js';

export interface QuestionsContext {
  db: Knex.Transaction;
  tenantId: string;
  actor: Actor;
  audit(entry: AuditEntry): Promise<void>;
  emit: QuestionsEmit;
}

export type QuestionStatus = 'open' | 'answered' | 'closed';

export interface AskInput {
  subject: string;
  body: string;
  categoryId?: string | null;
  dealId?: string | null;
}

export interface ListFilters {
  cursor?: string;
  limit?: number;
  status?: QuestionStatus;
  unanswered?: boolean;
  partnerId?: string;
  categoryId?: string;
  dealId?: string;
  assigneeId?: string;
  askedBy?: string;
  askedAfter?: string;
  askedBefore?: string;
  sort?: 'attention' | 'oldest' | 'newest';
}

interface Ref {
  id: string;
  name: string;
}

const iso = (value: Date | string | null | undefined): string | null => (value ? new Date(value).toISOString() : null);
const ref = (id: string | null, name: string | null): Ref | null => (id ? { id, name: name ?? '' } : null);

/**
 * The question with the names a reader needs, scoped to the tenant (and to the member's organisation).
 * Synchronous on purpose: a query builder is thenable, so an async function would run it.
 */
export function visibleQuestions(ctx: Pick<QuestionsContext, 'db' | 'tenantId' | 'actor'>): Knex.QueryBuilder {
  const query = ctx.db('questions as q')
    .join('partners as p', 'p.id', 'q.partner_id')
    .leftJoin('people as asker', 'asker.id', 'q.asked_by')
    .leftJoin('people as assignee', 'assignee.id', 'q.assignee_id')
    .leftJoin('question_categories as c', 'c.id', 'q.category_id')
    .where('q.tenant_id', ctx.tenantId)
    .select(
      'q.id', 'q.subject', 'q.body', 'q.status', 'q.partner_id', 'q.asked_by', 'q.category_id', 'q.deal_id', 'q.assignee_id',
      'q.answer_version', 'q.answered_at', 'q.closed_at', 'q.created_at', 'q.updated_at',
      'p.name as partner_name', 'asker.name as asker_name', 'assignee.name as assignee_name', 'c.name as category_name',
    );
  if (!isStaff(ctx.actor)) query.where('q.partner_id', ctx.actor.partnerId);
  return query;
}

type QuestionRow = Record<string, any>;

/**
 * The linked deal as the reader may see it, from the deals plugin (its visibility rule decides): a
 * deal they may not see reads as no deal at all. One call for a whole page.
 */
function dealsOf(ctx: Pick<QuestionsContext, 'db' | 'tenantId' | 'actor'>, rows: QuestionRow[]): Promise<Map<string, DealReference>> {
  return visibleDealReferences({ db: ctx.db, tenant: { id: ctx.tenantId }, actor: ctx.actor }, rows.map((row) => row.dealId));
}

function summary(row: QuestionRow, actor: Actor, deals: Map<string, DealReference>) {
  return {
    id: row.id as string,
    subject: row.subject as string,
    status: row.status as QuestionStatus,
    partner: { id: row.partnerId as string, name: row.partnerName as string },
    askedBy: ref(row.askedBy, row.askerName),
    category: ref(row.categoryId, row.categoryName),
    deal: (row.dealId && deals.get(row.dealId)) || null,
    ...(isStaff(actor) ? { assignee: ref(row.assigneeId, row.assigneeName) } : {}),
    answerVersion: row.answerVersion as number,
    answeredAt: iso(row.answeredAt),
    closedAt: iso(row.closedAt),
    createdAt: iso(row.createdAt)!,
    updatedAt: iso(row.updatedAt)!,
  };
}

function answerView(row: QuestionRow) {
  return {
    version: row.version as number,
    body: row.body as string,
    bodyHtml: renderMarkdown(row.body),
    answeredBy: ref(row.answeredBy, row.answeredByName),
    createdAt: iso(row.createdAt)!,
  };
}

function answerVersions(ctx: Pick<QuestionsContext, 'db' | 'tenantId'>, questionId: string): Knex.QueryBuilder {
  return ctx.db('question_answers as a')
    .leftJoin('people as author', 'author.id', 'a.answered_by')
    .where({ 'a.tenant_id': ctx.tenantId, 'a.question_id': questionId })
    .select('a.id', 'a.version', 'a.body', 'a.answered_by', 'a.created_at', 'author.name as answered_by_name');
}

async function findVisible(ctx: Pick<QuestionsContext, 'db' | 'tenantId' | 'actor'>, id: string): Promise<QuestionRow> {
  const row = await visibleQuestions(ctx).where('q.id', id).first();
  if (!row) throw problems.notFound('This question was not found.');
  return row;
}

/** Locks the question row for a change, within the reader's scope. */
async function lockVisible(ctx: QuestionsContext, id: string): Promise<QuestionRow> {
  const query = ctx.db('questions').where({ tenantId: ctx.tenantId, id }).forUpdate();
  if (!isStaff(ctx.actor)) query.where({ partnerId: ctx.actor.partnerId });
  const row = await query.first();
  if (!row) throw problems.notFound('This question was not found.');
  return row;
}

export async function getQuestion(ctx: Pick<QuestionsContext, 'db' | 'tenantId' | 'actor'>, id: string) {
  const row = await findVisible(ctx, id);
  const current = row.answerVersion > 0 ? await answerVersions(ctx, id).where('a.version', row.answerVersion).first() : null;
  return { ...summary(row, ctx.actor, await dealsOf(ctx, [row])), body: row.body as string, bodyHtml: renderMarkdown(row.body), answer: current ? answerView(current) : null };
}

function requireStaff(actor: Actor, detail: string): void {
  if (!isStaff(actor)) throw problems.forbidden(detail);
}

async function checkCategory(ctx: QuestionsContext, categoryId: string | null | undefined): Promise<void> {
  if (!categoryId) return;
  const category = await ctx.db('question_categories').where({ tenantId: ctx.tenantId, id: categoryId }).first('id');
  if (!category) throw problems.invalidField('/categoryId', 'No question category with this id was found.');
}

/**
 * A member may link only a deal of their own organisation. A deal of another partner or tenant gets
 * exactly the answer of a deal that does not exist, so the link reveals nothing.
 */
async function checkDeal(ctx: QuestionsContext, dealId: string | null | undefined): Promise<void> {
  if (!dealId) return;
  const deal = await linkableDeal({ db: ctx.db, tenant: { id: ctx.tenantId }, actor: ctx.actor }, dealId);
  if (!deal) throw problems.invalidField('/dealId', 'No deal with this id was found.');
}

export async function askQuestion(ctx: QuestionsContext, input: AskInput) {
  if (ctx.actor.kind !== 'member' || !ctx.actor.partnerId || !ctx.actor.personId) {
    throw problems.forbidden('Only members of a partner organisation ask questions.');
  }
  await checkCategory(ctx, input.categoryId);
  await checkDeal(ctx, input.dealId);
  const [row] = await ctx.db('questions')
    .insert({
      tenantId: ctx.tenantId,
      partnerId: ctx.actor.partnerId,
      askedBy: ctx.actor.personId,
      subject: input.subject.trim(),
      body: input.body,
      categoryId: input.categoryId ?? null,
      dealId: input.dealId ?? null,
    })
    .returning(['id', 'subject', 'categoryId', 'dealId']);
  await ctx.audit({ action: 'questions.question.asked', targetType: 'question', targetId: row.id, after: { subject: row.subject, categoryId: row.categoryId, dealId: row.dealId } });
  await ctx.emit('questions.question.asked', {
    questionId: row.id,
    partnerId: ctx.actor.partnerId,
    askedBy: ctx.actor.personId,
    subject: row.subject,
    categoryId: row.categoryId,
    dealId: row.dealId,
  });
  return getQuestion(ctx, row.id);
}

const SORTS: Record<NonNullable<ListFilters['sort']>, SortKey[]> = {
  attention: [
    { column: 'q.status_rank', direction: 'asc' },
    { column: 'q.created_at', direction: 'asc' },
    { column: 'q.id', direction: 'asc' },
  ],
  oldest: [
    { column: 'q.created_at', direction: 'asc' },
    { column: 'q.id', direction: 'asc' },
  ],
  newest: [
    { column: 'q.created_at', direction: 'desc' },
    { column: 'q.id', direction: 'desc' },
  ],
};

export async function listQuestions(ctx: Pick<QuestionsContext, 'db' | 'tenantId' | 'actor'>, filters: ListFilters) {
  const staff = isStaff(ctx.actor);
  if (!staff && filters.assigneeId) throw problems.invalidField('/assigneeId', 'Only staff filter by assignee.', 'query');
  // Filters only narrow the reader's scope: a member naming another partner simply gets nothing.
  const query = visibleQuestions(ctx);
  if (filters.status) query.where('q.status', filters.status);
  if (filters.unanswered) query.where('q.answer_version', 0);
  if (filters.partnerId) query.where('q.partner_id', filters.partnerId);
  if (filters.categoryId) query.where('q.category_id', filters.categoryId);
  if (filters.dealId) query.where('q.deal_id', filters.dealId);
  if (filters.assigneeId === 'none') query.whereNull('q.assignee_id');
  else if (filters.assigneeId) query.where('q.assignee_id', filters.assigneeId);
  if (filters.askedBy) {
    const askedBy = filters.askedBy === 'me' ? ctx.actor.personId : filters.askedBy;
    // An API key is nobody: "mine" is then an empty list, not the questions whose asker was removed.
    if (askedBy) query.where('q.asked_by', askedBy);
    else query.whereRaw('false');
  }
  if (filters.askedAfter) query.where('q.created_at', '>=', filters.askedAfter);
  if (filters.askedBefore) query.where('q.created_at', '<', filters.askedBefore);
  const sort = SORTS[filters.sort ?? (staff ? 'attention' : 'newest')];
  const page = await keysetPage<QuestionRow>(query, sort, { cursor: filters.cursor, limit: filters.limit });
  const deals = await dealsOf(ctx, page.items);
  return { items: page.items.map((row) => summary(row, ctx.actor, deals)), nextCursor: page.nextCursor };
}

/** Every version of the answer, newest first: staff and the asker's organisation may read it. */
export async function answerHistory(ctx: Pick<QuestionsContext, 'db' | 'tenantId' | 'actor'>, id: string, page: { cursor?: string; limit?: number }) {
  await findVisible(ctx, id);
  const result = await keysetPage<QuestionRow>(answerVersions(ctx, id), [{ column: 'a.version', direction: 'desc' }], page);
  return { items: result.items.map(answerView), nextCursor: result.nextCursor };
}

/** Answers the question, or updates its answer as a new version. The same text again changes nothing. */
export async function answerQuestion(ctx: QuestionsContext, id: string, body: string) {
  // Found first: a question out of the caller's sight is "not found" before anything else is said.
  const question = await lockVisible(ctx, id);
  requireStaff(ctx.actor, 'Only staff answer questions.');
  const previous = question.answerVersion > 0
    ? await ctx.db('question_answers').where({ tenantId: ctx.tenantId, questionId: id, version: question.answerVersion }).first('version', 'body')
    : null;
  if (previous && previous.body === body) return getQuestion(ctx, id);

  const version = question.answerVersion + 1;
  await ctx.db('question_answers').insert({ tenantId: ctx.tenantId, questionId: id, version, body, answeredBy: ctx.actor.personId });
  // Answering a closed question (a correction) leaves it closed; otherwise it is answered.
  const status: QuestionStatus = question.status === 'closed' ? 'closed' : 'answered';
  await ctx.db('questions')
    .where({ tenantId: ctx.tenantId, id })
    .update({ answerVersion: version, status, answeredAt: question.answeredAt ?? ctx.db.fn.now(), updatedAt: ctx.db.fn.now() });
  await ctx.audit({
    action: previous ? 'questions.answer.updated' : 'questions.answer.created',
    targetType: 'question',
    targetId: id,
    partnerId: question.partnerId,
    before: previous ? { version: previous.version, body: previous.body, status: question.status } : { status: question.status },
    after: { version, body, status },
  });
  await ctx.emit('questions.question.answered', { questionId: id, partnerId: question.partnerId, askedBy: question.askedBy, version, isUpdate: version > 1 });
  return getQuestion(ctx, id);
}

/** Assigns the question to an active staff member of the tenant (or to nobody). */
export async function assignQuestion(ctx: QuestionsContext, id: string, assigneeId: string | null) {
  const question = await lockVisible(ctx, id);
  requireStaff(ctx.actor, 'Only staff assign questions.');
  if (assigneeId) {
    const person = await ctx.db('people').where({ tenantId: ctx.tenantId, id: assigneeId, kind: 'staff', status: 'active' }).first('id');
    if (!person) throw problems.invalidField('/assigneeId', 'The assignee must be an active staff member of this programme.');
  }
  if (question.assigneeId !== assigneeId) {
    await ctx.db('questions').where({ tenantId: ctx.tenantId, id }).update({ assigneeId, updatedAt: ctx.db.fn.now() });
  }
  // Recorded even when it confirms the assignee already there: a staff member acted on the question.
  await ctx.audit({
    action: 'questions.question.assigned',
    targetType: 'question',
    targetId: id,
    partnerId: question.partnerId,
    before: { assigneeId: question.assigneeId },
    after: { assigneeId },
  });
  return getQuestion(ctx, id);
}

/** The asker closes and reopens their question; staff who answer questions may too. */
function requireAskerOrAnswerer(actor: Actor, question: QuestionRow, verb: string): void {
  const allowed = isStaff(actor) ? actor.permissions.has(P.answer) : question.askedBy === actor.personId;
  if (!allowed) throw problems.forbidden(`Only the person who asked can ${verb} this question.`);
}

export async function closeQuestion(ctx: QuestionsContext, id: string) {
  const question = await lockVisible(ctx, id);
  requireAskerOrAnswerer(ctx.actor, question, 'close');
  if (question.status === 'closed') throw problems.conflict('This question is already closed.', 'question-closed');
  await ctx.db('questions').where({ tenantId: ctx.tenantId, id }).update({ status: 'closed', closedAt: ctx.db.fn.now(), updatedAt: ctx.db.fn.now() });
  await ctx.audit({ action: 'questions.question.closed', targetType: 'question', targetId: id, partnerId: question.partnerId, before: { status: question.status }, after: { status: 'closed' } });
  await ctx.emit('questions.question.closed', { questionId: id, partnerId: question.partnerId, previousStatus: question.status });
  return getQuestion(ctx, id);
}

export async function reopenQuestion(ctx: QuestionsContext, id: string) {
  const question = await lockVisible(ctx, id);
  requireAskerOrAnswerer(ctx.actor, question, 'reopen');
  if (question.status !== 'closed') throw problems.conflict('Only a closed question can be reopened.', 'question-not-closed');
  await ctx.db('questions').where({ tenantId: ctx.tenantId, id }).update({ status: 'open', closedAt: null, updatedAt: ctx.db.fn.now() });
  await ctx.audit({ action: 'questions.question.reopened', targetType: 'question', targetId: id, partnerId: question.partnerId, before: { status: 'closed' }, after: { status: 'open' } });
  await ctx.emit('questions.question.reopened', { questionId: id, partnerId: question.partnerId });
  return getQuestion(ctx, id);
}
