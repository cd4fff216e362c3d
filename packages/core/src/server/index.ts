/**
 * `@portico/core/server`: the parts of the contract that run only on the server, beside the
 * database: `keysetPage` (cursor pagination of a query), `createTenantTable` and
 * `enableTenantIsolation` for migrations, and `renderMarkdown` (sanitised HTML of typed Markdown).
 * Everything else is in `@portico/core`, which a browser can import too.
 */
export { keysetPage, type SortKey } from './keyset.js';
export { createTenantTable, enableTenantIsolation, TENANT_SETTING } from './rls.js';
export { renderMarkdown } from './markdown.js';
