import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type TestTenant } from '@portico/testing';
import { accessPlugin } from '@portico/plugin-access';
import { dealsPlugin } from '../src/index.js';
import { customerDomainKey, customerKey } from '../src/normalise.js';
import { listAll, person, submit, type Person } from './fixtures.js';

describe('normalising customers', () => {
  it.each([
    ['Société Générale S.A.', 'societe generale'],
    ['ACME, Inc.', 'Acme'],
    ['Acme Corp', 'acme'],
    ['Müller GmbH', 'MULLER'],
    ['Globex  SARL', 'globex'],
    ['Initech Co., Ltd.', 'initech'],
    ['The Acme Company', 'acme'],
    ['O’Brien & Sons PLC', "o'brien and sons"],
    ['Hooli B.V.', 'hooli'],
  ])('"%s" is the same customer as "%s"', (a, b) => {
    expect(customerKey(a)).toBe(customerKey(b));
  });

  it.each([
    ['Acme', 'Acne'],
    ['Globex', 'Globex Asia'],
  ])('"%s" is not "%s"', (a, b) => {
    expect(customerKey(a)).not.toBe(customerKey(b));
  });

  it('keeps a name that is only a legal form', () => {
    expect(customerKey('Inc.')).toBe('inc');
  });

  it.each([
    ['https://www.Acme.com/about?x=1', 'acme.com'],
    ['http://user@acme.com:8080/', 'acme.com'],
    ['WWW.ACME.COM.', 'acme.com'],
    ['acme.com', 'acme.com'],
    ['münchen.example', 'xn--mnchen-3ya.example'],
  ])('the domain of %s is %s', (input, domain) => {
    expect(customerDomainKey(input)).toBe(domain);
  });

  it.each(['not a domain', 'localhost', '10.0.0.1', ''])('"%s" is not a domain', (input) => {
    expect(customerDomainKey(input)).toBeNull();
  });
});

