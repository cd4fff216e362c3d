/**
 * Training as partner members take it: the catalog (modules required for their role first), a
 * module's content and quiz (never which options are correct), starting a module, submitting a quiz,
 * and their own certifications.
 *
 * A submission is graded against the version it names, under a lock on the person's progress row for
 * the module, so that two submissions at once are graded one after the other and the second sees
 * what the first decided: a pass makes the second "already certified", a fail puts it in the cooldown.
 */
import type { Knex } from 'knex';
import { HttpProblem, problems, type Actor } from '@portico/core';
import { keysetPage, renderMarkdown } from '@portico/core/server';
import { checkSubmission, grade, publicQuiz, refusal, type Answer } from './grading.js';
import { currentVersion, isRequiredFor, type ModuleRow, type TrainingContext, type VersionRow } from './service.js';
import { DAY_MS, deriveStatus, EXPIRY_WINDOW_DAYS, evidenceOf, iso, isValidAt, loadEvidence, retryAllowedAt, type LearnerStatus } from './status.js';

interface Learner {
  personId: string;
  partnerId: string;
}

export function assertLearner(actor: Actor): Learner {
  if (actor.kind !== 'member' || !actor.personId || !actor.partnerId) {
    throw problems.forbidden('Training modules are taken by members of partner organisations.');
  }
  return { personId: actor.personId, partnerId: actor.partnerId };
}

/** The person's role in their organisation, from their membership (not from what the credential says). */
export async function roleOf(db: Knex.Transaction, learner: Learner): Promise<string | null> {
  const row = await db('memberships').where({ personId: learner.personId, partnerId: learner.partnerId }).orderBy('created_at').first('role');
  return row?.role ?? null;
}

/** A published module of the tenant, or 404: drafts and retired modules do not exist for partners. */
async function publishedModule(ctx: TrainingContext, id: string): Promise<ModuleRow> {
  const row: ModuleRow | undefined = await ctx.db('training_modules').where({ id, tenantId: ctx.tenantId, status: 'published' }).first();
  if (!row) throw problems.notFound();
  return row;
}

async function statusOf(ctx: TrainingContext, learner: Learner, moduleId: string): Promise<LearnerStatus> {
  const evidence = await loadEvidence(ctx.db, [learner.personId], [moduleId]);
  const { retryCooldownMinutes } = await ctx.settings();
  return deriveStatus(evidenceOf(evidence, learner.personId, moduleId), ctx.now, retryCooldownMinutes);
}

export async function listCatalog(ctx: TrainingContext, page: { cursor?: string; limit?: number }) {
  const learner = assertLearner(ctx.actor);
  const { db } = ctx;
  const role = await roleOf(db, learner);
  const modules = db('training_modules as m')
    .join('training_quiz_versions as v', (j) => j.on('v.module_id', 'm.id').andOn('v.version', 'm.current_version'))
    .where({ 'm.tenant_id': ctx.tenantId, 'm.status': 'published' })
    .select('m.id', 'm.title', 'm.description', 'm.current_version', 'v.pass_threshold', 'v.valid_for_days')
    .select(db.raw('jsonb_array_length(v.questions)::int as question_count'))
    .select(db.raw('case when m.required_for_all or ?::text = any(m.required_roles) then 0 else 1 end as required_rank', [role ?? '']))
    .select(db.raw('lower(m.title) as title_key'));
  const result = await keysetPage<Record<string, any>>(
    db.from(modules.as('c')),
    [
      { column: 'c.required_rank', direction: 'asc' },
      { column: 'c.title_key', direction: 'asc' },
      { column: 'c.id', direction: 'asc' },
    ],
    page,
  );
  const evidence = await loadEvidence(db, [learner.personId], result.items.map((m) => m.id));
  const { retryCooldownMinutes } = await ctx.settings();
  return {
    items: result.items.map((m) => ({
      id: m.id,
      title: m.title,
      descriptionHtml: renderMarkdown(m.description),
      required: Number(m.requiredRank) === 0,
      version: m.currentVersion,
      questionCount: Number(m.questionCount),
      passThreshold: m.passThreshold,
      validForDays: m.validForDays,
      status: deriveStatus(evidenceOf(evidence, learner.personId, m.id), ctx.now, retryCooldownMinutes),
    })),
    nextCursor: result.nextCursor,
  };
}

