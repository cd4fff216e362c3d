import { PARTNER_ROLES, type PermissionDeclaration } from '@portico/core';

/** The permission keys of the documents plugin; routes name them through `P`. */
export const P = {
  /** Browse, search and download the spaces visible to one's organisation and role (staff: all). */
  read: 'documents.read',
  /** Staff: create and change spaces, upload files and versions, retire, see versions and download counts. */
  manage: 'documents.manage',
  /** Staff: the tenant's upload limit and accepted types. */
  settingsManage: 'documents.settings.manage',
} as const;

export const permissions: Record<string, PermissionDeclaration> = {
  [P.read]: {
    description: 'Browse, search and download the documents shared with one’s organisation and role',
    grantedTo: [...PARTNER_ROLES, 'partner_manager', 'support'],
  },
  [P.manage]: { description: 'Manage document spaces: upload, replace and retire files, see versions and download counts', grantedTo: ['partner_manager'] },
  [P.settingsManage]: { description: 'Change the document settings: largest upload and accepted file types', administrative: true },
};
