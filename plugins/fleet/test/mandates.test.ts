import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type TestTenant } from '@portico/testing';
import { contact, dayFrom, expectOk, expectProblem, linkIn, linkedClient, personOf, plugins, tables, type Caller } from './support.js';

describe('mandates and their governed edits', () => {
  let h: Harness;
  let alpha: TestTenant;
  let admin: Caller;
  let principal: Caller;
  let seller: Caller;
  let otherPartner: Caller;
  let staff: Caller;
  let approver: Caller;

  beforeAll(async () => {
    h = await startHarness({ plugins, config: { defaultTenant: 'alpha' } });
    alpha = await h.tenant('alpha');
    admin = await personOf(h, alpha, 'partner_admin');
    principal = await personOf(h, alpha, 'principal');
    seller = await personOf(h, alpha, 'salesperson');
    otherPartner = await personOf(h, alpha, 'partner_admin', alpha.otherPartnerId);
    staff = await personOf(h, alpha, 'support', null);
    approver = await personOf(h, alpha, 'partner_manager', null);
  });
  afterAll(() => h?.close());

  /** A client of alpha's first partner with an active mandate (view-financials, file-returns, until in a year). */
  const mandated = () => linkedClient(h, seller, { validUntil: dayFrom(365) });
  const mandateOf = async (clientId: string) => expectOk(await admin.get(`/fleet/clients/${clientId}/mandate`));
  const change = (who: Caller, clientId: string, body: Record<string, unknown>) => who.patch(`/fleet/clients/${clientId}/mandate`, { reason: 'Because.', ...body });

  it('applies a reduction at once as a new version: who, when, why and the difference', async () => {
    const { clientId } = await mandated();
    const result = expectOk(await change(admin, clientId, { version: 1, scope: ['view-financials'], validUntil: dayFrom(100), reason: 'They file their own returns now.' }));
    expect(result.proposal).toBeNull();
    expect(result.mandate).toMatchObject({ version: 2, scope: ['view-financials'], validUntil: dayFrom(100), status: 'active' });
    expect(result.applied).toMatchObject({
      version: 2,
      change: 'reduced',
      reason: 'They file their own returns now.',
      diff: { scope: { added: [], removed: ['file-returns'] }, validUntil: { from: dayFrom(365), to: dayFrom(100) } },
      changedBy: { kind: 'member', name: expect.any(String) },
    });
    const versions = expectOk(await admin.get(`/fleet/clients/${clientId}/mandate/versions`));
    expect(versions.items.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    const events = await tables(h)('outbox_events').where({ type: 'fleet.mandate.changed' }).whereRaw(`payload->>'clientId' = ?`, [clientId]).orderBy('created_at');
    expect(events.map((e) => e.payload.change)).toEqual(['created', 'reduced']);
    expect(await tables(h)('audit_events').where({ action: 'fleet.mandate.reduced', targetId: clientId })).toHaveLength(1);
  });

  it('suspends and ends at once; an ended mandate changes no more', async () => {
    const { clientId } = await mandated();
    expect(expectOk(await change(principal, clientId, { version: 1, status: 'suspended' })).mandate).toMatchObject({ version: 2, status: 'suspended' });
    const ended = expectOk(await change(principal, clientId, { version: 2, status: 'ended', reason: 'The client left.' }));
    expect(ended.applied).toMatchObject({ change: 'ended', status: 'ended' });
    expectProblem(await change(principal, clientId, { version: 3, scope: ['view-financials'] }), 409);
    expect((await mandateOf(clientId)).version).toBe(3);
  });

  it('proposes an extension to the client’s contact, who approves it through the emailed link', async () => {
    const { clientId, contactEmail } = await mandated();
    const result = expectOk(await change(admin, clientId, { version: 1, scope: ['view-financials', 'file-returns', 'manage-payroll'], validUntil: null, reason: 'We take over payroll from January.' }));
    expect(result.applied).toBeNull();
    expect(result.mandate).toMatchObject({ version: 1, scope: ['view-financials', 'file-returns'] });
    expect(result.proposal).toMatchObject({
      status: 'pending',
      approver: 'client',
      baseVersion: 1,
      terms: { scope: ['view-financials', 'file-returns', 'manage-payroll'], validUntil: null },
      diff: { scope: { added: ['manage-payroll'], removed: [] }, validUntil: { from: dayFrom(365), to: null } },
      proposedBy: { personId: admin.personId },
    });
    expect((await mandateOf(clientId)).pendingProposal.id).toBe(result.proposal.id);

    const link = await linkIn(h, contactEmail, 'fleet.mandate-proposal');
    expect(link.text).toContain('Adds: Run payroll');
    expect(link.text).toContain('We take over payroll from January.');
    const page = await contact.open(h, link.path);
    expect(page.status).toBe(200);
    expect(page.text).toContain('<ins>+ Run payroll</ins>');
    expect((await mandateOf(clientId)).version).toBe(1);

    const approved = await contact.post(h, link.path, { token: link.token, decision: 'approve' });
    expect(approved.status, approved.text).toBe(200);
    expect(approved.text).toContain('You approved the change');
    const after = await mandateOf(clientId);
    expect(after).toMatchObject({ version: 2, scope: ['view-financials', 'file-returns', 'manage-payroll'], validUntil: null, pendingProposal: null });
    const [latest] = expectOk(await admin.get(`/fleet/clients/${clientId}/mandate/versions`)).items;
    expect(latest).toMatchObject({ version: 2, change: 'extended', proposalId: result.proposal.id, changedBy: { kind: 'contact' } });
    expect(expectOk(await admin.get(`/fleet/mandate-proposals/${result.proposal.id}`))).toMatchObject({ status: 'approved', decidedAt: expect.any(String) });
    expect((await contact.post(h, link.path, { token: link.token, decision: 'approve' })).status).toBe(410);
  });

  it('applies the reductions of a mixed change at once and proposes the rest', async () => {
    const { clientId } = await mandated();
    const result = expectOk(await change(admin, clientId, { version: 1, scope: ['view-financials', 'manage-invoices'] }));
    expect(result.applied).toMatchObject({ version: 2, scope: ['view-financials'], diff: { scope: { added: [], removed: ['file-returns'] } } });
    expect(result.proposal).toMatchObject({ baseVersion: 2, terms: { scope: ['view-financials', 'manage-invoices'] }, diff: { scope: { added: ['manage-invoices'], removed: [] } } });
  });

  it('the contact may decline; the mandate stays as it was', async () => {
    const { clientId, contactEmail } = await mandated();
    const { proposal } = expectOk(await change(admin, clientId, { version: 1, validUntil: dayFrom(700) }));
    const link = await linkIn(h, contactEmail, 'fleet.mandate-proposal');
    const declined = await contact.post(h, link.path, { token: link.token, decision: 'decline', reason: 'One year is enough.' });
    expect(declined.status).toBe(200);
    expect(expectOk(await admin.get(`/fleet/mandate-proposals/${proposal.id}`))).toMatchObject({ status: 'declined', decisionNote: 'One year is enough.' });
    expect(await mandateOf(clientId)).toMatchObject({ version: 1, validUntil: dayFrom(365) });
  });

  it('answers the second of two concurrent writers 409 with the current mandate', async () => {
    const { clientId } = await mandated();
    const [first, second] = await Promise.all([change(admin, clientId, { version: 1, scope: ['view-financials'] }), change(principal, clientId, { version: 1, validUntil: dayFrom(30) })]);
    const statuses = [first.status, second.status].sort();
    expect(statuses).toEqual([200, 409]);
    const conflict = first.status === 409 ? first : second;
    expectProblem(conflict, 409);
    expect(conflict.body.mandate).toMatchObject({ id: expect.any(String), version: 2 });
    expect((await mandateOf(clientId)).version).toBe(2);
    expect(await tables(h)('fleet_mandate_versions').where({ clientId })).toHaveLength(2);
    // A writer that read version 1 long ago is told the same.
    expectProblem(await change(admin, clientId, { version: 1, status: 'suspended' }), 409);
  });

  it('a new change supersedes a pending proposal, whose link then dies', async () => {
    const { clientId, contactEmail } = await mandated();
    const { proposal } = expectOk(await change(admin, clientId, { version: 1, validUntil: dayFrom(700) }));
    const link = await linkIn(h, contactEmail, 'fleet.mandate-proposal');
    expectOk(await change(admin, clientId, { version: 1, scope: ['view-financials'] }));
    expect(expectOk(await admin.get(`/fleet/mandate-proposals/${proposal.id}`)).status).toBe('superseded');
    expect((await contact.open(h, link.path)).status).toBe(410);
    expect((await contact.post(h, link.path, { token: link.token, decision: 'approve' })).status).toBe(410);
    expect((await mandateOf(clientId)).validUntil).toBe(dayFrom(365));
  });

  it('the partner may withdraw its proposal', async () => {
    const { clientId } = await mandated();
    const { proposal } = expectOk(await change(admin, clientId, { version: 1, scope: ['view-financials', 'file-returns', 'manage-invoices'] }));
    expect(expectOk(await principal.post(`/fleet/mandate-proposals/${proposal.id}/withdraw`)).status).toBe('withdrawn');
    expectProblem(await principal.post(`/fleet/mandate-proposals/${proposal.id}/withdraw`), 409);
    expectProblem(await otherPartner.post(`/fleet/mandate-proposals/${proposal.id}/withdraw`), 404);
  });

  it('leaves extensions to staff when the tenant says so; a staff approver is not the proposer', async () => {
    const beta = await h.tenant('beta-staff-approval');
    await h.updateSettings(beta, 'fleet', { extensionApproval: 'staff' });
    const betaAdmin = await personOf(h, beta, 'partner_admin');
    const betaApprover = await personOf(h, beta, 'partner_manager', null);
    const betaOwner = await personOf(h, beta, 'tenant_admin', null);
    // No contact yet is no obstacle when staff approve: a client registered and fed its mandate.
    const client = expectOk(await betaOwner.post('/fleet/clients', { name: 'Staff Approved Ltd', partnerId: beta.partnerId }), 201);
    await tables(h)('fleet_mandates').insert({ tenantId: beta.id, clientId: client.id, partnerId: beta.partnerId, version: 1, scope: ['view-financials'], validFrom: dayFrom(0), status: 'active' });
    const { proposal } = expectOk(await change(betaAdmin, client.id, { version: 1, scope: ['view-financials', 'file-returns'] }));
    expect(proposal.approver).toBe('staff');
    const queue = expectOk(await betaApprover.get('/fleet/mandate-proposals?status=pending'));
    expect(queue.items.map((p: { id: string }) => p.id)).toEqual([proposal.id]);
    expectProblem(await betaAdmin.post(`/fleet/mandate-proposals/${proposal.id}/approve`, {}), 403);
    const approved = expectOk(await betaApprover.post(`/fleet/mandate-proposals/${proposal.id}/approve`, { note: 'Checked with the client.' }));
    expect(approved).toMatchObject({ status: 'approved', decisionNote: 'Checked with the client.' });
    expect(expectOk(await betaAdmin.get(`/fleet/clients/${client.id}/mandate`))).toMatchObject({ version: 2, scope: ['view-financials', 'file-returns'] });
    // In the client-approval tenant, staff cannot approve for the contact.
    const { clientId } = await mandated();
    const { proposal: clients } = expectOk(await change(admin, clientId, { version: 1, validUntil: null }));
    expectProblem(await approver.post(`/fleet/mandate-proposals/${clients.id}/approve`, {}), 409);
    // A staff person who proposed does not approve their own extension.
    const { proposal: own } = expectOk(await change(betaOwner, client.id, { version: 2, scope: ['view-financials', 'file-returns', 'manage-invoices'] }));
    expectProblem(await betaOwner.post(`/fleet/mandate-proposals/${own.id}/approve`, {}), 403);
    expectOk(await betaApprover.post(`/fleet/mandate-proposals/${own.id}/decline`, { note: 'Not yet.' }));
  });

  it('needs a contact to propose to, when the client approves', async () => {
    const client = expectOk(await admin.post('/fleet/clients', { name: 'No Contact Ltd' }), 201);
    await tables(h)('fleet_mandates').insert({ tenantId: alpha.id, clientId: client.id, partnerId: alpha.partnerId, version: 1, scope: ['view-financials'], validFrom: dayFrom(0), status: 'active' });
    expectProblem(await change(admin, client.id, { version: 1, scope: ['view-financials', 'file-returns'] }), 409);
    // A reduction needs nobody's approval.
    expectOk(await change(admin, client.id, { version: 1, status: 'suspended' }));
  });

  it('lets only partner admins and principals (and staff given it) change mandates, of clients they see', async () => {
    const { clientId } = await mandated();
    expectProblem(await change(seller, clientId, { version: 1, scope: ['view-financials'] }), 403);
    expectProblem(await change(staff, clientId, { version: 1, scope: ['view-financials'] }), 403);
    expectProblem(await change(otherPartner, clientId, { version: 1, scope: ['view-financials'] }), 404);
    expectProblem(await otherPartner.get(`/fleet/clients/${clientId}/mandate`), 404);
    expectProblem(await otherPartner.get(`/fleet/clients/${clientId}/mandate/versions`), 404);
    expect(expectOk(await staff.get(`/fleet/clients/${clientId}/mandate`)).version).toBe(1);
  });

  it('refuses what cannot be, naming the field, and changes nothing', async () => {
    const { clientId } = await mandated();
    expectProblem(await change(admin, clientId, { version: 1, scope: ['view-financials', 'teleport'] }), 400, '/scope/1');
    expectProblem(await change(admin, clientId, { version: 1, scope: [] }), 400, '/scope');
    expectProblem(await change(admin, clientId, { version: 1, validUntil: dayFrom(-3) }), 400, '/validUntil');
    expectProblem(await change(admin, clientId, { version: 1, validFrom: dayFrom(400) }), 400, '/validUntil');
    expectProblem(await change(admin, clientId, { version: 1, status: 'ended', scope: ['view-financials', 'file-returns', 'manage-payroll'] }), 400, '/status');
    expectProblem(await change(admin, clientId, { version: 1, reason: '   ' }), 400, '/reason');
    expectProblem(await admin.patch(`/fleet/clients/${clientId}/mandate`, { version: 1, scope: ['view-financials'] }), 400, '/reason');
    expectProblem(await change(admin, clientId, { version: 1, scope: ['view-financials', 'file-returns'] }), 400);
    expect(await mandateOf(clientId)).toMatchObject({ version: 1, pendingProposal: null });
    expectProblem(await admin.get(`/fleet/clients/${(await admin.post('/fleet/clients', { name: 'Without Mandate' })).body.id}/mandate`), 404);
  });

  it('ends mandates past their last day, and expires proposals nobody answered, by the scheduled task', async () => {
    const { clientId } = await linkedClient(h, seller, { validUntil: dayFrom(5) });
    const { proposal } = expectOk(await change(admin, clientId, { version: 1, scope: ['view-financials', 'file-returns', 'manage-invoices'] }));
    await h.runTask('fleet', 'expire', new Date(Date.now() + 5 * 86_400_000));
    expect((await mandateOf(clientId)).status).toBe('active');
    await h.runTask('fleet', 'expire', new Date(Date.now() + 6.5 * 86_400_000));
    const ended = await mandateOf(clientId);
    expect(ended).toMatchObject({ status: 'ended', version: 2 });
    const [latest] = expectOk(await admin.get(`/fleet/clients/${clientId}/mandate/versions`)).items;
    expect(latest).toMatchObject({ change: 'expired', changedBy: { kind: 'system', name: null } });
    expect(expectOk(await admin.get(`/fleet/mandate-proposals/${proposal.id}`)).status).toBe('superseded');

    const { clientId: other } = await mandated();
    const { proposal: unanswered } = expectOk(await change(admin, other, { version: 1, validUntil: null }));
    await h.runTask('fleet', 'expire', new Date(Date.now() + 15 * 86_400_000));
    expect(expectOk(await admin.get(`/fleet/mandate-proposals/${unanswered.id}`)).status).toBe('expired');
  });
});
