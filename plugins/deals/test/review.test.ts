import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startHarness, type Harness, type TestTenant } from '@portico/testing';
import { accessPlugin } from '@portico/plugin-access';
import { notificationsPlugin } from '@portico/plugin-notifications';
import { dealsPlugin } from '../src/index.js';
import { person, setSettings, submit, type Person } from './fixtures.js';

describe('staff review, decision email and expiry', () => {
  let h: Harness;
  let alpha: TestTenant;
  let seller: Person;
  let vendeuse: Person;
  let vendedor: Person;
  let manager: Person;

  beforeAll(async () => {
    h = await startHarness({ plugins: [accessPlugin, dealsPlugin, notificationsPlugin] });
    alpha = await h.tenant('alpha');
    seller = await person(h, alpha, 'salesperson', alpha.partnerId, { locale: 'en', name: 'Sam' });
    vendeuse = await person(h, alpha, 'salesperson', alpha.partnerId, { locale: 'fr', name: 'Chloé' });
    vendedor = await person(h, alpha, 'salesperson', alpha.otherPartnerId, { locale: 'es-MX', name: 'Inés' });
    manager = await person(h, alpha, 'partner_manager', null);
  });
  afterAll(() => h?.close());

  const knex = () => h.server.database.knex;
  const act = (auth: string, id: string, action: string, body?: unknown) => h.api('POST', `/api/v1/deals/${id}/${action}`, { auth, body });
  const mailTo = (email: string) =>
    vi.waitFor(
      async () => {
        const rows = await knex()('outbound_mail').where({ toAddress: email, kind: 'deals.decision' });
        expect(rows.length).toBeGreaterThan(0);
        return rows;
      },
      { timeout: 10_000, interval: 100 },
    );

  it('approves a pending deal with an expiry the tenant sets, and emails the submitter', async () => {
    await setSettings(h, alpha, { approvalDays: 30 });
    const deal = await submit(h, seller.auth, { customerName: 'Approved Customer' });
    const answer = await act(manager.auth, deal.id, 'approve', { reason: 'Registered first.' });
    expect(answer.status, answer.text).toBe(200);
    expect(answer.body).toMatchObject({ status: 'approved', decisionReason: 'Registered first.' });
    const days = (Date.parse(answer.body.expiresAt) - Date.parse(answer.body.decidedAt)) / 86_400_000;
    expect(days).toBeCloseTo(30, 3);
    const seen = await h.api('GET', `/api/v1/deals/${deal.id}`, { auth: seller.auth });
    expect(seen.body).toMatchObject({ status: 'approved', decisionReason: 'Registered first.', expiresAt: answer.body.expiresAt });
    const [mail] = await mailTo(seller.email);
    expect(mail.subject).toBe('Your deal for Approved Customer was approved');
    expect(mail.textBody).toContain('Hello Sam,');
    expect(mail.textBody).toContain('Registered first.');
    expect(mail.textBody).toContain(`/deals/${deal.id}`);
    const audit = await knex()('audit_events').where({ targetId: deal.id, action: 'deals.deal.approved' });
    expect(audit[0]).toMatchObject({ partnerId: alpha.partnerId, actorPersonId: manager.id });
    expect(audit[0].before.status).toBe('pending');
    expect(audit[0].after.status).toBe('approved');
    // Decided once: a second decision is a conflict.
    expect((await act(manager.auth, deal.id, 'reject', { reason: 'Changed my mind' })).status).toBe(409);
  });

  it('rejects with a reason, in the submitter’s language', async () => {
    const fr = await submit(h, vendeuse.auth, { customerName: 'Client Refusé' });
    const es = await submit(h, vendedor.auth, { customerName: 'Cliente Rechazado' });
    expect((await act(manager.auth, fr.id, 'reject', { reason: '   ' })).status).toBe(400);
    expect((await act(manager.auth, fr.id, 'reject', {})).status).toBe(400);
    expect((await act(manager.auth, fr.id, 'reject', { reason: 'Compte direct.' })).body).toMatchObject({ status: 'rejected', expiresAt: null });
    expect((await act(manager.auth, es.id, 'reject', { reason: 'Cuenta directa.' })).status).toBe(200);
    const [french] = await mailTo(vendeuse.email);
    expect(french.subject).toBe('Votre affaire pour Client Refusé a été refusée');
    expect(french.textBody).toContain('Motif : Compte direct.');
    const [spanish] = await mailTo(vendedor.email);
    expect(spanish.subject).toBe('Su oportunidad para Cliente Rechazado fue rechazada');
    expect(spanish.textBody).toContain('Motivo: Cuenta directa.');
  });

  it('is for staff: partner people cannot decide, even with the permission', async () => {
    const deal = await submit(h, seller.auth);
    expect((await act(seller.auth, deal.id, 'approve', {})).status).toBe(403);
    const granted = h.member(alpha, h.allPermissions());
    expect((await act(granted, deal.id, 'approve', {})).status).toBe(403);
    expect((await h.api('GET', `/api/v1/deals/${deal.id}`, { auth: seller.auth })).body.status).toBe('pending');
  });

  it('extends an approved registration, and lapses it once past expiry', async () => {
    const deal = await submit(h, seller.auth, { customerName: 'Lapsing Customer' });
    expect((await act(manager.auth, deal.id, 'extend', { days: 10 })).status).toBe(409);
    const approved = (await act(manager.auth, deal.id, 'approve', {})).body;
    const extended = await act(manager.auth, deal.id, 'extend', { days: 10 });
    expect(extended.status, extended.text).toBe(200);
    expect(Date.parse(extended.body.expiresAt) - Date.parse(approved.expiresAt)).toBe(10 * 86_400_000);

    const expiry = Date.parse(extended.body.expiresAt);
    await h.server.tasks.run('deals', 'expire-registrations', { now: new Date(expiry - 60_000) });
    expect((await h.api('GET', `/api/v1/deals/${deal.id}`, { auth: seller.auth })).body.status).toBe('approved');

    await h.server.tasks.run('deals', 'expire-registrations', { now: new Date(expiry + 60_000) });
    const lapsed = await h.api('GET', `/api/v1/deals/${deal.id}`, { auth: seller.auth });
    expect(lapsed.body).toMatchObject({ status: 'expired', expiresAt: extended.body.expiresAt });
    const audit = await knex()('audit_events').where({ targetId: deal.id, action: 'deals.deal.expired' });
    expect(audit).toHaveLength(1);
    expect(audit[0].partnerId).toBe(alpha.partnerId);
    const events = await knex()('outbox_events').where({ type: 'deals.deal.expired' }).whereRaw(`payload->>'dealId' = ?`, [deal.id]);
    expect(events).toHaveLength(1);

    // A second run changes nothing; an expired registration is not extended.
    await h.server.tasks.run('deals', 'expire-registrations', { now: new Date(expiry + 120_000) });
    expect(await knex()('audit_events').where({ targetId: deal.id, action: 'deals.deal.expired' })).toHaveLength(1);
    expect((await act(manager.auth, deal.id, 'extend', { days: 10 })).status).toBe(409);
  });

  it('answers 404 for a deal of another tenant, whoever asks', async () => {
    const beta = await h.tenant('beta');
    const deal = await submit(h, seller.auth);
    const betaStaff = h.staff(beta, h.allPermissions());
    expect((await act(betaStaff, deal.id, 'approve', {})).status).toBe(404);
    expect((await h.api('GET', `/api/v1/deals/${deal.id}`, { auth: betaStaff })).status).toBe(404);
  });
});
