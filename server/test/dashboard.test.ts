/**
 * The home dashboard (`GET /api/v1/portal/dashboard`) over the demo tenant, as each of its people:
 * every count is the one the page it links to lists (asked of that page's own API), a partner's counts
 * are their organisation's alone, staff get their queues, a failing summary leaves the others and each
 * summary runs once per request.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_ROLES, contribute, dashboardSummaries, definePlugin, type DashboardLabel, type DashboardSection } from '@portico/core';
import { seedDemo } from '@portico/server';
import { asTenant, sessionFor, startHarness, type Harness, type TestSession } from '@portico/testing';
import { builtInPlugins } from '../../portico.config.js';

const label: DashboardLabel = { en: { one: '{count} probe', other: '{count} probes' }, fr: { one: '{count} sonde', other: '{count} sondes' }, es: { one: '{count} sonda', other: '{count} sondas' } };
const title = { en: 'Probe', fr: 'Sonde', es: 'Sonda' };
let counted = 0;

/** A plugin whose first summary fails in SQL (aborting its savepoint) and whose second counts its runs. */
const probePlugin = definePlugin({
  id: 'probe',
  version: '0.1.0',
  permissions: { 'probe.read': { description: 'See the probe', grantedTo: BUILT_IN_ROLES } },
  contributes: [
    contribute(dashboardSummaries, {
      key: 'broken',
      permission: 'probe.read',
      title,
      async summarise({ db }) {
        await db.raw('select * from no_such_table');
        return [];
      },
    }),
    contribute(dashboardSummaries, {
      key: 'counted',
      permission: 'probe.read',
      title,
      async summarise({ db }) {
        counted += 1;
        const { rows } = await db.raw('select 1 as one');
        return [{ key: 'one', count: rows.length, link: '/probe', label }];
      },
    }),
  ],
});

type Sections = DashboardSection[];

