/** What the documents browser tests share: translations registered as the shell would, sessions, spaces and files. */
import { registerWidgetTranslations, testSession } from '@portico/widgets/testing';
import widgets from './index.js';
import type { DocumentFile, Space } from './shared.js';

export function registerDocumentsTranslations(): void {
  registerWidgetTranslations(widgets);
}

const session = (kind: 'staff' | 'member', permissions: string[]) =>
  testSession({ person: { name: kind === 'staff' ? 'Sam Staff' : 'Sally Sales', kind }, permissions, verificationToken: 'vt-1' });

export const salesperson = session('member', ['documents.read']);
export const manager = session('staff', ['documents.read', 'documents.manage', 'documents.settings.manage', 'access.partners.read']);

export function space(overrides: Partial<Space> = {}): Space {
  return {
    id: 's1',
    title: 'Sales playbook',
    description: 'Pitch decks and price lists.',
    fileCount: 2,
    newFiles: 1,
    updatedFiles: 1,
    createdAt: '2026-03-01T10:00:00.000Z',
    updatedAt: '2026-03-01T10:00:00.000Z',
    ...overrides,
  };
}

export function file(overrides: Partial<DocumentFile> = {}): DocumentFile {
  return {
    id: 'f1',
    spaceId: 's1',
    spaceTitle: 'Sales playbook',
    name: 'Price list 2026.pdf',
    description: 'Reseller prices',
    contentType: 'application/pdf',
    size: 245_000,
    version: 2,
    versionId: 'v2',
    badge: 'updated',
    createdAt: '2026-03-01T10:00:00.000Z',
    updatedAt: '2026-03-05T10:00:00.000Z',
    ...overrides,
  };
}
