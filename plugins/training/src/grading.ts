/**
 * Quizzes: checking what staff author, checking what a person submits, and grading it. Pure
 * functions, no database: the service hands in the version the person was shown.
 *
 * Scores are integer points and the pass rule is integer arithmetic (`score × 100 ≥ threshold ×
 * total`), so 79.99 % never rounds up to a pass and 80 % exactly always passes.
 */
import { randomUUID } from 'node:crypto';
import type { FieldError } from '@portico/core';
import { problems } from '@portico/core';

export type QuestionKind = 'single' | 'multiple';

export interface QuizOption {
  id: string;
  text: string;
  correct: boolean;
}

export interface QuizQuestion {
  id: string;
  prompt: string;
  kind: QuestionKind;
  points: number;
  options: QuizOption[];
}

/** A question as staff write it: ids are the server's to give. */
export interface QuestionInput {
  prompt: string;
  kind: QuestionKind;
  points: number;
  options: { text: string; correct: boolean }[];
}

export interface Answer {
  questionId: string;
  optionIds: string[];
}

/** What the browser may see of a question: never which options are correct. */
export interface PublicQuestion {
  id: string;
  prompt: string;
  kind: QuestionKind;
  points: number;
  options: { id: string; text: string }[];
}

export interface Grade {
  scorePoints: number;
  totalPoints: number;
  /** Hundredths of a percent, rounded down: 7999 is 79.99 %. */
  percentHundredths: number;
  passed: boolean;
  questions: { questionId: string; correct: boolean; points: number }[];
}

/** Refuses a quiz that cannot be graded: single choice needs one correct option, multiple at least one. */
export function checkQuiz(quiz: QuestionInput[], pointer = '/quiz'): void {
  const errors: FieldError[] = [];
  quiz.forEach((question, i) => {
    const at = `${pointer}/${i}`;
    if (!question.prompt.trim()) errors.push({ in: 'body', field: `${at}/prompt`, message: 'must not be blank' });
    const correct = question.options.filter((o) => o.correct).length;
    if (question.kind === 'single' && correct !== 1) {
      errors.push({ in: 'body', field: `${at}/options`, message: `a single-choice question needs exactly one correct option (it has ${correct})` });
    }
    if (question.kind === 'multiple' && correct < 1) {
      errors.push({ in: 'body', field: `${at}/options`, message: 'a multiple-choice question needs at least one correct option' });
    }
    const texts = new Set<string>();
    question.options.forEach((option, j) => {
      const text = option.text.trim().toLowerCase();
      if (!text) errors.push({ in: 'body', field: `${at}/options/${j}/text`, message: 'must not be blank' });
      else if (texts.has(text)) errors.push({ in: 'body', field: `${at}/options/${j}/text`, message: 'is the same as another option of this question' });
      texts.add(text);
    });
  });
  if (errors.length > 0) throw refusal(errors, 'quiz');
}

/** Gives every question and option a fresh id: ids never repeat across versions. */
export function withIds(quiz: QuestionInput[]): QuizQuestion[] {
  return quiz.map((q) => ({
    id: randomUUID(),
    prompt: q.prompt.trim(),
    kind: q.kind,
    points: q.points,
    options: q.options.map((o) => ({ id: randomUUID(), text: o.text.trim(), correct: o.correct })),
  }));
}

/** The quiz as staff wrote it, without ids: two versions with the same content compare equal. */
export function contentOf(quiz: QuizQuestion[] | QuestionInput[]): string {
  return JSON.stringify(
    quiz.map((q) => ({ prompt: q.prompt.trim(), kind: q.kind, points: q.points, options: q.options.map((o) => ({ text: o.text.trim(), correct: o.correct })) })),
  );
}

export function totalPoints(quiz: { points: number }[]): number {
  return quiz.reduce((sum, q) => sum + q.points, 0);
}

export function publicQuiz(quiz: QuizQuestion[]): PublicQuestion[] {
  return quiz.map((q) => ({ id: q.id, prompt: q.prompt, kind: q.kind, points: q.points, options: q.options.map((o) => ({ id: o.id, text: o.text })) }));
}

export function passes(scorePoints: number, total: number, thresholdPercent: number): boolean {
  return total > 0 && scorePoints * 100 >= thresholdPercent * total;
}

export function percentHundredths(scorePoints: number, total: number): number {
  return total > 0 ? Math.floor((scorePoints * 10_000) / total) : 0;
}

/** One 400 naming every field at fault. */
export function refusal(errors: FieldError[], what = 'request') {
  const detail = errors.length === 1 ? `${errors[0].field} ${errors[0].message}` : `${errors.length} problems in the ${what}; see errors.`;
  return problems.badRequest(detail, errors);
}

/**
 * Everything wrong with a submission against the version it names: answers to questions that are not
 * in it (unknown, or of another version), a question answered twice, options that are not the
 * question's, an option chosen twice, two options on a single-choice question, unanswered questions.
 */
export function checkSubmission(quiz: QuizQuestion[], answers: Answer[], version: number): FieldError[] {
  const errors: FieldError[] = [];
  const byId = new Map(quiz.map((q) => [q.id, q]));
  const answered = new Set<string>();
  answers.forEach((answer, i) => {
    const at = `/answers/${i}`;
    const question = byId.get(answer.questionId);
    if (!question) {
      errors.push({ in: 'body', field: `${at}/questionId`, message: `is not a question of version ${version} of this quiz` });
      return;
    }
    if (answered.has(answer.questionId)) {
      errors.push({ in: 'body', field: `${at}/questionId`, message: 'answers a question that is already answered' });
      return;
    }
    answered.add(answer.questionId);
    const optionIds = new Set(question.options.map((o) => o.id));
    const chosen = new Set<string>();
    answer.optionIds.forEach((optionId, j) => {
      if (!optionIds.has(optionId)) errors.push({ in: 'body', field: `${at}/optionIds/${j}`, message: 'is not an option of this question' });
      else if (chosen.has(optionId)) errors.push({ in: 'body', field: `${at}/optionIds/${j}`, message: 'is chosen twice' });
      chosen.add(optionId);
    });
    if (question.kind === 'single' && answer.optionIds.length > 1) {
      errors.push({ in: 'body', field: `${at}/optionIds`, message: 'a single-choice question takes exactly one option' });
    }
  });
  const missing = quiz.filter((q) => !answered.has(q.id));
  if (missing.length > 0) {
    errors.push({ in: 'body', field: '/answers', message: `${missing.length} question${missing.length === 1 ? ' is' : 's are'} not answered: ${missing.map((q) => q.id).join(', ')}` });
  }
  return errors;
}

/**
 * Grades a checked submission. A question scores its points when the options chosen are exactly its
 * correct options (all or nothing, also for multiple choice: half-right is not right).
 */
export function grade(quiz: QuizQuestion[], answers: Answer[], thresholdPercent: number): Grade {
  const chosenFor = new Map(answers.map((a) => [a.questionId, new Set(a.optionIds)]));
  const questions = quiz.map((q) => {
    const chosen = chosenFor.get(q.id) ?? new Set<string>();
    const correctIds = q.options.filter((o) => o.correct).map((o) => o.id);
    const correct = chosen.size === correctIds.length && correctIds.every((id) => chosen.has(id));
    return { questionId: q.id, correct, points: correct ? q.points : 0 };
  });
  const scorePoints = questions.reduce((sum, q) => sum + q.points, 0);
  const total = totalPoints(quiz);
  return { scorePoints, totalPoints: total, percentHundredths: percentHundredths(scorePoints, total), passed: passes(scorePoints, total, thresholdPercent), questions };
}
