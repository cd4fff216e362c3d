/**
 * What other plugins may read of documents (the training plugin attaches files to its modules).
 * Stable: change these signatures only with a major version of the plugin.
 *
 * A plugin that uses these lists `documents` in `requires`, or in `optionalRequires` and calls them
 * only when `ctx.plugins.has('documents')` (without the plugin its tables do not exist). Each function
 * runs in the caller's transaction, already scoped to the tenant, is one query whatever the number of
 * ids or names, and refuses nothing: what is not found is simply absent from the answer.
 */
import type { Knex } from 'knex';

/**
 * Which of `ids` are files of the tenant, retired ones included (an author may attach a file that
 * partners no longer see; they do not see it through the attaching plugin either, since it links
 * only ids). Ids of another tenant or of no file are absent.
 */
export async function existingDocumentFileIds(db: Knex.Transaction, tenantId: string, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows: { id: string }[] = await db('document_files').where({ tenantId }).whereIn('id', [...new Set(ids)]).select('id');
  return new Set(rows.map((row) => row.id));
}

/** The tenant's files named `names` (for demo data that attaches a known file), as id and name; a name may match several files. */
export async function documentFilesNamed(db: Knex.Transaction, tenantId: string, names: readonly string[]): Promise<{ id: string; name: string }[]> {
  if (names.length === 0) return [];
  return db('document_files').where({ tenantId }).whereIn('name', [...names]).select('id', 'name');
}
