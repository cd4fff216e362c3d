/** What the documents browser tests share: translations registered as the shell would, sessions, spaces and files. */
import { registerTranslations, type Session } from '@portico/widgets';
import type { DocumentFile, Space } from './shared.js';

export function registerDocumentsTranslations(): void {
  void registerTranslations('documents', { fr: () => import('./i18n/fr.js'), es: () => import('./i18n/es.js') });
}

function session(kind: 'staff' | 'member', permissions: string[]): Session {
  return {
    person: { id: 'me', name: kind === 'staff' ? 'Sam Staff' : 'Sally Sales', email: 'me@example.com', kind, locale: null, timeZone: null },
    tenant: { id: 't1', slug: 'acme', name: 'Acme' },
    partner: kind === 'member' ? { id: 'pa1', name: 'Acme Resellers', status: 'active' } : null,
    roles: [],
    permissions,
    via: 'session',
    verificationToken: 'vt-1',
    secondFactorRequired: false,
  };
}

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
