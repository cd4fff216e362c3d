/**
 * The shapes of the __PLUGIN_NAME__ API: what the routes validate, what they answer, and what the
 * widgets type their calls with (`Static<>` types, so nothing of the server is bundled).
 */
import { Nullable, Page, PageQuery, Timestamp, Type, Uuid, type PageResult, type Static } from '@portico/core';

export const Item = Type.Object({
  id: Uuid,
  partnerId: Uuid,
  createdBy: Uuid,
  title: Type.String(),
  note: Nullable(Type.String()),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Item = Static<typeof Item>;

/** A body schema carries `examples`: the API reference shows them, and the route suite creates items with them. */
export const NewItem = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 500, description: 'At most the tenant’s `maxTitleLength` setting (200 unless changed)' }),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { examples: [{ title: 'Call Initech back about the renewal', note: 'They asked for a quote by Friday.' }] },
);
export type NewItem = Static<typeof NewItem>;

/** Cursor paging (`cursor`, `limit`), newest first. */
export const ItemListQuery = Type.Object({ ...PageQuery });
export type ItemListQuery = Static<typeof ItemListQuery>;

/** One page of items: `{ items, nextCursor }`. */
export const ItemPage = Page(Item);
export type ItemPage = PageResult<Item>;
