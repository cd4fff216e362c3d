/**
 * The tag names of the webhooks plugin's custom elements (each is defined with `@customElement('…')`
 * in src/widgets; a test checks the two agree).
 */
export const webhooksElements = {
  endpoints: 'portico-webhook-endpoints',
  endpoint: 'portico-webhook-endpoint',
} as const;
