/**
 * Cursor (keyset) pagination, the shapes: the query of a list and its page. The query that finds a
 * page is `keysetPage` in `@portico/core/server`.
 */
import { Type, type TObject, type TSchema } from '@sinclair/typebox';

/** The hard cap: no list answers more rows than this in one page, whatever the caller asks. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 25;

export const PageQuery = {
  cursor: Type.Optional(Type.String({ maxLength: 512, description: 'Opaque cursor from a previous page' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE })),
};

/** The response shape of every list: `{ items, nextCursor }`. */
export function Page<T extends TSchema>(item: T): TObject {
  return Type.Object({
    items: Type.Array(item),
    nextCursor: Type.Union([Type.String(), Type.Null()], { description: 'Null on the last page' }),
  });
}

export interface PageRequest {
  cursor?: string;
  limit?: number;
}

export interface PageResult<T> {
  items: T[];
  nextCursor: string | null;
}
