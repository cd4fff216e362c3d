import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { definePlugin, defineRoute, Type } from '@portico/core';
import { startHarness, type Harness, type TestTenant } from '@portico/testing';
import { accessPlugin } from '../src/index.js';
import { P } from '../src/permissions.js';
import { asTenant, sessionFor } from '@portico/testing';

/**
 * A plugin with a staff permission no built-in role holds except tenant_admin (`probe.use`), and a
 * partner-side one partner admins hold (`probe.peek`), each with a route needing it.
 */
const probePlugin = definePlugin({
  id: 'probe',
  version: '0.0.0',
  permissions: {
    'probe.use': { description: 'Use the probe' },
    'probe.peek': { description: 'Peek through the probe', grantedTo: ['partner_admin'], partnerAct: true },
  },
  routes: {
    v1: [
      defineRoute({
        method: 'GET',
        path: '/probe',
        name: 'use',
        summary: 'Answers when the caller holds probe.use',
        permission: 'probe.use',
        schemas: { response: Type.Object({ ok: Type.Boolean() }) },
        handler: () => ({ ok: true }),
      }),
      defineRoute({
        method: 'GET',
        path: '/probe/peek',
        name: 'peek',
        summary: 'Answers when the caller holds probe.peek',
        permission: 'probe.peek',
        schemas: { response: Type.Object({ ok: Type.Boolean() }) },
        handler: () => ({ ok: true }),
      }),
    ],
  },
});

