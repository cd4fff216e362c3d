import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type TestTenant } from '@portico/testing';
import { accessPlugin } from '@portico/plugin-access';
import { trainingPlugin } from '../src/index.js';
import { addMember, answersFor, catalogOf, createModule, P, publishedModule, single, staffOf, submit } from './support.js';

describe('training modules: authoring, visibility, roles', () => {
  let h: Harness;
  let alpha: TestTenant;
  let beta: TestTenant;
  let staff: string;

  beforeAll(async () => {
    h = await startHarness({ plugins: [accessPlugin, trainingPlugin] });
    alpha = await h.tenant('alpha');
    beta = await h.tenant('beta');
    staff = staffOf(h, alpha);
  });
  afterAll(() => h?.close());

  const knex = () => h.server.database.knex;

  it('renders the description and sections as safe HTML', async () => {
    const module = await createModule(h, staff, {
      description: 'Read **this** <script>alert(1)</script>',
      sections: [{ title: 'Links', body: '[click](javascript:alert(1)) and [docs](https://example.com)' }],
    });
    expect(module.descriptionHtml).toContain('<strong>this</strong>');
    expect(module.descriptionHtml).not.toContain('<script>');
    expect(module.sections[0].html).not.toMatch(/href="javascript/i);
    expect(module.sections[0].html).toContain('href="https://example.com"');
    expect(module).toMatchObject({ status: 'draft', version: 1, passThreshold: 80, validForDays: null, requiredFor: [] });
  });

  it('refuses a quiz that cannot be graded, naming the question', async () => {
    const noneRight = await h.api('POST', '/api/v1/training/modules', {
      auth: staff,
      body: { title: 'Broken', quiz: [single(1), { prompt: 'Pick one', kind: 'single', points: 1, options: [{ text: 'a', correct: true }, { text: 'b', correct: true }] }] },
    });
    expect(noneRight.status, noneRight.text).toBe(400);
    expect(noneRight.body.errors).toContainEqual(expect.objectContaining({ field: '/quiz/1/options' }));
    const badThreshold = await h.api('POST', '/api/v1/training/modules', { auth: staff, body: { title: 'Broken', passThreshold: 101 } });
    expect(badThreshold.status).toBe(400);
    expect(badThreshold.body.errors).toContainEqual(expect.objectContaining({ field: '/passThreshold' }));
    const badRole = await h.api('POST', '/api/v1/training/modules', { auth: staff, body: { title: 'Broken', requiredFor: ['ceo'] } });
    expect(badRole.status).toBe(400);
  });

  it('keeps authoring to staff, even for a member holding the permission', async () => {
    const member = h.member(alpha, [P.manage]);
    const answer = await h.api('POST', '/api/v1/training/modules', { auth: member, body: { title: 'Mine' } });
    expect(answer.status).toBe(403);
  });

  it('moves draft → published → retired, and refuses other moves', async () => {
    const empty = await createModule(h, staff, { quiz: [] });
    expect((await h.api('POST', `/api/v1/training/modules/${empty.id}/publish`, { auth: staff })).status).toBe(409);

    const module = await createModule(h, staff, {});
    expect((await h.api('POST', `/api/v1/training/modules/${module.id}/retire`, { auth: staff })).status).toBe(409);
    const published = await h.api('POST', `/api/v1/training/modules/${module.id}/publish`, { auth: staff });
    expect(published.body).toMatchObject({ status: 'published', publishedAt: expect.any(String) });
    expect((await h.api('POST', `/api/v1/training/modules/${module.id}/publish`, { auth: staff })).status).toBe(409);
    expect((await h.api('DELETE', `/api/v1/training/modules/${module.id}`, { auth: staff })).status).toBe(409);
    const retired = await h.api('POST', `/api/v1/training/modules/${module.id}/retire`, { auth: staff });
    expect(retired.body.status).toBe('retired');
    expect((await h.api('PATCH', `/api/v1/training/modules/${module.id}`, { auth: staff, body: { title: 'Again' } })).status).toBe(409);

    const actions = (await knex()('audit_events').where({ targetId: module.id }).orderBy('created_at')).map((e: { action: string }) => e.action);
    expect(actions).toEqual(['training.module.created', 'training.module.published', 'training.module.retired']);

    const draft = await createModule(h, staff, {});
    expect((await h.api('DELETE', `/api/v1/training/modules/${draft.id}`, { auth: staff })).status).toBe(204);
    expect((await h.api('GET', `/api/v1/training/modules/${draft.id}`, { auth: staff })).status).toBe(404);
  });

  it('hides drafts and retired modules from partners', async () => {
    const person = await addMember(h, alpha);
    const draft = await createModule(h, staff, { title: 'Secret draft' });
    const retired = await publishedModule(h, staff, { title: 'Old news' });
    await h.api('POST', `/api/v1/training/modules/${retired.id}/retire`, { auth: staff });
    const titles = (await catalogOf(h, person.auth)).map((m) => m.title);
    expect(titles).not.toContain('Secret draft');
    expect(titles).not.toContain('Old news');
    for (const id of [draft.id, retired.id]) {
      expect((await h.api('GET', `/api/v1/training/catalog/${id}`, { auth: person.auth })).status).toBe(404);
      expect((await submit(h, person.auth, id, { version: 1, answers: [] })).status).toBe(404);
      expect((await h.api('POST', `/api/v1/training/catalog/${id}/start`, { auth: person.auth })).status).toBe(404);
    }
  });

  it('editing a published quiz keeps past attempts and certifications on their version', async () => {
    const module = await publishedModule(h, staff, { quiz: [single(1), single(1)], validForDays: 365 });
    const person = await addMember(h, alpha);
    const passed = await submit(h, person.auth, module.id, { version: 1, answers: answersFor(module.quiz) });
    expect(passed.status, passed.text).toBe(201);

    const renamed = await h.api('PATCH', `/api/v1/training/modules/${module.id}`, { auth: staff, body: { title: 'Renamed', quiz: module.quiz.map((q: any) => ({ prompt: q.prompt, kind: q.kind, points: q.points, options: q.options.map((o: any) => ({ text: o.text, correct: o.correct })) })) } });
    expect(renamed.body).toMatchObject({ title: 'Renamed', version: 1 });

    const edited = await h.api('PATCH', `/api/v1/training/modules/${module.id}`, { auth: staff, body: { quiz: [single(5, 2)], validForDays: 30 } });
    expect(edited.body.version).toBe(2);
    expect(edited.body.versions).toMatchObject([
      { version: 1, attemptCount: 1, validForDays: 365, totalPoints: 2, supersededAt: expect.any(String) },
      { version: 2, attemptCount: 0, validForDays: 30, totalPoints: 5, supersededAt: null },
    ]);

    const mine = await h.api('GET', '/api/v1/training/certifications', { auth: person.auth });
    expect(mine.body.items).toEqual([expect.objectContaining({ moduleId: module.id, version: 1, valid: true, expiresAt: passed.body.certification.expiresAt })]);
    const attempt = await knex()('training_attempts').where({ id: passed.body.id }).first();
    expect(attempt).toMatchObject({ version: 1, scorePoints: 2, totalPoints: 2, passed: true });
    const shown = await h.api('GET', `/api/v1/training/catalog/${module.id}`, { auth: person.auth });
    expect(shown.body).toMatchObject({ version: 2, status: { state: 'certified' } });
  });

  it('lists the modules required for one’s role first, then the others, by title', async () => {
    const t = await h.tenant('roles');
    const s = staffOf(h, t);
    await publishedModule(h, s, { title: 'Zeta for everyone', requiredFor: 'all' });
    await publishedModule(h, s, { title: 'Alpha for sellers', requiredFor: ['salesperson', 'principal'] });
    await publishedModule(h, s, { title: 'Beta optional', requiredFor: [] });
    await publishedModule(h, s, { title: 'Gamma for technicians', requiredFor: ['technical'] });
    await createModule(h, s, { title: 'Delta draft', requiredFor: 'all' });

    const seller = await addMember(h, t, { role: 'salesperson' });
    const sellerView = await catalogOf(h, seller.auth, 1);
    expect(sellerView.map((m) => [m.title, m.required])).toEqual([
      ['Alpha for sellers', true],
      ['Zeta for everyone', true],
      ['Beta optional', false],
      ['Gamma for technicians', false],
    ]);
    const tech = await addMember(h, t, { role: 'technical' });
    expect((await catalogOf(h, tech.auth, 2)).map((m) => [m.title, m.required])).toEqual([
      ['Gamma for technicians', true],
      ['Zeta for everyone', true],
      ['Alpha for sellers', false],
      ['Beta optional', false],
    ]);
    expect(sellerView[0].status).toMatchObject({ state: 'not_started', retryAllowedAt: null });
  });

  it('keeps modules to their tenant', async () => {
    const module = await publishedModule(h, staff, { title: 'Alpha only' });
    const stranger = await addMember(h, beta);
    expect((await catalogOf(h, stranger.auth)).map((m) => m.id)).not.toContain(module.id);
    expect((await h.api('GET', `/api/v1/training/catalog/${module.id}`, { auth: stranger.auth })).status).toBe(404);
    expect((await h.api('GET', `/api/v1/training/modules/${module.id}`, { auth: staffOf(h, beta) })).status).toBe(404);
    expect((await submit(h, stranger.auth, module.id, { version: 1, answers: answersFor(module.quiz) })).status).toBe(404);
  });

  it('staff list modules by status, a page at a time', async () => {
    const t = await h.tenant('listing');
    const s = staffOf(h, t);
    for (let i = 0; i < 3; i++) await publishedModule(h, s, { title: `Published ${i}` });
    await createModule(h, s, { title: 'A draft' });
    const first = await h.api('GET', '/api/v1/training/modules?status=published&limit=2', { auth: s });
    expect(first.body.items).toHaveLength(2);
    const second = await h.api('GET', `/api/v1/training/modules?status=published&limit=2&cursor=${encodeURIComponent(first.body.nextCursor)}`, { auth: s });
    expect(second.body).toMatchObject({ items: [expect.objectContaining({ status: 'published' })], nextCursor: null });
    const all = await h.api('GET', '/api/v1/training/modules', { auth: s });
    expect(all.body.items.map((m: { title: string }) => m.title)).toEqual(['A draft', 'Published 2', 'Published 1', 'Published 0']);
  });

  it('seeds two real demo modules, once', async () => {
    const t = await h.tenant('demo-seed');
    for (let i = 0; i < 2; i++) await h.seedPlugins(t, ['training']);
    const person = await addMember(h, t, { role: 'salesperson' });
    const catalog = await catalogOf(h, person.auth);
    expect(catalog.map((m) => [m.title, m.required])).toEqual([
      ['Northwind Cloud fundamentals', true],
      ['Selling Northwind security', true],
    ]);
    const module = await h.api('GET', `/api/v1/training/catalog/${catalog[0].id}`, { auth: person.auth });
    expect(module.body.quiz.length).toBeGreaterThanOrEqual(4);
    expect(module.body.sections.length).toBeGreaterThanOrEqual(3);
  });
});
