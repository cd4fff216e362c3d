// Builds the browser bundles into packages/widgets/dist/bundles, with a gzipped twin of each file (the
// server sends it to browsers that take gzip) and manifest.json, which the server reads to name the
// loader, the core chunk and each plugin's chunk.
//   node scripts/build.mjs              build
//   node scripts/build.mjs --if-stale   build only when a source is newer than the last build (prestart)
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { createConfig, findWidgetPlugins, outDir } from '../rollup.config.mjs';

const widgetsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const repoDir = path.resolve(widgetsDir, '../..');
const manifestFile = path.join(outDir, 'manifest.json');

function newestMtime(target) {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs; // a deleted file changes its folder
  for (const entry of fs.readdirSync(target)) {
    if (entry === 'node_modules' || entry === 'dist' || entry === 'bundles') continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

/** Whatever the bundles are made of: our sources, the plugins' widgets, the build itself, the lockfile. */
function sourcesMtime() {
  const pluginsDir = path.join(repoDir, 'plugins');
  const pluginWidgets = fs.existsSync(pluginsDir) ? fs.readdirSync(pluginsDir).map((id) => path.join(pluginsDir, id, 'src', 'widgets')) : [];
  return Math.max(
    ...[path.join(widgetsDir, 'src'), path.join(widgetsDir, 'rollup.config.mjs'), path.join(widgetsDir, 'scripts'), path.join(repoDir, 'packages', 'sdk', 'src'), path.join(repoDir, 'package-lock.json'), pluginsDir, ...pluginWidgets].map(newestMtime),
  );
}

export async function build() {
  const started = performance.now();
  const plugins = findWidgetPlugins();
  const config = createConfig({ plugins });
  const bundle = await rollup(config);
  fs.rmSync(outDir, { recursive: true, force: true });
  const { output } = await bundle.write(config.output);
  await bundle.close();

  const chunks = output.filter((o) => o.type === 'chunk');
  const core = chunks.find((c) => c.name === 'core');
  const manifest = {
    loader: 'portico.js',
    core: core?.fileName ?? 'portico.js',
    plugins: Object.fromEntries(plugins.map((p) => [p.id, chunks.find((c) => c.isEntry && c.name === `plugin-${p.id}`)?.fileName]).filter(([, f]) => f)),
    files: {},
  };
  for (const chunk of chunks) {
    const code = fs.readFileSync(path.join(outDir, chunk.fileName));
    const gzipped = zlib.gzipSync(code, { level: 9 });
    fs.writeFileSync(path.join(outDir, `${chunk.fileName}.gz`), gzipped);
    manifest.files[chunk.fileName] = { bytes: code.length, gzip: gzipped.length };
  }
  // Written last: a server reading it mid-build sees the previous build or none, never half of one.
  fs.writeFileSync(`${manifestFile}.tmp`, `${JSON.stringify(manifest, null, 2)}\n`);
  fs.renameSync(`${manifestFile}.tmp`, manifestFile);
  return { manifest, ms: Math.round(performance.now() - started) };
}

export function isStale() {
  if (!fs.existsSync(manifestFile)) return true;
  return sourcesMtime() > fs.statSync(manifestFile).mtimeMs;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--if-stale') && !isStale()) {
    console.log('Widgets are up to date.');
  } else {
    const { manifest, ms } = await build();
    const pluginCount = Object.keys(manifest.plugins).length;
    console.log(`Widgets built in ${ms} ms: ${Object.keys(manifest.files).length} files, ${pluginCount} plugin chunk(s), in ${path.relative(process.cwd(), outDir) || '.'}`);
  }
}
