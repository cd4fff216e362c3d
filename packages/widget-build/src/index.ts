/**
 * `@portico/widget-build`: builds Portico widget bundles — a plugin's (`buildPluginWidgets`, or the
 * `portico-widgets build` command) and the portal's own (`buildPortalBundles`, run by
 * `@portico/widgets`) — sharing one Lit, one set of contexts and the theme, within size budgets.
 */
export { buildPluginWidgets, DEFAULT_ENTRY, DEFAULT_OUT_DIR, type PluginBuildOptions } from './plugin-build.js';
export { buildPortalBundles, type PortalBuildOptions } from './portal-build.js';
export { BUDGETS, KB, bundleSizes, formatSizes, readManifest, type BundleKind, type BundleSize } from './budgets.js';
export { MANIFEST_FILE, type BundlesManifest, type FileSize, type PluginWidgetsManifest, type PortalBundlesManifest } from '@portico/core';
export { isShared, PLUGINS_FOLDER, SHARED_MODULES, sharedFile, sharedImportFromPlugin } from './shared.js';
export { tagsDefinedIn } from './elements.js';
