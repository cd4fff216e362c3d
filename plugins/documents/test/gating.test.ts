import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestTenant } from '@portico/testing';
import { createSpace, fileUrl, person, setTier, startDocuments, upload, type DocumentsHarness, type Person } from './fixtures.js';

describe('who sees which space and file: partner, tier and role', () => {
  let h: DocumentsHarness;
  let alpha: TestTenant;
  let beta: TestTenant;
  let staff: Person;
  let goldSeller: Person; // partner A (gold), salesperson
  let goldUser: Person; // partner A (gold), partner_user
  let silverSeller: Person; // partner B (silver), salesperson
  const spaces: Record<string, any> = {};
  const files: Record<string, any> = {};

  beforeAll(async () => {
    h = await startDocuments();
    alpha = await h.tenant('alpha');
    beta = await h.tenant('beta');
    await setTier(h, alpha, alpha.partnerId, 'gold');
    await setTier(h, alpha, alpha.otherPartnerId, 'silver');
    staff = await person(h, alpha, 'partner_manager', null);
    goldSeller = await person(h, alpha, 'salesperson', alpha.partnerId);
    goldUser = await person(h, alpha, 'partner_user', alpha.partnerId);
    silverSeller = await person(h, alpha, 'salesperson', alpha.otherPartnerId);

    spaces.everyone = await createSpace(h, staff.auth, { title: 'Everyone' });
    spaces.sellers = await createSpace(h, staff.auth, { title: 'Sellers only', allowedRoles: ['salesperson', 'principal'] });
    spaces.gold = await createSpace(h, staff.auth, { title: 'Gold tier', visibility: 'tiers', tiers: ['gold', 'platinum'] });
    spaces.partnerB = await createSpace(h, staff.auth, { title: 'For partner B', visibility: 'partners', partnerIds: [alpha.otherPartnerId] });
    for (const [key, space] of Object.entries(spaces)) files[key] = await upload(h, staff.auth, space.id, { content: Buffer.from(`text of ${key}\n`), filename: `${key}.txt`, type: 'text/plain' });
  });
  afterAll(() => h?.close());

  const titles = async (auth: string) => {
    const answer = await h.api('GET', '/api/v1/documents/spaces', { auth });
    expect(answer.status, answer.text).toBe(200);
    return answer.body.items.map((s: any) => s.title).sort();
  };

  /** Every way of reaching a space's file answers 200 for `visible`, else 404. */
  async function expectReach(auth: string, key: string, visible: boolean) {
    const space = spaces[key];
    const file = files[key];
    const status = visible ? 200 : 404;
    expect((await h.api('GET', `/api/v1/documents/spaces/${space.id}`, { auth })).status, `space ${key}`).toBe(status);
    expect((await h.api('GET', `/api/v1/documents/spaces/${space.id}/files`, { auth })).status, `files of ${key}`).toBe(status);
    expect((await h.api('GET', fileUrl(space.id, file.id), { auth })).status, `file of ${key}`).toBe(status);
    expect((await h.api('GET', fileUrl(space.id, file.id, '/content'), { auth })).status, `download of ${key}`).toBe(status);
  }

  it('staff see every space, with its audience', async () => {
    expect(await titles(staff.auth)).toEqual(['Everyone', 'For partner B', 'Gold tier', 'Sellers only']);
    const gold = (await h.api('GET', `/api/v1/documents/spaces/${spaces.gold.id}`, { auth: staff.auth })).body;
    expect(gold).toMatchObject({ visibility: 'tiers', tiers: ['gold', 'platinum'], fileCount: 1 });
  });

  it('a gold-tier salesperson sees the spaces for everyone, for sellers and for gold partners; not partner B’s', async () => {
    expect(await titles(goldSeller.auth)).toEqual(['Everyone', 'Gold tier', 'Sellers only']);
    await expectReach(goldSeller.auth, 'gold', true);
    await expectReach(goldSeller.auth, 'partnerB', false);
  });

  it('a partner_user of the same partner does not see the sellers’ space (role gating)', async () => {
    expect(await titles(goldUser.auth)).toEqual(['Everyone', 'Gold tier']);
    await expectReach(goldUser.auth, 'sellers', false);
    await expectReach(goldUser.auth, 'everyone', true);
  });

  it('a silver-tier partner sees its own named space but not the gold one (tier gating)', async () => {
    expect(await titles(silverSeller.auth)).toEqual(['Everyone', 'For partner B', 'Sellers only']);
    await expectReach(silverSeller.auth, 'gold', false);
    await expectReach(silverSeller.auth, 'partnerB', true);
  });

  it('partners never see a space’s audience', async () => {
    const space = (await h.api('GET', `/api/v1/documents/spaces/${spaces.partnerB.id}`, { auth: silverSeller.auth })).body;
    expect(space).not.toHaveProperty('partnerIds');
    expect(space).not.toHaveProperty('allowedRoles');
  });

  it('changing a space’s tier moves who sees it', async () => {
    const changed = await h.api('PATCH', `/api/v1/documents/spaces/${spaces.gold.id}`, { auth: staff.auth, body: { tiers: ['silver'] } });
    expect(changed.status, changed.text).toBe(200);
    await expectReach(silverSeller.auth, 'gold', true);
    await expectReach(goldSeller.auth, 'gold', false);
    await h.api('PATCH', `/api/v1/documents/spaces/${spaces.gold.id}`, { auth: staff.auth, body: { tiers: ['gold'] } });
  });

  it('a file is reached only through its own space', async () => {
    const answer = await h.api('GET', fileUrl(spaces.everyone.id, files.partnerB.id), { auth: goldSeller.auth });
    expect(answer.status).toBe(404);
  });

  it('another tenant sees nothing, even as staff', async () => {
    const betaStaff = await person(h, beta, 'tenant_admin', null);
    expect(await titles(betaStaff.auth)).toEqual([]);
    expect((await h.api('GET', `/api/v1/documents/spaces/${spaces.everyone.id}`, { auth: betaStaff.auth })).status).toBe(404);
    expect((await h.api('GET', fileUrl(spaces.everyone.id, files.everyone.id, '/content'), { auth: betaStaff.auth })).status).toBe(404);
  });

  it('refuses an audience that names nobody, or a partner of another tenant', async () => {
    const none = await h.api('POST', '/api/v1/documents/spaces', { auth: staff.auth, body: { title: 'Nobody', visibility: 'partners', allowedRoles: ['salesperson'] } });
    expect(none.status).toBe(400);
    expect(none.body.errors[0].field).toBe('/partnerIds');
    const foreign = await h.api('POST', '/api/v1/documents/spaces', { auth: staff.auth, body: { title: 'Foreign', visibility: 'partners', partnerIds: [beta.partnerId], allowedRoles: ['salesperson'] } });
    expect(foreign.status).toBe(400);
    expect(foreign.body.errors[0].field).toBe('/partnerIds/0');
    const noTier = await h.api('POST', '/api/v1/documents/spaces', { auth: staff.auth, body: { title: 'No tier', visibility: 'tiers', allowedRoles: ['salesperson'] } });
    expect(noTier.body.errors[0].field).toBe('/tiers');
  });

  it('partners cannot create spaces, even holding the permission', async () => {
    const auth = h.member(alpha, ['documents.manage', 'documents.read']);
    const answer = await h.api('POST', '/api/v1/documents/spaces', { auth, body: { title: 'Mine', visibility: 'all', allowedRoles: ['salesperson'] } });
    expect(answer.status).toBe(403);
  });
});
