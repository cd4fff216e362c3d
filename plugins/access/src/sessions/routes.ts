/**
 * One's own session, sessions and profile: who am I (with the request-verification token the portal
 * sends back on mutations), sign out, sign out everywhere, revoke one session, edit name, locale and
 * time zone.
 */
import { IdParams, problems, type Actor } from '@portico/core';
import { defineRoute } from '../types.js';
import { P } from '../permissions.js';
import { Profile, ProfileChanges, RevokeAllSessions, RevokedSessions, SessionAnswer, SessionList } from '../schemas.js';
import { verificationTokenOf } from '../tokens.js';
import { clearSessionCookie, revokeAllSessions } from './service.js';

function requirePerson(actor: Actor | null): asserts actor is Actor & { personId: string } {
  if (!actor?.personId) throw problems.forbidden('Only a person has a profile and sessions.');
}

/** A short, human description of a user agent: enough to recognise one's own devices. */
export function describeDevice(userAgent: string | null): string {
  if (!userAgent) return 'Unknown device';
  const browser = /Edg\//.test(userAgent) ? 'Edge' : /Firefox\//.test(userAgent) ? 'Firefox' : /Chrome\//.test(userAgent) ? 'Chrome' : /Safari\//.test(userAgent) ? 'Safari' : null;
  const system = /Windows/.test(userAgent) ? 'Windows' : /iPhone|iPad/.test(userAgent) ? 'iOS' : /Android/.test(userAgent) ? 'Android' : /Mac OS X/.test(userAgent) ? 'macOS' : /Linux/.test(userAgent) ? 'Linux' : null;
  return browser && system ? `${browser} on ${system}` : browser ?? system ?? userAgent.slice(0, 60);
}

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

function validTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const sessionRoutes = [
  defineRoute({
    method: 'GET',
    path: '/access/session',
    name: 'session.get',
    summary: 'Who I am: person, organisation, roles, permissions, and the request-verification token',
    permission: P.mfa,
    schemas: { response: SessionAnswer },
    async handler({ actor, db, tenant, keys }) {
      requirePerson(actor);
      const person = await db('people').where({ id: actor.personId }).first('id', 'name', 'email', 'kind', 'locale', 'time_zone');
      const tenantRow = await db('tenants').where({ id: tenant.id }).first('id', 'slug', 'name');
      const partner = actor.partnerId ? await db('partners').where({ id: actor.partnerId }).first('id', 'name', 'status') : null;
      const session = actor.sessionId ? await db('access_sessions').where({ id: actor.sessionId }).first('id', 'expires_at', 'mfa_state') : null;
      return {
        person,
        tenant: tenantRow,
        partner: partner ?? null,
        roles: [...actor.roles],
        permissions: [...actor.permissions].sort(),
        via: actor.via,
        session: session ? { id: session.id, expiresAt: iso(session.expiresAt)!, mfaState: session.mfaState } : null,
        verificationToken: actor.sessionId ? verificationTokenOf(keys, actor.sessionId) : null,
        secondFactorRequired: actor.permissions.size === 1 && actor.permissions.has(P.mfa),
      };
    },
  }),
  defineRoute({
    method: 'DELETE',
    path: '/access/session',
    name: 'session.end',
    summary: 'Sign out: ends this session on the server',
    permission: P.mfa,
    schemas: {},
    async handler({ actor, db, http, audit }) {
      requirePerson(actor);
      if (!actor.sessionId) throw problems.badRequest('Only a cookie session can be signed out; embed tokens simply expire.');
      await db('access_sessions').where({ id: actor.sessionId }).whereNull('revoked_at').update({ revokedAt: db.fn.now() });
      clearSessionCookie(http);
      await audit({ action: 'access.session.ended', targetType: 'session', targetId: actor.sessionId, after: { reason: 'signed-out' } });
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/access/sessions',
    name: 'sessions.list',
    summary: 'My signed-in sessions (devices)',
    permission: P.self,
    schemas: { response: SessionList },
    async handler({ actor, db }) {
      requirePerson(actor);
      const rows = await db('access_sessions')
        .where({ personId: actor.personId })
        .whereNull('revoked_at')
        .where('expires_at', '>', db.fn.now())
        .orderBy('last_seen_at', 'desc')
        .limit(100);
      return {
        items: rows.map((row) => ({
          id: row.id,
          createdAt: iso(row.createdAt)!,
          lastSeenAt: iso(row.lastSeenAt)!,
          expiresAt: iso(row.expiresAt)!,
          device: describeDevice(row.userAgent),
          ip: row.ip,
          via: row.via,
          current: row.id === actor.sessionId,
        })),
      };
    },
  }),
  defineRoute({
    method: 'DELETE',
    path: '/access/sessions/:id',
    name: 'sessions.revoke',
    summary: 'Sign out one of my sessions',
    permission: P.self,
    schemas: { params: IdParams },
    async handler({ actor, db, params, http, audit }) {
      requirePerson(actor);
      const revoked = await db('access_sessions').where({ id: params.id, personId: actor.personId }).whereNull('revoked_at').update({ revokedAt: db.fn.now() });
      if (revoked === 0) throw problems.notFound('No such session of yours.');
      if (params.id === actor.sessionId) clearSessionCookie(http);
      await audit({ action: 'access.session.ended', targetType: 'session', targetId: params.id, after: { reason: 'revoked' } });
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/access/sessions/revoke-all',
    name: 'sessions.revoke-all',
    summary: 'Sign out everywhere (optionally keeping this session)',
    permission: P.self,
    status: 200,
    schemas: { body: RevokeAllSessions, response: RevokedSessions },
    async handler({ actor, db, body, http, audit }) {
      requirePerson(actor);
      let revoked: number;
      if (body.keepCurrent && actor.sessionId) {
        revoked = await db('access_sessions').where({ personId: actor.personId }).whereNot({ id: actor.sessionId }).whereNull('revoked_at').update({ revokedAt: db.fn.now() });
      } else {
        revoked = await revokeAllSessions(db, actor.personId);
        clearSessionCookie(http);
      }
      await audit({ action: 'access.session.ended-everywhere', targetType: 'person', targetId: actor.personId, after: { revoked, keptCurrent: !!body.keepCurrent } });
      return { revoked };
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/access/profile',
    name: 'profile.get',
    summary: 'My profile',
    permission: P.self,
    schemas: { response: Profile },
    async handler({ actor, db }) {
      requirePerson(actor);
      return db('people').where({ id: actor.personId }).first('id', 'name', 'email', 'locale', 'time_zone');
    },
  }),
  defineRoute({
    method: 'PATCH',
    path: '/access/profile',
    name: 'profile.update',
    summary: 'Change my name, language or time zone',
    permission: P.self,
    schemas: { body: ProfileChanges, response: Profile },
    async handler({ actor, db, body, audit, emit }) {
      requirePerson(actor);
      const name = body.name?.trim();
      if (body.name !== undefined && !name) throw problems.invalidField('/name', 'must not be blank');
      if (body.timeZone !== undefined && !validTimeZone(body.timeZone)) throw problems.invalidField('/timeZone', 'is not a known time zone (e.g. Europe/Paris)');
      const before = await db('people').where({ id: actor.personId }).first('id', 'name', 'email', 'locale', 'time_zone');
      const changes = { ...(name ? { name } : {}), ...(body.locale ? { locale: body.locale } : {}), ...(body.timeZone ? { timeZone: body.timeZone } : {}) };
      const [after] = await db('people')
        .where({ id: actor.personId })
        .update({ ...changes, updatedAt: db.fn.now() })
        .returning(['id', 'name', 'email', 'locale', 'time_zone']);
      await audit({ action: 'access.profile.updated', targetType: 'person', targetId: actor.personId, before, after });
      await emit('access.profile.updated', { personId: actor.personId, fields: Object.keys(changes) });
      return after;
    },
  }),
];
