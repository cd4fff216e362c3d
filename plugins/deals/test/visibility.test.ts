import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type TestTenant } from '@portico/testing';
import { accessPlugin } from '@portico/plugin-access';
import { dealsPlugin } from '../src/index.js';
import { listAll, person, setSettings, submit, type Person } from './fixtures.js';

describe('who sees, edits and withdraws which deal', () => {
  let h: Harness;
  let alpha: TestTenant;
  let sam: Person;
  let sue: Person;
  let paul: Person;
  let rival: Person;
  let samDeal: any;
  let sueDeal: any;
  let rivalDeal: any;

  beforeAll(async () => {
    h = await startHarness({ plugins: [accessPlugin, dealsPlugin] });
    alpha = await h.tenant('alpha');
    sam = await person(h, alpha, 'salesperson', alpha.partnerId);
    sue = await person(h, alpha, 'salesperson', alpha.partnerId);
    paul = await person(h, alpha, 'principal', alpha.partnerId);
    rival = await person(h, alpha, 'salesperson', alpha.otherPartnerId);
    samDeal = await submit(h, sam.auth, { customerName: 'Sam’s Customer' });
    sueDeal = await submit(h, sue.auth, { customerName: 'Sue’s Customer' });
    rivalDeal = await submit(h, rival.auth, { customerName: 'Rival’s Customer' });
  });
  afterAll(() => h?.close());

  const ids = (items: any[]) => items.map((d) => d.id).sort();
  const get = (auth: string, id: string) => h.api('GET', `/api/v1/deals/${id}`, { auth });

  it('by default everyone of a partner sees all of its deals, and none of another partner', async () => {
    expect(ids(await listAll(h, sam.auth))).toEqual(ids([samDeal, sueDeal]));
    expect((await get(sam.auth, sueDeal.id)).status).toBe(200);
    expect((await get(sam.auth, rivalDeal.id)).status).toBe(404);
    expect(ids(await listAll(h, rival.auth))).toEqual([rivalDeal.id]);
  });

  it('under per-contact scoping people see only their own; principals still see all', async () => {
    await setSettings(h, alpha, { visibility: 'own' });
    try {
      expect(ids(await listAll(h, sam.auth))).toEqual([samDeal.id]);
      expect((await get(sam.auth, sueDeal.id)).status).toBe(404);
      expect((await h.api('PATCH', `/api/v1/deals/${sueDeal.id}`, { auth: sam.auth, body: { title: 'Mine now' } })).status).toBe(404);
      expect((await h.api('POST', `/api/v1/deals/${sueDeal.id}/withdraw`, { auth: sam.auth })).status).toBe(404);
      expect(ids(await listAll(h, paul.auth))).toEqual(ids([samDeal, sueDeal]));
      expect((await get(paul.auth, sueDeal.id)).status).toBe(200);
    } finally {
      await setSettings(h, alpha, { visibility: 'partner' });
    }
    expect(ids(await listAll(h, sam.auth))).toEqual(ids([samDeal, sueDeal]));
  });

  it('a colleague who sees a deal still cannot change it; its submitter and a principal can', async () => {
    const deal = await submit(h, sam.auth, { customerName: 'Editable Ltd' });
    const refused = await h.api('PATCH', `/api/v1/deals/${deal.id}`, { auth: sue.auth, body: { title: 'Taken over' } });
    expect(refused.status, refused.text).toBe(403);
    const edited = await h.api('PATCH', `/api/v1/deals/${deal.id}`, { auth: sam.auth, body: { title: 'Sixty seats', amount: '15000.00', currency: 'EUR' } });
    expect(edited.status, edited.text).toBe(200);
    expect(edited.body).toMatchObject({ title: 'Sixty seats', amount: { minor: 1_500_000, currency: 'EUR' }, customerName: 'Editable Ltd' });
    const byPrincipal = await h.api('PATCH', `/api/v1/deals/${deal.id}`, { auth: paul.auth, body: { description: 'Principal note' } });
    expect(byPrincipal.status, byPrincipal.text).toBe(200);
    const audit = await h.server.database.knex('audit_events').where({ targetId: deal.id, action: 'deals.deal.edited' }).orderBy('created_at');
    expect(audit[0].before.title).toBe('Fifty seats');
    expect(audit[0].after.title).toBe('Sixty seats');
  });

  it('changing the currency alone is refused: the amount must be restated', async () => {
    const deal = await submit(h, sam.auth);
    const answer = await h.api('PATCH', `/api/v1/deals/${deal.id}`, { auth: sam.auth, body: { currency: 'JPY' } });
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].field).toBe('/amountMinor');
  });

  it('withdraws only while pending, and announces it', async () => {
    const deal = await submit(h, sam.auth);
    const withdrawn = await h.api('POST', `/api/v1/deals/${deal.id}/withdraw`, { auth: paul.auth });
    expect(withdrawn.status, withdrawn.text).toBe(200);
    expect(withdrawn.body.status).toBe('withdrawn');
    expect((await h.api('POST', `/api/v1/deals/${deal.id}/withdraw`, { auth: sam.auth })).status).toBe(409);
    expect((await h.api('PATCH', `/api/v1/deals/${deal.id}`, { auth: sam.auth, body: { title: 'Back' } })).status).toBe(409);
    const events = await h.server.database.knex('outbox_events').where({ type: 'deals.deal.withdrawn' }).whereRaw(`payload->>'dealId' = ?`, [deal.id]);
    expect(events).toHaveLength(1);
  });

  it('no longer edits a decided deal', async () => {
    const deal = await submit(h, sam.auth);
    const staff = h.staff(alpha, h.allPermissions());
    expect((await h.api('POST', `/api/v1/deals/${deal.id}/reject`, { auth: staff, body: { reason: 'Direct account' } })).status).toBe(200);
    const answer = await h.api('PATCH', `/api/v1/deals/${deal.id}`, { auth: sam.auth, body: { title: 'Try again' } });
    expect(answer.status).toBe(409);
    const mine = (await listAll(h, sam.auth, 'status=rejected')).find((d) => d.id === deal.id);
    expect(mine).toMatchObject({ status: 'rejected', decisionReason: 'Direct account' });
  });

  describe('lists', () => {
    it('filter by status, search customers ignoring accents and case, sort, and page by cursor', async () => {
      const t = await h.tenant('lists');
      const seller = await person(h, t, 'salesperson', t.partnerId);
      const created = [];
      for (const [name, minor] of [['Société Générale', 300], ['Zeta Ltd', 100], ['Alpha Industries', 200], ['Générale Optique', 50]] as const) {
        created.push(await submit(h, seller.auth, { customerName: name, amountMinor: minor }));
      }
      const newestFirst = await listAll(h, seller.auth);
      expect(newestFirst.map((d) => d.customerName)).toEqual(['Générale Optique', 'Alpha Industries', 'Zeta Ltd', 'Société Générale']);
      expect((await listAll(h, seller.auth, 'sort=-amount')).map((d) => d.amount.minor)).toEqual([300, 200, 100, 50]);
      expect((await listAll(h, seller.auth, 'sort=customerName')).map((d) => d.customerName)[0]).toBe('Alpha Industries');
      expect((await listAll(h, seller.auth, 'q=generale')).map((d) => d.customerName).sort()).toEqual(['Générale Optique', 'Société Générale']);
      expect(await listAll(h, seller.auth, 'q=100%25')).toEqual([]);
      await h.api('POST', `/api/v1/deals/${created[1].id}/withdraw`, { auth: seller.auth });
      expect((await listAll(h, seller.auth, 'status=withdrawn')).map((d) => d.id)).toEqual([created[1].id]);
      const today = new Date().toISOString().slice(0, 10);
      expect(await listAll(h, seller.auth, `submittedFrom=${today}`)).toHaveLength(4);
      expect(await listAll(h, seller.auth, 'submittedTo=2000-01-01')).toHaveLength(0);
      const bad = await h.api('GET', '/api/v1/deals?cursor=nonsense', { auth: seller.auth });
      expect(bad.status).toBe(400);
    });

    it('refuses partner people the staff-only flag filter', async () => {
      const answer = await h.api('GET', '/api/v1/deals?flagged=true', { auth: sam.auth });
      expect(answer.status).toBe(400);
      expect(answer.body.errors[0].field).toBe('/flagged');
    });
  });
});
