/**
 * The library as a person sees it: search across every visible file (by its space's title and
 * description, and its own name and description), and "new" / "updated" badges against the
 * person's last recorded visit.
 */
import { type PageRequest } from '@portico/core';
import { keysetPage } from '@portico/core/server';
import type { DocumentsContext } from './context.js';
import { fileColumns, toFile, type FileView } from './files.js';
import { visibleFiles, type FileRow } from './queries.js';

/** When the person last recorded a visit; null if never (everything is new to them). */
export async function lastVisit(ctx: DocumentsContext): Promise<Date | null> {
  if (!ctx.actor.personId) return null;
  const row = await ctx.db('document_visits').where({ tenantId: ctx.tenant.id, personId: ctx.actor.personId }).first('visitedAt');
  return row ? new Date(row.visitedAt) : null;
}

/** Badges are relative to the visit before this one: the widget records a visit once it has shown them. */
export async function recordVisit(ctx: DocumentsContext): Promise<{ visitedAt: string; previousVisitAt: string | null }> {
  const previous = await lastVisit(ctx);
  const [row] = await ctx.db('document_visits')
    .insert({ tenantId: ctx.tenant.id, personId: ctx.actor.personId, visitedAt: ctx.db.fn.now() })
    .onConflict(['tenant_id', 'person_id'])
    .merge({ visitedAt: ctx.db.fn.now(), updatedAt: ctx.db.fn.now() })
    .returning('visitedAt');
  await ctx.audit({ action: 'documents.library.visited', targetType: 'person', targetId: ctx.actor.personId });
  return { visitedAt: new Date(row.visitedAt).toISOString(), previousVisitAt: previous?.toISOString() ?? null };
}

export function badgeOf(file: Pick<FileRow, 'createdAt' | 'versionAt'>, since: Date | null): 'new' | 'updated' | null {
  if (!since || new Date(file.createdAt) > since) return 'new';
  return new Date(file.versionAt) > since ? 'updated' : null;
}

function likePattern(words: string): string {
  return `%${words.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Every visible file, most recently updated first; with `q`, only those where every word of it appears; with `ids`, only those files. */
export async function searchLibrary(ctx: DocumentsContext, input: { q?: string; ids?: string } & PageRequest) {
  const query = fileColumns(ctx, visibleFiles(ctx.db, ctx.tenant.id, ctx.actor));
  // Narrows what is visible, so an id out of the person's reach is simply not among the answers.
  if (input.ids) query.whereIn('document_files.id', [...new Set(input.ids.toLowerCase().split(','))]);
  const words = (input.q ?? '').split(/\s+/).filter(Boolean).slice(0, 10);
  for (const word of words) {
    const pattern = likePattern(word);
    query.where((any) =>
      any
        .whereRaw('document_files.name ilike ?', [pattern])
        .orWhereRaw('document_files.description ilike ?', [pattern])
        .orWhereRaw('document_spaces.title ilike ?', [pattern])
        .orWhereRaw('document_spaces.description ilike ?', [pattern]),
    );
  }
  const since = await lastVisit(ctx);
  const page = await keysetPage<FileView>(
    query,
    [
      { column: 'document_files.version_at', direction: 'desc' },
      { column: 'document_files.id', direction: 'desc' },
    ],
    input,
  );
  return { items: page.items.map((row) => toFile(ctx, row, since)), nextCursor: page.nextCursor };
}
