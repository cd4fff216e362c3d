/** Document spaces: staff create and change them; everyone lists and reads the ones they may see. */
import { isStaff, problems, type PageRequest } from '@portico/core';
import { keysetPage } from '@portico/core/server';
import { assertStaff, type DocumentsContext } from './context.js';
import { lastVisit } from './library.js';
import { findVisibleSpace, visibleSpaces, type SpaceRow } from './queries.js';
import type { CreateSpace, EditSpace } from './schemas.js';

const iso = (d: Date | string) => new Date(d).toISOString();

interface SpaceStats {
  fileCount: number;
  newFiles: number;
  updatedFiles: number;
}

export function toSpace(ctx: DocumentsContext, row: SpaceRow, stats: SpaceStats) {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    ...(isStaff(ctx.actor) ? { visibility: row.visibility, partnerIds: row.partnerIds, tiers: row.tiers, allowedRoles: row.allowedRoles } : {}),
    ...stats,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

/** Files, new files and updated files (since the person's last visit) per space, as the actor sees them. */
async function statsOf(ctx: DocumentsContext, spaceIds: string[]): Promise<Map<string, SpaceStats>> {
  const stats = new Map<string, SpaceStats>(spaceIds.map((id) => [id, { fileCount: 0, newFiles: 0, updatedFiles: 0 }]));
  if (spaceIds.length === 0) return stats;
  const since = await lastVisit(ctx);
  const files = ctx.db('document_files').where({ tenantId: ctx.tenant.id }).whereIn('spaceId', spaceIds);
  if (!isStaff(ctx.actor)) files.whereNull('retiredAt');
  const rows = await files
    .groupBy('spaceId')
    .select('spaceId')
    .select(ctx.db.raw('count(*)::int as file_count'))
    .select(ctx.db.raw('count(*) filter (where ?::timestamptz is null or created_at > ?::timestamptz)::int as new_files', [since, since]))
    .select(ctx.db.raw('count(*) filter (where ?::timestamptz is not null and created_at <= ?::timestamptz and version_at > ?::timestamptz)::int as updated_files', [since, since, since]));
  for (const row of rows) stats.set(row.spaceId, { fileCount: row.fileCount, newFiles: row.newFiles, updatedFiles: row.updatedFiles });
  return stats;
}

interface Gating {
  visibility: 'all' | 'partners' | 'tiers';
  partnerIds: string[];
  tiers: string[];
}

/** The audience must name someone: partners that exist in the tenant, or at least one tier. */
async function checkGating(ctx: DocumentsContext, gating: Gating): Promise<Gating> {
  if (gating.visibility === 'partners') {
    if (gating.partnerIds.length === 0) throw problems.invalidField('/partnerIds', 'Name at least one partner for a space shared with chosen partners.');
    const found = new Set((await ctx.db('partners').where({ tenantId: ctx.tenant.id }).whereIn('id', gating.partnerIds).pluck('id')) as string[]);
    const missing = gating.partnerIds.findIndex((id) => !found.has(id));
    if (missing >= 0) throw problems.invalidField(`/partnerIds/${missing}`, 'is not a partner of this programme.');
    return { visibility: 'partners', partnerIds: gating.partnerIds, tiers: [] };
  }
  if (gating.visibility === 'tiers') {
    if (gating.tiers.length === 0) throw problems.invalidField('/tiers', 'Name at least one tier for a space shared with partners of chosen tiers.');
    return { visibility: 'tiers', partnerIds: [], tiers: gating.tiers };
  }
  return { visibility: 'all', partnerIds: [], tiers: [] };
}

const textArray = (ctx: DocumentsContext, values: string[]) => ctx.db.raw('?::text[]', [`{${values.map((v) => JSON.stringify(v)).join(',')}}`]);
const uuidArray = (ctx: DocumentsContext, values: string[]) => ctx.db.raw('?::uuid[]', [`{${values.join(',')}}`]);

export async function createSpace(ctx: DocumentsContext, input: CreateSpace) {
  assertStaff(ctx.actor, 'Creating a document space');
  const title = input.title.trim();
  if (!title) throw problems.invalidField('/title', 'is required.');
  const gating = await checkGating(ctx, { visibility: input.visibility, partnerIds: input.partnerIds ?? [], tiers: input.tiers ?? [] });
  const [row] = await ctx.db('document_spaces')
    .insert({
      tenantId: ctx.tenant.id,
      title,
      description: input.description?.trim() ?? '',
      visibility: gating.visibility,
      partnerIds: uuidArray(ctx, gating.partnerIds),
      tiers: textArray(ctx, gating.tiers),
      allowedRoles: textArray(ctx, input.allowedRoles),
      createdBy: ctx.actor.personId,
    })
    .returning('*');
  await ctx.audit({ action: 'documents.space.created', targetType: 'document_space', targetId: row.id, partnerId: null, after: row });
  return toSpace(ctx, row, { fileCount: 0, newFiles: 0, updatedFiles: 0 });
}

export async function editSpace(ctx: DocumentsContext, spaceId: string, input: EditSpace) {
  assertStaff(ctx.actor, 'Changing a document space');
  const before = await findVisibleSpace(ctx.db, ctx.tenant.id, ctx.actor, spaceId);
  if (!before) throw problems.notFound();
  const title = input.title === undefined ? before.title : input.title.trim();
  if (!title) throw problems.invalidField('/title', 'is required.');
  const gating = await checkGating(ctx, {
    visibility: input.visibility ?? before.visibility,
    partnerIds: input.partnerIds ?? before.partnerIds,
    tiers: input.tiers ?? before.tiers,
  });
  const [row] = await ctx.db('document_spaces')
    .where({ tenantId: ctx.tenant.id, id: spaceId })
    .update({
      title,
      description: input.description === undefined ? before.description : input.description.trim(),
      visibility: gating.visibility,
      partnerIds: uuidArray(ctx, gating.partnerIds),
      tiers: textArray(ctx, gating.tiers),
      allowedRoles: textArray(ctx, input.allowedRoles ?? before.allowedRoles),
      updatedAt: ctx.db.fn.now(),
    })
    .returning('*');
  await ctx.audit({ action: 'documents.space.changed', targetType: 'document_space', targetId: spaceId, partnerId: null, before, after: row });
  return toSpace(ctx, row, (await statsOf(ctx, [spaceId])).get(spaceId)!);
}

export async function getSpace(ctx: DocumentsContext, spaceId: string) {
  const row = await findVisibleSpace(ctx.db, ctx.tenant.id, ctx.actor, spaceId);
  if (!row) throw problems.notFound();
  return toSpace(ctx, row, (await statsOf(ctx, [spaceId])).get(spaceId)!);
}

export async function listSpaces(ctx: DocumentsContext, page: PageRequest) {
  const result = await keysetPage<SpaceRow>(
    visibleSpaces(ctx.db, ctx.tenant.id, ctx.actor).select('document_spaces.*'),
    [
      { column: 'document_spaces.title', direction: 'asc' },
      { column: 'document_spaces.id', direction: 'asc' },
    ],
    page,
  );
  const stats = await statsOf(ctx, result.items.map((s) => s.id));
  return { items: result.items.map((row) => toSpace(ctx, row, stats.get(row.id)!)), nextCursor: result.nextCursor };
}
