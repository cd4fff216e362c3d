/**
 * The tag names of the deals plugin's custom elements, for pages and other plugins' widgets that
 * place them (each is defined with `@customElement('…')` in src/widgets; a test checks the two agree).
 */
export const dealElements = {
  dealDetail: 'portico-deal-detail',
  dealForm: 'portico-deal-form',
  dealList: 'portico-deal-list',
  dealReview: 'portico-deal-review',
  dealReviewQueue: 'portico-deal-review-queue',
  dealSettings: 'portico-deal-settings',
} as const;
