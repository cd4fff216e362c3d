import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type TestTenant } from '@portico/testing';
import { contact, dayFrom, expectOk, expectProblem, invite, linkIn, linkedClient, personOf, plugins, tables, unique, uniqueEmail, type Caller } from './support.js';

describe('client invitations', () => {
  let h: Harness;
  let alpha: TestTenant;
  let admin: Caller;
  let seller: Caller;
  let otherPartner: Caller;
  let staff: Caller;

  beforeAll(async () => {
    h = await startHarness({ plugins, config: { defaultTenant: 'alpha' } });
    alpha = await h.tenant('alpha');
    admin = await personOf(h, alpha, 'partner_admin');
    seller = await personOf(h, alpha, 'salesperson');
    otherPartner = await personOf(h, alpha, 'partner_admin', alpha.otherPartnerId);
    staff = await personOf(h, alpha, 'partner_manager', null);
  });
  afterAll(() => h?.close());

  const invitationOf = async (id: string) => expectOk(await admin.get(`/fleet/invitations/${id}`));

  it('emails the contact a link to a page in the tenant’s brand that shows who asks and for what, and changes nothing', async () => {
    const email = uniqueEmail('ines');
    const { invitation, link } = await invite(h, seller, { companyName: 'Initech GmbH', contactEmail: email, contactName: 'Ines Tech', scope: ['view-financials', 'file-returns'], validUntil: dayFrom(365), message: 'As agreed <b>on our call</b>.' });
    expect(invitation).toMatchObject({ status: 'sent', companyName: 'Initech GmbH', contactEmail: email, clientId: null, scope: ['view-financials', 'file-returns'], resendCount: 0, sentBy: { personId: seller.personId } });
    expect(invitation.alsoServedBy).toBeUndefined();
    expect(link.text).toContain('alpha partner, a partner of Tenant alpha, asks for your permission to act for Initech GmbH');
    expect(link.text).toContain('File tax returns');

    const page = await contact.open(h, link.path);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.text).toContain('alpha partner asks to act for Initech GmbH');
    expect(page.text).toContain('View financial statements');
    expect(page.text).toContain('As agreed &lt;b&gt;on our call&lt;/b&gt;.');
    // Opening it again (a mail scanner, then the person) leaves the link and the invitation as they were.
    expect((await contact.open(h, link.path)).status).toBe(200);
    expect((await invitationOf(invitation.id)).status).toBe('sent');
    const audit = await tables(h)('audit_events').where({ action: 'fleet.invitation.sent', targetId: invitation.id });
    expect(audit).toHaveLength(1);
    const events = await tables(h)('outbox_events').where({ type: 'fleet.invitation.sent' }).whereRaw(`payload->>'invitationId' = ?`, [invitation.id]);
    expect(events).toHaveLength(1);
  });

  it('speaks the contact’s language: the one the partner chose, else their browser’s', async () => {
    const { link } = await invite(h, admin, { locale: 'fr' });
    expect(link.text).toContain('vous demande l’autorisation d’agir pour');
    expect(link.text).toContain('Déposer les déclarations fiscales');
    expect((await contact.open(h, link.path, 'es')).text).toContain('<html lang="fr">');
    const { link: other } = await invite(h, admin);
    const page = await contact.open(h, other.path, 'es-MX,es;q=0.9');
    expect(page.text).toContain('<html lang="es">');
    expect(page.text).toContain('Aceptar');
  });

  it('accepting links the client to the partner with the mandate proposed, once', async () => {
    const email = uniqueEmail();
    const { invitation, link } = await invite(h, seller, { companyName: 'Umbrella Corp', contactEmail: email, contactName: 'Una Umbrella', scope: ['view-financials'], validUntil: dayFrom(200) });
    const accepted = await contact.post(h, link.path, { token: link.token, decision: 'accept' });
    expect(accepted.status, accepted.text).toBe(200);
    expect(accepted.text).toContain('You accepted');
    const after = await invitationOf(invitation.id);
    expect(after).toMatchObject({ status: 'accepted', clientId: expect.any(String), respondedAt: expect.any(String) });

    const client = expectOk(await admin.get(`/fleet/clients/${after.clientId}`));
    expect(client).toMatchObject({ name: 'Umbrella Corp', partnerId: alpha.partnerId, source: 'invitation', contact: { email, name: 'Una Umbrella' } });
    expect(client.mandate).toMatchObject({ version: 1, status: 'active', scope: ['view-financials'], validFrom: dayFrom(0), validUntil: dayFrom(200), pendingProposal: null });
    const versions = expectOk(await admin.get(`/fleet/clients/${after.clientId}/mandate/versions`));
    expect(versions.items).toEqual([expect.objectContaining({ version: 1, change: 'created', changedBy: { kind: 'contact', name: 'Una Umbrella' } })]);
    for (const type of ['fleet.invitation.accepted', 'fleet.client.linked', 'fleet.mandate.changed']) {
      expect(await tables(h)('outbox_events').where({ type }).whereRaw(`payload->>'clientId' = ?`, [after.clientId]), type).toHaveLength(1);
    }
    const activity = expectOk(await admin.get(`/fleet/clients/${after.clientId}/activity`));
    expect(activity.items.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['fleet.invitation.accepted', 'fleet.mandate.created']));
    expect(activity.items.find((e: { action: string }) => e.action === 'fleet.invitation.accepted').actor).toEqual({ kind: 'contact', name: 'Una Umbrella' });

    // The link worked once: opening or posting it again says so, and nothing changes.
    const again = await contact.open(h, link.path);
    expect(again.status).toBe(410);
    expect(again.text).toContain('This link was already used');
    const reposted = await contact.post(h, link.path, { token: link.token, decision: 'decline' });
    expect(reposted.status).toBe(410);
    expect((await invitationOf(invitation.id)).status).toBe('accepted');
  });

  it('declining records why and links nothing', async () => {
    const { invitation, link } = await invite(h, seller);
    const declined = await contact.post(h, link.path, { token: link.token, decision: 'decline', reason: 'We work with another firm.' });
    expect(declined.status).toBe(200);
    expect(declined.text).toContain('You declined');
    expect(await invitationOf(invitation.id)).toMatchObject({ status: 'declined', declineReason: 'We work with another firm.', clientId: null });
    expect(await tables(h)('clients').where({ tenantId: alpha.id, name: invitation.companyName })).toEqual([]);
  });

  it('a link reaches its own invitation only: another company’s invitation is a 404, and nothing changes', async () => {
    const first = await invite(h, seller);
    const second = await invite(h, otherPartner);
    const crossed = `/client-invitations/${second.invitation.id}?token=${first.link.token}`;
    expect((await contact.open(h, crossed)).status).toBe(404);
    const posted = await contact.post(h, crossed, { token: first.link.token, decision: 'accept' });
    expect(posted.status).toBe(404);
    expect(posted.text).toContain('This link does not work');
    expect(expectOk(await otherPartner.get(`/fleet/invitations/${second.invitation.id}`)).status).toBe('sent');
    // …and the first link still works for its own invitation.
    expect((await contact.open(h, first.link.path)).status).toBe(200);
    expect((await contact.open(h, `/client-invitations/${first.invitation.id}?token=${'x'.repeat(43)}`)).status).toBe(404);
    expect((await contact.open(h, `/client-invitations/${first.invitation.id}`)).status).toBe(404);
  });

  it('refuses a post from another site, and changes nothing', async () => {
    const { invitation, link } = await invite(h, seller);
    const refused = await contact.post(h, link.path, { token: link.token, decision: 'accept' }, { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' });
    expectProblem(refused, 403);
    expect((await invitationOf(invitation.id)).status).toBe('sent');
    expect((await contact.open(h, link.path)).status).toBe(200);
  });

  it('resending makes a new link and kills the old one; revoking kills it too', async () => {
    const email = uniqueEmail();
    const { invitation, link: first } = await invite(h, seller, { contactEmail: email });
    const resent = expectOk(await seller.post(`/fleet/invitations/${invitation.id}/resend`));
    expect(resent).toMatchObject({ status: 'resent', resendCount: 1 });
    expect(new Date(resent.expiresAt).getTime()).toBeGreaterThanOrEqual(new Date(invitation.expiresAt).getTime());
    const second = await linkIn(h, email, 'fleet.invitation');
    expect(second.token).not.toBe(first.token);
    const old = await contact.open(h, first.path);
    expect(old.status).toBe(410);
    expect(old.text).toContain('This link has expired');
    expect((await contact.open(h, second.path)).status).toBe(200);

    const revoked = expectOk(await seller.post(`/fleet/invitations/${invitation.id}/revoke`));
    expect(revoked.status).toBe('revoked');
    expect((await contact.open(h, second.path)).status).toBe(410);
    expect((await contact.post(h, second.path, { token: second.token, decision: 'accept' })).status).toBe(410);
    expectProblem(await seller.post(`/fleet/invitations/${invitation.id}/resend`), 409);
    expect(await tables(h)('audit_events').where({ targetId: invitation.id }).whereIn('action', ['fleet.invitation.resent', 'fleet.invitation.revoked'])).toHaveLength(2);
  });

  it('lets only the sender, or those who manage invitations, resend or revoke', async () => {
    const { invitation } = await invite(h, seller);
    const anotherSeller = await personOf(h, alpha, 'salesperson');
    expectProblem(await anotherSeller.post(`/fleet/invitations/${invitation.id}/revoke`), 403);
    const user = await personOf(h, alpha, 'partner_user');
    expectProblem(await user.post(`/fleet/invitations/${invitation.id}/resend`), 403);
    expectProblem(await otherPartner.post(`/fleet/invitations/${invitation.id}/revoke`), 404);
    expect(expectOk(await admin.post(`/fleet/invitations/${invitation.id}/revoke`)).status).toBe('revoked');
  });

  it('expires after the tenant’s lifetime (14 days by default), by the scheduled task', async () => {
    const { invitation, link } = await invite(h, seller);
    await h.runTask('fleet', 'expire', new Date(Date.now() + 13 * 86_400_000));
    expect((await invitationOf(invitation.id)).status).toBe('sent');
    await h.runTask('fleet', 'expire', new Date(Date.now() + 15 * 86_400_000));
    expect((await invitationOf(invitation.id)).status).toBe('expired');
    const page = await contact.open(h, link.path);
    expect(page.status).toBe(410);
    expect(page.text).toContain('This link has expired');
    expect((await contact.post(h, link.path, { token: link.token, decision: 'accept' })).status).toBe(410);
    expect(await tables(h)('outbox_events').where({ type: 'fleet.invitation.expired' }).whereRaw(`payload->>'invitationId' = ?`, [invitation.id])).toHaveLength(1);
  });

  it('follows the lifetime the tenant set', async () => {
    const beta = await h.tenant('beta-lifetime');
    await h.updateSettings(beta, 'fleet', { invitationLifetimeDays: 3 });
    const betaAdmin = await personOf(h, beta, 'partner_admin');
    const { invitation } = await invite(h, betaAdmin);
    const days = (new Date(invitation.expiresAt).getTime() - new Date(invitation.sentAt).getTime()) / 86_400_000;
    expect(Math.round(days)).toBe(3);
  });

  it('keeps one pending invitation per contact address, whatever its case', async () => {
    const email = uniqueEmail();
    await invite(h, seller, { contactEmail: email });
    expectProblem(await seller.post('/fleet/invitations', { companyName: unique('Company'), contactEmail: email.toUpperCase(), scope: ['view-financials'] }), 409, '/contactEmail');
    // Another partner may invite the same person.
    expectOk(await otherPartner.post('/fleet/invitations', { companyName: unique('Company'), contactEmail: email, scope: ['view-financials'] }), 201);
  });

  it('refuses what cannot be a mandate, naming the field', async () => {
    const body = (change: Record<string, unknown>) => ({ companyName: unique('Company'), contactEmail: uniqueEmail(), scope: ['view-financials'], ...change });
    expectProblem(await seller.post('/fleet/invitations', body({ scope: ['fly-the-plane'] })), 400, '/scope/0');
    expectProblem(await seller.post('/fleet/invitations', body({ scope: [] })), 400, '/scope');
    expectProblem(await seller.post('/fleet/invitations', body({ validFrom: dayFrom(-2) })), 400, '/validFrom');
    expectProblem(await seller.post('/fleet/invitations', body({ validFrom: dayFrom(10), validUntil: dayFrom(5) })), 400, '/validUntil');
    expectProblem(await seller.post('/fleet/invitations', body({ companyName: '   ' })), 400, '/companyName');
    expectProblem(await seller.post('/fleet/invitations', { contactEmail: uniqueEmail(), scope: ['view-financials'] }), 400, '/companyName');
    expectProblem(await seller.post('/fleet/invitations', body({ contactEmail: 'not-an-email' })), 400, '/contactEmail');
    expectProblem(await staff.post('/fleet/invitations', body({})), 403);
    const user = await personOf(h, alpha, 'partner_user');
    expectProblem(await user.post('/fleet/invitations', body({})), 403);
  });

  it('invites the contact of a client the partner already has, and refuses another address for it', async () => {
    const registered = expectOk(await admin.post('/fleet/clients', { name: unique('Registered') }), 201);
    const email = uniqueEmail();
    const { invitation, link } = await invite(h, admin, { companyName: undefined, clientId: registered.id, contactEmail: email });
    expect(invitation).toMatchObject({ clientId: registered.id, companyName: registered.name });
    expectProblem(await admin.post('/fleet/invitations', { companyName: registered.name.toUpperCase(), contactEmail: uniqueEmail(), scope: ['view-financials'] }), 409, '/companyName');
    await contact.post(h, link.path, { token: link.token, decision: 'accept' });
    const client = expectOk(await admin.get(`/fleet/clients/${registered.id}`));
    expect(client.mandate.status).toBe('active');
    // With a mandate, the client is not invited again: its mandate is changed instead.
    expectProblem(await admin.post('/fleet/invitations', { clientId: registered.id, contactEmail: email, scope: ['view-financials'] }), 409);
    // Its contact approves extensions: an invitation for it goes to them only.
    const other = expectOk(await admin.post('/fleet/clients', { name: unique('Registered') }), 201);
    await tables(h)('fleet_client_contacts').insert({ tenantId: alpha.id, clientId: other.id, partnerId: alpha.partnerId, email: 'boss@registered.example' });
    expectProblem(await admin.post('/fleet/invitations', { clientId: other.id, contactEmail: uniqueEmail('me'), scope: ['view-financials'] }), 400, '/contactEmail');
    expectProblem(await otherPartner.post('/fleet/invitations', { clientId: registered.id, contactEmail: email, scope: ['view-financials'] }), 404);
  });

  it('shows staff that a company invited is already served by another partner', async () => {
    const { clientId, contactEmail } = await linkedClient(h, otherPartner, { companyName: 'Shared Company SA', domain: 'shared.example' });
    const { invitation } = await invite(h, seller, { companyName: 'Shared Company S.A.', domain: 'https://www.shared.example/', contactEmail });
    const seen = expectOk(await staff.get(`/fleet/invitations/${invitation.id}`));
    expect(seen.alsoServedBy).toEqual([{ clientId, partnerId: alpha.otherPartnerId, partnerName: 'alpha other partner', clientName: 'Shared Company SA' }]);
    const listed = expectOk(await staff.get(`/fleet/invitations?partnerId=${alpha.partnerId}&status=pending`));
    expect(listed.items.find((i: { id: string }) => i.id === invitation.id).alsoServedBy).toHaveLength(1);
    // The partner sees its invitation, not who else serves the company.
    expect(expectOk(await seller.get(`/fleet/invitations/${invitation.id}`)).alsoServedBy).toBeUndefined();
  });

  it('lists a partner’s invitations only, newest first, with filters and cursor pages', async () => {
    const mine = expectOk(await admin.get('/fleet/invitations?limit=100'));
    expect(mine.items.every((i: { partnerId: string }) => i.partnerId === alpha.partnerId)).toBe(true);
    const times = mine.items.map((i: { sentAt: string }) => i.sentAt);
    expect([...times].sort().reverse()).toEqual(times);
    const pending = expectOk(await admin.get('/fleet/invitations?status=pending&limit=100'));
    expect(pending.items.every((i: { status: string }) => i.status === 'sent' || i.status === 'resent')).toBe(true);
    const first = expectOk(await admin.get('/fleet/invitations?limit=2'));
    const next = expectOk(await admin.get(`/fleet/invitations?limit=2&cursor=${encodeURIComponent(first.nextCursor)}`));
    expect(next.items[0].id).not.toBe(first.items[1].id);
    expect(mine.items.slice(2, 4).map((i: { id: string }) => i.id)).toEqual(next.items.map((i: { id: string }) => i.id));
    const found = expectOk(await admin.get('/fleet/invitations?q=initech'));
    expect(found.items.map((i: { companyName: string }) => i.companyName)).toEqual(['Initech GmbH']);
    expectProblem(await otherPartner.get(`/fleet/invitations/${mine.items[0].id}`), 404);
  });

  it('answers two concurrent acceptances once', async () => {
    const { invitation, link } = await invite(h, seller);
    const answers = await Promise.all([1, 2, 3].map(() => contact.post(h, link.path, { token: link.token, decision: 'accept' })));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 410, 410]);
    const after = await invitationOf(invitation.id);
    expect(await tables(h)('fleet_mandate_versions').where({ clientId: after.clientId })).toHaveLength(1);
  });
});
