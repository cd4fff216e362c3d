/**
 * Helpers for the training tests: people with a role in a partner, their bearer credentials, modules
 * made and published through the API, and answers built from the staff view of a quiz.
 */
import { expect } from 'vitest';
import type { Knex } from 'knex';
import { inTenantTransaction } from '@portico/server';
import type { Harness, TestTenant } from '@portico/testing';
import { P } from '../src/permissions.js';

export { P };

let seq = 0;

export interface QuizOptionView {
  id: string;
  text: string;
  correct: boolean;
}
export interface QuestionView {
  id: string;
  kind: 'single' | 'multiple';
  points: number;
  options: QuizOptionView[];
}

export function asTenant<T>(h: Harness, tenantId: string, work: (trx: Knex.Transaction) => Promise<T>): Promise<T> {
  return inTenantTransaction(h.server.database.knex, h.db.appRole, tenantId, work);
}

export interface Person {
  id: string;
  email: string;
  partnerId: string;
  role: string;
  /** A bearer credential of this person, holding what their role holds in training. */
  auth: string;
}

/** A member of `partnerId` (the tenant's first partner by default) with a partner role. */
export async function addMember(h: Harness, t: TestTenant, options: { role?: string; partnerId?: string; locale?: string; name?: string } = {}): Promise<Person> {
  const role = options.role ?? 'salesperson';
  const partnerId = options.partnerId ?? t.partnerId;
  const n = ++seq;
  const email = `learner${n}@${t.slug}.test`;
  const id = await asTenant(h, t.id, async (trx) => {
    const [person] = await trx('people')
      .insert({ tenantId: t.id, kind: 'member', email, name: options.name ?? `Learner ${String(n).padStart(3, '0')}`, status: 'active', locale: options.locale ?? null })
      .returning('id');
    await trx('memberships').insert({ tenantId: t.id, personId: person.id, partnerId, role });
    return person.id as string;
  });
  const permissions = role === 'partner_admin' ? [P.take, P.coverage] : [P.take];
  const auth = h.actors.mint({ kind: 'member', tenantId: t.id, personId: id, partnerId, roles: [role], permissions });
  return { id, email, partnerId, role, auth };
}

export const staffOf = (h: Harness, t: TestTenant) => h.staff(t, [P.manage, P.coverage]);

export function single(points: number, correct = 0, count = 3) {
  return { prompt: `Single question worth ${points}`, kind: 'single', points, options: Array.from({ length: count }, (_, i) => ({ text: `Option ${i + 1}`, correct: i === correct })) };
}

export function multiple(points: number, correct: number[] = [0, 1], count = 4) {
  return { prompt: `Multiple question worth ${points}`, kind: 'multiple', points, options: Array.from({ length: count }, (_, i) => ({ text: `Choice ${i + 1}`, correct: correct.includes(i) })) };
}

export async function createModule(h: Harness, staff: string, body: Record<string, unknown>): Promise<any> {
  const answer = await h.api('POST', '/api/v1/training/modules', { auth: staff, body: { title: `Module ${++seq}`, quiz: [single(1)], ...body } });
  expect(answer.status, answer.text).toBe(201);
  return answer.body;
}

export async function publishedModule(h: Harness, staff: string, body: Record<string, unknown>): Promise<any> {
  const made = await createModule(h, staff, body);
  const published = await h.api('POST', `/api/v1/training/modules/${made.id}/publish`, { auth: staff });
  expect(published.status, published.text).toBe(200);
  return published.body;
}

/** Answers to a quiz (staff view): the questions at `right` indexes answered correctly, the others wrongly. */
export function answersFor(quiz: QuestionView[], right: (i: number) => boolean = () => true) {
  return quiz.map((q, i) => ({
    questionId: q.id,
    optionIds: right(i) ? q.options.filter((o) => o.correct).map((o) => o.id) : [q.options.find((o) => !o.correct)!.id],
  }));
}

export const submit = (h: Harness, auth: string, moduleId: string, body: unknown) => h.api('POST', `/api/v1/training/catalog/${moduleId}/attempts`, { auth, body });

export async function catalogOf(h: Harness, auth: string, limit = 100): Promise<any[]> {
  const items: any[] = [];
  let cursor: string | null = null;
  do {
    const answer: { status: number; text: string; body: any } = await h.api('GET', `/api/v1/training/catalog?limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, { auth });
    expect(answer.status, answer.text).toBe(200);
    items.push(...answer.body.items);
    cursor = answer.body.nextCursor;
  } while (cursor);
  return items;
}
