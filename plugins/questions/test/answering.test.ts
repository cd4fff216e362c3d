/**
 * Answering: one answer per question, updates kept as versions, the asker told by email in their own
 * language; the asker closes and reopens.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness, TestTenant } from '@portico/testing';
import { as, deliverEvents, expectOnlySafeTags, mailTo, person, startQuestionsHarness, type Person } from './support.js';

describe('answering questions', () => {
  let h: Harness;
  let alpha: TestTenant;
  let asker: Person;
  let colleague: Person;
  let support: Person;
  let manager: Person;

  beforeAll(async () => {
    h = await startQuestionsHarness();
    alpha = await h.tenant('alpha');
    asker = await person(h, alpha, 'technical');
    colleague = await person(h, alpha, 'principal');
    support = await person(h, alpha, 'support');
    manager = await person(h, alpha, 'partner_manager');
  });
  afterAll(() => h?.close());

  const ask = async (who = asker, subject = 'Webhook retries') => {
    const asked = await as(h, who).post('/questions', { subject, body: 'How often are failed webhooks retried?' });
    expect(asked.status, asked.text).toBe(201);
    return asked.body.id as string;
  };
  const answer = (id: string, body: string, who = support) => as(h, who).put(`/questions/${id}/answer`, { body });

  it('answers, then updates the answer: every version is kept, the newest is the answer', async () => {
    const id = await ask();
    const first = await answer(id, 'Eight times, with **exponential** backoff.');
    expect(first.status, first.text).toBe(200);
    expect(first.body).toMatchObject({
      status: 'answered',
      answerVersion: 1,
      answeredAt: expect.any(String),
      answer: { version: 1, body: 'Eight times, with **exponential** backoff.', bodyHtml: '<p>Eight times, with <strong>exponential</strong> backoff.</p>\n', answeredBy: { id: support.id } },
    });

    const updated = await answer(id, 'Eight times over about four hours.', manager);
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ status: 'answered', answerVersion: 2, answeredAt: first.body.answeredAt, answer: { version: 2, answeredBy: { id: manager.id } } });

    // The asker's organisation reads the history, newest first.
    const history = await as(h, colleague).get(`/questions/${id}/answers`);
    expect(history.status, history.text).toBe(200);
    expect(history.body.items.map((a: { version: number; body: string }) => [a.version, a.body])).toEqual([
      [2, 'Eight times over about four hours.'],
      [1, 'Eight times, with **exponential** backoff.'],
    ]);
    expect(history.body.nextCursor).toBeNull();
    const paged = await as(h, support).get(`/questions/${id}/answers?limit=1`);
    expect(paged.body.items.map((a: { version: number }) => a.version)).toEqual([2]);
    const rest = await as(h, support).get(`/questions/${id}/answers?limit=1&cursor=${paged.body.nextCursor}`);
    expect(rest.body.items.map((a: { version: number }) => a.version)).toEqual([1]);

    const audits = await h.server.database.knex('audit_events').where({ targetId: id }).whereIn('action', ['questions.answer.created', 'questions.answer.updated']).orderBy('created_at');
    expect(audits.map((a) => a.action)).toEqual(['questions.answer.created', 'questions.answer.updated']);
    expect(audits[1]).toMatchObject({ actorPersonId: manager.id, partnerId: alpha.partnerId, before: { version: 1 }, after: { version: 2 } });
    const events = await h.server.database.knex('outbox_events').where({ type: 'questions.question.answered' }).whereRaw("payload->>'questionId' = ?", [id]).orderBy('created_at');
    expect(events.map((e) => e.payload)).toEqual([
      { questionId: id, partnerId: alpha.partnerId, askedBy: asker.id, version: 1, isUpdate: false },
      { questionId: id, partnerId: alpha.partnerId, askedBy: asker.id, version: 2, isUpdate: true },
    ]);
  });

  it('sending the current answer again changes nothing and tells nobody', async () => {
    const id = await ask();
    await answer(id, 'Yes.');
    const again = await answer(id, 'Yes.');
    expect(again.status).toBe(200);
    expect(again.body.answerVersion).toBe(1);
    const events = await h.server.database.knex('outbox_events').where({ type: 'questions.question.answered' }).whereRaw("payload->>'questionId' = ?", [id]);
    expect(events).toHaveLength(1);
  });

  it('emails the asker on the answer and on each update, in their language, and no one else', async () => {
    const french = await person(h, alpha, 'technical', { locale: 'fr-FR' });
    const id = await ask(french, 'Limites de l’API');
    await answer(id, 'Cent requêtes par seconde.');
    await deliverEvents(h);
    await answer(id, 'Cent requêtes par seconde, [voir la doc](https://docs.example.com/limits).');
    await deliverEvents(h);

    const mails = await mailTo(h, french.email);
    expect(mails.map((m) => [m.kind, m.subject])).toEqual([
      ['questions.answered', 'Votre question a reçu une réponse : Limites de l’API'],
      ['questions.answer-updated', 'La réponse à votre question a été mise à jour : Limites de l’API'],
    ]);
    expect(mails[1].textBody).toContain('Cent requêtes par seconde, [voir la doc]');
    expect(mails[1].textBody).toContain(`https://partners.example.test/questions/${id}`);
    expect(mails[1].htmlBody).toContain('<a href="https://docs.example.com/limits"');
    expect(await mailTo(h, colleague.email)).toEqual([]);
  });

  it('writes to a Spanish asker in Spanish, and to one with no locale in English', async () => {
    const spanish = await person(h, alpha, 'technical', { locale: 'es' });
    const plain = await person(h, alpha, 'technical');
    await answer(await ask(spanish, 'Límites'), 'Cien.');
    await answer(await ask(plain, 'Limits'), 'A hundred.');
    await deliverEvents(h);
    expect((await mailTo(h, spanish.email)).map((m) => m.subject)).toEqual(['Su pregunta tiene respuesta: Límites']);
    const [english] = await mailTo(h, plain.email);
    expect(english.subject).toBe('Your question has an answer: Limits');
    expect(english.textBody).toMatch(/^Hello technical \d+,\n\nTenant alpha answered your question “Limits”:\n\nA hundred\./);
  });

  it('sanitises the answer too: scripts, event handlers and javascript: URLs never reach the page or the email', async () => {
    const id = await ask();
    const payload = 'See <script>alert(1)</script> <img src=x onerror=alert(1)> [here](javascript:alert(1)) <a href="javascript:alert(2)">x</a>';
    const answered = await answer(id, payload);
    expect(answered.status).toBe(200);
    expect(answered.body.answer.body).toBe(payload);
    expectOnlySafeTags(answered.body.answer.bodyHtml);
    const history = await as(h, asker).get(`/questions/${id}/answers`);
    expectOnlySafeTags(history.body.items[0].bodyHtml);
    await deliverEvents(h);
    const mail = (await mailTo(h, asker.email)).at(-1)!;
    expect(mail.textBody).toContain(payload);
    expectOnlySafeTags(mail.htmlBody!);
  });

  it('lets only staff answer: a member holding the permission is refused, and members without it get 403', async () => {
    const id = await ask();
    const refused = await as(h, colleague).put(`/questions/${id}/answer`, { body: 'I know this one' });
    expect(refused.status).toBe(403);
    const memberWithPermission = h.member(alpha, ['questions.answer', 'questions.read']);
    const alsoRefused = await h.api('PUT', `/api/v1/questions/${id}/answer`, { auth: memberWithPermission, body: { body: 'Me too' } });
    expect(alsoRefused.status).toBe(403);
    expect((await as(h, asker).get(`/questions/${id}`)).body.answer).toBeNull();
  });

  describe('closing and reopening', () => {
    it('the asker closes and reopens; reopening puts it back in the queue as open with its answer kept', async () => {
      const id = await ask();
      await answer(id, 'Done.');
      const closed = await as(h, asker).post(`/questions/${id}/close`);
      expect(closed.status, closed.text).toBe(200);
      expect(closed.body).toMatchObject({ status: 'closed', closedAt: expect.any(String) });

      const twice = await as(h, asker).post(`/questions/${id}/close`);
      expect(twice.status).toBe(409);

      const reopened = await as(h, asker).post(`/questions/${id}/reopen`);
      expect(reopened.status).toBe(200);
      expect(reopened.body).toMatchObject({ status: 'open', closedAt: null, answerVersion: 1, answer: { body: 'Done.' } });
      expect((await as(h, asker).post(`/questions/${id}/reopen`)).status).toBe(409);

      // An updated answer answers it again.
      const again = await answer(id, 'Done, and here is more.');
      expect(again.body).toMatchObject({ status: 'answered', answerVersion: 2 });

      const actions = await h.server.database.knex('audit_events').where({ targetId: id }).whereIn('action', ['questions.question.closed', 'questions.question.reopened']).orderBy('created_at');
      expect(actions.map((a) => [a.action, a.actorPersonId])).toEqual([
        ['questions.question.closed', asker.id],
        ['questions.question.reopened', asker.id],
      ]);
    });

    it('a colleague of the asker may read but not close or reopen (403); staff who answer may close', async () => {
      const id = await ask();
      const refused = await as(h, colleague).post(`/questions/${id}/close`);
      expect(refused.status).toBe(403);
      expect(refused.body.detail).toMatch(/person who asked/);
      expect((await as(h, colleague).get(`/questions/${id}`)).body.status).toBe('open');

      const closedByStaff = await as(h, support).post(`/questions/${id}/close`);
      expect(closedByStaff.status).toBe(200);
      expect((await as(h, colleague).post(`/questions/${id}/reopen`)).status).toBe(403);
    });

    it('an answer to a closed question corrects it without reopening it', async () => {
      const id = await ask();
      await answer(id, 'First.');
      await as(h, asker).post(`/questions/${id}/close`);
      const corrected = await answer(id, 'Corrected.');
      expect(corrected.body).toMatchObject({ status: 'closed', answerVersion: 2, answer: { body: 'Corrected.' } });
    });
  });

  describe('assigning', () => {
    it('assigns to an active staff member of the tenant, shows it to staff only, and unassigns', async () => {
      const id = await ask();
      const assigned = await as(h, support).put(`/questions/${id}/assignee`, { assigneeId: manager.id });
      expect(assigned.status, assigned.text).toBe(200);
      expect(assigned.body.assignee).toEqual({ id: manager.id, name: expect.any(String) });
      expect((await as(h, asker).get(`/questions/${id}`)).body).not.toHaveProperty('assignee');
      const [audit] = await h.server.database.knex('audit_events').where({ targetId: id, action: 'questions.question.assigned' });
      expect(audit).toMatchObject({ actorPersonId: support.id, before: { assigneeId: null }, after: { assigneeId: manager.id } });

      const cleared = await as(h, support).put(`/questions/${id}/assignee`, { assigneeId: null });
      expect(cleared.body.assignee).toBeNull();
    });

    it('refuses a member, a deactivated staff member, a stranger and staff of another tenant as assignee (400 naming the field)', async () => {
      const id = await ask();
      const gone = await person(h, alpha, 'support', { status: 'deactivated' });
      const beta = await h.tenant('beta');
      for (const assigneeId of [asker.id, gone.id, '7d7b1e3c-1a1a-4c4c-9d9d-000000000001', beta.staffId]) {
        const refused = await as(h, support).put(`/questions/${id}/assignee`, { assigneeId });
        expect(refused.status, refused.text).toBe(400);
        expect(refused.body.errors).toEqual([expect.objectContaining({ in: 'body', field: '/assigneeId' })]);
      }
      expect((await as(h, asker).put(`/questions/${id}/assignee`, { assigneeId: support.id })).status).toBe(403);
    });
  });
});
