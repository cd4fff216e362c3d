import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type TestTenant } from '@portico/testing';
import { accessPlugin } from '@portico/plugin-access';
import { trainingPlugin } from '../src/index.js';
import { addMember, answersFor, multiple, publishedModule, single, staffOf, submit, type QuestionView } from './support.js';

describe('quizzes graded on the server', () => {
  let h: Harness;
  let alpha: TestTenant;
  let staff: string;

  beforeAll(async () => {
    h = await startHarness({ plugins: [accessPlugin, trainingPlugin] });
    alpha = await h.tenant('alpha');
    staff = staffOf(h, alpha);
  });
  afterAll(() => h?.close());

  const attemptsOf = (personId: string) => h.server.database.knex('training_attempts').where({ personId });
  const fieldsOf = (body: any) => (body.errors ?? []).map((e: { field: string }) => e.field);

  it('never sends which options are correct to the person taking the quiz', async () => {
    const module = await publishedModule(h, staff, { quiz: [single(1), multiple(2)] });
    const person = await addMember(h, alpha);
    const answer = await h.api('GET', `/api/v1/training/catalog/${module.id}`, { auth: person.auth });
    expect(answer.status, answer.text).toBe(200);
    expect(answer.text).not.toContain('"correct"');
    expect(answer.body.quiz).toHaveLength(2);
    expect(answer.body.quiz[1].options.map((o: { id: string }) => o.id)).toEqual(module.quiz[1].options.map((o: { id: string }) => o.id));
    expect(answer.body.version).toBe(1);
  });

  it('grades right answers as a pass and records the attempt and a certification', async () => {
    const module = await publishedModule(h, staff, { quiz: [single(3), multiple(2)], validForDays: 90 });
    const person = await addMember(h, alpha);
    const answer = await submit(h, person.auth, module.id, { version: 1, answers: answersFor(module.quiz) });
    expect(answer.status, answer.text).toBe(201);
    expect(answer.body).toMatchObject({ scorePoints: 5, totalPoints: 5, percent: 100, passed: true, version: 1, status: { state: 'certified' } });
    expect(answer.body.questions.every((q: { correct: boolean }) => q.correct)).toBe(true);
    const { passedAt, expiresAt } = answer.body.certification;
    expect(new Date(expiresAt).getTime() - new Date(passedAt).getTime()).toBe(90 * 86_400_000);
    expect(await attemptsOf(person.id)).toHaveLength(1);
  });

  it('counts a multiple-choice question only when exactly its correct options are chosen', async () => {
    const module = await publishedModule(h, staff, { quiz: [multiple(1, [0, 1])], passThreshold: 100 });
    const q = module.quiz[0] as QuestionView;
    const half = await addMember(h, alpha);
    const partial = await submit(h, half.auth, module.id, { version: 1, answers: [{ questionId: q.id, optionIds: [q.options[0].id] }] });
    expect(partial.body).toMatchObject({ scorePoints: 0, passed: false });
    const greedy = await addMember(h, alpha);
    const everything = await submit(h, greedy.auth, module.id, { version: 1, answers: [{ questionId: q.id, optionIds: q.options.map((o) => o.id) }] });
    expect(everything.body).toMatchObject({ scorePoints: 0, passed: false });
  });

  describe('the pass threshold, at its boundary, in integer points', () => {
    // 10,000 points: 7,999 is 79.99 %, 8,000 is 80 %, 8,001 is 80.01 %.
    let module: any;
    beforeAll(async () => {
      module = await publishedModule(h, staff, { quiz: [single(7999), single(1), single(2), single(1998)], passThreshold: 80 });
    });
    const scoring = async (right: number[]) => {
      const person = await addMember(h, alpha);
      const answer = await submit(h, person.auth, module.id, { version: 1, answers: answersFor(module.quiz, (i) => right.includes(i)) });
      expect(answer.status, answer.text).toBe(201);
      return answer.body;
    };

    it('fails at 79.99 %', async () => {
      expect(await scoring([0])).toMatchObject({ scorePoints: 7999, totalPoints: 10000, percent: 79.99, passed: false, certification: null, status: { state: 'failed' } });
    });
    it('passes at exactly 80 %', async () => {
      expect(await scoring([0, 1])).toMatchObject({ scorePoints: 8000, percent: 80, passed: true, status: { state: 'certified' } });
    });
    it('passes at 80.01 %', async () => {
      expect(await scoring([0, 2])).toMatchObject({ scorePoints: 8001, percent: 80.01, passed: true });
    });
    it('does not round two thirds up to a pass of 67 %', async () => {
      const thirds = await publishedModule(h, staff, { quiz: [single(1), single(1), single(1)], passThreshold: 67 });
      const person = await addMember(h, alpha);
      const answer = await submit(h, person.auth, thirds.id, { version: 1, answers: answersFor(thirds.quiz, (i) => i < 2) });
      expect(answer.body).toMatchObject({ scorePoints: 2, totalPoints: 3, percent: 66.66, passed: false });
    });
  });

  describe('tampered submissions are refused with the field at fault, and record nothing', () => {
    let module: any;
    beforeAll(async () => {
      module = await publishedModule(h, staff, { quiz: [single(1), multiple(1), single(1)] });
    });

    async function refused(body: unknown, field: string, message?: RegExp) {
      const person = await addMember(h, alpha);
      const answer = await submit(h, person.auth, module.id, body);
      expect(answer.status, answer.text).toBe(400);
      expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(fieldsOf(answer.body)).toContain(field);
      if (message) expect(answer.body.errors.find((e: { field: string }) => e.field === field).message).toMatch(message);
      expect(await attemptsOf(person.id)).toHaveLength(0);
    }

    it('an option that does not exist', async () => {
      const answers = answersFor(module.quiz);
      answers[1].optionIds = [answers[1].optionIds[0], randomUUID()];
      await refused({ version: 1, answers }, '/answers/1/optionIds/1', /not an option/);
    });

    it('an option of another question', async () => {
      const answers = answersFor(module.quiz);
      answers[0].optionIds = [module.quiz[2].options[0].id];
      await refused({ version: 1, answers }, '/answers/0/optionIds/0');
    });

    it('the same question answered twice', async () => {
      const answers = answersFor(module.quiz);
      await refused({ version: 1, answers: [...answers, answers[0]] }, '/answers/3/questionId', /already answered/);
    });

    it('the same option chosen twice', async () => {
      const answers = answersFor(module.quiz);
      answers[1].optionIds = [answers[1].optionIds[0], answers[1].optionIds[0]];
      await refused({ version: 1, answers }, '/answers/1/optionIds/1', /twice/);
    });

    it('two options on a single-choice question', async () => {
      const answers = answersFor(module.quiz);
      answers[0].optionIds = module.quiz[0].options.slice(0, 2).map((o: { id: string }) => o.id);
      await refused({ version: 1, answers }, '/answers/0/optionIds', /single-choice/);
    });

    it('a question left unanswered', async () => {
      await refused({ version: 1, answers: answersFor(module.quiz).slice(0, 2) }, '/answers', /not answered/);
    });

    it('a question that is not in the quiz', async () => {
      const answers = answersFor(module.quiz);
      answers[2].questionId = randomUUID();
      await refused({ version: 1, answers }, '/answers/2/questionId', /not a question of version 1/);
    });

    it('a version the quiz does not have', async () => {
      await refused({ version: 7, answers: answersFor(module.quiz) }, '/version');
    });

    it('an answer without any option, or with ids that are not ids', async () => {
      const answers = answersFor(module.quiz);
      answers[0].optionIds = [];
      await refused({ version: 1, answers }, '/answers/0/optionIds');
      const person = await addMember(h, alpha);
      const forged = await submit(h, person.auth, module.id, { version: 1, answers: [{ questionId: 'q1', optionIds: ['a'] }] });
      expect(forged.status).toBe(400);
    });
  });

  describe('versions', () => {
    it('a published quiz changes by a new version; answers of one version do not count for another', async () => {
      const module = await publishedModule(h, staff, { quiz: [single(1), single(1)] });
      const v1 = module.quiz as QuestionView[];
      const edited = await h.api('PATCH', `/api/v1/training/modules/${module.id}`, { auth: staff, body: { quiz: [single(1, 1), single(2, 2)] } });
      expect(edited.status, edited.text).toBe(200);
      expect(edited.body.version).toBe(2);
      const v2 = edited.body.quiz as QuestionView[];
      expect(v2.map((q) => q.id)).not.toEqual(expect.arrayContaining(v1.map((q) => q.id)));

      const person = await addMember(h, alpha);
      const shown = await h.api('GET', `/api/v1/training/catalog/${module.id}`, { auth: person.auth });
      expect(shown.body.version).toBe(2);

      const mixed = await submit(h, person.auth, module.id, { version: 2, answers: answersFor(v1) });
      expect(mixed.status, mixed.text).toBe(400);
      expect(fieldsOf(mixed.body)).toEqual(expect.arrayContaining(['/answers/0/questionId', '/answers/1/questionId', '/answers']));
      expect(mixed.body.errors[0].message).toMatch(/not a question of version 2/);

      const backwards = await submit(h, person.auth, module.id, { version: 1, answers: answersFor(v2) });
      expect(backwards.status).toBe(400);
      expect(fieldsOf(backwards.body)).toContain('/answers/0/questionId');
      expect(await attemptsOf(person.id)).toHaveLength(0);

      const graded = await submit(h, person.auth, module.id, { version: 2, answers: answersFor(v2) });
      expect(graded.status, graded.text).toBe(201);
      expect(graded.body).toMatchObject({ version: 2, scorePoints: 3, totalPoints: 3, passed: true });
    });

    it('a person who opened the previous version may still submit it for the grace period, graded on that version', async () => {
      const module = await publishedModule(h, staff, { quiz: [single(1), single(1)], passThreshold: 50 });
      const person = await addMember(h, alpha);
      await h.api('PATCH', `/api/v1/training/modules/${module.id}`, { auth: staff, body: { passThreshold: 100 } });
      const answer = await submit(h, person.auth, module.id, { version: 1, answers: answersFor(module.quiz, (i) => i === 0) });
      expect(answer.status, answer.text).toBe(201);
      expect(answer.body).toMatchObject({ version: 1, passThreshold: 50, passed: true });

      const settings = await h.api('PATCH', '/api/v1/training/settings', { auth: staff, body: { supersededVersionGraceHours: 0 } });
      expect(settings.status, settings.text).toBe(200);
      const late = await addMember(h, alpha);
      const refused = await submit(h, late.auth, module.id, { version: 1, answers: answersFor(module.quiz) });
      expect(refused.status, refused.text).toBe(409);
      expect(refused.body).toMatchObject({ currentVersion: 2 });
      await h.api('PATCH', '/api/v1/training/settings', { auth: staff, body: { supersededVersionGraceHours: 24 } });
    });
  });
});
