import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { definePlugin, defineRoute, Type } from '@portico/core';
import { asTenant, sessionFor, startHarness, type Harness, type TestTenant } from '@portico/testing';
import { accessPlugin } from '../src/index.js';
import { P } from '../src/permissions.js';

/**
 * A plugin with permissions of every kind a partner admin's group may or may not grant:
 * - `probe.wide` as `deals.partner-wide` (principal and partner_admin hold it; a partner's own act);
 * - `probe.peek`, partner_admin and partner_user hold it;
 * - `probe.ask`, only salespeople hold it (delegable by the tenant's default, but not held by a partner admin);
 * - `probe.staff`, staff's (a partner_manager's);
 * - `probe.admin`, administrative, held by partner admins.
 */
const probePlugin = definePlugin({
  id: 'probe',
  version: '0.0.0',
  permissions: {
    'probe.wide': { description: 'See everything of one’s partner', grantedTo: ['principal', 'partner_admin'], partnerAct: true },
    'probe.peek': { description: 'Peek through the probe', grantedTo: ['partner_admin', 'partner_user'] },
    'probe.ask': { description: 'Ask the probe', grantedTo: ['salesperson'], partnerAct: true },
    'probe.staff': { description: 'Staff’s probe', grantedTo: ['partner_manager'] },
    'probe.admin': { description: 'Run the probe', grantedTo: ['partner_admin'], administrative: true },
  },
  routes: {
    v1: [
      defineRoute({
        method: 'GET',
        path: '/probe/wide',
        name: 'wide',
        summary: 'Answers when the caller holds probe.wide',
        permission: 'probe.wide',
        schemas: { response: Type.Object({ ok: Type.Boolean() }) },
        handler: () => ({ ok: true }),
      }),
    ],
  },
});

