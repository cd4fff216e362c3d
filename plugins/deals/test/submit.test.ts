import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type TestTenant } from '@portico/testing';
import { accessPlugin } from '@portico/plugin-access';
import { dealsPlugin } from '../src/index.js';
import { expectFieldError, person, setSettings, submit, validDeal, type Person } from './fixtures.js';

describe('submitting a deal', () => {
  let h: Harness;
  let alpha: TestTenant;
  let seller: Person;
  let principal: Person;

  beforeAll(async () => {
    h = await startHarness({ plugins: [accessPlugin, dealsPlugin] });
    alpha = await h.tenant('alpha');
    seller = await person(h, alpha, 'salesperson', alpha.partnerId);
    principal = await person(h, alpha, 'principal', alpha.partnerId);
  });
  afterAll(() => h?.close());

  const post = (auth: string, body: unknown, headers?: Record<string, string>) => h.api('POST', '/api/v1/deals', { auth, body, headers });
  const dealCount = async () => Number((await h.server.database.knex('deals').where({ tenantId: alpha.id }).count('* as n'))[0].n);

  it('creates a pending deal in the tenant’s default currency, audited and announced', async () => {
    const answer = await post(seller.auth, { customerName: '  Initech  ', title: 'Renewal', amountMinor: 1_999_99, description: 'Before Q3.' });
    expect(answer.status, answer.text).toBe(201);
    expect(answer.body).toMatchObject({
      status: 'pending',
      customerName: 'Initech',
      partnerId: alpha.partnerId,
      submittedBy: { id: seller.id },
      amount: { minor: 199_999, currency: 'USD', exponent: 2, value: '1999.99' },
      decisionReason: null,
      expiresAt: null,
    });
    expect(answer.body.review).toBeUndefined();
    const audit = await h.server.database.knex('audit_events').where({ targetId: answer.body.id, action: 'deals.deal.submitted' });
    expect(audit).toHaveLength(1);
    const events = await h.server.database.knex('outbox_events').where({ type: 'deals.deal.submitted' }).whereRaw(`payload->>'dealId' = ?`, [answer.body.id]);
    expect(events).toHaveLength(1);
  });

  it('principals submit too; people without deals.submit cannot', async () => {
    await submit(h, principal.auth);
    const technical = await person(h, alpha, 'technical', alpha.partnerId);
    expect((await post(technical.auth, validDeal())).status).toBe(403);
  });

  describe('amounts', () => {
    it('keeps minor units exactly, with each currency’s exponent', async () => {
      const yen = await submit(h, seller.auth, { amountMinor: 1_500_000, currency: 'JPY' });
      expect(yen.amount).toEqual({ minor: 1_500_000, currency: 'JPY', exponent: 0, value: '1500000' });
      const dinar = await submit(h, seller.auth, { amountMinor: 1_234, currency: 'KWD' });
      expect(dinar.amount).toEqual({ minor: 1_234, currency: 'KWD', exponent: 3, value: '1.234' });
      const big = await submit(h, seller.auth, { amountMinor: Number.MAX_SAFE_INTEGER, currency: 'EUR' });
      expect(big.amount.minor).toBe(Number.MAX_SAFE_INTEGER);
    });

    it('converts a decimal string exactly, and refuses more decimals than the currency has', async () => {
      const cents = await submit(h, seller.auth, { amountMinor: undefined, amount: '0.29', currency: 'USD' });
      expect(cents.amount.minor).toBe(29); // 0.29 * 100 is 28.999999999999996 in floating point
      expectFieldError(await post(seller.auth, validDeal({ amountMinor: undefined, amount: '10.5', currency: 'JPY' })), '/amount');
      expectFieldError(await post(seller.auth, validDeal({ amountMinor: undefined, amount: '10.123', currency: 'EUR' })), '/amount');
      expectFieldError(await post(seller.auth, validDeal({ amountMinor: undefined, amount: '1,000.00' })), '/amount');
      const dinar = await submit(h, seller.auth, { amountMinor: undefined, amount: '10.125', currency: 'BHD' });
      expect(dinar.amount.minor).toBe(10_125);
    });

    it('refuses floats, negatives, both forms at once, and no amount at all', async () => {
      expectFieldError(await post(seller.auth, validDeal({ amountMinor: 1250.5 })), '/amountMinor');
      expectFieldError(await post(seller.auth, validDeal({ amountMinor: -1 })), '/amountMinor');
      expectFieldError(await post(seller.auth, validDeal({ amountMinor: '1250' })), '/amountMinor');
      expectFieldError(await post(seller.auth, validDeal({ amountMinor: Number.MAX_SAFE_INTEGER + 2 })), '/amountMinor');
      expectFieldError(await post(seller.auth, validDeal({ amount: '12.00' })), '/amount');
      expectFieldError(await post(seller.auth, validDeal({ amountMinor: undefined })), '/amountMinor');
    });

    it('refuses currencies that are not ISO 4217', async () => {
      expectFieldError(await post(seller.auth, validDeal({ currency: 'ABC' })), '/currency');
      expectFieldError(await post(seller.auth, validDeal({ currency: 'usd' })), '/currency');
      expectFieldError(await post(seller.auth, validDeal({ currency: 'EURO' })), '/currency');
    });

    it('uses the currency the tenant set as its default', async () => {
      const beta = await h.tenant('beta-currency');
      const betaSeller = await person(h, beta, 'salesperson', beta.partnerId);
      await setSettings(h, beta, { currency: 'EUR' });
      expect((await submit(h, betaSeller.auth)).amount.currency).toBe('EUR');
      const refused = await h.api('PATCH', '/api/v1/deals/settings', { auth: h.staff(beta, h.allPermissions()), body: { currency: 'XYZ' } });
      expectFieldError(refused, '/currency');
      // A change of one field keeps the others as they were, not as their defaults.
      await setSettings(h, beta, { approvalDays: 30 });
      const settings = await h.api('GET', '/api/v1/deals/settings', { auth: h.staff(beta, h.allPermissions()) });
      expect(settings.body).toMatchObject({ currency: 'EUR', approvalDays: 30 });
    });
  });

  describe('other fields', () => {
    it('refuses a close date in the past where the person is, and accepts today there', async () => {
      expectFieldError(await post(seller.auth, validDeal({ closeDate: '2020-01-01' })), '/closeDate');
      expectFieldError(await post(seller.auth, validDeal({ closeDate: '2030-02-30' })), '/closeDate');
      // Kiritimati is UTC+14: its today is tomorrow in UTC for most of the day, and never yesterday.
      const early = await person(h, alpha, 'salesperson', alpha.partnerId, { timeZone: 'Pacific/Kiritimati' });
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Pacific/Kiritimati' }).format(new Date());
      expect((await submit(h, early.auth, { closeDate: today })).closeDate).toBe(today);
      const yesterdayThere = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
      expectFieldError(await post(early.auth, validDeal({ closeDate: yesterdayThere })), '/closeDate');
    });

    it('checks the customer’s domain and country', async () => {
      const deal = await submit(h, seller.auth, { customerDomain: 'https://www.Initrode.example/about', customerCountry: 'de' });
      expect(deal).toMatchObject({ customerDomain: 'https://www.Initrode.example/about', customerCountry: 'DE' });
      expectFieldError(await post(seller.auth, validDeal({ customerDomain: 'not a domain' })), '/customerDomain');
      expectFieldError(await post(seller.auth, validDeal({ customerCountry: 'XX' })), '/customerCountry');
    });

    it('refuses blank names and unknown fields', async () => {
      expectFieldError(await post(seller.auth, validDeal({ customerName: '   ' })), '/customerName');
      expectFieldError(await post(seller.auth, validDeal({ title: '' })), '/title');
      expectFieldError(await post(seller.auth, validDeal({ status: 'approved' })), '/status');
    });

    it('is refused to staff, who do not register deals for a partner', async () => {
      expect((await post(h.staff(alpha, h.allPermissions()), validDeal())).status).toBe(403);
    });
  });

  describe('Idempotency-Key', () => {
    it('makes concurrent retries of one submit a single deal', async () => {
      const before = await dealCount();
      const body = validDeal({ customerName: 'Concurrent Corp' });
      const headers = { 'idempotency-key': `submit-${Date.now()}-concurrent` };
      let answers = await Promise.all(Array.from({ length: 8 }, () => post(seller.auth, body, headers)));
      // A retry that arrives while the first still runs is told to come back (409, Retry-After).
      for (let round = 0; round < 20 && answers.some((a) => a.status === 409); round++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        answers = await Promise.all(answers.map((a) => (a.status === 409 ? post(seller.auth, body, headers) : a)));
      }
      for (const answer of answers) expect(answer.status, answer.text).toBe(201);
      expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
      expect(answers.filter((a) => a.headers.get('idempotent-replayed') === 'true').length).toBe(7);
      expect(await dealCount()).toBe(before + 1);
    });

    it('refuses the same key with another body', async () => {
      const headers = { 'idempotency-key': `submit-${Date.now()}-mismatch` };
      expect((await post(seller.auth, validDeal(), headers)).status).toBe(201);
      expect((await post(seller.auth, validDeal(), headers)).status).toBe(422);
    });
  });
});
