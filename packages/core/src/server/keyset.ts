/**
 * Cursor (keyset) pagination: a page is "the next N rows after the last one you saw", found through
 * an index instead of an OFFSET, so page 10,000 costs what page 1 costs.
 */
import type { Knex } from 'knex';
import { problems } from '../errors.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type PageRequest, type PageResult } from '../pagination.js';

export interface SortKey {
  /** Column as written in SQL (may be qualified, e.g. `deals.created_at`). */
  column: string;
  direction: 'asc' | 'desc';
}

function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

function decodeCursor(cursor: string, width: number): unknown[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === width && values.every((v) => typeof v === 'string' || typeof v === 'number')) {
      return values;
    }
  } catch {
    // fall through to the 400 below
  }
  throw problems.invalidField('/cursor', 'This cursor is not valid for this list; start again from the first page.', 'query');
}

/** A column read back as text, named so the snake/camel mapping leaves it alone. */
const cursorAlias = (i: number) => `cursorkey${i}`;

function hasColumns(query: Knex.QueryBuilder): boolean {
  return ((query as unknown as { _statements: { grouping: string }[] })._statements ?? []).some((s) => s.grouping === 'columns');
}

/**
 * Runs `query` for one page. The sort must end with a unique column (usually the id) so that the
 * order is total; the columns must not be null.
 *
 * Cursor values are each sort column's own text as PostgreSQL writes it: a timestamp keeps its
 * microseconds (a JavaScript Date would cut them to milliseconds and skip rows that share one).
 */
export async function keysetPage<T extends Record<string, unknown>>(
  query: Knex.QueryBuilder,
  sort: readonly SortKey[],
  request: PageRequest,
): Promise<PageResult<T>> {
  const limit = Math.min(request.limit ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
  const raw = (sql: string, bindings: readonly unknown[]) => (query as unknown as { client: { raw(sql: string, b: readonly unknown[]): Knex.Raw } }).client.raw(sql, bindings);
  if (!hasColumns(query)) query.select('*');
  sort.forEach((key, i) => query.select(raw('??::text as ??', [key.column, cursorAlias(i)])));
  if (request.cursor) {
    const after = decodeCursor(request.cursor, sort.length);
    const sameDirection = sort.every((key) => key.direction === sort[0].direction);
    if (sameDirection) {
      // A row comparison walks a composite index directly.
      const op = sort[0].direction === 'asc' ? '>' : '<';
      const columns = sort.map(() => '??').join(', ');
      const params = sort.map(() => '?').join(', ');
      query.whereRaw(`(${columns}) ${op} (${params})`, [...sort.map((k) => k.column), ...after] as Knex.RawBinding[]);
    } else {
      query.where((outer) => {
        sort.forEach((key, i) => {
          outer.orWhere((inner) => {
            for (let j = 0; j < i; j++) inner.where(sort[j].column, after[j] as Knex.Value);
            inner.where(key.column, key.direction === 'asc' ? '>' : '<', after[i] as Knex.Value);
          });
        });
      });
    }
  }
  for (const key of sort) query.orderBy(key.column, key.direction);
  let rows: Record<string, unknown>[];
  try {
    rows = await query.limit(limit + 1);
  } catch (error) {
    // A cursor value the column cannot hold (class 22: data exception) is the caller's forgery.
    if (request.cursor && String((error as { code?: string }).code).startsWith('22')) {
      throw problems.invalidField('/cursor', 'This cursor is not valid for this list; start again from the first page.', 'query');
    }
    throw error;
  }
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const nextCursor = rows.length > limit && last ? encodeCursor(sort.map((_, i) => last[cursorAlias(i)] as string)) : null;
  for (const row of page) sort.forEach((_, i) => delete row[cursorAlias(i)]);
  return { items: page as T[], nextCursor };
}
