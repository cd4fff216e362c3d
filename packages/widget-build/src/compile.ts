/**
 * The steps every Portico widget build shares: resolve packages for browsers (Lit in its production
 * build), compile TypeScript with standard decorators, minify; then write each chunk's gzipped twin
 * (the server sends it to browsers that take gzip) and read which elements each chunk defines.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { OutputBundle, OutputChunk, Plugin } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terserPlugin from '@rollup/plugin-terser';
import { tagsDefinedIn } from './elements.js';
import type { FileSize } from '@portico/core';

export interface CompileOptions {
  /** Minify (default true; false for readable output while debugging a build). */
  minify?: boolean;
  /**
   * Extra export conditions to resolve packages with, before `browser`/`import`/`default`: this
   * repository builds from its workspace sources with `portico-source`.
   */
  conditions?: readonly string[];
}

// The package's types are CommonJS-shaped (`.default`); what `import` gives at run time is the function itself.
type Terser = (options: object) => Plugin;
const terser = ((terserPlugin as unknown as { default?: Terser }).default ?? terserPlugin) as unknown as Terser;

export function compilePlugins({ minify = true, conditions = [] }: CompileOptions): Plugin[] {
  return [
    nodeResolve({ browser: true, extensions: ['.ts', '.js', '.mjs'], exportConditions: [...conditions, 'browser', 'import', 'module', 'default'] }),
    // Standard decorators (`@customElement`, `@property() accessor …`) are lowered here: browsers do
    // not run them yet. No tsconfig is read, so a plugin's own settings cannot change the output.
    esbuild({
      target: 'es2022',
      tsconfig: false,
      tsconfigRaw: { compilerOptions: { experimentalDecorators: false, useDefineForClassFields: true } },
      minify: false,
      sourceMap: true,
    }),
    ...(minify ? [terser({ module: true, ecma: 2022, compress: { passes: 2 }, format: { comments: false } })] : []),
  ];
}

export function onwarn(warning: { code?: string; message: string }, warn: (w: never) => void): void {
  if (warning.code === 'THIS_IS_UNDEFINED' || warning.code === 'CIRCULAR_DEPENDENCY') return;
  warn(warning as never);
}

/** Writes a `.gz` twin of every chunk in `dir` and answers each chunk's sizes. */
export function gzipChunks(dir: string, chunks: readonly OutputChunk[]): Record<string, FileSize> {
  const files: Record<string, FileSize> = {};
  for (const chunk of chunks) {
    const code = fs.readFileSync(path.join(dir, chunk.fileName));
    const gzipped = zlib.gzipSync(code, { level: 9 });
    fs.writeFileSync(path.join(dir, `${chunk.fileName}.gz`), gzipped);
    files[chunk.fileName] = { bytes: code.length, gzip: gzipped.length };
  }
  return files;
}

/** Tag → the chunk holding the module that defines it, read from the modules' sources. */
export function elementsOf(chunks: readonly OutputChunk[]): Record<string, string> {
  const elements: Record<string, string> = {};
  for (const chunk of chunks) {
    for (const id of chunk.moduleIds) {
      if (id.startsWith('\0') || !/\.(ts|js|mjs)$/.test(id) || !fs.existsSync(id)) continue;
      for (const tag of tagsDefinedIn(fs.readFileSync(id, 'utf8'))) elements[tag] ??= chunk.fileName;
    }
  }
  return elements;
}

export function chunksOf(output: OutputBundle | readonly (OutputChunk | { type: 'asset' })[]): OutputChunk[] {
  return (Array.isArray(output) ? output : Object.values(output)).filter((o): o is OutputChunk => o.type === 'chunk');
}

/** Writes the manifest last, atomically: a server reading it mid-build sees the previous build or none. */
export function writeManifest(dir: string, manifest: object): void {
  const file = path.join(dir, 'manifest.json');
  fs.writeFileSync(`${file}.tmp`, `${JSON.stringify(manifest, null, 2)}\n`);
  fs.renameSync(`${file}.tmp`, file);
}
