/**
 * The tag names of the plugin's custom elements, for its pages and for other plugins' widgets that
 * place them (each is defined with `@customElement('…')`, written literally, in src/widgets).
 */
export const __CAMEL__Elements = {
  itemList: 'portico-__PLUGIN_ID__-list',
} as const;