describe('the home dashboard', () => {
  let h: Harness;
  let tenantId: string;
  const sessions = new Map<string, TestSession>();

  beforeAll(async () => {
    h = await startHarness({ plugins: [...builtInPlugins(), probePlugin] });
    ({ tenantId } = await seedDemo(h.server.database.knex, h.server.registry, h.db.appRole, h.server.log));
    // Certifications that expire within the window: Tara's at Acme, Chloé's at Globex.
    await asTenant(h, tenantId, async (trx) => {
      const module = await trx('training_modules').where({ tenantId, requiredForAll: true }).first('id');
      const version = await trx('training_quiz_versions').where({ tenantId, moduleId: module.id }).first('id', 'version', 'totalPoints', 'passThreshold');
      for (const email of ['tara@acme.example', 'chloe@globex.example']) {
        const person = await trx('people as p').join('memberships as m', 'm.person_id', 'p.id').where({ 'p.tenant_id': tenantId, 'p.email': email }).first('p.id', 'm.partner_id');
        const [attempt] = await trx('training_attempts')
          .insert({ tenantId, personId: person.id, partnerId: person.partnerId, moduleId: module.id, versionId: version.id, version: version.version, answers: JSON.stringify({}), scorePoints: version.totalPoints, totalPoints: version.totalPoints, passThreshold: version.passThreshold, passed: true, submittedAt: trx.raw(`now() - interval '355 days'`) })
          .returning('id');
        await trx('training_certifications').insert({
          tenantId, personId: person.id, partnerId: person.partnerId, moduleId: module.id, versionId: version.id, version: version.version, attemptId: attempt.id,
          passedAt: trx.raw(`now() - interval '355 days'`), expiresAt: trx.raw(`now() + interval '10 days'`),
        });
      }
    });
  });
  afterAll(() => h?.close());

  const as = async (email: string): Promise<TestSession> => {
    let session = sessions.get(email);
    if (!session) {
      const { id } = await h.server.database.knex('people').where({ tenantId, email }).first('id');
      session = await sessionFor(h, tenantId, id);
      sessions.set(email, session);
    }
    return session;
  };

  const dashboard = async (email: string): Promise<Sections> => {
    const answer = await h.api('GET', '/api/v1/portal/dashboard', { headers: (await as(email)).headers() });
    expect(answer.status, answer.text).toBe(200);
    return (answer.body.sections as Sections).filter((s) => s.pluginId !== 'probe');
  };

  /** `{ 'deals.mine': { pending: 1 } }`: each section's counts by item. */
  const counts = (sections: Sections) => Object.fromEntries(sections.map((s) => [s.key, Object.fromEntries(s.items.map((i) => [i.key, i.count]))]));

  /** How many things the page an item links to lists, asked of that page's own API as the same person. */
  async function listed(email: string, section: string, item: string): Promise<number> {
    const headers = (await as(email)).headers();
    const all = async (path: string, pick: (row: any) => boolean = () => true) => {
      const answer = await h.api('GET', `/api/v1${path}${path.includes('?') ? '&' : '?'}limit=100`, { headers });
      expect(answer.status, `${path}: ${answer.text}`).toBe(200);
      expect(answer.body.nextCursor, path).toBeNull();
      return (answer.body.items as any[]).filter(pick).length;
    };
    const spaces = async (field: 'newFiles' | 'updatedFiles') => {
      const answer = await h.api('GET', '/api/v1/documents/spaces?limit=100', { headers });
      return (answer.body.items as Record<string, number>[]).reduce((sum, space) => sum + space[field], 0);
    };
    switch (`${section}/${item}`) {
      case 'deals.mine/pending': return all('/deals?status=pending');
      case 'deals.mine/decided': return all('/deals', (d) => ['approved', 'rejected'].includes(d.status) && Date.now() - Date.parse(d.decidedAt) < 7 * 86_400_000);
      case 'deals.review/to-review': return all('/deals?status=pending');
      case 'deals.review/flagged': return all('/deals?status=pending&flagged=true');
      case 'documents.new/new': return spaces('newFiles');
      case 'documents.new/updated': return spaces('updatedFiles');
      case 'questions.mine/answered': return all('/questions?status=answered');
      case 'questions.mine/open': return all('/questions?status=open');
      case 'questions.queue/to-answer': return all('/questions?status=open');
      case 'training.mine/expiring': return all('/training/certifications', (c) => c.valid && Date.parse(c.expiresAt) - Date.now() < 30 * 86_400_000);
      case 'training.coverage/expiring': return all('/training/coverage?expiringOnly=true');
      case 'team.invitations/pending': return all('/team/invitations');
      case 'fleet.mine/invitations': return all('/fleet/invitations?status=pending');
      case 'fleet.mine/proposals': return all('/fleet/mandate-proposals?status=pending');
      case 'fleet.approvals/to-approve': return all('/fleet/mandate-proposals?status=pending');
      default: throw new Error(`no page known for ${section}/${item}`);
    }
  }

  /** Every count shown equals what its page lists. */
  async function expectPagesAgree(email: string, sections: Sections): Promise<void> {
    for (const section of sections) {
      expect(section.error, `${email}: ${section.key} failed`).toBeUndefined();
      for (const item of section.items) expect(item.count, `${email}: ${section.key}/${item.key} (${item.link})`).toBe(await listed(email, section.key, item.key));
    }
  }

  it('gives the tenant administrator the staff queues, with the counts their pages list', async () => {
    const sections = await dashboard('admin@northwind.example');
    expect(sections.map((s) => s.key)).toEqual(['deals.review', 'questions.queue', 'training.coverage', 'fleet.approvals']);
    expect(counts(sections)).toEqual({
      'deals.review': { 'to-review': 2, flagged: 2 },
      'questions.queue': { 'to-answer': 2 },
      'training.coverage': { expiring: 2 },
      // Clients approve their own extensions in the demo: nothing for staff to do.
      'fleet.approvals': {},
    });
    await expectPagesAgree('admin@northwind.example', sections);
    const toReview = sections[0].items[0];
    expect(toReview).toMatchObject({ link: '/deals/review', tone: 'attention' });
    expect(toReview.label.fr.other).toContain('{count}');
  });

  it('gives support the questions to answer, and no deals queue without deals.review', async () => {
    const sections = await dashboard('support@northwind.example');
    expect(counts(sections)).toEqual({ 'questions.queue': { 'to-answer': 2 }, 'training.coverage': { expiring: 2 } });
    await expectPagesAgree('support@northwind.example', sections);
  });

  it('gives a partner administrator what needs their organisation, each count the one its page lists', async () => {
    const sections = await dashboard('alice@acme.example');
    expect(sections.map((s) => s.key)).toEqual(['deals.mine', 'documents.new', 'questions.mine', 'training.mine', 'training.coverage', 'team.invitations', 'fleet.mine']);
    const seen = counts(sections);
    expect(seen).toMatchObject({
      'deals.mine': { pending: 1 },
      'questions.mine': { answered: 1, open: 1 },
      'training.mine': {},
      'training.coverage': { expiring: 1 },
      'team.invitations': { pending: 1 },
      'fleet.mine': { invitations: 1, proposals: 1 },
    });
    // Never visited the library: every file it may see is new.
    expect(seen['documents.new'].new).toBeGreaterThan(0);
    expect(sections[0].items.find((i) => i.key === 'pending')!.link).toBe('/deals?status=pending');
    await expectPagesAgree('alice@acme.example', sections);
  });

  it('counts a partner’s own rows only: another organisation’s deals, people and clients are not in them', async () => {
    const acme = counts(await dashboard('alice@acme.example'));
    const globex = await dashboard('gaston@globex.example');
    expect(counts(globex)).toMatchObject({
      'deals.mine': { pending: 1 },
      'questions.mine': { open: 1 },
      'training.coverage': { expiring: 1 },
      'team.invitations': {},
      'fleet.mine': {},
    });
    await expectPagesAgree('gaston@globex.example', globex);
    // The tenant has two pending deals and two people expiring: each organisation is told of its one.
    expect(acme['deals.mine'].pending + counts(globex)['deals.mine'].pending).toBe(2);
    expect(acme['training.coverage'].expiring + counts(globex)['training.coverage'].expiring).toBe(2);
  });

  it('gives a technical person their own certification and what they may see, and no team section without team.manage', async () => {
    const sections = await dashboard('tara@acme.example');
    expect(sections.map((s) => s.key)).toEqual(['deals.mine', 'documents.new', 'questions.mine', 'training.mine', 'fleet.mine']);
    expect(counts(sections)['training.mine']).toEqual({ expiring: 1 });
    await expectPagesAgree('tara@acme.example', sections);
  });

  it('counts documents since the person’s last visit: visiting the library clears them', async () => {
    const before = counts(await dashboard('uma@acme.example'));
    expect(before['documents.new'].new).toBeGreaterThan(0);
    const visit = await h.api('POST', '/api/v1/documents/visits', { headers: (await as('uma@acme.example')).headers() });
    expect(visit.status, visit.text).toBe(200);
    expect(counts(await dashboard('uma@acme.example'))['documents.new']).toEqual({});
  });

  it('answers a failing summary as a failed section and makes the others, each once per request', async () => {
    const runs = counted;
    const answer = await h.api('GET', '/api/v1/portal/dashboard', { headers: (await as('alice@acme.example')).headers() });
    expect(answer.status, answer.text).toBe(200);
    const probe = (answer.body.sections as Sections).filter((s) => s.pluginId === 'probe');
    expect(probe).toEqual([
      { key: 'probe.broken', pluginId: 'probe', title, items: [], error: true },
      // After the failed query, the request's transaction still answers.
      { key: 'probe.counted', pluginId: 'probe', title, items: [{ key: 'one', count: 1, link: '/probe', label }] },
    ]);
    expect((answer.body.sections as Sections).filter((s) => s.pluginId !== 'probe').every((s) => !s.error)).toBe(true);
    expect(counted).toBe(runs + 1);
    await h.api('GET', '/api/v1/portal/dashboard', { headers: (await as('alice@acme.example')).headers() });
    expect(counted, 'made again for the next request').toBe(runs + 2);
  });

  it('refuses anonymous callers and callers without portal.dashboard, and shows only the sections one’s permissions open', async () => {
    expect((await h.api('GET', '/api/v1/portal/dashboard')).status).toBe(401);
    const elsewhere = await h.tenant('dashboard-elsewhere');
    expect((await h.api('GET', '/api/v1/portal/dashboard', { auth: h.member(elsewhere, ['deals.read']) })).status).toBe(403);
    const none = await h.api('GET', '/api/v1/portal/dashboard', { auth: h.member(elsewhere, ['portal.dashboard']) });
    expect(none.status, none.text).toBe(200);
    expect(none.body).toEqual({ sections: [] });
    // Another tenant's member with deals.read: the deals section, counting none of the demo's deals.
    const deals = await h.api('GET', '/api/v1/portal/dashboard', { auth: h.member(elsewhere, ['portal.dashboard', 'deals.read']) });
    expect(deals.body.sections.map((s: DashboardSection) => [s.key, s.items])).toEqual([['deals.mine', []]]);
  });
});
