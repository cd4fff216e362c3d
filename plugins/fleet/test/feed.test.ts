import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type TestTenant } from '@portico/testing';
import { backendOf, dayFrom, expectOk, expectProblem, personOf, plugins, tables, type Caller } from './support.js';

describe('the data feed', () => {
  let h: Harness;
  let alpha: TestTenant;
  let backend: Awaited<ReturnType<typeof backendOf>>;
  let admin: Caller;

  beforeAll(async () => {
    h = await startHarness({ plugins });
    alpha = await h.tenant('alpha');
    backend = await backendOf(h, alpha);
    admin = await personOf(h, alpha, 'partner_admin');
  });
  afterAll(() => h?.close());

  const record = (externalId: string, extra: Record<string, unknown> = {}) => ({ externalId, partner: alpha.partnerId, name: `Company ${externalId}`, ...extra });
  const rowsOf = (externalId: string) => tables(h)('clients').where({ tenantId: alpha.id, externalId });

  it('creates, then updates, then leaves unchanged: idempotent upserts by external id and partner', async () => {
    const first = expectOk(await backend.push([record('F-1', { domain: 'f1.example', country: 'fr', health: 'healthy', facts: { seats: 10 }, contact: { email: 'boss@f1.example', name: 'Boss' } })]));
    expect(first.results).toEqual([{ index: 0, externalId: 'F-1', status: 'created', clientId: expect.any(String), problem: null }]);
    expect(first.summary).toEqual({ created: 1, updated: 0, unchanged: 0, refused: 0 });
    const clientId = first.results[0].clientId;
    expect(expectOk(await admin.get(`/fleet/clients/${clientId}`))).toMatchObject({ name: 'Company F-1', domain: 'f1.example', country: 'FR', health: 'healthy', facts: { seats: 10 }, contact: { email: 'boss@f1.example' }, source: 'feed' });

    const again = expectOk(await backend.push([record('F-1', { domain: 'f1.example', country: 'FR', health: 'healthy', facts: { seats: 10 }, contact: { email: 'boss@f1.example', name: 'Boss' } })]));
    expect(again.results[0]).toMatchObject({ status: 'unchanged', clientId });
    // Left out keeps; given changes; null clears.
    const changed = expectOk(await backend.push([record('F-1', { health: null, facts: { seats: 12, plan: 'Pro' } })]));
    expect(changed.results[0]).toMatchObject({ status: 'updated', clientId });
    expect(expectOk(await admin.get(`/fleet/clients/${clientId}`))).toMatchObject({ domain: 'f1.example', health: null, facts: { seats: 12, plan: 'Pro' }, contact: { email: 'boss@f1.example' } });
    expect(await rowsOf('F-1')).toHaveLength(1);
    const audit = await tables(h)('audit_events').where({ action: 'fleet.client.fed', targetId: clientId }).orderBy('created_at');
    expect(audit.map((a) => a.after.outcome)).toEqual(['created', 'updated']);
    expect(await tables(h)('outbox_events').where({ type: 'fleet.feed.applied' })).toHaveLength(2);
  });

  it('refuses a bad record alone, naming its fields, and applies the others', async () => {
    const answer = expectOk(
      await backend.push([
        record('B-1'),
        record('B-2', { contact: { email: 'not an email' }, country: 'ZZ', colour: 'blue', facts: { ok: 1, 'bad key': 2, nested: { no: true } } }),
        'not even an object',
        { partner: alpha.partnerId, name: 'No external id' },
        record('B-3', { partner: '00000000-0000-4000-8000-000000000000' }),
        record('B-4', { mandate: { scope: ['view-financials', 'teleport'], validFrom: '2026-02-30' } }),
        record('B-5'),
      ]),
    );
    expect(answer.results.map((r: { status: string }) => r.status)).toEqual(['created', 'refused', 'refused', 'refused', 'refused', 'refused', 'created']);
    expect(answer.summary).toEqual({ created: 2, updated: 0, unchanged: 0, refused: 5 });
    const bad = answer.results[1];
    expect(bad).toMatchObject({ index: 1, externalId: 'B-2', clientId: null, problem: { status: 400, type: expect.stringContaining('/problems/'), title: expect.any(String), detail: expect.any(String) } });
    expect(bad.problem.errors.map((e: { field: string }) => e.field).sort()).toEqual(['/colour', '/contact/email', '/country', '/facts/bad key', '/facts/nested'].sort());
    expect(answer.results[2].problem.errors).toEqual([{ in: 'body', field: '', message: 'must be an object.' }]);
    expect(answer.results[3].problem.errors.map((e: { field: string }) => e.field)).toEqual(['/externalId']);
    expect(answer.results[4].problem.errors.map((e: { field: string }) => e.field)).toEqual(['/partner']);
    expect(answer.results[5].problem.errors.map((e: { field: string }) => e.field).sort()).toEqual(['/mandate/scope/1', '/mandate/validFrom']);
    // Nothing of a refused record was written.
    for (const id of ['B-2', 'B-3', 'B-4']) expect(await rowsOf(id), id).toEqual([]);
    expect(await rowsOf('B-5')).toHaveLength(1);
  });

  it('never half-applies a record that the database refuses: its whole write is rolled back', async () => {
    expectOk(await admin.post('/fleet/clients', { name: 'Taken Name' }), 201);
    expectOk(await backend.push([record('T-0', { name: 'Taken Name Too' })]));
    const answer = expectOk(
      await backend.push([
        // Renaming T-0 to a name the partner already uses, along with a new contact and mandate.
        record('T-0', { name: 'taken name', contact: { email: 'new@t0.example' }, mandate: { scope: ['view-financials'] } }),
        record('T-1'),
      ]),
    );
    expect(answer.results[0]).toMatchObject({ status: 'refused', problem: { status: 409, errors: [{ in: 'body', field: '/name', message: expect.any(String) }] } });
    expect(answer.results[1].status).toBe('created');
    const [t0] = await rowsOf('T-0');
    expect(t0.name).toBe('Taken Name Too');
    expect(await tables(h)('fleet_client_contacts').where({ clientId: t0.id })).toEqual([]);
    expect(await tables(h)('fleet_mandates').where({ clientId: t0.id })).toEqual([]);
  });

  it('adopts a client its partner registered under the same name, and keeps one row per partner of a company', async () => {
    const registered = expectOk(await admin.post('/fleet/clients', { name: 'Adopted Ltd' }), 201);
    const answer = expectOk(await backend.push([record('AD-1', { name: 'ADOPTED LTD' }), record('AD-1', { partner: alpha.otherPartnerId, name: 'Adopted Ltd' })]));
    expect(answer.results.map((r: { status: string }) => r.status)).toEqual(['updated', 'created']);
    expect(answer.results[0].clientId).toBe(registered.id);
    expect(await rowsOf('AD-1')).toHaveLength(2);
  });

  it('sets the mandate as the tenant’s product records it: a version by the feed, no approval', async () => {
    const [created] = expectOk(await backend.push([record('M-1', { mandate: { scope: ['view-financials', 'file-returns'], validUntil: dayFrom(100) } })])).results;
    const mandate = expectOk(await admin.get(`/fleet/clients/${created.clientId}/mandate`));
    expect(mandate).toMatchObject({ version: 1, scope: ['view-financials', 'file-returns'], validFrom: dayFrom(0), validUntil: dayFrom(100), status: 'active' });
    expect(expectOk(await backend.push([record('M-1', { mandate: { scope: ['view-financials', 'file-returns'], validUntil: dayFrom(100) } })])).results[0].status).toBe('unchanged');
    expect(expectOk(await backend.push([record('M-1', { mandate: { scope: ['view-financials', 'file-returns', 'manage-payroll'] } })])).results[0].status).toBe('updated');
    const [latest] = expectOk(await admin.get(`/fleet/clients/${created.clientId}/mandate/versions`)).items;
    expect(latest).toMatchObject({ version: 2, change: 'fed', changedBy: { kind: 'feed', name: null }, diff: { scope: { added: ['manage-payroll'], removed: [] } } });
  });

  it('sees, within a batch, what its earlier records did', async () => {
    const answer = expectOk(await backend.push([record('D-1', { health: 'healthy' }), record('D-1', { health: 'healthy' }), record('D-1', { health: 'critical' })]));
    expect(answer.results.map((r: { status: string }) => r.status)).toEqual(['created', 'unchanged', 'updated']);
    expect(await rowsOf('D-1')).toHaveLength(1);
  });

  it('takes at most 1,000 records a call', async () => {
    const many = Array.from({ length: 1001 }, (_, i) => record(`X-${i}`));
    expectProblem(await backend.push(many), 400, '/records');
    expectProblem(await backend.push([]), 400, '/records');
    expect(await tables(h)('clients').where({ tenantId: alpha.id }).where('external_id', 'like', 'X-%')).toEqual([]);
    const thousand = expectOk(await backend.push(Array.from({ length: 1000 }, (_, i) => record(`K-${i}`))));
    expect(thousand.summary.created).toBe(1000);
  });

  it('writes new clients of a batch together as it writes one alone: profile, contact, mandate version by the feed, audit and event each', async () => {
    const full = (id: string) => record(id, { domain: `${id.toLowerCase()}.example`, country: 'es', health: 'attention', facts: { seats: 3 }, contact: { email: `cfo@${id.toLowerCase()}.example`, name: 'CFO', locale: 'es' }, mandate: { scope: ['view-financials'], validUntil: dayFrom(30) } });
    const alone = expectOk(await backend.push([full('G-0'), record('G-0', { health: 'healthy' })])).results[0];
    const together = expectOk(await backend.push(['G-1', 'G-2', 'G-3'].map(full))).results;
    expect(together.map((r: { status: string }) => r.status)).toEqual(['created', 'created', 'created']);
    const seen = async (clientId: string) => {
      const client = expectOk(await admin.get(`/fleet/clients/${clientId}`));
      const versions = expectOk(await admin.get(`/fleet/clients/${clientId}/mandate/versions`)).items;
      const audit = await tables(h)('audit_events').where({ targetType: 'client', targetId: clientId }).orderBy('action').pluck('action');
      const events = await tables(h)('outbox_events').where({ type: 'fleet.mandate.changed' }).whereRaw("payload->>'clientId' = ?", [clientId]);
      return { client, versions, audit, events };
    };
    const one = await seen(alone.clientId);
    for (const { clientId, externalId } of together) {
      const other = await seen(clientId);
      expect(other.client).toMatchObject({ name: `Company ${externalId}`, domain: `${externalId.toLowerCase()}.example`, country: 'ES', health: 'attention', facts: { seats: 3 }, contact: { email: `cfo@${externalId.toLowerCase()}.example`, name: 'CFO', locale: 'es' }, source: 'feed', mandate: { version: 1, scope: ['view-financials'], validUntil: dayFrom(30), status: 'active' } });
      expect(other.versions).toEqual([{ ...one.versions.at(-1), createdAt: expect.any(String) }]);
      expect(other.versions[0]).toMatchObject({ version: 1, change: 'fed', changedBy: { kind: 'feed', name: null }, diff: { scope: { added: ['view-financials'], removed: [] } } });
      expect(other.audit).toEqual(['fleet.client.fed', 'fleet.mandate.fed']);
      expect(other.events).toHaveLength(1);
    }
    // The one written alone was then updated by its second record: two "fed" entries.
    expect(one.audit).toEqual(['fleet.client.fed', 'fleet.client.fed', 'fleet.mandate.fed']);
  });

  it('refuses a new record whose name its partner already uses under another external id, and writes the rest of the batch', async () => {
    expectOk(await backend.push([record('N-1', { name: 'Name In Use' })]));
    const answer = expectOk(await backend.push([record('N-2'), record('N-3', { name: 'NAME IN USE', mandate: { scope: ['view-financials'] } }), record('N-4')]));
    expect(answer.results.map((r: { status: string }) => r.status)).toEqual(['created', 'refused', 'created']);
    expect(answer.results[1].problem).toMatchObject({ status: 409, errors: [{ field: '/name' }] });
    expect(await rowsOf('N-3')).toEqual([]);
    // Two new records of one batch with the same name: the first is created, the second refused.
    const twins = expectOk(await backend.push([record('N-5', { name: 'Twin Co' }), record('N-6', { name: 'twin co' })]));
    expect(twins.results.map((r: { status: string }) => r.status)).toEqual(['created', 'refused']);
  });

  it('creates each client once when two calls push the same new records at the same moment', async () => {
    const batch = Array.from({ length: 20 }, (_, i) => record(`R-${i}`, { contact: { email: `r${i}@race.example` }, mandate: { scope: ['view-financials'] } }));
    const answers = (await Promise.all([backend.push(batch), backend.push(batch)])).map((a) => expectOk(a));
    for (let i = 0; i < batch.length; i++) {
      const statuses = answers.map((a) => a.results[i].status).sort();
      // Whichever call came second saw the client (unchanged) or lost the race to create it (refused).
      expect([['created', 'unchanged'], ['created', 'refused']]).toContainEqual(statuses);
    }
    const rows = await tables(h)('clients').where({ tenantId: alpha.id }).where('external_id', 'like', 'R-%');
    expect(rows).toHaveLength(20);
    expect(await tables(h)('fleet_mandates').whereIn('client_id', rows.map((r) => r.id))).toHaveLength(20);
    expect(await tables(h)('fleet_client_contacts').whereIn('client_id', rows.map((r) => r.id))).toHaveLength(20);
  });

  it('is for the tenant’s backend only: an API key whose scopes name fleet.feed.write', async () => {
    const embedOnly = await backendOf(h, alpha, []);
    expectProblem(await embedOnly.push([record('NOPE-1')]), 403);
    const owner = await personOf(h, alpha, 'tenant_admin', null);
    expectProblem(await owner.post('/fleet/feed/clients', { records: [record('NOPE-2')] }), 403);
    expectProblem(await h.api('POST', '/api/v1/fleet/feed/clients', { body: { records: [record('NOPE-3')] } }), 401);
    expect(await rowsOf('NOPE-1')).toEqual([]);
    // Another tenant's key writes into its own tenant, never this one.
    const beta = await h.tenant('beta-feed');
    const betaBackend = await backendOf(h, beta);
    const answer = expectOk(await betaBackend.push([record('NOPE-4')]));
    expect(answer.results[0].problem.errors[0].field).toBe('/partner');
  });
});
