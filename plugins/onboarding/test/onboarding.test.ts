import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessPlugin } from '@portico/plugin-access';
import { dealsPlugin } from '@portico/plugin-deals';
import { questionsPlugin } from '@portico/plugin-questions';
import { asTenant, startHarness, type ApiAnswer, type Harness, type TestTenant } from '@portico/testing';
import { onboardingPlugin } from '../src/index.js';

let seq = 0;

describe('onboarding checklists', () => {
  let h: Harness;
  let t: TestTenant;
  let staff: string;

  beforeAll(async () => {
    // Access (profile, invitations), deals and questions: the steps of other plugins are not shown.
    h = await startHarness({ plugins: [accessPlugin, dealsPlugin, questionsPlugin, onboardingPlugin] });
    t = await h.tenant('alpha');
    staff = h.staff(t, h.allPermissions());
  });
  afterAll(() => h?.close());

  /** A person of `partnerId` with `role`, real in the database, and a token holding the role's permissions. */
  async function person(role: string, partnerId: string | null = t.partnerId, tenant: TestTenant = t) {
    const email = `${role}.${++seq}@${tenant.slug}.test`;
    const id = await asTenant(h, tenant.id, async (trx) => {
      const [row] = await trx('people').insert({ tenantId: tenant.id, kind: partnerId ? 'member' : 'staff', email, name: `${role} ${seq}`, status: 'active' }).returning('id');
      await trx('memberships').insert({ tenantId: tenant.id, personId: row.id, partnerId, role });
      return row.id as string;
    });
    const auth = h.actors.mint({ kind: partnerId ? 'member' : 'staff', tenantId: tenant.id, personId: id, partnerId, roles: [role], permissions: h.server.registry.permissionsOfRole(role) });
    return { id, email, auth };
  }
  const api = async (auth: string, method: string, path: string, body?: unknown): Promise<ApiAnswer> => h.api(method, `/api/v1${path}`, { auth, ...(body === undefined ? {} : { body }) });
  const ok = async (answer: Promise<ApiAnswer>, status = 200) => {
    const a = await answer;
    expect(a.status, a.text).toBe(status);
    return a.body;
  };
  const checklist = (auth: string) => ok(api(auth, 'GET', '/onboarding/checklist'));
  const done = async (auth: string) => (await checklist(auth)).steps.filter((s: { doneAt: string | null }) => s.doneAt).map((s: { key: string }) => s.key);
  const settle = () => h.server.events.drain();
  const ask = (auth: string) => ok(api(auth, 'POST', '/questions', { subject: 'Rate limits', body: 'What are the limits of the API?' }), 201);

  it('shows a role its checklist, leaving out steps no registered plugin can complete', async () => {
    const tech = await person('technical');
    const list = await checklist(tech.auth);
    // The technical default: profile, two-factor, partner guide, certification, first question — without
    // documents and training on this server, three remain.
    expect(list.steps.map((s: { key: string }) => s.key)).toEqual(['profile', 'two-factor', 'first-question']);
    expect(list).toMatchObject({ role: 'technical', done: 0, total: 3, completedAt: null, dismissedAt: null });
    expect(list.steps[0]).toMatchObject({ title: { en: 'Complete your profile', fr: 'Complétez votre profil', es: 'Complete su perfil' }, link: '/profile', doneAt: null });
  });

  it('completes steps from what the person does, never from what others do, and never by a click', async () => {
    const tech = await person('technical');
    const other = await person('technical');
    await ok(api(tech.auth, 'PATCH', '/access/profile', { timeZone: 'Europe/Paris' }));
    await settle();
    expect(await done(tech.auth)).toEqual(['profile']);
    await ask(other.auth);
    await settle();
    expect(await done(tech.auth)).toEqual(['profile']);
    expect(await done(other.auth)).toEqual(['first-question']);
    await ask(tech.auth);
    await settle();
    const list = await checklist(tech.auth);
    expect(list).toMatchObject({ done: 2, total: 3, completedAt: null });
    expect(new Date(list.steps.find((s: { key: string }) => s.key === 'first-question').doneAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    // There is no route to tick a step.
    expect((await api(tech.auth, 'POST', '/onboarding/checklist/steps/two-factor/done')).status).toBe(404);
  });

  it('completes a checklist once, announcing it once', async () => {
    const other = await h.tenant('completion');
    const otherStaff = h.staff(other, h.allPermissions());
    await ok(api(otherStaff, 'PATCH', '/onboarding/settings', { checklists: { technical: ['profile', 'first-question'] } }));
    const tech = await person('technical', other.partnerId, other);
    await ask(tech.auth);
    await settle();
    await ok(api(tech.auth, 'PATCH', '/access/profile', { name: 'Tara Tech' }));
    await settle();
    const list = await checklist(tech.auth);
    expect(list).toMatchObject({ done: 2, total: 2, completedAt: expect.any(String) });
    await ask(tech.auth);
    await ok(api(tech.auth, 'PATCH', '/access/profile', { name: 'Tara T.' }));
    await settle();
    const announced = await h.server.database.knex('outbox_events').where({ tenantId: other.id, type: 'onboarding.checklist.completed' });
    expect(announced).toHaveLength(1);
    expect(announced[0].payload).toMatchObject({ personId: tech.id, partnerId: other.partnerId, role: 'technical', steps: ['profile', 'first-question'] });
  });

  it('puts a checklist away and brings it back, audited; steps still complete meanwhile', async () => {
    const tech = await person('technical');
    expect((await ok(api(tech.auth, 'POST', '/onboarding/checklist/dismiss'))).dismissedAt).toEqual(expect.any(String));
    await ask(tech.auth);
    await settle();
    expect(await checklist(tech.auth)).toMatchObject({ done: 1, dismissedAt: expect.any(String) });
    expect((await ok(api(tech.auth, 'POST', '/onboarding/checklist/resume'))).dismissedAt).toBeNull();
    const actions = await h.server.database.knex('audit_events').where({ targetId: tech.id }).whereLike('action', 'onboarding.%').orderBy('created_at').pluck('action');
    expect(actions.sort()).toEqual(['onboarding.checklist.dismissed', 'onboarding.checklist.resumed']);
  });

  it('shows staff completion across partners, per step and per person; partners cannot see it', async () => {
    const tenant = await h.tenant('progress');
    const tenantStaff = h.staff(tenant, h.allPermissions());
    const a1 = await person('technical', tenant.partnerId, tenant);
    await person('technical', tenant.partnerId, tenant);
    const b1 = await person('partner_user', tenant.otherPartnerId, tenant);
    await ask(a1.auth);
    await ok(api(a1.auth, 'PATCH', '/access/profile', { name: 'A One' }));
    await ok(api(b1.auth, 'PATCH', '/access/profile', { name: 'B One' }));
    await settle();
    const progress = await ok(api(tenantStaff, 'GET', '/onboarding/progress'));
    // The harness's own partner admin of `partnerId` counts too: 4 people.
    expect(progress.people).toBe(4);
    const byPartner = Object.fromEntries(progress.partners.map((p: { partnerId: string }) => [p.partnerId, p]));
    expect(byPartner[tenant.partnerId]).toMatchObject({ people: 3, completed: 0, stepsDone: 2 });
    expect(byPartner[tenant.otherPartnerId]).toMatchObject({ people: 1, stepsDone: 1 });
    const profile = progress.steps.find((s: { key: string }) => s.key === 'profile');
    expect(profile).toMatchObject({ done: 2, expected: 4 });
    const people = await ok(api(tenantStaff, 'GET', `/onboarding/progress/people?partnerId=${tenant.partnerId}`));
    const a = people.items.find((p: { personId: string }) => p.personId === a1.id);
    expect(a).toMatchObject({ role: 'technical', done: ['profile', 'first-question'], total: 3 });
    expect((await api(a1.auth, 'GET', '/onboarding/progress')).status).toBe(403);
    expect((await api(tenantStaff, 'GET', `/onboarding/progress/people?partnerId=${t.partnerId}`)).status).toBe(404);
  });

  it('refuses settings naming an event no plugin declares, a step that does not exist, or a key twice', async () => {
    const refused = async (body: unknown, field: string) => {
      const answer = await api(staff, 'PATCH', '/onboarding/settings', body);
      expect(answer.status, answer.text).toBe(400);
      expect(answer.body.errors).toContainEqual(expect.objectContaining({ field }));
    };
    const step = { key: 'kickoff', title: { en: 'Book the kick-off call' }, events: ['questions.question.asked'], person: 'askedBy' };
    await refused({ steps: [{ ...step, events: ['calendar.call.booked'] }] }, '/steps/0/events/0');
    await refused({ steps: [step, step] }, '/steps/1/key');
    await refused({ checklists: { technical: ['profile', 'teleport'] } }, '/checklists/technical/1');
    await refused({ checklists: { wizard: ['profile'] } }, '/checklists/wizard');
    // A step of the tenant's own, completed by a declared event.
    await ok(api(staff, 'PATCH', '/onboarding/settings', { steps: [step], checklists: { technical: ['kickoff'] } }));
    const tech = await person('technical');
    expect((await checklist(tech.auth)).steps.map((s: { key: string }) => s.key)).toEqual(['kickoff']);
    await ask(tech.auth);
    await settle();
    expect(await checklist(tech.auth)).toMatchObject({ done: 1, total: 1, completedAt: expect.any(String) });
  });

  it('seeds the demo: steps already behind the demo’s partner admins', async () => {
    const demo = await h.tenant('demo-onboarding');
    const alice = await asTenant(h, demo.id, async (trx) => {
      const [row] = await trx('people').insert({ tenantId: demo.id, kind: 'member', email: 'alice@acme.example', name: 'Alice Owner', status: 'active' }).returning('id');
      await trx('memberships').insert({ tenantId: demo.id, personId: row.id, partnerId: demo.partnerId, role: 'partner_admin' });
      return row.id as string;
    });
    await h.seedPlugins(demo, ['onboarding']);
    const auth = h.actors.mint({ kind: 'member', tenantId: demo.id, personId: alice, partnerId: demo.partnerId, roles: ['partner_admin'], permissions: h.server.registry.permissionsOfRole('partner_admin') });
    expect(await done(auth)).toEqual(['profile', 'two-factor']);
  });
});
