/**
 * A person's status on a module, derived from what they did (never stored, so it cannot drift):
 *
 * - `certified`: they hold a certification that has not expired;
 * - `in_progress`: they opened the module (`POST …/start`, which the module page calls) after their
 *   last attempt, or have never submitted one;
 * - `failed`: their last attempt failed; `retryAllowedAt` says when they may submit again;
 * - `expired`: every certification they held has expired;
 * - `not_started`: none of the above.
 *
 * Checked in that order: a valid certification wins over a failed renewal attempt, and opening a
 * module again after failing or expiring shows it as being worked on.
 */
import type { Knex } from 'knex';

export type PersonState = 'not_started' | 'in_progress' | 'certified' | 'expired' | 'failed';

/** Certifications about to expire within this many days are flagged and their holders warned. */
export const EXPIRY_WINDOW_DAYS = 30;
export const DAY_MS = 86_400_000;

export interface LearnerStatus {
  state: PersonState;
  certificationId: string | null;
  certifiedAt: string | null;
  expiresAt: string | null;
  startedAt: string | null;
  lastAttemptAt: string | null;
  lastPercent: number | null;
  retryAllowedAt: string | null;
}

interface CertRow {
  id: string;
  personId: string;
  moduleId: string;
  passedAt: Date | string;
  expiresAt: Date | string | null;
}

interface AttemptRow {
  personId: string;
  moduleId: string;
  passed: boolean;
  scorePoints: number;
  totalPoints: number;
  submittedAt: Date | string;
}

interface ProgressRow {
  personId: string;
  moduleId: string;
  startedAt: Date | string | null;
}

export interface Evidence {
  /** The certification that lasts longest (never-expiring first). */
  best?: CertRow;
  lastAttempt?: AttemptRow;
  progress?: ProgressRow;
}

const key = (personId: string, moduleId: string) => `${personId}:${moduleId}`;
export const iso = (value: Date | string) => new Date(value).toISOString();
const isoOrNull = (value: Date | string | null | undefined) => (value ? iso(value) : null);

/** What decides the statuses of these people on these modules, in three queries. */
export async function loadEvidence(db: Knex.Transaction, personIds: string[], moduleIds: string[]): Promise<Map<string, Evidence>> {
  const evidence = new Map<string, Evidence>();
  if (personIds.length === 0 || moduleIds.length === 0) return evidence;
  const at = (personId: string, moduleId: string) => {
    const k = key(personId, moduleId);
    let entry = evidence.get(k);
    if (!entry) evidence.set(k, (entry = {}));
    return entry;
  };
  const certs: CertRow[] = await db('training_certifications')
    .distinctOn('person_id', 'module_id')
    .whereIn('person_id', personIds)
    .whereIn('module_id', moduleIds)
    .orderBy([{ column: 'person_id' }, { column: 'module_id' }, { column: 'expires_at', order: 'desc', nulls: 'first' }, { column: 'passed_at', order: 'desc' }])
    .select('id', 'person_id', 'module_id', 'passed_at', 'expires_at');
  for (const row of certs) at(row.personId, row.moduleId).best = row;
  const attempts: AttemptRow[] = await db('training_attempts')
    .distinctOn('person_id', 'module_id')
    .whereIn('person_id', personIds)
    .whereIn('module_id', moduleIds)
    .orderBy([{ column: 'person_id' }, { column: 'module_id' }, { column: 'submitted_at', order: 'desc' }, { column: 'id', order: 'desc' }])
    .select('person_id', 'module_id', 'passed', 'score_points', 'total_points', 'submitted_at');
  for (const row of attempts) at(row.personId, row.moduleId).lastAttempt = row;
  const progress: ProgressRow[] = await db('training_progress').whereIn('person_id', personIds).whereIn('module_id', moduleIds).select('person_id', 'module_id', 'started_at');
  for (const row of progress) at(row.personId, row.moduleId).progress = row;
  return evidence;
}

export function evidenceOf(all: Map<string, Evidence>, personId: string, moduleId: string): Evidence {
  return all.get(key(personId, moduleId)) ?? {};
}

export function isValidAt(cert: { expiresAt: Date | string | null } | undefined, now: Date): boolean {
  return !!cert && (cert.expiresAt === null || new Date(cert.expiresAt).getTime() > now.getTime());
}

/** When a person whose last attempt failed may submit again; null when they may now. */
export function retryAllowedAt(lastAttempt: AttemptRow | undefined, now: Date, cooldownMinutes: number): Date | null {
  if (!lastAttempt || lastAttempt.passed) return null;
  const allowed = new Date(new Date(lastAttempt.submittedAt).getTime() + cooldownMinutes * 60_000);
  return allowed.getTime() > now.getTime() ? allowed : null;
}

export function deriveStatus(evidence: Evidence, now: Date, cooldownMinutes: number): LearnerStatus {
  const { best, lastAttempt, progress } = evidence;
  const startedAt = progress?.startedAt ? new Date(progress.startedAt) : null;
  const lastAt = lastAttempt ? new Date(lastAttempt.submittedAt) : null;
  let state: PersonState;
  if (isValidAt(best, now)) state = 'certified';
  else if (startedAt && (!lastAt || startedAt > lastAt)) state = 'in_progress';
  else if (lastAttempt && !lastAttempt.passed) state = 'failed';
  else if (best) state = 'expired';
  else state = 'not_started';
  return {
    state,
    certificationId: best?.id ?? null,
    certifiedAt: isoOrNull(best?.passedAt),
    expiresAt: isoOrNull(best?.expiresAt),
    startedAt: isoOrNull(startedAt),
    lastAttemptAt: isoOrNull(lastAt),
    lastPercent: lastAttempt ? Math.floor((lastAttempt.scorePoints * 10_000) / Math.max(1, lastAttempt.totalPoints)) / 100 : null,
    retryAllowedAt: isoOrNull(retryAllowedAt(lastAttempt, now, cooldownMinutes)),
  };
}

export function expiringSoon(status: LearnerStatus, now: Date): boolean {
  return status.state === 'certified' && status.expiresAt !== null && new Date(status.expiresAt).getTime() <= now.getTime() + EXPIRY_WINDOW_DAYS * DAY_MS;
}
