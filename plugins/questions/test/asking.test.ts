/**
 * Asking: who may ask and read, deal links scoped to the asker's organisation, safe Markdown, and
 * organisations that never see each other's questions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness, TestTenant } from '@portico/testing';
import { as, deal, expectOnlySafeTags, person, startQuestionsHarness, type Person } from './support.js';

describe('asking questions', () => {
  let h: Harness;
  let alpha: TestTenant;
  let beta: TestTenant;
  let technical: Person;
  let principal: Person;
  let salesperson: Person;
  let partnerUser: Person;
  let otherTechnical: Person;
  let support: Person;

  beforeAll(async () => {
    h = await startQuestionsHarness();
    alpha = await h.tenant('alpha');
    beta = await h.tenant('beta');
    technical = await person(h, alpha, 'technical');
    principal = await person(h, alpha, 'principal');
    salesperson = await person(h, alpha, 'salesperson');
    partnerUser = await person(h, alpha, 'partner_user');
    otherTechnical = await person(h, alpha, 'technical', { partnerId: alpha.otherPartnerId });
    support = await person(h, alpha, 'support');
  });
  afterAll(() => h?.close());

  const ask = (who: Person, body: Record<string, unknown> = {}) =>
    as(h, who).post('/questions', { subject: 'Rate limits', body: 'What are the API rate limits?', ...body });

  it('lets technical and principal members ask; the question starts open, unanswered, with the asker and organisation', async () => {
    for (const who of [technical, principal]) {
      const asked = await ask(who);
      expect(asked.status, asked.text).toBe(201);
      expect(asked.body).toMatchObject({
        subject: 'Rate limits',
        body: 'What are the API rate limits?',
        bodyHtml: '<p>What are the API rate limits?</p>\n',
        status: 'open',
        partner: { id: alpha.partnerId, name: 'alpha partner' },
        askedBy: { id: who.id },
        category: null,
        deal: null,
        answer: null,
        answerVersion: 0,
        answeredAt: null,
      });
      expect(asked.body).not.toHaveProperty('assignee');
      const [audit] = await h.server.database.knex('audit_events').where({ targetId: asked.body.id, action: 'questions.question.asked' });
      expect(audit).toMatchObject({ actorPersonId: who.id, partnerId: alpha.partnerId });
      const [event] = await h.server.database.knex('outbox_events').where({ type: 'questions.question.asked' }).whereRaw("payload->>'questionId' = ?", [asked.body.id]);
      expect(event.payload).toMatchObject({ partnerId: alpha.partnerId, askedBy: who.id, subject: 'Rate limits', dealId: null });
    }
  });

  it('refuses salespeople and partner users (403), who may still read their organisation’s questions', async () => {
    const mine = await ask(technical, { subject: 'Visible to colleagues' });
    for (const who of [salesperson, partnerUser]) {
      const refused = await ask(who);
      expect(refused.status, refused.text).toBe(403);
      expect(refused.headers.get('content-type')).toMatch(/problem\+json/);
      const read = await as(h, who).get(`/questions/${mine.body.id}`);
      expect(read.status, read.text).toBe(200);
      expect(read.body.subject).toBe('Visible to colleagues');
    }
  });

  it('refuses staff asking: questions come from partner organisations', async () => {
    const admin = await person(h, alpha, 'tenant_admin');
    const refused = await ask(admin);
    expect(refused.status).toBe(403);
    // Asking is a partner's own act: not even the tenant administrator holds it (issue 23, item 6).
    const session = await as(h, admin).get('/access/session');
    expect(session.body.permissions).not.toContain('questions.ask');
  });

  it('refuses missing or blank subject and body with 400 naming the field', async () => {
    const noSubject = await as(h, technical).post('/questions', { body: 'x' });
    expect(noSubject.status).toBe(400);
    expect(noSubject.body.errors).toContainEqual(expect.objectContaining({ in: 'body', field: '/subject' }));
    const blankBody = await ask(technical, { body: '   ' });
    expect(blankBody.status).toBe(400);
    expect(blankBody.body.errors).toContainEqual(expect.objectContaining({ field: '/body' }));
    const tooLong = await ask(technical, { subject: 'x'.repeat(201) });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.errors).toContainEqual(expect.objectContaining({ field: '/subject' }));
  });

  describe('linking a deal', () => {
    it('links a deal of the asker’s own organisation, even one a colleague submitted, and shows it', async () => {
      const dealId = await deal(h, alpha, alpha.partnerId, salesperson.id, 'Initech fleet');
      const asked = await ask(technical, { dealId });
      expect(asked.status, asked.text).toBe(201);
      expect(asked.body.deal).toEqual({ id: dealId, title: 'Initech fleet', customerName: 'Initech' });

      const forDeal = await as(h, salesperson).get(`/questions?dealId=${dealId}`);
      expect(forDeal.status).toBe(200);
      expect(forDeal.body.items.map((q: { id: string }) => q.id)).toEqual([asked.body.id]);
    });

    it('refuses a deal of another partner exactly as a deal that does not exist, and stores nothing', async () => {
      const theirs = await deal(h, alpha, alpha.otherPartnerId, otherTechnical.id);
      const betaMember = await person(h, beta, 'salesperson');
      const otherTenant = await deal(h, beta, beta.partnerId, betaMember.id);
      const before = await h.server.database.knex('questions').where({ tenantId: alpha.id }).count<{ count: string }[]>('id as count');

      const answers = await Promise.all([theirs, otherTenant, '7d7b1e3c-1a1a-4c4c-9d9d-000000000001'].map((dealId) => ask(technical, { dealId })));
      for (const refused of answers) {
        expect(refused.status, refused.text).toBe(400);
        expect(refused.body.errors).toEqual([{ in: 'body', field: '/dealId', message: 'No deal with this id was found.' }]);
      }
      const { requestId: _a, instance: _b, ...first } = answers[0].body;
      const { requestId: _c, instance: _d, ...last } = answers[2].body;
      expect(first).toEqual(last);
      const after = await h.server.database.knex('questions').where({ tenantId: alpha.id }).count<{ count: string }[]>('id as count');
      expect(after[0].count).toBe(before[0].count);
    });

    it('never lists another organisation’s questions about their deal', async () => {
      const theirs = await deal(h, alpha, alpha.otherPartnerId, otherTechnical.id);
      const asked = await ask(otherTechnical, { dealId: theirs, subject: 'Their deal' });
      expect(asked.status).toBe(201);
      const fromAlpha = await as(h, technical).get(`/questions?dealId=${theirs}`);
      expect(fromAlpha.status).toBe(200);
      expect(fromAlpha.body.items).toEqual([]);
      const fromStaff = await as(h, support).get(`/questions?dealId=${theirs}`);
      expect(fromStaff.body.items.map((q: { id: string }) => q.id)).toEqual([asked.body.id]);
    });
  });

  describe('under the deals plugin’s `own` visibility', () => {
    it('lets a member link only deals they submitted, and hides a colleague’s deal from them (principals see all)', async () => {
      const staffOnly = await h.tenant('gamma');
      const tech = await person(h, staffOnly, 'technical');
      const boss = await person(h, staffOnly, 'principal');
      const seller = await person(h, staffOnly, 'salesperson');
      await h.updateSettings(staffOnly, 'deals', { visibility: 'own' });
      const sellersDeal = await deal(h, staffOnly, staffOnly.partnerId, seller.id, 'Seller’s deal');
      const techsDeal = await deal(h, staffOnly, staffOnly.partnerId, tech.id, 'Tech’s deal');

      const refused = await ask(tech, { dealId: sellersDeal });
      expect(refused.status).toBe(400);
      expect(refused.body.errors).toEqual([{ in: 'body', field: '/dealId', message: 'No deal with this id was found.' }]);
      expect((await ask(tech, { dealId: techsDeal })).body.deal).toMatchObject({ id: techsDeal });

      const byBoss = await ask(boss, { dealId: sellersDeal });
      expect(byBoss.status, byBoss.text).toBe(201);
      expect(byBoss.body.deal).toMatchObject({ id: sellersDeal, title: 'Seller’s deal' });
      const seenByTech = await as(h, tech).get(`/questions/${byBoss.body.id}`);
      expect(seenByTech.status).toBe(200);
      expect(seenByTech.body.deal).toBeNull();
    });
  });

  describe('Markdown', () => {
    const payloads = [
      '<script>alert("body")</script>',
      '<img src=x onerror="alert(1)">',
      '<a href="javascript:alert(1)" onclick="alert(2)">click</a>',
      '[click me](javascript:alert(document.cookie))',
      '[encoded](jav&#x61;script:alert(1))',
      '![img](javascript:alert(1))',
      '<svg onload=alert(1)>',
    ];

    it('keeps the typed source and renders HTML without scripts, event handlers or javascript: URLs', async () => {
      const body = `**Bold** and [docs](https://docs.example.com)\n\n${payloads.join('\n\n')}`;
      const asked = await ask(technical, { body });
      expect(asked.status, asked.text).toBe(201);
      expect(asked.body.body).toBe(body);
      const html: string = asked.body.bodyHtml;
      expect(html).toContain('<strong>Bold</strong>');
      expect(html).toContain('<a href="https://docs.example.com" rel="noopener noreferrer nofollow" target="_blank">docs</a>');
      expectOnlySafeTags(html);
      // Typed HTML is shown as text, not dropped: the asker sees what they wrote.
      expect(html).toContain('&lt;script&gt;');

      const read = await as(h, support).get(`/questions/${asked.body.id}`);
      expect(read.body.bodyHtml).toBe(html);
    });
  });

  describe('organisations and tenants', () => {
    it('answers 404 for another organisation’s question, on every route, and lists only one’s own', async () => {
      const theirs = await ask(otherTechnical, { subject: 'Only for the other partner' });
      const id = theirs.body.id;
      for (const [method, path] of [
        ['GET', `/questions/${id}`],
        ['GET', `/questions/${id}/answers`],
        ['POST', `/questions/${id}/close`],
        ['POST', `/questions/${id}/reopen`],
      ] as const) {
        const answer = await h.api(method, `/api/v1${path}`, { headers: technical.session.headers() });
        expect(answer.status, `${method} ${path}`).toBe(404);
      }
      const list = await as(h, technical).get('/questions?limit=100');
      expect(list.body.items.map((q: { id: string }) => q.id)).not.toContain(id);
      expect(list.body.items.every((q: { partner: { id: string } }) => q.partner.id === alpha.partnerId)).toBe(true);
      // Naming the other partner in a filter does not widen the view.
      const filtered = await as(h, technical).get(`/questions?partnerId=${alpha.otherPartnerId}`);
      expect(filtered.body.items).toEqual([]);
    });

    it('answers 404 to staff of another tenant', async () => {
      const mine = await ask(technical);
      const betaSupport = await person(h, beta, 'support');
      expect((await as(h, betaSupport).get(`/questions/${mine.body.id}`)).status).toBe(404);
      expect((await as(h, betaSupport).put(`/questions/${mine.body.id}/answer`, { body: 'Hi' })).status).toBe(404);
      const list = await as(h, betaSupport).get('/questions');
      expect(list.body.items.map((q: { id: string }) => q.id)).not.toContain(mine.body.id);
    });

    it('answers 404 for malformed ids', async () => {
      expect((await as(h, technical).get('/questions/not-a-uuid')).status).toBe(404);
    });
  });
});