describe('collisions and territories at submission', () => {
  let h: Harness;
  let alpha: TestTenant;
  let acme: Person;
  let acmeColleague: Person;
  let globex: Person;
  let staff: string;

  beforeAll(async () => {
    h = await startHarness({ plugins: [accessPlugin, dealsPlugin] });
    alpha = await h.tenant('alpha');
    acme = await person(h, alpha, 'salesperson', alpha.partnerId);
    acmeColleague = await person(h, alpha, 'principal', alpha.partnerId);
    globex = await person(h, alpha, 'salesperson', alpha.otherPartnerId);
    staff = (await person(h, alpha, 'partner_manager', null)).auth;
  });
  afterAll(() => h?.close());

  const staffView = async (id: string) => {
    const answer = await h.api('GET', `/api/v1/deals/${id}`, { auth: staff });
    expect(answer.status, answer.text).toBe(200);
    return answer.body;
  };

  it('flags a registration of another partner’s customer, and shows staff both side by side', async () => {
    const first = await submit(h, acme.auth, { customerName: 'Société Générale S.A.' });
    const second = await submit(h, globex.auth, { customerName: 'SOCIETE GENERALE' });
    const detail = await staffView(second.id);
    expect(detail.review).toMatchObject({ flagged: true, outOfTerritory: false, competingDealIds: [first.id] });
    expect(detail.review.competing).toEqual([
      expect.objectContaining({ id: first.id, partnerId: alpha.partnerId, partnerName: 'alpha partner', customerName: 'Société Générale S.A.', status: 'pending' }),
    ]);
    // The earlier registration points back, so its reviewer sees the collision too.
    expect((await staffView(first.id)).review.competingDealIds).toEqual([second.id]);
    const queue = await listAll(h, staff, 'status=pending&flagged=true');
    expect(queue.map((d) => d.id)).toEqual(expect.arrayContaining([first.id, second.id]));
    const globexOnly = await listAll(h, staff, `flagged=true&partnerId=${alpha.otherPartnerId}`);
    expect(globexOnly.map((d) => d.id)).toEqual([second.id]);
  });

  it('never lets the submitting partner see the competing deal, or that there is one', async () => {
    const first = await submit(h, acme.auth, { customerName: 'Hooli B.V.', customerDomain: 'hooli.example' });
    const before = (await h.api('GET', `/api/v1/deals/${first.id}`, { auth: acme.auth })).text;
    const second = await h.api('POST', '/api/v1/deals', { auth: globex.auth, body: { customerName: 'Hooli', title: 'Same customer', amountMinor: 1 } });
    expect(second.status).toBe(201);
    for (const text of [second.text, (await h.api('GET', `/api/v1/deals/${second.body.id}`, { auth: globex.auth })).text, JSON.stringify(await listAll(h, globex.auth))]) {
      expect(text).not.toContain(first.id);
      expect(text).not.toContain('review');
      expect(text).not.toContain('flag');
      expect(text).not.toContain('competing');
    }
    expect((await h.api('GET', `/api/v1/deals/${first.id}`, { auth: globex.auth })).status).toBe(404);
    // Nor does the first partner notice that its deal was flagged by the second registration.
    expect((await h.api('GET', `/api/v1/deals/${first.id}`, { auth: acmeColleague.auth })).text).toBe(before);
    // The partner's audit trail does not give it away either: flag entries belong to no partner.
    const partnerEntries = await h.server.database.knex('audit_events').whereIn('partner_id', [alpha.partnerId, alpha.otherPartnerId]);
    expect(JSON.stringify(partnerEntries)).not.toContain('competing');
    expect((await staffView(second.body.id)).review.competingDealIds).toEqual([first.id]);
  });

  it('matches on the customer’s domain whatever the name', async () => {
    const first = await submit(h, acme.auth, { customerName: 'Initrode', customerDomain: 'https://www.initrode.example/contact' });
    const second = await submit(h, globex.auth, { customerName: 'Initrode Holdings Europe', customerDomain: 'initrode.example' });
    expect((await staffView(second.id)).review.competingDealIds).toEqual([first.id]);
  });

  it('ignores deals of the same partner, and closed deals of others', async () => {
    const own = await submit(h, acme.auth, { customerName: 'Vandelay Industries' });
    const again = await submit(h, acmeColleague.auth, { customerName: 'Vandelay Industries Inc' });
    expect((await staffView(again.id)).review).toMatchObject({ flagged: false, competingDealIds: [] });
    const withdrawn = await submit(h, acme.auth, { customerName: 'Pendant Publishing' });
    await h.api('POST', `/api/v1/deals/${withdrawn.id}/withdraw`, { auth: acme.auth });
    const rejected = await submit(h, acme.auth, { customerName: 'Kramerica' });
    await h.api('POST', `/api/v1/deals/${rejected.id}/reject`, { auth: staff, body: { reason: 'No' } });
    for (const name of ['Pendant Publishing', 'Kramerica']) {
      const other = await submit(h, globex.auth, { customerName: name });
      expect((await staffView(other.id)).review.flagged).toBe(false);
    }
    expect(own.id).not.toBe(again.id);
  });

  it('still flags against an approved registration', async () => {
    const approved = await submit(h, acme.auth, { customerName: 'Prestige Worldwide' });
    expect((await h.api('POST', `/api/v1/deals/${approved.id}/approve`, { auth: staff, body: {} })).status).toBe(200);
    const late = await submit(h, globex.auth, { customerName: 'Prestige World-Wide' });
    const detail = await staffView(late.id);
    expect(detail.review.competing[0]).toMatchObject({ id: approved.id, status: 'approved' });
  });

  it('flags an edit that turns a deal into a competing one', async () => {
    const first = await submit(h, acme.auth, { customerName: 'Dunder Mifflin' });
    const second = await submit(h, globex.auth, { customerName: 'Paper Company' });
    expect((await staffView(second.id)).review.flagged).toBe(false);
    await h.api('PATCH', `/api/v1/deals/${second.id}`, { auth: globex.auth, body: { customerName: 'Dunder-Mifflin, Inc.' } });
    expect((await staffView(second.id)).review.competingDealIds).toEqual([first.id]);
  });

  describe('territories', () => {
    it('flags a deal outside the partner’s countries and regions', async () => {
      const set = await h.api('PUT', `/api/v1/deal-territories/${alpha.otherPartnerId}`, { auth: staff, body: { areas: ['dach', 'FR'] } });
      expect(set.status, set.text).toBe(200);
      expect(set.body).toMatchObject({ partnerId: alpha.otherPartnerId, areas: ['DACH', 'FR'] });
      const inside = await submit(h, globex.auth, { customerCountry: 'AT' });
      const outside = await submit(h, globex.auth, { customerCountry: 'US' });
      const unknown = await submit(h, globex.auth, {});
      expect((await staffView(inside.id)).review).toMatchObject({ flagged: false, outOfTerritory: false });
      expect((await staffView(outside.id)).review).toMatchObject({ flagged: true, outOfTerritory: true });
      expect((await staffView(unknown.id)).review.outOfTerritory).toBe(false);
      expect((await h.api('GET', `/api/v1/deals/${outside.id}`, { auth: globex.auth })).text).not.toContain('Territory');
      // A partner without a rule sells anywhere.
      expect((await staffView((await submit(h, acme.auth, { customerCountry: 'JP' })).id)).review.outOfTerritory).toBe(false);
    });

    it('are managed by staff only, with checked areas', async () => {
      const bad = await h.api('PUT', `/api/v1/deal-territories/${alpha.partnerId}`, { auth: staff, body: { areas: ['FR', 'Atlantis'] } });
      expect(bad.status).toBe(400);
      expect(bad.body.errors[0].field).toBe('/areas/1');
      expect((await h.api('PUT', `/api/v1/deal-territories/${alpha.partnerId}`, { auth: acme.auth, body: { areas: ['FR'] } })).status).toBe(403);
      const listed = await h.api('GET', '/api/v1/deal-territories', { auth: staff });
      expect(listed.body.items.map((r: any) => r.partnerId)).toEqual([alpha.otherPartnerId]);
      // A partner's person with the permission sees only its own partner's rule.
      const acmeReader = h.member(alpha, ['deals.territories.manage']);
      expect((await h.api('GET', '/api/v1/deal-territories', { auth: acmeReader })).body.items).toEqual([]);
      expect((await h.api('GET', `/api/v1/deal-territories/${alpha.otherPartnerId}`, { auth: acmeReader })).status).toBe(404);
      const globexReader = h.member(alpha, ['deals.territories.manage'], alpha.otherPartnerId);
      expect((await h.api('GET', `/api/v1/deal-territories/${alpha.otherPartnerId}`, { auth: globexReader })).body.areas).toEqual(['DACH', 'FR']);
      const removed = await h.api('DELETE', `/api/v1/deal-territories/${alpha.otherPartnerId}`, { auth: staff });
      expect(removed.status, removed.text).toBe(204);
      expect((await h.api('GET', `/api/v1/deal-territories/${alpha.otherPartnerId}`, { auth: staff })).status).toBe(404);
      const audit = await h.server.database.knex('audit_events').where({ action: 'deals.territory.removed', targetId: alpha.otherPartnerId });
      expect(audit[0].before.areas).toEqual(['DACH', 'FR']);
    });
  });
});
