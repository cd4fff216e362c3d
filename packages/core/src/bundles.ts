/**
 * Widget bundles, as `@portico/widget-build` writes them and the server serves them.
 *
 * What a build writes beside its bundles (`manifest.json`), and the server reads to serve them: the
 * portal's own build (loader, core chunk, shared modules, the elements it defines) and each plugin's
 * (its entry, the elements it defines). Every file is listed with its size, so that the server
 * serves nothing else and budgets judge exactly what pages load.
 */
export interface FileSize {
  bytes: number;
  /** Gzipped at level 9: what the server sends to browsers that take gzip. */
  gzip: number;
}

export interface PortalBundlesManifest {
  kind: 'portal';
  /** The loader's module (the server wraps it in `portico.js`, the one script a page includes). */
  loader: string;
  /** The chunk with Lit, the SDK, the provider, theme, primitives and shell. */
  core: string;
  /** Shared module specifier → its file (see `SHARED_MODULES`). */
  shared: Record<string, string>;
  /** Tag → the file whose import defines it. */
  elements: Record<string, string>;
  files: Record<string, FileSize>;
}

export interface PluginWidgetsManifest {
  kind: 'plugin';
  /** The plugin id the chunks were built for (they are served under `plugins/<id>/`). */
  id: string;
  /** The entry chunk, whose default export is the plugin's `defineWidgets({...})` contribution. */
  entry: string;
  elements: Record<string, string>;
  files: Record<string, FileSize>;
}

export type BundlesManifest = PortalBundlesManifest | PluginWidgetsManifest;

export const MANIFEST_FILE = 'manifest.json';
