/**
 * Training modules as staff author them: draft → published → retired, with versioned quizzes.
 *
 * While a module is a draft its one version changes in place. Once published, a change to what
 * decides outcomes (the quiz, the pass threshold, the validity) creates the next version and makes it
 * current; earlier versions stay as they were, with the attempts and certifications made on them.
 * Title, description, sections, roles and documents are presentation and change in place.
 *
 * Every change locks the module's row first, so two editors cannot both create "version 3".
 */
import type { Knex } from 'knex';
import type { Actor, AuditEntry } from '@portico/core';
import { HttpProblem, problems, type PageResult } from '@portico/core';
import { keysetPage, renderMarkdown } from '@portico/core/server';
import { checkQuiz, contentOf, totalPoints, withIds, type QuestionInput, type QuizQuestion } from './grading.js';
import { iso } from './status.js';
import type { EnabledPlugins } from '@portico/core';
import { existingDocumentFileIds } from '@portico/plugin-documents';
import type { TrainingEmit } from './types.js';

export type ModuleStatus = 'draft' | 'published' | 'retired';
export type RequiredFor = 'all' | string[];

export interface TrainingSettings {
  retryCooldownMinutes: number;
  supersededVersionGraceHours: number;
}

/** What every service call needs: the request's transaction, who asks, and the side effects. */
export interface TrainingContext {
  db: Knex.Transaction;
  tenantId: string;
  actor: Actor;
  now: Date;
  /** Which of the plugins training declares are enabled: documents is an optional requirement. */
  plugins: EnabledPlugins;
  audit(entry: AuditEntry): Promise<void>;
  emit: TrainingEmit;
  settings(): Promise<TrainingSettings>;
}

