/**
 * The staff queue across partners (open first, filters, cursor paging) and the tenant's categories.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness, TestTenant } from '@portico/testing';
import { as, asTenant, person, startQuestionsHarness, type Person } from './support.js';

describe('the staff queue and categories', () => {
  let h: Harness;
  let alpha: TestTenant;
  let acmeTech: Person;
  let globexTech: Person;
  let support: Person;
  let manager: Person;
  let category: { integrations: string; licensing: string };
  const ids: Record<string, string> = {};

  const DAY = 24 * 3600 * 1000;
  const base = Date.parse('2026-03-01T12:00:00Z');

  beforeAll(async () => {
    h = await startQuestionsHarness();
    alpha = await h.tenant('alpha');
    acmeTech = await person(h, alpha, 'technical');
    globexTech = await person(h, alpha, 'technical', { partnerId: alpha.otherPartnerId });
    support = await person(h, alpha, 'support');
    manager = await person(h, alpha, 'partner_manager');

    const integrations = await as(h, manager).post('/question-categories', { name: 'Integrations', description: 'APIs and SSO' });
    const licensing = await as(h, manager).post('/question-categories', { name: 'Licensing' });
    category = { integrations: integrations.body.id, licensing: licensing.body.id };

    // Five questions asked on known days: a (oldest) … e (newest).
    const plan = [
      ['a', acmeTech, category.integrations, 'answered'],
      ['b', globexTech, category.licensing, 'open'],
      ['c', acmeTech, null, 'closed'],
      ['d', globexTech, category.integrations, 'answered-then-open'],
      ['e', acmeTech, category.licensing, 'open'],
    ] as const;
    for (const [index, [key, who, categoryId, fate]] of plan.entries()) {
      const asked = await as(h, who).post('/questions', { subject: `Question ${key}`, body: 'Details', categoryId });
      expect(asked.status, asked.text).toBe(201);
      const id = asked.body.id as string;
      ids[key] = id;
      await asTenant(h, alpha.id, (trx) => trx('questions').where({ id }).update({ createdAt: new Date(base + index * DAY) }));
      if (fate !== 'open') await as(h, support).put(`/questions/${id}/answer`, { body: 'Answer' });
      if (fate === 'closed' || fate === 'answered-then-open') await as(h, who).post(`/questions/${id}/close`);
      if (fate === 'answered-then-open') await as(h, who).post(`/questions/${id}/reopen`);
    }
    await as(h, support).put(`/questions/${ids.b}/assignee`, { assigneeId: manager.id });
  });
  afterAll(() => h?.close());

  const queue = async (query = '', who = support) => {
    const answer = await as(h, who).get(`/questions${query}`);
    expect(answer.status, answer.text).toBe(200);
    return answer.body as { items: { id: string; subject: string; status: string }[]; nextCursor: string | null };
  };
  const keys = (items: { id: string }[]) => items.map((item) => Object.keys(ids).find((k) => ids[k] === item.id));

  it('shows staff every partner’s questions, those waiting for an answer first, oldest first within each', async () => {
    const all = await queue();
    expect(all.items.map((q) => q.status)).toEqual(['open', 'open', 'open', 'answered', 'closed']);
    expect(keys(all.items)).toEqual(['b', 'd', 'e', 'a', 'c']);
    expect(all.items[0]).toMatchObject({ partner: { id: alpha.otherPartnerId }, category: { name: 'Licensing' }, assignee: { id: manager.id } });
  });

  it('pages through the queue with cursors, in the same order, without repeats', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await queue(`?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...(keys(page.items) as string[]));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['b', 'd', 'e', 'a', 'c']);
    const forged = await as(h, support).get('/questions?cursor=bm90LWEtY3Vyc29y');
    expect(forged.status).toBe(400);
    expect(forged.body.errors).toContainEqual(expect.objectContaining({ in: 'query', field: '/cursor' }));
  });

  it('filters by status, never-answered, partner, category, assignee and asking date, and sorts by age', async () => {
    expect(keys((await queue('?status=open')).items)).toEqual(['b', 'd', 'e']);
    // d was answered once and reopened: open, but not "never answered".
    expect(keys((await queue('?unanswered=true')).items)).toEqual(['b', 'e']);
    expect(keys((await queue(`?partnerId=${alpha.otherPartnerId}`)).items)).toEqual(['b', 'd']);
    expect(keys((await queue(`?categoryId=${category.integrations}`)).items)).toEqual(['d', 'a']);
    expect(keys((await queue(`?assigneeId=${manager.id}`)).items)).toEqual(['b']);
    expect(keys((await queue('?assigneeId=none&status=open')).items)).toEqual(['d', 'e']);
    const from = new Date(base + 1 * DAY).toISOString();
    const to = new Date(base + 3 * DAY).toISOString();
    expect(keys((await queue(`?askedAfter=${from}&askedBefore=${to}&sort=oldest`)).items)).toEqual(['b', 'c']);
    expect(keys((await queue('?sort=newest')).items)).toEqual(['e', 'd', 'c', 'b', 'a']);
    expect(keys((await queue(`?askedBy=${acmeTech.id}&sort=oldest`)).items)).toEqual(['a', 'c', 'e']);
  });

  it('refuses a malformed filter with 400 naming it', async () => {
    for (const query of ['?status=pending', '?partnerId=acme', '?askedAfter=yesterday', '?sort=random', '?limit=101']) {
      const refused = await as(h, support).get(`/questions${query}`);
      expect(refused.status, query).toBe(400);
      expect(refused.body.errors[0]).toMatchObject({ in: 'query' });
    }
  });

  it('shows members their organisation’s questions, newest first, and their own with askedBy=me', async () => {
    const mine = await queue('', acmeTech);
    expect(keys(mine.items)).toEqual(['e', 'c', 'a']);
    const colleague = await person(h, alpha, 'principal');
    expect(keys((await queue('?askedBy=me', colleague)).items)).toEqual([]);
    expect(keys((await queue('?askedBy=me&status=open', acmeTech)).items)).toEqual(['e']);
    const assigneeFilter = await as(h, acmeTech).get(`/questions?assigneeId=${manager.id}`);
    expect(assigneeFilter.status).toBe(400);
    expect(assigneeFilter.body.errors).toContainEqual(expect.objectContaining({ in: 'query', field: '/assigneeId' }));
  });

  describe('categories', () => {
    it('are listed by name for members, who pick one when asking', async () => {
      const list = await as(h, acmeTech).get('/question-categories');
      expect(list.status).toBe(200);
      expect(list.body.items.map((c: { name: string }) => c.name)).toEqual(['Integrations', 'Licensing']);
      const asked = await as(h, acmeTech).post('/questions', { subject: 'SSO', body: 'How?', categoryId: category.integrations });
      expect(asked.body.category).toEqual({ id: category.integrations, name: 'Integrations' });
      const unknown = await as(h, acmeTech).post('/questions', { subject: 'SSO', body: 'How?', categoryId: alpha.partnerId });
      expect(unknown.status).toBe(400);
      expect(unknown.body.errors).toEqual([expect.objectContaining({ field: '/categoryId' })]);
    });

    it('are managed by staff only: members get 403', async () => {
      expect((await as(h, acmeTech).post('/question-categories', { name: 'Mine' })).status).toBe(403);
      expect((await as(h, acmeTech).patch(`/question-categories/${category.licensing}`, { name: 'Mine' })).status).toBe(403);
      expect((await as(h, acmeTech).delete(`/question-categories/${category.licensing}`)).status).toBe(403);
    });

    it('refuses a duplicate name, whatever its case (409)', async () => {
      const duplicate = await as(h, manager).post('/question-categories', { name: '  integrations ' });
      expect(duplicate.status).toBe(409);
      const renamed = await as(h, manager).patch(`/question-categories/${category.licensing}`, { name: 'INTEGRATIONS' });
      expect(renamed.status).toBe(409);
    });

    it('renames (questions follow), refuses deleting one in use, deletes an unused one; all audited', async () => {
      const renamed = await as(h, manager).patch(`/question-categories/${category.licensing}`, { name: 'Licences', description: 'Seats and renewals' });
      expect(renamed.status, renamed.text).toBe(200);
      expect(renamed.body).toMatchObject({ name: 'Licences', description: 'Seats and renewals' });
      expect((await as(h, support).get(`/questions/${ids.b}`)).body.category).toEqual({ id: category.licensing, name: 'Licences' });

      const inUse = await as(h, manager).delete(`/question-categories/${category.licensing}`);
      expect(inUse.status).toBe(409);
      expect(inUse.body.detail).toMatch(/rename it instead/);

      const spare = await as(h, manager).post('/question-categories', { name: 'Spare' });
      const deleted = await as(h, manager).delete(`/question-categories/${spare.body.id}`);
      expect(deleted.status).toBe(204);
      expect((await as(h, manager).delete(`/question-categories/${spare.body.id}`)).status).toBe(404);

      const actions = await h.server.database.knex('audit_events').whereIn('targetId', [category.licensing, spare.body.id]).orderBy('created_at').pluck('action');
      expect(actions).toEqual(['questions.category.created', 'questions.category.updated', 'questions.category.created', 'questions.category.deleted']);
    });
  });
});
