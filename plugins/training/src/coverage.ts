/**
 * Certification coverage: for each member of a partner organisation, the published modules required
 * for their role and where they stand on each. Partner admins see their own organisation (another
 * organisation's id is a 404); staff see every partner, or one with `partnerId`.
 */
import { problems } from '@portico/core';
import { keysetPage } from '@portico/core/server';
import { isRequiredFor, type ModuleRow, type TrainingContext } from './service.js';
import { DAY_MS, deriveStatus, evidenceOf, expiringSoon, EXPIRY_WINDOW_DAYS, loadEvidence } from './status.js';

export interface CoverageQuery {
  partnerId?: string;
  moduleId?: string;
  expiringOnly?: boolean;
  cursor?: string;
  limit?: number;
}

/** People who count: invited or active members, not deactivated or removed ones. */
const COUNTED_STATUSES = ['invited', 'active'];

export async function listCoverage(ctx: TrainingContext, query: CoverageQuery) {
  const { db, actor, now, tenantId } = ctx;
  let partnerId = query.partnerId;
  if (actor.kind === 'member') {
    if (!actor.partnerId || (partnerId && partnerId !== actor.partnerId)) throw problems.notFound();
    partnerId = actor.partnerId;
  } else if (partnerId && !(await db('partners').where({ id: partnerId, tenantId }).first('id'))) {
    throw problems.notFound();
  }

  const modulesQuery = db('training_modules').where({ tenantId, status: 'published' }).orderByRaw('lower(title), id');
  if (query.moduleId) modulesQuery.where({ id: query.moduleId });
  const modules: ModuleRow[] = await modulesQuery.select('id', 'title', 'required_for_all', 'required_roles');
  if (query.moduleId && modules.length === 0) throw problems.notFound();
  const moduleIds = modules.map((m) => m.id);

  const people = db('memberships as ms')
    .join('people as p', 'p.id', 'ms.person_id')
    .join('partners as pa', 'pa.id', 'ms.partner_id')
    .where('ms.tenant_id', tenantId)
    .whereNotNull('ms.partner_id')
    .whereIn('p.status', COUNTED_STATUSES)
    .select('ms.id as membership_id', 'p.id as person_id', 'p.name', 'p.email', 'pa.id as partner_id', 'pa.name as partner_name', 'ms.role')
    .select(db.raw('lower(p.name) as name_key'));
  if (partnerId) people.where('ms.partner_id', partnerId);
  if (query.expiringOnly) {
    // The best certification of a required module ends within the window: a renewed one does not count.
    people.whereExists(
      db('training_certifications as c')
        .join('training_modules as m', 'm.id', 'c.module_id')
        .whereRaw('c.person_id = p.id')
        .whereIn('c.module_id', moduleIds.length > 0 ? moduleIds : ['00000000-0000-0000-0000-000000000000'])
        .whereRaw('(m.required_for_all or ms.role = any(m.required_roles))')
        .where('c.expires_at', '>', now)
        .where('c.expires_at', '<=', new Date(now.getTime() + EXPIRY_WINDOW_DAYS * DAY_MS))
        .whereNotExists(
          db('training_certifications as later')
            .whereRaw('later.person_id = c.person_id and later.module_id = c.module_id')
            .whereRaw('(later.expires_at is null or later.expires_at > c.expires_at)'),
        )
        .select(db.raw('1')),
    );
  }
  const page = await keysetPage<Record<string, any>>(
    db.from(people.as('c')),
    [
      { column: 'c.name_key', direction: 'asc' },
      { column: 'c.membership_id', direction: 'asc' },
    ],
    query,
  );
  const evidence = await loadEvidence(db, [...new Set(page.items.map((r) => r.personId as string))], moduleIds);
  const { retryCooldownMinutes } = await ctx.settings();
  return {
    items: page.items.map((r) => ({
      person: { id: r.personId, name: r.name, email: r.email },
      partner: { id: r.partnerId, name: r.partnerName },
      role: r.role,
      required: modules
        .filter((m) => isRequiredFor(m, r.role))
        .map((m) => {
          const status = deriveStatus(evidenceOf(evidence, r.personId, m.id), now, retryCooldownMinutes);
          return { moduleId: m.id, title: m.title, state: status.state, certifiedAt: status.certifiedAt, expiresAt: status.expiresAt, expiringSoon: expiringSoon(status, now) };
        }),
    })),
    nextCursor: page.nextCursor,
  };
}