describe('access groups', () => {
  let h: Harness;
  let alpha: TestTenant;
  let beta: TestTenant;
  let seq = 0;

  beforeAll(async () => {
    h = await startHarness({ plugins: [accessPlugin, probePlugin] });
    alpha = await h.tenant('alpha');
    beta = await h.tenant('beta');
  });
  afterAll(() => h?.close());

  const knex = () => h.server.database.knex;
  /** The harness's tenant_admin, with exactly a tenant_admin's permissions. */
  const admin = (t: TestTenant) =>
    h.actors.mint({ kind: 'staff', tenantId: t.id, personId: t.staffId, partnerId: null, roles: ['tenant_admin'], permissions: h.server.registry.permissionsOfRole('tenant_admin') });

  async function addPerson(t: TestTenant, options: { kind?: 'staff' | 'member'; role?: string; status?: string; name?: string } = {}): Promise<string> {
    const kind = options.kind ?? 'member';
    const n = ++seq;
    return asTenant(h, t.id, async (trx) => {
      const [person] = await trx('people')
        .insert({ tenantId: t.id, kind, email: `person${n}@${t.slug}.test`, name: options.name ?? `Person ${n}`, status: options.status ?? 'active' })
        .returning('id');
      await trx('memberships').insert({
        tenantId: t.id,
        personId: person.id,
        partnerId: kind === 'staff' ? null : t.partnerId,
        role: options.role ?? (kind === 'staff' ? 'support' : 'partner_user'),
      });
      return person.id as string;
    });
  }

  const uniqueName = (label: string) => `${label} ${++seq}`;
  const create = (t: TestTenant, body: Record<string, unknown>, auth = admin(t)) => h.api('POST', '/api/v1/access/groups', { auth, body });
  const setMembers = (t: TestTenant, id: string, personIds: string[], auth = admin(t)) =>
    h.api('PUT', `/api/v1/access/groups/${id}/members`, { auth, body: { personIds } });
  const auditOf = (targetId: string, action: string) => knex()('audit_events').where({ targetId, action }).orderBy('created_at');

  it('lists the built-in roles first, read-only, with their catalog permissions and member counts', async () => {
    const before = await h.api('GET', '/api/v1/access/groups', { auth: admin(alpha) });
    expect(before.status, before.text).toBe(200);
    const adminsBefore = before.body.items.find((i: any) => i.name === 'partner_admin').memberCount;
    await addPerson(alpha, { role: 'partner_admin' });
    await addPerson(alpha, { role: 'partner_admin', status: 'removed' });
    const created = await create(alpha, { name: uniqueName('Listed'), audience: 'staff', permissions: [P.auditRead] });
    expect(created.status, created.text).toBe(201);

    const list = await h.api('GET', '/api/v1/access/groups', { auth: admin(alpha) });
    const items = list.body.items as any[];
    const builtIns = items.filter((i) => i.builtIn);
    expect(builtIns.map((i) => i.name)).toEqual(['partner_admin', 'principal', 'salesperson', 'technical', 'partner_user', 'tenant_admin', 'partner_manager', 'support']);
    expect(items.slice(0, builtIns.length).every((i) => i.builtIn && i.id === null)).toBe(true);
    const partnerAdmin = builtIns.find((i) => i.name === 'partner_admin');
    expect(partnerAdmin).toMatchObject({ audience: 'partner', memberCount: adminsBefore + 1 });
    expect(partnerAdmin.permissions).toEqual([...h.server.registry.permissionsOfRole('partner_admin')].sort());
    const tenantAdmin = builtIns.find((i) => i.name === 'tenant_admin');
    expect(tenantAdmin).toMatchObject({ audience: 'staff', memberCount: 1 });
    expect(tenantAdmin.permissions).toContain('probe.use');
    expect(items.find((i) => i.id === created.body.id)).toMatchObject({ builtIn: false, audience: 'staff', permissions: [P.auditRead], memberCount: 0 });
  });

  it('creates, renames and changes a group, auditing each change with before and after', async () => {
    const name = uniqueName('Deal desk');
    const created = await create(alpha, { name, description: 'Reviews deals', audience: 'staff', permissions: [P.auditRead, P.auditRead] });
    expect(created.status, created.text).toBe(201);
    expect(created.body).toMatchObject({ name, description: 'Reviews deals', audience: 'staff', builtIn: false, permissions: [P.auditRead], memberCount: 0, members: [] });
    const id = created.body.id;
    expect(await auditOf(id, 'access.group.created')).toEqual([expect.objectContaining({ partnerId: null, after: expect.objectContaining({ name, permissions: [P.auditRead] }) })]);

    const renamed = await h.api('PATCH', `/api/v1/access/groups/${id}`, { auth: admin(alpha), body: { name: `${name} (EMEA)` } });
    expect(renamed.status, renamed.text).toBe(200);
    expect(renamed.body).toMatchObject({ name: `${name} (EMEA)`, description: 'Reviews deals', permissions: [P.auditRead] });

    const changed = await h.api('PATCH', `/api/v1/access/groups/${id}`, { auth: admin(alpha), body: { permissions: [P.groupsRead, 'probe.use'] } });
    expect(changed.status, changed.text).toBe(200);
    expect(changed.body.permissions).toEqual([P.groupsRead, 'probe.use']);

    const read = await h.api('GET', `/api/v1/access/groups/${id}`, { auth: admin(alpha) });
    expect(read.body).toMatchObject({ id, name: `${name} (EMEA)`, permissions: [P.groupsRead, 'probe.use'], members: [] });

    const updates = await auditOf(id, 'access.group.updated');
    expect(updates).toHaveLength(2);
    expect(updates[0]).toMatchObject({ before: { name }, after: { name: `${name} (EMEA)` } });
    expect(updates[1]).toMatchObject({ before: { permissions: [P.auditRead] }, after: { permissions: [P.groupsRead, 'probe.use'] } });
  });

  it('refuses unknown permissions with 400 naming each one', async () => {
    const created = await create(alpha, { name: uniqueName('Typo'), audience: 'staff', permissions: [P.auditRead, 'deals.submitt', 'probe.use', 'nope.nope'] });
    expect(created.status).toBe(400);
    expect(created.body.errors.map((e: any) => e.field)).toEqual(['/permissions/1', '/permissions/3']);

    const ok = await create(alpha, { name: uniqueName('Fine'), audience: 'staff', permissions: [] });
    const patched = await h.api('PATCH', `/api/v1/access/groups/${ok.body.id}`, { auth: admin(alpha), body: { permissions: ['probe.usage'] } });
    expect(patched.status).toBe(400);
    expect(patched.body.errors).toContainEqual(expect.objectContaining({ in: 'body', field: '/permissions/0' }));
  });

  it('refuses a name already used by a group or a built-in role, whatever its case, with 409 naming /name', async () => {
    const name = uniqueName('Channel team');
    expect((await create(alpha, { name, audience: 'partner', permissions: [] })).status).toBe(201);

    for (const taken of [name.toUpperCase(), `  ${name.toLowerCase()} `, 'Partner_Admin', 'tenant_admin']) {
      const answer = await create(alpha, { name: taken, audience: 'staff', permissions: [] });
      expect(answer.status, taken).toBe(409);
      expect(answer.body.errors).toContainEqual(expect.objectContaining({ field: '/name' }));
    }

    const other = await create(alpha, { name: uniqueName('Other team'), audience: 'staff', permissions: [] });
    const renamed = await h.api('PATCH', `/api/v1/access/groups/${other.body.id}`, { auth: admin(alpha), body: { name: name.toLowerCase() } });
    expect(renamed.status).toBe(409);
    expect(renamed.body.errors).toContainEqual(expect.objectContaining({ field: '/name' }));
    // Changing only the case of its own name is a rename, not a clash.
    const recased = await h.api('PATCH', `/api/v1/access/groups/${other.body.id}`, { auth: admin(alpha), body: { name: other.body.name.toUpperCase() } });
    expect(recased.status, recased.text).toBe(200);

    // Names are per tenant: another tenant may use it.
    expect((await create(beta, { name, audience: 'partner', permissions: [] })).status).toBe(201);
  });

  it('deletes a group only once it has no members', async () => {
    const created = await create(alpha, { name: uniqueName('Short-lived'), audience: 'partner', permissions: [] });
    const id = created.body.id;
    const a = await addPerson(alpha);
    const b = await addPerson(alpha);
    expect((await setMembers(alpha, id, [a, b])).status).toBe(200);

    const refused = await h.api('DELETE', `/api/v1/access/groups/${id}`, { auth: admin(alpha) });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ type: expect.stringContaining('group-in-use'), memberCount: 2 });
    expect(refused.body.detail).toContain('2 members');

    expect((await setMembers(alpha, id, [])).status).toBe(200);
    const deleted = await h.api('DELETE', `/api/v1/access/groups/${id}`, { auth: admin(alpha) });
    expect(deleted.status, deleted.text).toBe(204);
    expect((await h.api('GET', `/api/v1/access/groups/${id}`, { auth: admin(alpha) })).status).toBe(404);
    expect(await auditOf(id, 'access.group.deleted')).toHaveLength(1);
    expect((await h.api('DELETE', `/api/v1/access/groups/${id}`, { auth: admin(alpha) })).status).toBe(404);
  });

  it('replaces the members, answers them, and audits who left and who joined', async () => {
    const created = await create(alpha, { name: uniqueName('Resellers'), audience: 'partner', permissions: [] });
    const id = created.body.id;
    const [a, b, c] = [await addPerson(alpha, { name: 'Ada' }), await addPerson(alpha, { name: 'Bob' }), await addPerson(alpha, { name: 'Cy' })];

    const first = await setMembers(alpha, id, [a, b, a]);
    expect(first.status, first.text).toBe(200);
    expect(first.body).toMatchObject({ id, memberCount: 2 });
    expect(first.body.members).toEqual([
      { id: a, name: 'Ada', email: expect.stringContaining('@alpha.test') },
      { id: b, name: 'Bob', email: expect.stringContaining('@alpha.test') },
    ]);

    const second = await setMembers(alpha, id, [c, b]);
    expect(second.body.members.map((m: any) => m.id)).toEqual([b, c]);
    const read = await h.api('GET', `/api/v1/access/groups/${id}`, { auth: admin(alpha) });
    expect(read.body.members.map((m: any) => m.id)).toEqual([b, c]);

    const audits = await auditOf(id, 'access.group.members-replaced');
    expect(audits).toHaveLength(2);
    expect(audits[1].before.personIds).toEqual([a, b].sort());
    expect(audits[1].after.personIds).toEqual([b, c].sort());
  });

  it('refuses people of the wrong audience, removed people and unknown people, naming each', async () => {
    const partnerGroup = await create(alpha, { name: uniqueName('Partner group'), audience: 'partner', permissions: [] });
    const staffGroup = await create(alpha, { name: uniqueName('Staff group'), audience: 'staff', permissions: [] });
    const member = await addPerson(alpha);
    const staff = await addPerson(alpha, { kind: 'staff' });
    const removed = await addPerson(alpha, { status: 'removed' });
    const deactivated = await addPerson(alpha, { status: 'deactivated' });

    const wrong = await setMembers(alpha, partnerGroup.body.id, [member, staff]);
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors).toEqual([expect.objectContaining({ in: 'body', field: '/personIds/1' })]);

    const wrongStaff = await setMembers(alpha, staffGroup.body.id, [staff, member]);
    expect(wrongStaff.status).toBe(400);
    expect(wrongStaff.body.errors).toEqual([expect.objectContaining({ field: '/personIds/1' })]);

    const gone = await setMembers(alpha, partnerGroup.body.id, [removed, member, '6f1c1c1e-0000-4000-8000-000000000001']);
    expect(gone.status).toBe(400);
    expect(gone.body.errors.map((e: any) => e.field)).toEqual(['/personIds/0', '/personIds/2']);

    // A person of another tenant does not exist here.
    const foreign = await setMembers(alpha, partnerGroup.body.id, [beta.memberId]);
    expect(foreign.status).toBe(400);
    expect(foreign.body.errors).toEqual([expect.objectContaining({ field: '/personIds/0' })]);

    // Nothing was changed by the refusals; a deactivated person may be kept in a group.
    expect((await h.api('GET', `/api/v1/access/groups/${partnerGroup.body.id}`, { auth: admin(alpha) })).body.members).toEqual([]);
    expect((await setMembers(alpha, partnerGroup.body.id, [deactivated])).status).toBe(200);
  });

  it('gives a person the group’s permissions on their real session, and takes them back when they leave', async () => {
    const person = await addPerson(alpha, { role: 'partner_user' });
    const session = await sessionFor(h, alpha.id, person);
    const probe = () => h.api('GET', '/api/v1/probe/peek', { headers: session.headers() });
    expect((await probe()).status).toBe(403);

    const group = await create(alpha, { name: uniqueName('Probers'), audience: 'partner', permissions: ['probe.peek'] });
    expect((await probe()).status).toBe(403);
    expect((await setMembers(alpha, group.body.id, [person])).status).toBe(200);
    const allowed = await probe();
    expect(allowed.status, allowed.text).toBe(200);
    expect(allowed.body).toEqual({ ok: true });

    // Taking the permission off the group takes it off its members at once.
    await h.api('PATCH', `/api/v1/access/groups/${group.body.id}`, { auth: admin(alpha), body: { permissions: [] } });
    expect((await probe()).status).toBe(403);
    await h.api('PATCH', `/api/v1/access/groups/${group.body.id}`, { auth: admin(alpha), body: { permissions: ['probe.peek'] } });
    expect((await probe()).status).toBe(200);

    expect((await setMembers(alpha, group.body.id, [])).status).toBe(200);
    expect((await probe()).status).toBe(403);
  });

  it('lets nobody hand out a permission they do not hold', async () => {
    // Staff allowed to manage groups, but without probe.use.
    const manager = h.staff(alpha, [P.groupsRead, P.groupsManage]);
    const refused = await create(alpha, { name: uniqueName('Escalation'), audience: 'staff', permissions: ['probe.use'] }, manager);
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toContain('probe.use');

    const made = await create(alpha, { name: uniqueName('Harmless'), audience: 'staff', permissions: [P.groupsRead] }, manager);
    expect(made.status, made.text).toBe(201);
    const widened = await h.api('PATCH', `/api/v1/access/groups/${made.body.id}`, { auth: manager, body: { permissions: [P.groupsRead, 'probe.use'] } });
    expect(widened.status).toBe(403);

    // Nor may they change who is in a group granting what they lack.
    const strong = await create(alpha, { name: uniqueName('Strong'), audience: 'staff', permissions: ['probe.use'] });
    const person = await addPerson(alpha, { kind: 'staff' });
    expect((await setMembers(alpha, strong.body.id, [person], manager)).status).toBe(403);
    expect((await h.api('DELETE', `/api/v1/access/groups/${strong.body.id}`, { auth: manager })).status).toBe(403);
    expect((await h.api('GET', `/api/v1/access/groups/${strong.body.id}`, { auth: admin(alpha) })).body.members).toEqual([]);
  });

  it('refuses members without the permission, and keeps tenants apart', async () => {
    const group = await create(alpha, { name: uniqueName('Private'), audience: 'partner', permissions: [] });
    const id = group.body.id;
    // A partner_admin holds neither groups permission by default.
    const partnerAdmin = h.actors.mint({ kind: 'member', tenantId: alpha.id, personId: alpha.memberId, partnerId: alpha.partnerId, roles: ['partner_admin'], permissions: h.server.registry.permissionsOfRole('partner_admin') });
    expect((await h.api('GET', '/api/v1/access/groups', { auth: partnerAdmin })).status).toBe(403);
    expect((await h.api('GET', '/api/v1/access/permissions', { auth: partnerAdmin })).status).toBe(403);
    expect((await h.api('POST', '/api/v1/access/groups', { auth: partnerAdmin, body: { name: 'x', audience: 'partner', permissions: [] } })).status).toBe(403);

    const other = admin(beta);
    expect((await h.api('GET', `/api/v1/access/groups/${id}`, { auth: other })).status).toBe(404);
    expect((await h.api('PATCH', `/api/v1/access/groups/${id}`, { auth: other, body: { name: 'Mine now' } })).status).toBe(404);
    expect((await h.api('PUT', `/api/v1/access/groups/${id}/members`, { auth: other, body: { personIds: [beta.memberId] } })).status).toBe(404);
    expect((await h.api('DELETE', `/api/v1/access/groups/${id}`, { auth: other })).status).toBe(404);
    const list = await h.api('GET', '/api/v1/access/groups', { auth: other });
    expect(list.text).not.toContain(id);
    const matrix = await h.api('GET', '/api/v1/access/permissions', { auth: other });
    expect(matrix.text).not.toContain(id);
    expect(matrix.text).not.toContain(alpha.staffId);
    expect((await h.api('GET', `/api/v1/access/groups/${id}`, { auth: admin(alpha) })).body.name).toBe(group.body.name);
  });

  it('lets a partner\'s group hold only what partner roles may hold: a staff act stays staff\'s (issue 23, item 3)', async () => {
    const staffAct = await create(alpha, { name: uniqueName('Would-be reviewers'), audience: 'partner', permissions: ['probe.peek', 'probe.use'] });
    expect(staffAct.status).toBe(400);
    expect(staffAct.body.errors).toEqual([expect.objectContaining({ field: '/permissions/1', message: expect.stringMatching(/staff/) })]);
    const partnerAct = await create(alpha, { name: uniqueName('Peekers'), audience: 'partner', permissions: ['probe.peek'] });
    expect(partnerAct.status, partnerAct.text).toBe(201);
    const widened = await h.api('PATCH', `/api/v1/access/groups/${partnerAct.body.id}`, { auth: admin(alpha), body: { permissions: ['probe.peek', 'probe.use'] } });
    expect(widened.status).toBe(400);
    // A group written before the rule (or by hand) grants a member nothing of the kind.
    const person = await addPerson(alpha, { role: 'partner_user' });
    await asTenant(h, alpha.id, async (trx) => {
      const [group] = await trx('access_groups').insert({ tenantId: alpha.id, name: uniqueName('Legacy'), audience: 'partner', permissions: ['probe.use'] }).returning('id');
      await trx('access_group_members').insert({ tenantId: alpha.id, groupId: group.id, personId: person });
    });
    const session = await sessionFor(h, alpha.id, person);
    expect((await h.api('GET', '/api/v1/probe', { headers: session.headers() })).status).toBe(403);

    // The other way round: a staff group cannot grant a partner's own act (issue 23, item 6).
    const partnersOwn = await create(alpha, { name: uniqueName('Would-be learners'), audience: 'staff', permissions: ['probe.use', 'probe.peek'] });
    expect(partnersOwn.status).toBe(400);
    expect(partnersOwn.body.errors).toEqual([expect.objectContaining({ field: '/permissions/1', message: expect.stringMatching(/partner's own act/) })]);
  });

  describe('the permissions matrix', () => {
    it('lists, per plugin and permission, the roles, groups and people holding it', async () => {
      const t = await h.tenant('matrix');
      const viaGroup = await addPerson(t, { name: 'Grace Group' });
      const viaBoth = await addPerson(t, { kind: 'staff', role: 'tenant_admin', name: 'Bea Both' });
      await addPerson(t, { kind: 'staff', role: 'tenant_admin', name: 'Rex Removed', status: 'removed' });
      const partnerGroup = await create(t, { name: 'Probe partners', audience: 'partner', permissions: ['probe.peek'] });
      const staffGroup = await create(t, { name: 'Probe staff', audience: 'staff', permissions: ['probe.use', P.auditRead] });
      await setMembers(t, partnerGroup.body.id, [viaGroup]);
      await setMembers(t, staffGroup.body.id, [viaBoth]);

      const answer = await h.api('GET', '/api/v1/access/permissions', { auth: admin(t) });
      expect(answer.status, answer.text).toBe(200);
      const plugins = answer.body.plugins as any[];
      expect(plugins.map((p) => p.plugin)).toEqual(expect.arrayContaining(['access', 'probe']));

      const probe = plugins.find((p) => p.plugin === 'probe').permissions.find((p: any) => p.key === 'probe.use');
      expect(probe).toMatchObject({ description: 'Use the probe', roles: ['tenant_admin'] });
      expect(probe.groups).toEqual([{ id: staffGroup.body.id, name: 'Probe staff' }]);
      // The harness's tenant_admin ("Staff") and Bea (role first, though her group grants it too).
      expect(probe.people).toEqual([
        { id: viaBoth, name: 'Bea Both', via: 'tenant_admin' },
        { id: t.staffId, name: 'Staff', via: 'tenant_admin' },
      ]);
      expect(probe.peopleCount).toBe(2);
      const peek = plugins.find((p) => p.plugin === 'probe').permissions.find((p: any) => p.key === 'probe.peek');
      expect(peek.groups).toEqual([{ id: partnerGroup.body.id, name: 'Probe partners' }]);
      // A partner's own act (granted to partner roles only): the tenant's administrators do not hold it (issue 23, item 6).
      expect(peek.roles).not.toContain('tenant_admin');
      expect(peek.people).toEqual([
        { id: viaGroup, name: 'Grace Group', via: 'Probe partners' },
        { id: t.memberId, name: 'Member', via: 'partner_admin' },
      ]);

      const auditRead = plugins.find((p) => p.plugin === 'access').permissions.find((p: any) => p.key === P.auditRead);
      expect(auditRead.roles).toEqual(['partner_admin', 'tenant_admin', 'partner_manager']);
      expect(auditRead.groups).toEqual([{ id: staffGroup.body.id, name: 'Probe staff' }]);
      expect(auditRead.people.map((p: any) => p.id).sort()).toEqual([t.memberId, t.staffId, viaBoth].sort());

      const groupsManage = plugins.find((p) => p.plugin === 'access').permissions.find((p: any) => p.key === P.groupsManage);
      expect(groupsManage.roles).toEqual(['tenant_admin']);
      expect(groupsManage.groups).toEqual([]);
    });

    it('names at most 50 holders and counts them all, in the same number of queries however many there are', async () => {
      const t = await h.tenant('many');
      const group = await create(t, { name: 'Crowd', audience: 'partner', permissions: ['probe.peek'] });
      const ids = await asTenant(h, t.id, async (trx) => {
        const people = await trx('people')
          .insert(Array.from({ length: 60 }, (_, i) => ({ tenantId: t.id, kind: 'member', email: `crowd${i}@many.test`, name: `Crowd ${String(i).padStart(2, '0')}`, status: 'active' })))
          .returning('id');
        await trx('memberships').insert(people.map((p: { id: string }) => ({ tenantId: t.id, personId: p.id, partnerId: t.partnerId, role: 'partner_user' })));
        return people.map((p: { id: string }) => p.id as string);
      });

      const countQueries = async () => {
        let n = 0;
        const listener = () => n++;
        knex().on('query', listener);
        try {
          const answer = await h.api('GET', '/api/v1/access/permissions', { auth: admin(t) });
          expect(answer.status, answer.text).toBe(200);
          return { n, answer };
        } finally {
          knex().off('query', listener);
        }
      };
      const few = await countQueries();
      await setMembers(t, group.body.id, ids);
      for (let i = 0; i < 5; i++) await create(t, { name: `Extra ${i}`, audience: 'staff', permissions: [P.auditRead, P.groupsRead] });
      const many = await countQueries();
      expect(few.n).toBeGreaterThan(0);
      expect(many.n).toBe(few.n);

      const probe = many.answer.body.plugins.find((p: any) => p.plugin === 'probe').permissions.find((p: any) => p.key === 'probe.peek');
      // The crowd and the harness's partner admin (a partner's own act: not its tenant admin).
      expect(probe.peopleCount).toBe(61);
      expect(probe.people).toHaveLength(50);
      expect(probe.people[0]).toMatchObject({ name: 'Crowd 00', via: 'Crowd' });
    });
  });
});
