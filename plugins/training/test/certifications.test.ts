import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startHarness, type Harness, type TestTenant } from '@portico/testing';
import { accessPlugin } from '@portico/plugin-access';
import { notificationsPlugin } from '@portico/plugin-notifications';
import { trainingPlugin } from '../src/index.js';
import { addMember, answersFor, catalogOf, publishedModule, single, staffOf, submit } from './support.js';

const DAY = 86_400_000;

describe('certifications: expiry, cooldown, concurrency, coverage, expiry warnings', () => {
  let h: Harness;
  let alpha: TestTenant;
  let beta: TestTenant;
  let staff: string;

  beforeAll(async () => {
    h = await startHarness({ plugins: [accessPlugin, trainingPlugin, notificationsPlugin] });
    alpha = await h.tenant('alpha');
    beta = await h.tenant('beta');
    staff = staffOf(h, alpha);
  });
  afterAll(() => h?.close());

  const knex = () => h.server.database.knex;
  const statusOn = async (auth: string, moduleId: string) => (await h.api('GET', `/api/v1/training/catalog/${moduleId}`, { auth })).body.status;
  const setCooldown = (t: TestTenant, minutes: number) => h.api('PATCH', '/api/v1/training/settings', { auth: staffOf(h, t), body: { retryCooldownMinutes: minutes } });
  /** Moves a person's certifications of a module so that they expire at `expiresAt`. */
  const expireAt = (personId: string, moduleId: string, expiresAt: Date) =>
    knex()('training_certifications').where({ personId, moduleId }).update({ expiresAt, passedAt: new Date(expiresAt.getTime() - 365 * DAY) });

  describe('status and expiry', () => {
    it('goes not started → in progress → certified → expired', async () => {
      const module = await publishedModule(h, staff, { validForDays: 365 });
      const person = await addMember(h, alpha);
      expect(await statusOn(person.auth, module.id)).toMatchObject({ state: 'not_started', startedAt: null });
      const started = await h.api('POST', `/api/v1/training/catalog/${module.id}/start`, { auth: person.auth });
      expect(started.status, started.text).toBe(200);
      expect(started.body).toMatchObject({ state: 'in_progress', startedAt: expect.any(String) });
      expect(await knex()('audit_events').where({ action: 'training.module.started', targetId: module.id })).toHaveLength(1);

      const passed = await submit(h, person.auth, module.id, { version: 1, answers: answersFor(module.quiz) });
      expect(passed.body.status).toMatchObject({ state: 'certified', expiresAt: passed.body.certification.expiresAt });
      expect(new Date(passed.body.certification.expiresAt).getTime() - new Date(passed.body.certification.passedAt).getTime()).toBe(365 * DAY);

      await expireAt(person.id, module.id, new Date(Date.now() - 60_000));
      expect(await statusOn(person.auth, module.id)).toMatchObject({ state: 'expired', certificationId: passed.body.certification.id });
      const mine = await h.api('GET', '/api/v1/training/certifications', { auth: person.auth });
      expect(mine.body.items).toEqual([expect.objectContaining({ id: passed.body.certification.id, valid: false })]);

      // Expired: taking it again is allowed, and renews.
      const again = await submit(h, person.auth, module.id, { version: 1, answers: answersFor(module.quiz) });
      expect(again.status, again.text).toBe(201);
      expect(again.body.status.state).toBe('certified');
    });

    it('a module without validity certifies for good', async () => {
      const module = await publishedModule(h, staff, { validForDays: null });
      const person = await addMember(h, alpha);
      const passed = await submit(h, person.auth, module.id, { version: 1, answers: answersFor(module.quiz) });
      expect(passed.body.certification.expiresAt).toBeNull();
      expect(passed.body.status).toMatchObject({ state: 'certified', expiresAt: null });
    });

    it('refuses a retake while certified, except in the 30 days before expiry', async () => {
      const module = await publishedModule(h, staff, { validForDays: 365 });
      const person = await addMember(h, alpha);
      await submit(h, person.auth, module.id, { version: 1, answers: answersFor(module.quiz) });
      const retake = await submit(h, person.auth, module.id, { version: 1, answers: answersFor(module.quiz) });
      expect(retake.status, retake.text).toBe(409);
      expect(retake.body.type).toMatch(/already-certified/);

      await expireAt(person.id, module.id, new Date(Date.now() + 10 * DAY));
      const renewal = await submit(h, person.auth, module.id, { version: 1, answers: answersFor(module.quiz) });
      expect(renewal.status, renewal.text).toBe(201);
      expect(new Date(renewal.body.status.expiresAt).getTime()).toBeGreaterThan(Date.now() + 300 * DAY);
    });
  });

  describe('retry cooldown', () => {
    it('says when a failed person may try again, and refuses them until then', async () => {
      const t = await h.tenant('cooldown');
      expect((await setCooldown(t, 30)).body).toMatchObject({ retryCooldownMinutes: 30, supersededVersionGraceHours: 24 });
      const module = await publishedModule(h, staffOf(h, t), { quiz: [single(1), single(1)] });
      const person = await addMember(h, t);
      const failed = await submit(h, person.auth, module.id, { version: 1, answers: answersFor(module.quiz, () => false) });
      expect(failed.status).toBe(201);
      expect(failed.body).toMatchObject({ passed: false, certification: null });
      const retryAt = new Date(failed.body.submittedAt).getTime() + 30 * 60_000;
      expect(failed.body.status).toMatchObject({ state: 'failed', lastPercent: 0, retryAllowedAt: new Date(retryAt).toISOString() });
      expect((await catalogOf(h, person.auth))[0].status.state).toBe('failed');

      const tooSoon = await submit(h, person.auth, module.id, { version: 1, answers: answersFor(module.quiz) });
      expect(tooSoon.status, tooSoon.text).toBe(409);
      expect(tooSoon.body).toMatchObject({ retryAllowedAt: new Date(retryAt).toISOString() });
      expect(Number(tooSoon.headers.get('retry-after'))).toBeGreaterThan(29 * 60);
      expect(await knex()('training_attempts').where({ personId: person.id })).toHaveLength(1);

      await knex()('training_attempts').where({ personId: person.id }).update({ submittedAt: new Date(Date.now() - 31 * 60_000) });
      expect((await statusOn(person.auth, module.id)).retryAllowedAt).toBeNull();
      const retried = await submit(h, person.auth, module.id, { version: 1, answers: answersFor(module.quiz) });
      expect(retried.status, retried.text).toBe(201);
      expect(retried.body.status.state).toBe('certified');
    });

    it('a cooldown of zero lets people retry at once', async () => {
      const t = await h.tenant('nocooldown');
      await setCooldown(t, 0);
      const module = await publishedModule(h, staffOf(h, t), {});
      const person = await addMember(h, t);
      expect((await submit(h, person.auth, module.id, { version: 1, answers: answersFor(module.quiz, () => false) })).body.passed).toBe(false);
      const retried = await submit(h, person.auth, module.id, { version: 1, answers: answersFor(module.quiz) });
      expect(retried.status, retried.text).toBe(201);
    });
  });

  describe('concurrent submissions by one person', () => {
    it('end in one certification', async () => {
      const module = await publishedModule(h, staff, { validForDays: 365 });
      const person = await addMember(h, alpha);
      const answers = await Promise.all(Array.from({ length: 4 }, () => submit(h, person.auth, module.id, { version: 1, answers: answersFor(module.quiz) })));
      expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409, 409]);
      expect(await knex()('training_certifications').where({ personId: person.id })).toHaveLength(1);
      expect(await knex()('training_attempts').where({ personId: person.id })).toHaveLength(1);
    });

    it('end in one failed attempt inside the cooldown', async () => {
      const module = await publishedModule(h, staff, {});
      const person = await addMember(h, alpha);
      const answers = await Promise.all(Array.from({ length: 3 }, () => submit(h, person.auth, module.id, { version: 1, answers: answersFor(module.quiz, () => false) })));
      expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409]);
      expect(await knex()('training_attempts').where({ personId: person.id })).toHaveLength(1);
    });
  });

  describe('coverage', () => {
    let t: TestTenant;
    let required: any;
    let admin: Awaited<ReturnType<typeof addMember>>;
    let seller: Awaited<ReturnType<typeof addMember>>;
    let expiring: Awaited<ReturnType<typeof addMember>>;
    let outsider: Awaited<ReturnType<typeof addMember>>;
    let otherAdmin: Awaited<ReturnType<typeof addMember>>;

    beforeAll(async () => {
      t = await h.tenant('coverage');
      const s = staffOf(h, t);
      required = await publishedModule(h, s, { title: 'Sellers must', requiredFor: ['salesperson'], validForDays: 365 });
      await publishedModule(h, s, { title: 'Optional', requiredFor: [] });
      admin = await addMember(h, t, { role: 'partner_admin', name: 'A admin' });
      seller = await addMember(h, t, { role: 'salesperson', name: 'B seller' });
      expiring = await addMember(h, t, { role: 'salesperson', name: 'C expiring' });
      outsider = await addMember(h, t, { role: 'salesperson', partnerId: t.otherPartnerId, name: 'D outsider' });
      otherAdmin = await addMember(h, t, { role: 'partner_admin', partnerId: t.otherPartnerId, name: 'E other admin' });
      for (const p of [seller, expiring, outsider]) await submit(h, p.auth, required.id, { version: 1, answers: answersFor(required.quiz) });
      await expireAt(expiring.id, required.id, new Date(Date.now() + 12 * DAY));
    });

    const coverage = (auth: string, query = '') => h.api('GET', `/api/v1/training/coverage${query}`, { auth });

    it('shows a partner admin who in their organisation holds which required certification', async () => {
      const answer = await coverage(admin.auth);
      expect(answer.status, answer.text).toBe(200);
      const rows = answer.body.items.filter((r: any) => r.person.name !== 'Member');
      expect(rows.map((r: any) => [r.person.name, r.role])).toEqual([
        ['A admin', 'partner_admin'],
        ['B seller', 'salesperson'],
        ['C expiring', 'salesperson'],
      ]);
      expect(rows[0].required).toEqual([]);
      expect(rows[1].required).toEqual([expect.objectContaining({ moduleId: required.id, title: 'Sellers must', state: 'certified', expiringSoon: false })]);
      expect(rows[2].required).toEqual([expect.objectContaining({ state: 'certified', expiringSoon: true })]);
      expect(answer.text).not.toContain(outsider.id);
    });

    it('filters those expiring within 30 days', async () => {
      const answer = await coverage(admin.auth, '?expiringOnly=true');
      expect(answer.body.items.map((r: any) => r.person.id)).toEqual([expiring.id]);
    });

    it('answers 404 to a partner admin asking for another organisation, and shows the other admin only theirs', async () => {
      expect((await coverage(admin.auth, `?partnerId=${t.otherPartnerId}`)).status).toBe(404);
      const theirs = await coverage(otherAdmin.auth);
      expect(theirs.body.items.map((r: any) => r.person.id).sort()).toEqual([outsider.id, otherAdmin.id].sort());
    });

    it('shows staff every partner, or one, and another tenant nothing', async () => {
      const s = staffOf(h, t);
      const all = await coverage(s, '?limit=2');
      expect(all.body.items).toHaveLength(2);
      expect(all.body.nextCursor).toEqual(expect.any(String));
      const other = await coverage(s, `?partnerId=${t.otherPartnerId}`);
      expect(other.body.items.map((r: any) => r.partner.id)).toEqual([t.otherPartnerId, t.otherPartnerId]);
      const byModule = await coverage(s, `?moduleId=${required.id}&expiringOnly=true`);
      expect(byModule.body.items.map((r: any) => r.person.id)).toEqual([expiring.id]);
      expect((await coverage(staffOf(h, beta), `?partnerId=${t.partnerId}`)).status).toBe(404);
      expect((await coverage(staffOf(h, beta))).text).not.toContain(seller.id);
    });
  });

  describe('notify-expiring', () => {
    const mailsTo = (email: string) => knex()('outbound_mail').where({ toAddress: email, kind: 'training.certification-expiring' });

    it('emails each holder once when their certification enters the last 30 days, in their language', async () => {
      const t = await h.tenant('expiry');
      const module = await publishedModule(h, staffOf(h, t), { title: 'Cloud basics', validForDays: 365 });
      const english = await addMember(h, t, { locale: 'en' });
      const french = await addMember(h, t, { locale: 'fr-FR' });
      const renewed = await addMember(h, t);
      const later = await addMember(h, t);
      for (const p of [english, french, renewed, later]) await submit(h, p.auth, module.id, { version: 1, answers: answersFor(module.quiz) });
      const now = new Date();
      await expireAt(english.id, module.id, new Date(now.getTime() + 20 * DAY));
      await expireAt(french.id, module.id, new Date(now.getTime() + 29 * DAY));
      await expireAt(later.id, module.id, new Date(now.getTime() + 31 * DAY));
      // An old certification about to expire, beside a newer one that lasts: nothing to warn about.
      const current = await knex()('training_certifications').where({ personId: renewed.id }).first();
      await knex()('training_certifications').insert({ ...current, id: undefined, createdAt: undefined, updatedAt: undefined, passedAt: new Date(now.getTime() - 340 * DAY), expiresAt: new Date(now.getTime() + 25 * DAY) });

      await h.server.tasks.run('training', 'notify-expiring', { now });
      await vi.waitFor(async () => {
        expect(await mailsTo(english.email)).toHaveLength(1);
        expect(await mailsTo(french.email)).toHaveLength(1);
      });
      const [en] = await mailsTo(english.email);
      expect(en.subject).toBe('Your “Cloud basics” certification expires soon');
      const [fr] = await mailsTo(french.email);
      expect(fr.subject).toBe('Votre certification « Cloud basics » expire bientôt');

      await h.server.tasks.run('training', 'notify-expiring', { now: new Date(now.getTime() + DAY) });
      // A day later, `later` has entered the window too; the others are not mailed again.
      await vi.waitFor(async () => expect(await mailsTo(later.email)).toHaveLength(1));
      expect(await mailsTo(english.email)).toHaveLength(1);
      expect(await mailsTo(french.email)).toHaveLength(1);
      expect(await mailsTo(renewed.email)).toHaveLength(0);

      const events = await knex()('outbox_events').where({ tenantId: t.id, type: 'training.certification.expiry-warned' });
      expect(events).toHaveLength(3);
      expect(await knex()('audit_events').where({ tenantId: t.id, action: 'training.certification.expiry-warned' })).toHaveLength(3);
    });
  });
});