export interface ModuleRow {
  id: string;
  tenantId: string;
  title: string;
  description: string;
  sections: { title: string; body: string }[];
  status: ModuleStatus;
  requiredForAll: boolean;
  requiredRoles: string[];
  documentFileIds: string[];
  currentVersion: number;
  publishedAt: Date | null;
  retiredAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface VersionRow {
  id: string;
  moduleId: string;
  version: number;
  questions: QuizQuestion[];
  totalPoints: number;
  passThreshold: number;
  validForDays: number | null;
  publishedAt: Date | null;
  supersededAt: Date | null;
}

export interface ModuleInput {
  title: string;
  description?: string;
  sections?: { title: string; body: string }[];
  quiz?: QuestionInput[];
  passThreshold?: number;
  validForDays?: number | null;
  requiredFor?: RequiredFor;
  documentFileIds?: string[];
}

export type ModuleChanges = Partial<ModuleInput>;

export const DEFAULT_PASS_THRESHOLD = 80;

const isoOrNull = (value: Date | string | null) => (value ? iso(value) : null);

export function requiredForOf(row: Pick<ModuleRow, 'requiredForAll' | 'requiredRoles'>): RequiredFor {
  return row.requiredForAll ? 'all' : [...(row.requiredRoles ?? [])];
}

export function isRequiredFor(row: Pick<ModuleRow, 'requiredForAll' | 'requiredRoles'>, role: string | null): boolean {
  return row.requiredForAll || (!!role && (row.requiredRoles ?? []).includes(role));
}

function requiredColumns(requiredFor: RequiredFor) {
  return requiredFor === 'all' ? { requiredForAll: true, requiredRoles: [] } : { requiredForAll: false, requiredRoles: [...new Set(requiredFor)] };
}

/** Authoring is the programme's own work: a partner member never authors, whatever a group grants. */
export function assertStaff(actor: Actor): void {
  if (actor.kind === 'member') throw problems.forbidden('Training modules are authored by the programme’s staff.');
}

/**
 * Attached files must be files of the documents plugin in this tenant, when that plugin is installed;
 * without it the ids are kept as given, for a documents plugin added later.
 */
async function checkDocumentFiles(ctx: Pick<TrainingContext, 'db' | 'tenantId' | 'plugins'>, ids: string[] | undefined): Promise<void> {
  if (!ids || ids.length === 0) return;
  if (!ctx.plugins.has('documents')) return;
  const found = await existingDocumentFileIds(ctx.db, ctx.tenantId, ids);
  const index = ids.findIndex((id) => !found.has(id));
  if (index >= 0) throw problems.invalidField(`/documentFileIds/${index}`, 'is not a document file of this programme');
}

async function lockModule(db: Knex.Transaction, id: string): Promise<ModuleRow> {
  const row: ModuleRow | undefined = await db('training_modules').where({ id }).forUpdate().first();
  if (!row) throw problems.notFound();
  return row;
}

export async function currentVersion(db: Knex.Transaction, module: Pick<ModuleRow, 'id' | 'currentVersion'>): Promise<VersionRow> {
  return db('training_quiz_versions').where({ moduleId: module.id, version: module.currentVersion }).first();
}

function snapshot(module: ModuleRow, version: VersionRow) {
  return {
    title: module.title,
    status: module.status,
    requiredFor: requiredForOf(module),
    version: version.version,
    passThreshold: version.passThreshold,
    validForDays: version.validForDays,
    questionCount: version.questions.length,
    totalPoints: version.totalPoints,
  };
}

function conflict(slug: string, detail: string): HttpProblem {
  return new HttpProblem(409, slug, 'Conflict', { detail });
}

// ---------------------------------------------------------------------------------------------
// Views

export async function staffView(db: Knex.Transaction, module: ModuleRow) {
  const versions: VersionRow[] = await db('training_quiz_versions').where({ moduleId: module.id }).orderBy('version');
  const counts = new Map<string, number>(
    (await db('training_attempts').where({ moduleId: module.id }).groupBy('version_id').select('version_id', db.raw('count(*)::int as n'))).map(
      (r: { versionId: string; n: number }) => [r.versionId, Number(r.n)],
    ),
  );
  const current = versions.find((v) => v.version === module.currentVersion)!;
  return {
    id: module.id,
    title: module.title,
    description: module.description,
    descriptionHtml: renderMarkdown(module.description),
    sections: module.sections.map((s) => ({ title: s.title, body: s.body, html: renderMarkdown(s.body) })),
    status: module.status,
    version: current.version,
    quiz: current.questions,
    totalPoints: current.totalPoints,
    passThreshold: current.passThreshold,
    validForDays: current.validForDays,
    requiredFor: requiredForOf(module),
    documentFileIds: module.documentFileIds ?? [],
    publishedAt: isoOrNull(module.publishedAt),
    retiredAt: isoOrNull(module.retiredAt),
    createdAt: iso(module.createdAt),
    updatedAt: iso(module.updatedAt),
    versions: versions.map((v) => ({
      version: v.version,
      passThreshold: v.passThreshold,
      validForDays: v.validForDays,
      totalPoints: v.totalPoints,
      publishedAt: isoOrNull(v.publishedAt),
      supersededAt: isoOrNull(v.supersededAt),
      attemptCount: counts.get(v.id) ?? 0,
    })),
  };
}

export async function getModule(ctx: TrainingContext, id: string) {
  assertStaff(ctx.actor);
  const row: ModuleRow | undefined = await ctx.db('training_modules').where({ id, tenantId: ctx.tenantId }).first();
  if (!row) throw problems.notFound();
  return staffView(ctx.db, row);
}

export async function listModules(ctx: TrainingContext, query: { status?: ModuleStatus; cursor?: string; limit?: number }) {
  assertStaff(ctx.actor);
  const q = ctx.db('training_modules as m')
    .join('training_quiz_versions as v', (j) => j.on('v.module_id', 'm.id').andOn('v.version', 'm.current_version'))
    .where('m.tenant_id', ctx.tenantId)
    .select('m.id', 'm.title', 'm.status', 'm.current_version', 'm.required_for_all', 'm.required_roles', 'm.published_at', 'm.updated_at', 'v.pass_threshold', 'v.valid_for_days')
    .select(ctx.db.raw('jsonb_array_length(v.questions)::int as question_count'));
  if (query.status) q.where('m.status', query.status);
  const page: PageResult<Record<string, any>> = await keysetPage(q, [{ column: 'm.created_at', direction: 'desc' }, { column: 'm.id', direction: 'desc' }], query);
  return {
    items: page.items.map((r) => ({
      id: r.id,
      title: r.title,
      status: r.status,
      version: r.currentVersion,
      questionCount: Number(r.questionCount),
      passThreshold: r.passThreshold,
      validForDays: r.validForDays,
      requiredFor: requiredForOf(r as ModuleRow),
      publishedAt: isoOrNull(r.publishedAt),
      updatedAt: iso(r.updatedAt),
    })),
    nextCursor: page.nextCursor,
  };
}

// ---------------------------------------------------------------------------------------------
// Changes

export async function createModule(ctx: TrainingContext, input: ModuleInput) {
  const { db, tenantId } = ctx;
  assertStaff(ctx.actor);
  const quiz = input.quiz ?? [];
  checkQuiz(quiz);
  await checkDocumentFiles(ctx, input.documentFileIds);
  const [module]: ModuleRow[] = await db('training_modules')
    .insert({
      tenantId,
      title: input.title.trim(),
      description: input.description ?? '',
      sections: JSON.stringify(input.sections ?? []),
      status: 'draft',
      ...requiredColumns(input.requiredFor ?? []),
      documentFileIds: input.documentFileIds ?? [],
      currentVersion: 1,
    })
    .returning('*');
  const questions = withIds(quiz);
  const [version]: VersionRow[] = await db('training_quiz_versions')
    .insert({
      tenantId,
      moduleId: module.id,
      version: 1,
      questions: JSON.stringify(questions),
      totalPoints: totalPoints(questions),
      passThreshold: input.passThreshold ?? DEFAULT_PASS_THRESHOLD,
      validForDays: input.validForDays ?? null,
    })
    .returning('*');
  await ctx.audit({ action: 'training.module.created', targetType: 'training_module', targetId: module.id, partnerId: null, after: snapshot(module, version) });
  return staffView(db, module);
}

export async function updateModule(ctx: TrainingContext, id: string, changes: ModuleChanges) {
  const { db, tenantId } = ctx;
  assertStaff(ctx.actor);
  const before = await lockModule(db, id);
  if (before.status === 'retired') throw conflict('module-retired', 'A retired module cannot be edited.');
  if (changes.quiz) checkQuiz(changes.quiz);
  await checkDocumentFiles(ctx, changes.documentFileIds);
  const versionBefore = await currentVersion(db, before);

  const moduleUpdate: Record<string, unknown> = {};
  if (changes.title !== undefined) moduleUpdate.title = changes.title.trim();
  if (changes.description !== undefined) moduleUpdate.description = changes.description;
  if (changes.sections !== undefined) moduleUpdate.sections = JSON.stringify(changes.sections);
  if (changes.requiredFor !== undefined) Object.assign(moduleUpdate, requiredColumns(changes.requiredFor));
  if (changes.documentFileIds !== undefined) moduleUpdate.documentFileIds = changes.documentFileIds;

  const quizChanged = changes.quiz !== undefined && contentOf(changes.quiz) !== contentOf(versionBefore.questions);
  const thresholdChanged = changes.passThreshold !== undefined && changes.passThreshold !== versionBefore.passThreshold;
  const validityChanged = changes.validForDays !== undefined && changes.validForDays !== versionBefore.validForDays;
  let versionAfter = versionBefore;
  if (quizChanged || thresholdChanged || validityChanged) {
    const questions = quizChanged ? withIds(changes.quiz!) : versionBefore.questions;
    const outcome = {
      questions: JSON.stringify(questions),
      totalPoints: totalPoints(questions),
      passThreshold: changes.passThreshold ?? versionBefore.passThreshold,
      validForDays: changes.validForDays !== undefined ? changes.validForDays : versionBefore.validForDays,
    };
    if (before.status === 'draft') {
      [versionAfter] = await db('training_quiz_versions').where({ id: versionBefore.id }).update({ ...outcome, updatedAt: ctx.now }).returning('*');
    } else {
      // Published: the version people were graded on stays as it was.
      await db('training_quiz_versions').where({ id: versionBefore.id }).update({ supersededAt: ctx.now, updatedAt: ctx.now });
      [versionAfter] = await db('training_quiz_versions')
        .insert({ tenantId, moduleId: id, version: versionBefore.version + 1, ...outcome, publishedAt: ctx.now })
        .returning('*');
      moduleUpdate.currentVersion = versionAfter.version;
    }
  }
  const [after]: ModuleRow[] = await db('training_modules').where({ id }).update({ ...moduleUpdate, updatedAt: ctx.now }).returning('*');
  await ctx.audit({
    action: versionAfter.version !== versionBefore.version ? 'training.module.versioned' : 'training.module.updated',
    targetType: 'training_module',
    targetId: id,
    partnerId: null,
    before: snapshot(before, versionBefore),
    after: snapshot(after, versionAfter),
  });
  return staffView(db, after);
}

export async function publishModule(ctx: TrainingContext, id: string) {
  const { db } = ctx;
  assertStaff(ctx.actor);
  const before = await lockModule(db, id);
  if (before.status !== 'draft') throw conflict('module-not-draft', `This module is ${before.status}; only a draft can be published.`);
  const version = await currentVersion(db, before);
  if (version.questions.length === 0) throw conflict('quiz-empty', 'Add at least one question to the quiz before publishing the module.');
  await db('training_quiz_versions').where({ id: version.id }).update({ publishedAt: ctx.now, updatedAt: ctx.now });
  const [after]: ModuleRow[] = await db('training_modules').where({ id }).update({ status: 'published', publishedAt: ctx.now, updatedAt: ctx.now }).returning('*');
  await ctx.audit({ action: 'training.module.published', targetType: 'training_module', targetId: id, partnerId: null, before: snapshot(before, version), after: snapshot(after, version) });
  return staffView(db, after);
}

export async function retireModule(ctx: TrainingContext, id: string) {
  const { db } = ctx;
  assertStaff(ctx.actor);
  const before = await lockModule(db, id);
  if (before.status !== 'published') throw conflict('module-not-published', `This module is ${before.status}; only a published module can be retired (delete a draft instead).`);
  const version = await currentVersion(db, before);
  const [after]: ModuleRow[] = await db('training_modules').where({ id }).update({ status: 'retired', retiredAt: ctx.now, updatedAt: ctx.now }).returning('*');
  await ctx.audit({ action: 'training.module.retired', targetType: 'training_module', targetId: id, partnerId: null, before: snapshot(before, version), after: snapshot(after, version) });
  return staffView(db, after);
}

export async function deleteDraft(ctx: TrainingContext, id: string): Promise<void> {
  const { db } = ctx;
  assertStaff(ctx.actor);
  const row = await lockModule(db, id);
  if (row.status !== 'draft') throw conflict('module-not-draft', 'Only a draft can be deleted; retire a published module instead.');
  const version = await currentVersion(db, row);
  await db('training_modules').where({ id }).delete();
  await ctx.audit({ action: 'training.module.deleted', targetType: 'training_module', targetId: id, partnerId: null, before: snapshot(row, version) });
}

