/**
 * The plugin's part of the portal: a nav entry and its page. The shell shows the entry to people
 * holding its permission, loads the page's element on first use, and the translations with the locale.
 * `portico-widgets build` bundles from here into dist/widgets/.
 */
import { msg } from '@lit/localize';
import { defineWidgets } from '@portico/widgets';
import { __CAMEL__Elements as E } from '../elements.js';
import { P } from '../permissions.js';

export default defineWidgets({
  id: '__PLUGIN_ID__',
  nav: [
    {
      path: '/__PLUGIN_ID__',
      label: () => msg('__PLUGIN_NAME__', { id: '__PLUGIN_ID__.title' }),
      description: () => msg('Keep a list of items for your organisation.', { id: '__PLUGIN_ID__.nav-description' }),
      permission: P.read,
    },
  ],
  pages: [
    { path: '/__PLUGIN_ID__', tag: E.itemList, load: () => import('./item-list.js'), permission: P.read, title: () => msg('__PLUGIN_NAME__', { id: '__PLUGIN_ID__.title' }) },
  ],
  translations: { fr: () => import('./i18n/fr.js'), es: () => import('./i18n/es.js') },
});
