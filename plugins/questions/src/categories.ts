/**
 * Question categories: a tenant-managed list that askers pick from and the staff queue filters by.
 * Everyone who reads questions may list them; only staff change them.
 */
import type { Actor, AuditEntry } from '@portico/core';
import { isStaff, problems } from '@portico/core';
import { keysetPage } from '@portico/core/server';
import type { Knex } from 'knex';

export interface CategoriesContext {
  db: Knex.Transaction;
  tenantId: string;
  actor: Actor;
  audit(entry: AuditEntry): Promise<void>;
}

interface CategoryRow {
  id: string;
  name: string;
  description: string;
  createdAt: Date;
  updatedAt: Date;
}

const present = (row: CategoryRow) => ({
  id: row.id,
  name: row.name,
  description: row.description,
  createdAt: new Date(row.createdAt).toISOString(),
  updatedAt: new Date(row.updatedAt).toISOString(),
});

function requireStaff(actor: Actor): void {
  if (!isStaff(actor)) throw problems.forbidden('Only staff manage question categories.');
}

async function refuseDuplicate(ctx: CategoriesContext, name: string, exceptId?: string): Promise<void> {
  const query = ctx.db('question_categories').where({ tenantId: ctx.tenantId }).whereRaw('lower(name) = lower(?)', [name]);
  if (exceptId) query.whereNot({ id: exceptId });
  if (await query.first('id')) throw problems.conflict(`A category named “${name}” already exists.`, 'category-name-taken');
}

/** Two staff creating the same name at once: the unique index decides, and the loser gets a 409. */
const nameTaken = (name: string) => (error: { code?: string }): never => {
  if (error.code === '23505') throw problems.conflict(`A category named “${name}” already exists.`, 'category-name-taken');
  throw error;
};

async function find(ctx: CategoriesContext, id: string): Promise<CategoryRow> {
  const row = await ctx.db('question_categories').where({ tenantId: ctx.tenantId, id }).first();
  if (!row) throw problems.notFound('This question category was not found.');
  return row;
}

export async function listCategories(ctx: Pick<CategoriesContext, 'db' | 'tenantId'>, page: { cursor?: string; limit?: number }) {
  const query = ctx.db('question_categories').where({ tenantId: ctx.tenantId });
  const result = await keysetPage<any>(query, [
    { column: 'name', direction: 'asc' },
    { column: 'id', direction: 'asc' },
  ], page);
  return { items: result.items.map(present), nextCursor: result.nextCursor };
}

export async function createCategory(ctx: CategoriesContext, input: { name: string; description?: string }) {
  requireStaff(ctx.actor);
  const name = input.name.trim();
  await refuseDuplicate(ctx, name);
  const [row] = await ctx.db('question_categories')
    .insert({ tenantId: ctx.tenantId, name, description: input.description?.trim() ?? '' })
    .returning('*')
    .catch(nameTaken(name));
  await ctx.audit({ action: 'questions.category.created', targetType: 'question_category', targetId: row.id, partnerId: null, after: present(row) });
  return present(row);
}

export async function updateCategory(ctx: CategoriesContext, id: string, changes: { name?: string; description?: string }) {
  const before = await find(ctx, id);
  requireStaff(ctx.actor);
  const name = changes.name?.trim();
  if (name !== undefined) await refuseDuplicate(ctx, name, id);
  const [row] = await ctx.db('question_categories')
    .where({ tenantId: ctx.tenantId, id })
    .update({ ...(name !== undefined ? { name } : {}), ...(changes.description !== undefined ? { description: changes.description.trim() } : {}), updatedAt: ctx.db.fn.now() })
    .returning('*')
    .catch(nameTaken(name ?? before.name));
  await ctx.audit({ action: 'questions.category.updated', targetType: 'question_category', targetId: id, partnerId: null, before: present(before), after: present(row) });
  return present(row);
}

/** Deletes a category no question uses; one in use keeps its questions' filing intact, so it is refused. */
export async function deleteCategory(ctx: CategoriesContext, id: string): Promise<void> {
  const before = await find(ctx, id);
  requireStaff(ctx.actor);
  const used = await ctx.db('questions').where({ tenantId: ctx.tenantId, categoryId: id }).first('id');
  if (used) throw problems.conflict('Questions are filed under this category; rename it instead of deleting it.', 'category-in-use');
  await ctx.db('question_categories').where({ tenantId: ctx.tenantId, id }).delete();
  await ctx.audit({ action: 'questions.category.deleted', targetType: 'question_category', targetId: id, partnerId: null, before: present(before) });
}
