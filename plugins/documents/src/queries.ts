/**
 * Who sees what. A partner's person sees a space when it is visible to their organisation (all
 * partners, their partner named, or their partner's tier named) AND one of their roles is allowed;
 * they see the files of such a space that are not retired. Staff see everything of their tenant.
 * Every read of spaces and files goes through here, so a space, file or version outside this is a 404.
 */
import type { Knex } from 'knex';
import { isStaff, type Actor } from '@portico/core';

export type SpaceRow = {
  id: string;
  tenantId: string;
  title: string;
  description: string;
  visibility: 'all' | 'partners' | 'tiers';
  partnerIds: string[];
  tiers: string[];
  allowedRoles: string[];
  createdAt: Date;
  updatedAt: Date;
};

export type FileRow = {
  id: string;
  tenantId: string;
  spaceId: string;
  name: string;
  description: string;
  currentVersionId: string;
  versionCount: number;
  versionAt: Date;
  retiredAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
};

export type VersionRow = {
  id: string;
  fileId: string;
  number: number;
  storageKey: string;
  fileName: string;
  contentType: string;
  size: string | number;
  sha256: string;
  createdAt: Date;
};

/** `document_spaces` rows the actor may see. */
export function visibleSpaces(db: Knex.Transaction, tenantId: string, actor: Actor): Knex.QueryBuilder {
  const spaces = db('document_spaces').where('document_spaces.tenant_id', tenantId);
  if (isStaff(actor)) return spaces;
  if (!actor.partnerId) return spaces.whereRaw('false');
  return spaces
    .whereRaw('document_spaces.allowed_roles && array(select jsonb_array_elements_text(?::jsonb))', [JSON.stringify(actor.roles)])
    .where((who) =>
      who
        .where('document_spaces.visibility', 'all')
        .orWhere((named) => named.where('document_spaces.visibility', 'partners').whereRaw('?::uuid = any(document_spaces.partner_ids)', [actor.partnerId]))
        .orWhere((tiered) =>
          tiered
            .where('document_spaces.visibility', 'tiers')
            .whereRaw('(select p.tier from partners p where p.tenant_id = document_spaces.tenant_id and p.id = ?) = any(document_spaces.tiers)', [actor.partnerId]),
        ),
    );
}

/** `document_files` rows (joined with their space's title) the actor may see. */
export function visibleFiles(db: Knex.Transaction, tenantId: string, actor: Actor): Knex.QueryBuilder {
  const files = db('document_files')
    .join('document_spaces', (on) => on.on('document_spaces.id', 'document_files.space_id').andOn('document_spaces.tenant_id', 'document_files.tenant_id'))
    .where('document_files.tenant_id', tenantId)
    .whereIn('document_files.space_id', visibleSpaces(db, tenantId, actor).select('document_spaces.id'));
  if (!isStaff(actor)) files.whereNull('document_files.retired_at');
  return files;
}

export async function findVisibleSpace(db: Knex.Transaction, tenantId: string, actor: Actor, spaceId: string): Promise<SpaceRow | undefined> {
  return visibleSpaces(db, tenantId, actor).where('document_spaces.id', spaceId).first('document_spaces.*');
}

export async function findVisibleFile(db: Knex.Transaction, tenantId: string, actor: Actor, spaceId: string, fileId: string): Promise<(FileRow & { spaceTitle: string }) | undefined> {
  return visibleFiles(db, tenantId, actor)
    .where('document_files.id', fileId)
    .where('document_files.space_id', spaceId)
    .first('document_files.*', 'document_spaces.title as spaceTitle');
}