describe('partner-side access groups', () => {
  let h: Harness;
  let alpha: TestTenant;
  let gamma: TestTenant;
  let seq = 0;

  beforeAll(async () => {
    h = await startHarness({ plugins: [accessPlugin, probePlugin] });
    alpha = await h.tenant('alpha');
    gamma = await h.tenant('gamma');
  });
  afterAll(() => h?.close());

  const knex = () => h.server.database.knex;
  const tenantAdmin = (t: TestTenant) =>
    h.actors.mint({ kind: 'staff', tenantId: t.id, personId: t.staffId, partnerId: null, roles: ['tenant_admin'], permissions: h.server.registry.permissionsOfRole('tenant_admin') });

  async function addPerson(t: TestTenant, options: { role?: string; partnerId?: string; kind?: 'member' | 'staff'; name?: string } = {}): Promise<string> {
    const n = ++seq;
    const kind = options.kind ?? 'member';
    return asTenant(h, t.id, async (trx) => {
      const [person] = await trx('people')
        .insert({ tenantId: t.id, kind, email: `pg${n}@${t.slug}.test`, name: options.name ?? `Person ${String(n).padStart(3, '0')}`, status: 'active' })
        .returning('id');
      await trx('memberships').insert({ tenantId: t.id, personId: person.id, partnerId: kind === 'staff' ? null : (options.partnerId ?? t.partnerId), role: options.role ?? (kind === 'staff' ? 'support' : 'partner_user') });
      return person.id as string;
    });
  }

  /** A partner admin of the organisation (Acme: `t.partnerId`, Globex: `t.otherPartnerId`), as a minted actor. */
  async function partnerAdmin(t: TestTenant, partnerId = t.partnerId) {
    const personId = await addPerson(t, { role: 'partner_admin', partnerId });
    return { personId, auth: h.actors.mint({ kind: 'member', tenantId: t.id, personId, partnerId, roles: ['partner_admin'], permissions: h.server.registry.permissionsOfRole('partner_admin') }) };
  }

  const uniqueName = (label: string) => `${label} ${++seq}`;
  const create = (auth: string, body: Record<string, unknown>) => h.api('POST', '/api/v1/access/partner-groups', { auth, body });
  const patch = (auth: string, id: string, body: Record<string, unknown>) => h.api('PATCH', `/api/v1/access/partner-groups/${id}`, { auth, body });
  const setMembers = (auth: string, id: string, personIds: string[]) => h.api('PUT', `/api/v1/access/partner-groups/${id}/members`, { auth, body: { personIds } });
  const auditOf = (targetId: string, action: string) => knex()('audit_events').where({ targetId, action }).orderBy('created_at');
  const setDelegable = (t: TestTenant, partnerDelegable: string[] | null) => h.api('PATCH', '/api/v1/access/settings', { auth: tenantAdmin(t), body: { partnerDelegable } });

  it('gives partner admins, and nobody else by default, the permission to manage their organisation’s groups', () => {
    expect(h.server.registry.permissionsOfRole('partner_admin').has(P.partnerGroupsManage)).toBe(true);
    for (const role of ['partner_user', 'principal', 'salesperson', 'technical', 'tenant_admin', 'partner_manager', 'support']) {
      expect(h.server.registry.permissionsOfRole(role).has(P.partnerGroupsManage), role).toBe(false);
    }
  });

  it('creates, renames, describes, changes, fills, empties and deletes a group, auditing each step for the organisation', async () => {
    const acme = await partnerAdmin(alpha);
    const name = uniqueName('Deal desk');
    const created = await create(acme.auth, { name, description: ' Sees every deal ', permissions: ['probe.wide', 'probe.wide'] });
    expect(created.status, created.text).toBe(201);
    expect(created.body).toMatchObject({ name, description: 'Sees every deal', partnerId: alpha.partnerId, permissions: ['probe.wide'], memberCount: 0, members: [] });
    const id = created.body.id;

    const list = await h.api('GET', '/api/v1/access/partner-groups', { auth: acme.auth });
    expect(list.status, list.text).toBe(200);
    expect(list.body.items).toContainEqual(expect.objectContaining({ id, name, memberCount: 0 }));

    expect((await patch(acme.auth, id, { name: `${name} (EMEA)` })).body.name).toBe(`${name} (EMEA)`);
    expect((await patch(acme.auth, id, { description: 'Deals, all of them' })).body.description).toBe('Deals, all of them');
    const changed = await patch(acme.auth, id, { permissions: ['probe.wide', 'probe.peek'] });
    expect(changed.status, changed.text).toBe(200);
    expect(changed.body.permissions).toEqual(['probe.wide', 'probe.peek']);

    const one = await addPerson(alpha, { name: 'Ann Acme' });
    const two = await addPerson(alpha, { name: 'Bob Acme' });
    const filled = await setMembers(acme.auth, id, [two, one]);
    expect(filled.status, filled.text).toBe(200);
    expect(filled.body.members.map((m: any) => m.id)).toEqual([one, two]);
    expect(filled.body.memberCount).toBe(2);

    const refused = await h.api('DELETE', `/api/v1/access/partner-groups/${id}`, { auth: acme.auth });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ memberCount: 2 });

    expect((await setMembers(acme.auth, id, [])).body.memberCount).toBe(0);
    const deleted = await h.api('DELETE', `/api/v1/access/partner-groups/${id}`, { auth: acme.auth });
    expect(deleted.status, deleted.text).toBe(204);
    expect((await h.api('GET', `/api/v1/access/partner-groups/${id}`, { auth: acme.auth })).status).toBe(404);

    const actions = await knex()('audit_events').where({ targetId: id }).orderBy('created_at').select('action', 'partner_id');
    expect(actions.map((a: any) => a.action)).toEqual([
      'access.partner-group.created',
      'access.partner-group.updated',
      'access.partner-group.updated',
      'access.partner-group.updated',
      'access.partner-group.members-replaced',
      'access.partner-group.members-replaced',
      'access.partner-group.deleted',
    ]);
    expect(actions.every((a: any) => a.partnerId === alpha.partnerId)).toBe(true);
    expect(await auditOf(id, 'access.partner-group.members-replaced')).toContainEqual(expect.objectContaining({ before: expect.objectContaining({ personIds: [] }), after: expect.objectContaining({ personIds: [one, two].sort() }) }));

    // The organisation's admins and the programme's staff see the history; another organisation's admin does not.
    const asAcme = await h.api('GET', '/api/v1/access/audit', { auth: acme.auth });
    expect(asAcme.status, asAcme.text).toBe(200);
    expect(asAcme.body.items.filter((e: any) => e.targetId === id)).toHaveLength(7);
    const asStaff = await h.api('GET', '/api/v1/access/audit', { auth: tenantAdmin(alpha) });
    expect(asStaff.body.items.filter((e: any) => e.targetId === id)).toHaveLength(7);
    const globex = await partnerAdmin(alpha, alpha.otherPartnerId);
    const asGlobex = await h.api('GET', '/api/v1/access/audit', { auth: globex.auth });
    expect(asGlobex.body.items.filter((e: any) => e.targetId === id)).toHaveLength(0);
  });

  it('keeps names unique within the organisation only, and never a built-in role’s', async () => {
    const acme = await partnerAdmin(alpha);
    const globex = await partnerAdmin(alpha, alpha.otherPartnerId);
    const name = uniqueName('Sales');
    expect((await create(acme.auth, { name, permissions: [] })).status).toBe(201);
    const again = await create(acme.auth, { name: name.toUpperCase(), permissions: [] });
    expect(again.status).toBe(409);
    expect(again.body.errors).toEqual([expect.objectContaining({ field: '/name' })]);
    expect((await create(globex.auth, { name, permissions: [] })).status).toBe(201);
    // A tenant-wide group of the same name (staff's) does not clash either.
    expect((await h.api('POST', '/api/v1/access/groups', { auth: tenantAdmin(alpha), body: { name, audience: 'partner', permissions: [] } })).status).toBe(201);
    expect((await create(acme.auth, { name: 'Partner_Admin', permissions: [] })).status).toBe(409);
  });

  it('bounds what a group grants: never administrative or staff permissions, never what the admin does not hold, 400 naming each', async () => {
    const acme = await partnerAdmin(alpha);
    const refused = await create(acme.auth, {
      name: uniqueName('Too much'),
      permissions: ['probe.peek', P.peopleManage, 'probe.staff', 'probe.ask', 'probe.admin', 'nope.nope', P.partnerGroupsManage],
    });
    expect(refused.status).toBe(400);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.body.errors.map((e: any) => e.field)).toEqual(['/permissions/1', '/permissions/2', '/permissions/3', '/permissions/4', '/permissions/5', '/permissions/6']);
    expect(refused.body.errors[2].message).toContain('not a permission you hold');

    const ok = await create(acme.auth, { name: uniqueName('Fine'), permissions: ['probe.peek'] });
    const patched = await patch(acme.auth, ok.body.id, { permissions: ['probe.peek', 'probe.staff'] });
    expect(patched.status).toBe(400);
    expect(patched.body.errors).toEqual([expect.objectContaining({ in: 'body', field: '/permissions/1' })]);
  });

  it('holds a group to the tenant’s bound, and takes away at once what the tenant stops allowing, saying so in the group’s history', async () => {
    const acme = await partnerAdmin(gamma);
    const member = await addPerson(gamma);
    const session = await sessionFor(h, gamma.id, member);
    const wide = () => h.api('GET', '/api/v1/probe/wide', { headers: session.headers() });

    const group = await create(acme.auth, { name: uniqueName('Wide'), permissions: ['probe.wide', 'probe.peek'] });
    expect(group.status, group.text).toBe(201);
    await setMembers(acme.auth, group.body.id, [member]);
    expect((await wide()).status).toBe(200);

    // A setting naming what can never be delegated is refused, naming it.
    const bad = await setDelegable(gamma, ['probe.peek', 'probe.staff', P.peopleManage]);
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: any) => e.field)).toEqual(['/partnerDelegable/1', '/partnerDelegable/2']);

    const lowered = await setDelegable(gamma, ['probe.peek']);
    expect(lowered.status, lowered.text).toBe(200);
    expect(lowered.body.partnerDelegable).toEqual(['probe.peek']);
    expect((await h.api('GET', `/api/v1/access/partner-groups/${group.body.id}`, { auth: acme.auth })).body.permissions).toEqual(['probe.peek']);
    expect((await wide()).status).toBe(403);
    const withdrawn = await auditOf(group.body.id, 'access.partner-group.permissions-withdrawn');
    expect(withdrawn).toEqual([expect.objectContaining({ partnerId: gamma.partnerId, before: expect.objectContaining({ permissions: ['probe.wide', 'probe.peek'] }), after: expect.objectContaining({ permissions: ['probe.peek'], withdrawn: ['probe.wide'] }) })]);
    expect((await h.api('GET', '/api/v1/access/audit', { auth: acme.auth })).body.items).toContainEqual(expect.objectContaining({ action: 'access.partner-group.permissions-withdrawn', targetId: group.body.id }));

    const outside = await create(acme.auth, { name: uniqueName('Again'), permissions: ['probe.wide'] });
    expect(outside.status).toBe(400);
    expect(outside.body.errors).toEqual([expect.objectContaining({ field: '/permissions/0', message: expect.stringContaining('programme lets partners delegate') })]);

    // Back to the default: the partner roles' permissions again, but nothing comes back by itself.
    expect((await setDelegable(gamma, null)).body.partnerDelegable).toBeNull();
    expect((await h.api('GET', `/api/v1/access/partner-groups/${group.body.id}`, { auth: acme.auth })).body.permissions).toEqual(['probe.peek']);
    expect((await patch(acme.auth, group.body.id, { permissions: ['probe.wide'] })).status).toBe(200);
    expect((await wide()).status).toBe(200);
    // Only staff change the bound.
    expect((await h.api('PATCH', '/api/v1/access/settings', { auth: acme.auth, body: { partnerDelegable: [] } })).status).toBe(403);
  });

  it('hides a group from every other organisation (404), and takes only the organisation’s own people', async () => {
    const acme = await partnerAdmin(alpha);
    const globex = await partnerAdmin(alpha, alpha.otherPartnerId);
    const group = await create(acme.auth, { name: uniqueName('Acme only'), permissions: [] });
    const id = group.body.id;
    expect((await h.api('GET', `/api/v1/access/partner-groups/${id}`, { auth: globex.auth })).status).toBe(404);
    expect((await patch(globex.auth, id, { name: 'Mine now' })).status).toBe(404);
    expect((await setMembers(globex.auth, id, [globex.personId])).status).toBe(404);
    expect((await h.api('DELETE', `/api/v1/access/partner-groups/${id}`, { auth: globex.auth })).status).toBe(404);
    expect((await h.api('GET', '/api/v1/access/partner-groups', { auth: globex.auth })).body.items.map((g: any) => g.id)).not.toContain(id);

    const globexPerson = await addPerson(alpha, { partnerId: alpha.otherPartnerId });
    const staffPerson = await addPerson(alpha, { kind: 'staff' });
    const acmePerson = await addPerson(alpha);
    const foreign = await setMembers(acme.auth, id, [acmePerson, globexPerson, staffPerson, '6f1c1c1e-0000-4000-8000-000000000001']);
    expect(foreign.status).toBe(400);
    expect(foreign.body.errors.map((e: any) => e.field)).toEqual(['/personIds/1', '/personIds/2', '/personIds/3']);
    // Unknown, staff and another organisation's people are refused in the same words.
    expect(new Set(foreign.body.errors.map((e: any) => e.message)).size).toBe(1);
    expect((await h.api('GET', `/api/v1/access/partner-groups/${id}`, { auth: acme.auth })).body.members).toEqual([]);

    // Not a partner admin: 403; staff manage groups on their own pages.
    const user = await sessionFor(h, alpha.id, acmePerson);
    expect((await h.api('GET', '/api/v1/access/partner-groups', { headers: user.headers() })).status).toBe(403);
    expect((await h.api('GET', '/api/v1/access/partner-groups', { auth: tenantAdmin(alpha) })).status).toBe(403);
  });

  it('shows staff an organisation’s group, and holds staff’s changes to it to the bound and the organisation’s people', async () => {
    const acme = await partnerAdmin(alpha);
    const group = await create(acme.auth, { name: uniqueName('Seen by staff'), permissions: ['probe.peek'] });
    const staff = tenantAdmin(alpha);
    const listed = (await h.api('GET', '/api/v1/access/groups', { auth: staff })).body.items.find((g: any) => g.id === group.body.id);
    expect(listed).toMatchObject({ partnerId: alpha.partnerId, audience: 'partner', permissions: ['probe.peek'] });

    const beyond = await h.api('PATCH', `/api/v1/access/groups/${group.body.id}`, { auth: staff, body: { permissions: ['probe.peek', 'probe.admin'] } });
    expect(beyond.status).toBe(400);
    expect(beyond.body.errors).toEqual([expect.objectContaining({ field: '/permissions/1' })]);
    const globexPerson = await addPerson(alpha, { partnerId: alpha.otherPartnerId });
    const foreign = await h.api('PUT', `/api/v1/access/groups/${group.body.id}/members`, { auth: staff, body: { personIds: [globexPerson] } });
    expect(foreign.status).toBe(400);
    expect(foreign.body.errors).toEqual([expect.objectContaining({ field: '/personIds/0' })]);
    const acmePerson = await addPerson(alpha);
    expect((await h.api('PUT', `/api/v1/access/groups/${group.body.id}/members`, { auth: staff, body: { personIds: [acmePerson] } })).status).toBe(200);
  });

  it('adds to a member’s role and never replaces its rules: a partner user in a group gains its permissions but still invites partner users only', async () => {
    const acme = await partnerAdmin(alpha);
    const user = await addPerson(alpha);
    const session = await sessionFor(h, alpha.id, user);
    expect((await h.api('GET', '/api/v1/probe/wide', { headers: session.headers() })).status).toBe(403);

    const everything = (await h.api('GET', '/api/v1/access/partner-permissions', { auth: acme.auth })).body.plugins.flatMap((p: any) => p.permissions.map((x: any) => x.key));
    const group = await create(acme.auth, { name: uniqueName('All we may'), permissions: everything });
    expect(group.status, group.text).toBe(201);
    await setMembers(acme.auth, group.body.id, [user]);

    expect((await h.api('GET', '/api/v1/probe/wide', { headers: session.headers() })).status).toBe(200);
    const own = await h.api('GET', '/api/v1/access/session', { headers: session.headers() });
    expect(own.body.permissions).toContain('probe.wide');
    expect(own.body.permissions).not.toContain(P.peopleManage);
    expect(own.body.permissions).not.toContain(P.partnerGroupsManage);

    // Seed 002: a partner's people may invite partner users only — never a partner admin, group or not.
    const invite = (role: string) =>
      h.api('POST', '/api/v1/access/people', { headers: session.headers(), body: { email: `invitee${++seq}@acme.test`, name: 'Invitee', role, partnerId: alpha.partnerId } });
    expect((await invite('partner_admin')).status).toBe(403);
    expect((await invite('partner_user')).status).toBe(403); // a partner user cannot invite at all: people.manage is never delegated

    // An organisation's group counts only for that organisation's people, even if a row says otherwise.
    const globexPerson = await addPerson(alpha, { partnerId: alpha.otherPartnerId });
    await asTenant(h, alpha.id, (trx) => trx('access_group_members').insert({ tenantId: alpha.id, groupId: group.body.id, personId: globexPerson }));
    const globexSession = await sessionFor(h, alpha.id, globexPerson);
    expect((await h.api('GET', '/api/v1/probe/wide', { headers: globexSession.headers() })).status).toBe(403);
  });

  it('shows the partner admin what they may delegate, by plugin, who in the organisation holds each, and why', async () => {
    const acme = await partnerAdmin(gamma);
    const member = await addPerson(gamma, { name: 'Zoe Member' });
    const bystander = await addPerson(gamma, { name: 'Yan Bystander' });
    const globexPerson = await addPerson(gamma, { partnerId: gamma.otherPartnerId, role: 'partner_admin' });
    const group = await create(acme.auth, { name: uniqueName('Deal desk'), permissions: ['probe.wide'] });
    await setMembers(acme.auth, group.body.id, [member]);

    const answer = await h.api('GET', '/api/v1/access/partner-permissions', { auth: acme.auth });
    expect(answer.status, answer.text).toBe(200);
    const keys = answer.body.plugins.flatMap((p: any) => p.permissions.map((x: any) => x.key));
    expect(keys).toContain('probe.wide');
    expect(keys).toContain('probe.peek');
    for (const never of ['probe.staff', 'probe.ask', 'probe.admin', P.peopleManage, P.partnerGroupsManage, P.groupsManage]) expect(keys).not.toContain(never);
    const probe = answer.body.plugins.find((p: any) => p.plugin === 'probe');
    const wide = probe.permissions.find((x: any) => x.key === 'probe.wide');
    expect(wide).toMatchObject({ description: 'See everything of one’s partner', roles: ['principal', 'partner_admin'] });
    expect(wide.groups).toContainEqual({ id: group.body.id, name: group.body.name });
    expect(wide.people).toContainEqual({ id: member, name: 'Zoe Member', via: [group.body.name] });
    expect(wide.people).toContainEqual(expect.objectContaining({ id: acme.personId, via: ['partner_admin'] }));
    expect(wide.people.map((x: any) => x.id)).not.toContain(bystander);
    expect(wide.people.map((x: any) => x.id)).not.toContain(globexPerson);

    const explain = (personId: string, permission: string) => h.api('GET', `/api/v1/access/partner-permissions/${permission}/people/${personId}`, { auth: acme.auth });
    expect((await explain(member, 'probe.wide')).body).toEqual({
      personId: member,
      permission: 'probe.wide',
      holds: true,
      grantedBy: [{ kind: 'group', name: group.body.name, id: group.body.id, managedBy: 'organisation' }],
    });
    expect((await explain(acme.personId, 'probe.wide')).body.grantedBy).toEqual([{ kind: 'role', name: 'partner_admin', id: null, managedBy: 'programme' }]);
    expect((await explain(bystander, 'probe.wide')).body).toMatchObject({ holds: false, grantedBy: [] });
    expect((await explain(bystander, 'probe.peek')).body).toMatchObject({ holds: true, grantedBy: [{ kind: 'role', name: 'partner_user' }] });
    expect((await explain(globexPerson, 'probe.wide')).status).toBe(404);
    const unknown = await explain(member, 'probe.nope');
    expect(unknown.status).toBe(404);

    // A lower bound narrows the list at once.
    await setDelegable(gamma, ['probe.peek']);
    const narrowed = await h.api('GET', '/api/v1/access/partner-permissions', { auth: acme.auth });
    expect(narrowed.body.plugins.flatMap((p: any) => p.permissions.map((x: any) => x.key))).toEqual(['probe.peek']);
    await setDelegable(gamma, null);
  });
});
