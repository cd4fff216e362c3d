/**
 * The tag names of the questions plugin's custom elements, for pages and other plugins' widgets that
 * place them (each is defined with `@customElement('…')` in src/widgets; a test checks the two agree).
 */
export const questionElements = {
  questionCategories: 'portico-question-categories',
  questionDetail: 'portico-question-detail',
  questionForm: 'portico-question-form',
  questionList: 'portico-question-list',
  questionQueue: 'portico-question-queue',
} as const;