export async function getLearnerModule(ctx: TrainingContext, id: string) {
  const learner = assertLearner(ctx.actor);
  const module = await publishedModule(ctx, id);
  const version = await currentVersion(ctx.db, module);
  return {
    id: module.id,
    title: module.title,
    descriptionHtml: renderMarkdown(module.description),
    sections: module.sections.map((s) => ({ title: s.title, html: renderMarkdown(s.body) })),
    documentFileIds: module.documentFileIds ?? [],
    required: isRequiredFor(module, await roleOf(ctx.db, learner)),
    version: version.version,
    passThreshold: version.passThreshold,
    validForDays: version.validForDays,
    totalPoints: version.totalPoints,
    quiz: publicQuiz(version.questions),
    status: await statusOf(ctx, learner, id),
  };
}

/** Locks (creating it if needed) the person's progress row for the module. */
async function lockProgress(ctx: TrainingContext, learner: Learner, moduleId: string): Promise<{ id: string; startedAt: Date | null }> {
  await ctx.db('training_progress')
    .insert({ tenantId: ctx.tenantId, personId: learner.personId, partnerId: learner.partnerId, moduleId })
    .onConflict(['tenant_id', 'person_id', 'module_id'])
    .ignore();
  return ctx.db('training_progress').where({ tenantId: ctx.tenantId, personId: learner.personId, moduleId }).forUpdate().first('id', 'started_at');
}

/** Marks the module as being worked on (the module page calls it when opened). */
export async function startModule(ctx: TrainingContext, id: string): Promise<LearnerStatus> {
  const learner = assertLearner(ctx.actor);
  await publishedModule(ctx, id);
  const progress = await lockProgress(ctx, learner, id);
  const before = await statusOf(ctx, learner, id);
  if (before.state !== 'in_progress' && before.state !== 'certified') {
    await ctx.db('training_progress').where({ id: progress.id }).update({ startedAt: ctx.now, updatedAt: ctx.now });
    await ctx.audit({ action: 'training.module.started', targetType: 'training_module', targetId: id, before: { state: before.state }, after: { state: 'in_progress' } });
    return statusOf(ctx, learner, id);
  }
  return before;
}

