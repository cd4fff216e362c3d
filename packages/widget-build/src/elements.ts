/**
 * Which custom elements a module defines, read from its source: `@customElement('portico-…')` or
 * `customElements.define('portico-…'`, written literally. The loader imports a chunk the first time
 * one of its elements appears in a page, so the build maps each tag to the chunk that holds it.
 */
const DEFINES = [/@customElement\(\s*['"]([a-z][a-z0-9]*-[a-z0-9-]*)['"]/g, /customElements\.define\(\s*['"]([a-z][a-z0-9]*-[a-z0-9-]*)['"]/g];

export function tagsDefinedIn(source: string): string[] {
  const tags: string[] = [];
  for (const pattern of DEFINES) for (const match of source.matchAll(pattern)) tags.push(match[1]);
  return tags;
}
