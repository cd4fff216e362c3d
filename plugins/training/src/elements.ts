/**
 * The tag names of the training plugin's custom elements, for pages and other plugins' widgets that
 * place them (each is defined with `@customElement('…')` in src/widgets; a test checks the two agree).
 */
export const trainingElements = {
  certifications: 'portico-certifications',
  trainingCatalog: 'portico-training-catalog',
  trainingEditor: 'portico-training-editor',
  trainingEditorDocuments: 'portico-training-editor-documents',
  trainingManage: 'portico-training-manage',
  trainingModule: 'portico-training-module',
} as const;