export async function submitAttempt(ctx: TrainingContext, moduleId: string, submission: { version: number; answers: Answer[] }) {
  const learner = assertLearner(ctx.actor);
  const { db, now } = ctx;
  const module = await publishedModule(ctx, moduleId);
  await lockProgress(ctx, learner, moduleId);
  const settings = await ctx.settings();

  const version: VersionRow | undefined = await db('training_quiz_versions').where({ moduleId, version: submission.version }).whereNotNull('published_at').first();
  if (!version) throw problems.invalidField('/version', `is not a published version of this quiz (the current one is ${module.currentVersion})`);
  if (version.supersededAt) {
    const graceEnds = new Date(version.supersededAt).getTime() + settings.supersededVersionGraceHours * 3_600_000;
    if (now.getTime() > graceEnds) {
      throw new HttpProblem(409, 'quiz-version-superseded', 'Conflict', {
        detail: `Version ${version.version} of this quiz has been replaced by version ${module.currentVersion}; open the module again to take the current quiz.`,
        extensions: { currentVersion: module.currentVersion },
      });
    }
  }
  const errors = checkSubmission(version.questions, submission.answers, version.version);
  if (errors.length > 0) throw refusal(errors, 'submission');

  const evidence = evidenceOf(await loadEvidence(db, [learner.personId], [moduleId]), learner.personId, moduleId);
  const renewable = (cert: { expiresAt: Date | string | null }) => cert.expiresAt !== null && new Date(cert.expiresAt).getTime() <= now.getTime() + EXPIRY_WINDOW_DAYS * DAY_MS;
  if (isValidAt(evidence.best, now) && !renewable(evidence.best!)) {
    throw new HttpProblem(409, 'already-certified', 'Conflict', {
      detail: 'You already hold this certification; you can renew it in the 30 days before it expires.',
      extensions: { certificationId: evidence.best!.id, expiresAt: evidence.best!.expiresAt ? iso(evidence.best!.expiresAt) : null },
    });
  }
  const retryAt = retryAllowedAt(evidence.lastAttempt, now, settings.retryCooldownMinutes);
  if (retryAt) {
    throw new HttpProblem(409, 'retry-cooldown', 'Conflict', {
      detail: `Your last attempt did not pass; you can try again from ${retryAt.toISOString()}.`,
      headers: { 'Retry-After': String(Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 1000))) },
      extensions: { retryAllowedAt: retryAt.toISOString() },
    });
  }

  const result = grade(version.questions, submission.answers, version.passThreshold);
  const [attempt] = await db('training_attempts')
    .insert({
      tenantId: ctx.tenantId,
      personId: learner.personId,
      partnerId: learner.partnerId,
      moduleId,
      versionId: version.id,
      version: version.version,
      answers: JSON.stringify(submission.answers),
      scorePoints: result.scorePoints,
      totalPoints: result.totalPoints,
      passThreshold: version.passThreshold,
      passed: result.passed,
      submittedAt: now,
    })
    .returning(['id', 'submitted_at']);
  const outcome = { moduleId, version: version.version, scorePoints: result.scorePoints, totalPoints: result.totalPoints, passThreshold: version.passThreshold, passed: result.passed };
  await ctx.audit({ action: 'training.attempt.submitted', targetType: 'training_attempt', targetId: attempt.id, after: outcome });

  let certification: { id: string; passedAt: string; expiresAt: string | null } | null = null;
  if (result.passed) {
    const expiresAt = version.validForDays === null ? null : new Date(now.getTime() + version.validForDays * DAY_MS);
    const [cert] = await db('training_certifications')
      .insert({ tenantId: ctx.tenantId, personId: learner.personId, partnerId: learner.partnerId, moduleId, versionId: version.id, version: version.version, attemptId: attempt.id, passedAt: now, expiresAt })
      .returning(['id', 'passed_at', 'expires_at']);
    certification = { id: cert.id, passedAt: iso(cert.passedAt), expiresAt: cert.expiresAt ? iso(cert.expiresAt) : null };
    await ctx.audit({ action: 'training.certification.granted', targetType: 'training_certification', targetId: cert.id, after: { moduleId, version: version.version, ...certification } });
    await ctx.emit('training.attempt.passed', { attemptId: attempt.id, certificationId: cert.id, personId: learner.personId, partnerId: learner.partnerId, moduleId, version: version.version, scorePoints: result.scorePoints, totalPoints: result.totalPoints, expiresAt: certification.expiresAt });
  } else {
    await ctx.emit('training.attempt.failed', { attemptId: attempt.id, personId: learner.personId, partnerId: learner.partnerId, moduleId, version: version.version, scorePoints: result.scorePoints, totalPoints: result.totalPoints });
  }

  return {
    id: attempt.id,
    moduleId,
    version: version.version,
    scorePoints: result.scorePoints,
    totalPoints: result.totalPoints,
    percent: result.percentHundredths / 100,
    passThreshold: version.passThreshold,
    passed: result.passed,
    submittedAt: iso(attempt.submittedAt),
    questions: result.questions.map((q) => ({ questionId: q.questionId, correct: q.correct })),
    certification,
    status: await statusOf(ctx, learner, moduleId),
  };
}

export async function listMyCertifications(ctx: TrainingContext, page: { cursor?: string; limit?: number }) {
  const learner = assertLearner(ctx.actor);
  const query = ctx.db('training_certifications as c')
    .join('training_modules as m', 'm.id', 'c.module_id')
    .where({ 'c.tenant_id': ctx.tenantId, 'c.person_id': learner.personId, 'c.partner_id': learner.partnerId })
    .select('c.id', 'c.module_id', 'm.title', 'c.version', 'c.passed_at', 'c.expires_at');
  const result = await keysetPage<Record<string, any>>(query, [{ column: 'c.passed_at', direction: 'desc' }, { column: 'c.id', direction: 'desc' }], page);
  return {
    items: result.items.map((c) => ({
      id: c.id,
      moduleId: c.moduleId,
      moduleTitle: c.title,
      version: c.version,
      passedAt: iso(c.passedAt),
      expiresAt: c.expiresAt ? iso(c.expiresAt) : null,
      valid: isValidAt(c as { expiresAt: Date | null }, ctx.now),
    })),
    nextCursor: result.nextCursor,
  };
}
