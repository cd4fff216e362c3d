/**
 * The tag names of the documents plugin's custom elements, for pages and other plugins' widgets that
 * place them (each is defined with `@customElement('…')` in src/widgets; a test checks the two agree).
 */
export const documentElements = {
  documentLibrary: 'portico-document-library',
  documentLinks: 'portico-document-links',
  documentManager: 'portico-document-manager',
  documentSettings: 'portico-document-settings',
} as const;
