/**
 * The documents plugin: Document spaces gated by partner, tier and role; versioned files on pluggable storage; audited downloads.
 */
import { definePlugin } from '@portico/core';

export const documentsPlugin = definePlugin({
  id: 'documents',
  version: '0.1.0',
  description: 'Document spaces gated by partner, tier and role; versioned files on pluggable storage; audited downloads',
  requires: ['access'],
});
