/**
 * The modules a portal loads once and every plugin's widgets share: one Lit (one custom-element
 * registry, one template system), one set of `@lit/context` contexts (widgets find the provider),
 * one localisation runtime (one `msg` catalogue) and one `@portico/widgets` and SDK (the same theme
 * tokens, primitives and error classes). The portal's build publishes each as a small module under
 * `shared/`; a plugin's build leaves them out of its chunks and imports them from there.
 *
 * Everything else a plugin imports (its own code, other plugins' public faces, `@portico/core`, a
 * chart library) is bundled into its chunks: those modules hold no state shared with the page.
 */

const LIT_MODULES = [
  'lit',
  'lit/decorators.js',
  'lit/directive.js',
  'lit/async-directive.js',
  'lit/directive-helpers.js',
  'lit/static-html.js',
  'lit/html.js',
  ...[
    'async-append', 'async-replace', 'cache', 'choose', 'class-map', 'guard', 'if-defined', 'join', 'keyed', 'live', 'map', 'range', 'ref',
    'repeat', 'style-map', 'template-content', 'unsafe-html', 'unsafe-mathml', 'unsafe-svg', 'until', 'when',
  ].map((name) => `lit/directives/${name}.js`),
];

export const SHARED_MODULES: readonly string[] = [...LIT_MODULES, '@lit/context', '@lit/localize', '@portico/widgets', '@portico/sdk'];

/** Where plugins' chunks are served, relative to the bundles' root: `plugins/<id>/<file>`. */
export const PLUGINS_FOLDER = 'plugins';

export function isShared(specifier: string): boolean {
  return SHARED_MODULES.includes(specifier);
}

/**
 * A module a plugin must not bundle a copy of, yet is not shared: Lit's internals and any other
 * subpath of the shared packages. Bundling it would bring a second Lit into the page.
 */
export function isForbiddenCopy(specifier: string): boolean {
  if (isShared(specifier)) return false;
  return /^(lit|lit-html|lit-element|@lit\/reactive-element|@lit\/context|@lit\/localize|@portico\/widgets|@portico\/sdk)(\/|$)/.test(specifier);
}

/** The file of a shared module within the bundles folder, e.g. `shared/lit/decorators.js`, `shared/@lit/context.js`. */
export function sharedFile(specifier: string): string {
  return `shared/${specifier}${specifier.endsWith('.js') ? '' : '.js'}`;
}

/** How a plugin's chunk (served at `plugins/<id>/<file>`) imports a shared module. */
export function sharedImportFromPlugin(specifier: string): string {
  return `../../${sharedFile(specifier)}`;
}
