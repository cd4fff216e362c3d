/**
 * The rules of items: add, list, read. No HTTP here, so tasks, seeds and tests can call the same
 * functions the routes call. Who sees which item is decided in one place, `visibleItems`.
 */
import type { Knex } from 'knex';
import { defineAudit, isStaff, problems, type Actor, type AuditEntry } from '@portico/core';
import { keysetPage, type SortKey } from '@portico/core/server';
import type { Item, ItemListQuery, ItemPage, NewItem } from './schemas.js';
import type { __PASCAL__Settings } from './settings.js';
import type { __PASCAL__Emit } from './types.js';

/** What the rules need from a request: its transaction, who asks, the settings, and how to record. */
export interface ItemsContext {
  db: Knex.Transaction;
  tenant: { id: string };
  actor: Actor;
  settings: __PASCAL__Settings;
  audit(entry: AuditEntry): Promise<void>;
  emit: __PASCAL__Emit;
}

/** The plugin's table (its migration creates it with row-level security). */
const ITEMS = '__TABLE___items';
const COLUMNS = ['id', 'partner_id', 'created_by', 'title', 'note', 'created_at', 'updated_at'].map((column) => `${ITEMS}.${column}`);

/** A row as the query builder answers it (snake_case columns come back camelCase). */
interface ItemRow {
  id: string;
  partnerId: string;
  createdBy: string;
  title: string;
  note: string | null;
  createdAt: Date | string;
  updatedAt: Date | string;
}

const iso = (value: Date | string): string => new Date(value).toISOString();

function toItem(row: ItemRow): Item {
  return { id: row.id, partnerId: row.partnerId, createdBy: row.createdBy, title: row.title, note: row.note, createdAt: iso(row.createdAt), updatedAt: iso(row.updatedAt) };
}

/**
 * The items the actor may see: staff (and the tenant's API keys) see every organisation's; a partner's
 * person sees their organisation's only. Every read starts here, so an item one may not see is a 404.
 */
function visibleItems(ctx: Pick<ItemsContext, 'db' | 'tenant' | 'actor'>): Knex.QueryBuilder {
  const query = ctx.db(ITEMS).where(`${ITEMS}.tenant_id`, ctx.tenant.id).select(COLUMNS);
  if (isStaff(ctx.actor)) return query;
  if (!ctx.actor.partnerId) return query.whereRaw('false');
  return query.where(`${ITEMS}.partner_id`, ctx.actor.partnerId);
}

/**
 * The audit actions the plugin writes, with what the audit log and its CSV call them in every language
 * the portal speaks (writing one that is not declared here is refused), and how an item is named
 * there: by its title, one query for a whole page.
 */
export const __CAMEL__Audit = defineAudit({
  actions: {
    '__PLUGIN_ID__.item.created': { en: 'Item added', fr: 'Élément ajouté', es: 'Elemento añadido' },
  },
  targets: {
    item: {
      async name({ db }, ids) {
        const rows = (await db(ITEMS).whereIn('id', ids).select('id', 'title')) as Pick<ItemRow, 'id' | 'title'>[];
        return new Map(rows.map((row) => [row.id, row.title]));
      },
    },
  },
});

/** Adds an item for the actor's organisation: audited, and announced as `__PLUGIN_ID__.item.created`. */
export async function createItem(ctx: ItemsContext, input: NewItem): Promise<Item> {
  const { actor } = ctx;
  if (isStaff(actor) || !actor.partnerId || !actor.personId) {
    throw problems.forbidden('Items are added by the people of a partner organisation.');
  }
  const title = input.title.trim();
  if (!title) throw problems.invalidField('/title', 'The title cannot be blank.');
  const { maxTitleLength } = ctx.settings;
  if ([...title].length > maxTitleLength) throw problems.invalidField('/title', `The title can have at most ${maxTitleLength} characters.`);
  const [row] = (await ctx.db(ITEMS)
    .insert({ tenantId: ctx.tenant.id, partnerId: actor.partnerId, createdBy: actor.personId, title, note: input.note?.trim() || null })
    .returning(COLUMNS)) as ItemRow[];
  const item = toItem(row);
  await ctx.audit({ action: '__PLUGIN_ID__.item.created', targetType: 'item', targetId: item.id, partnerId: item.partnerId, after: item });
  await ctx.emit('__PLUGIN_ID__.item.created', { itemId: item.id, partnerId: item.partnerId });
  return item;
}

/** Newest first; the id breaks ties, so the order is total (as keyset paging needs). */
const NEWEST_FIRST: SortKey[] = [
  { column: `${ITEMS}.created_at`, direction: 'desc' },
  { column: `${ITEMS}.id`, direction: 'desc' },
];

export async function listItems(ctx: Pick<ItemsContext, 'db' | 'tenant' | 'actor'>, query: ItemListQuery): Promise<ItemPage> {
  const page = await keysetPage<ItemRow & Record<string, unknown>>(visibleItems(ctx), NEWEST_FIRST, query);
  return { items: page.items.map(toItem), nextCursor: page.nextCursor };
}

export async function getItem(ctx: Pick<ItemsContext, 'db' | 'tenant' | 'actor'>, id: string): Promise<Item> {
  const row = (await visibleItems(ctx).where(`${ITEMS}.id`, id).first()) as ItemRow | undefined;
  if (!row) throw problems.notFound('No such item.');
  return toItem(row);
}
