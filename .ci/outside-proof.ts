/**
 * Proof from outside the repository: what a plugin author or a host does, with nothing of this
 * checkout but its published packages.
 *
 *   1. packs every public package (`npm pack`) into a temporary folder outside the checkout;
 *   2. copies `examples/plugin-referrals` there and, with the @portico packages installed from those
 *      tarballs only (no workspace links, no TypeScript loader at run time), builds it and runs its own
 *      tests — the registry-driven contract suite over its routes among them;
 *   3. writes a plugin with the starter (`create-portico-plugin`, from its tarball), installs, builds
 *      and tests it the same way;
 *   4. installs the server, the built-in plugins and both plugins' tarballs in an app folder with a
 *      `portico.config.js`, runs `portico migrate` and `portico start --demo` from the installed bin,
 *      checks that both plugins' routes are in `/api/v1/openapi.json` (valid OpenAPI 3.1), and in
 *      Chromium that the portal shell shows a "Referrals" entry whose widget renders the demo's
 *      referrals and the starter's entry whose page renders, with one Lit on the page;
 *   5. prints the tarball sizes, the referrals widget chunk's gzipped size, and how long it took.
 *
 * `npm run test:outside` (part of `npm test`; the packages must be built: `npm run build` and
 * `npm run build:widgets`, which `npm test` has done by then). The temporary folder is removed unless
 * `KEEP_OUTSIDE_PROOF=1`.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Validator } from '@seriousme/openapi-schema-validator';
import { launchChromium } from '../e2e/support/browser.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PUBLIC_PACKAGES = [
  'packages/core',
  'packages/sdk',
  'packages/widgets',
  'packages/widget-build',
  'packages/testing',
  'packages/create-portico-plugin',
  'server',
  ...fs.readdirSync(path.join(ROOT, 'plugins')).map((id) => `plugins/${id}`),
];
const BUILT_INS = ['access', 'deals', 'documents', 'questions', 'training', 'team'];
const STARTER_ID = 'proof-notes';

const started = performance.now();
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'portico-outside-'));
const tarballs = path.join(work, 'tarballs');
const log = (line: string) => process.stdout.write(`[outside ${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}\n`);

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): string {
  try {
    return execFileSync(command, args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${e.stdout ?? ''}\n${e.stderr ?? ''}\n${e.message}`);
  }
}

/** npm, with the machine's cache (filled by `npm ci`): `--prefer-offline` keeps the installs local. */
const npm = (args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) => run('npm', ['--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...args], cwd, env);

/** Every @portico package (and the starter) resolves to its tarball, however deep it is required. */
function tarballOverrides(): Record<string, string> {
  const overrides: Record<string, string> = {};
  for (const file of fs.readdirSync(tarballs)) {
    const name = JSON.parse(run('tar', ['-xzOf', path.join(tarballs, file), 'package/package.json'], work)).name as string;
    overrides[name] = `file:${path.join(tarballs, file)}`;
  }
  return overrides;
}

/** Points a package folder's @portico dependencies at the tarballs, in every dependency list and in overrides. */
function useTarballs(dir: string, overrides: Record<string, string>): void {
  const file = path.join(dir, 'package.json');
  const pkg = JSON.parse(fs.readFileSync(file, 'utf8'));
  for (const list of ['dependencies', 'devDependencies']) {
    for (const name of Object.keys(pkg[list] ?? {})) if (overrides[name]) pkg[list][name] = overrides[name];
  }
  pkg.overrides = { ...overrides };
  // npm refuses an override that differs from the same package's direct dependency: they are the same here.
  fs.writeFileSync(file, `${JSON.stringify(pkg, null, 2)}\n`);
}

function copyFolder(from: string, to: string): void {
  fs.cpSync(from, to, { recursive: true, filter: (source) => !/[\\/](node_modules|dist|\.portico)([\\/]|$)/.test(source.slice(from.length)) });
}

/** Builds and tests a plugin folder as its author would, then packs it for the app. */
function buildTestAndPack(dir: string, overrides: Record<string, string>): string {
  useTarballs(dir, overrides);
  npm(['install'], dir);
  npm(['run', 'build'], dir);
  const tests = npm(['test'], dir, { CI: 'true', PORTICO_TEST_DB: 'pglite' });
  const summary = /Tests\s+(\d+ passed[^\n]*)/.exec(tests.replace(/\x1b\[[0-9;]*m/g, ''))?.[1] ?? '(no summary)';
  log(`${path.basename(dir)}: built; its own tests: ${summary}`);
  const packed = npm(['pack', '--pack-destination', tarballs], dir).trim().split('\n').pop()!;
  return path.join(tarballs, packed);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** `portico start --demo` from the installed bin; resolves with what it printed once ready. */
function startPortal(app: string, port: number): Promise<{ child: ChildProcess; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(app, 'node_modules', '@portico', 'server', 'bin', 'portico.js'), 'start', '--demo', '--port', String(port), '--host', '127.0.0.1'], {
      cwd: app,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, PORTICO_DATA_DIR: path.join(app, '.portico'), LOG_LEVEL: 'warn' },
    });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`portico start was not ready in 120 s:\n${output}`)), 120_000);
    child.stdout!.on('data', (d) => {
      output += d;
      if (/Sign in as Alice Owner[^\n]*https?:\/\/\S+\n/.test(output)) {
        clearTimeout(timer);
        resolve({ child, output });
      }
    });
    child.stderr!.on('data', (d) => (output += d));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`portico start exited with ${code}:\n${output}`));
    });
  });
}

async function main(): Promise<void> {
  fs.mkdirSync(tarballs);
  // 1. Pack.
  for (const workspace of PUBLIC_PACKAGES) npm(['pack', '--pack-destination', tarballs, '-w', workspace], ROOT);
  const sizes = Object.fromEntries(fs.readdirSync(tarballs).sort().map((f) => [f, fs.statSync(path.join(tarballs, f)).size]));
  log(`packed ${Object.keys(sizes).length} packages`);
  const overrides = tarballOverrides();

  // 2. The third-party example, as its author builds and tests it.
  const referralsDir = path.join(work, 'plugin-referrals');
  copyFolder(path.join(ROOT, 'examples', 'plugin-referrals'), referralsDir);
  const referralsTarball = buildTestAndPack(referralsDir, overrides);
  const referralsManifest = JSON.parse(fs.readFileSync(path.join(referralsDir, 'dist', 'widgets', 'manifest.json'), 'utf8'));
  const referralsEntryGzip = referralsManifest.files[referralsManifest.entry].gzip as number;
  const referralsAllGzip = Object.values(referralsManifest.files as Record<string, { gzip: number }>).reduce((sum, f) => sum + f.gzip, 0);

  // 3. The starter's plugin, as generated.
  npm(['exec', '--yes', `--package=${overrides['create-portico-plugin']}`, '--', 'create-portico-plugin', STARTER_ID, '--dir', work], work);
  const starterTarball = buildTestAndPack(path.join(work, STARTER_ID), overrides);

  // 4. A host: the server, the built-ins and both plugins, from tarballs.
  const app = path.join(work, 'app');
  fs.mkdirSync(app);
  const referralsName = JSON.parse(fs.readFileSync(path.join(referralsDir, 'package.json'), 'utf8')).name as string;
  const starterName = JSON.parse(fs.readFileSync(path.join(work, STARTER_ID, 'package.json'), 'utf8')).name as string;
  const appOverrides = { ...overrides, [referralsName]: `file:${referralsTarball}`, [starterName]: `file:${starterTarball}` };
  const appDependencies = Object.fromEntries(['@portico/server', ...BUILT_INS.map((id) => `@portico/plugin-${id}`), referralsName, starterName].map((name) => [name, appOverrides[name]]));
  fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'outside-host', private: true, type: 'module', dependencies: appDependencies, overrides: appOverrides }, null, 2));
  const starterExport = `${STARTER_ID.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())}Plugin`;
  fs.writeFileSync(
    path.join(app, 'portico.config.js'),
    [
      "import { definePorticoConfig } from '@portico/server';",
      ...BUILT_INS.map((id) => `import { ${id}Plugin } from '@portico/plugin-${id}';`),
      `import { referralsPlugin } from '${referralsName}';`,
      `import { ${starterExport} } from '${starterName}';`,
      `export default definePorticoConfig({ plugins: [${[...BUILT_INS.map((id) => `${id}Plugin`), 'referralsPlugin', starterExport].join(', ')}] });`,
      '',
    ].join('\n'),
  );
  npm(['install'], app);
  const migrated = run(process.execPath, [path.join(app, 'node_modules', '@portico', 'server', 'bin', 'portico.js'), 'migrate'], app, { PORTICO_DATA_DIR: path.join(app, '.portico'), LOG_LEVEL: 'warn' });
  if (!/referrals\//.test(migrated) || !new RegExp(`${STARTER_ID}/`).test(migrated)) throw new Error(`portico migrate did not apply both plugins' migrations:\n${migrated}`);
  log('portico migrate applied the core, built-in and both plugins\' migrations');

  const port = await freePort();
  const { child, output } = await startPortal(app, port);
  try {
    const base = `http://127.0.0.1:${port}`;
    const document = (await (await fetch(`${base}/api/v1/openapi.json`)).json()) as { paths: Record<string, Record<string, { operationId: string }>> };
    const validation = await new Validator().validate(document as never);
    if (!validation.valid) throw new Error(`The OpenAPI document is not valid OpenAPI 3.1: ${JSON.stringify(validation.errors).slice(0, 2000)}`);
    for (const expected of ['/api/v1/referrals', '/api/v1/referrals/{id}', `/api/v1/${STARTER_ID}/items`]) {
      if (!document.paths[expected]) throw new Error(`${expected} is not in /api/v1/openapi.json`);
    }
    log(`openapi.json is valid OpenAPI 3.1 and has both plugins' routes (${Object.keys(document.paths).length} paths)`);

    const link = /Sign in as Alice Owner[^\n]*?(https?:\/\/\S+)/.exec(output)![1].replace(/^https?:\/\/[^/]+/, base);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(link);
      await page.getByRole('button').click();
      await page.waitForURL(`${base}/`);
      const nav = page.locator('portico-portal').getByRole('navigation');
      await nav.getByRole('link', { name: 'Referrals' }).click();
      const referralList = page.locator('portico-referral-list');
      await referralList.getByRole('row').nth(1).waitFor({ timeout: 30_000 });
      const rows = await referralList.getByRole('row').count();
      log(`Chromium: the shell shows "Referrals", and <portico-referral-list> renders ${rows - 1} referral(s) of the demo`);
      const starterName = STARTER_ID.split('-').map((w) => w[0].toUpperCase() + w.slice(1)).join(' ');
      await nav.getByRole('link', { name: starterName }).click();
      await page.locator(`portico-${STARTER_ID}-list`).getByRole('heading').first().waitFor({ timeout: 30_000 });
      log(`Chromium: the shell shows "${starterName}", and its page renders`);
      const lits = await page.evaluate(() => (globalThis as { litElementVersions?: string[] }).litElementVersions ?? []);
      if (lits.length !== 1) throw new Error(`The page runs ${lits.length} copies of Lit (${lits.join(', ')}): plugins must share the portal's.`);
      if (errors.length) throw new Error(`The browser reported errors:\n${errors.join('\n')}`);
    } finally {
      await browser.close();
    }
  } finally {
    child.kill('SIGTERM');
  }

  const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  log('done');
  console.log('\nTarballs (npm pack):');
  for (const [file, bytes] of Object.entries(sizes)) console.log(`  ${file.padEnd(44)} ${kb(bytes).padStart(9)}`);
  console.log(`  ${path.basename(referralsTarball).padEnd(44)} ${kb(fs.statSync(referralsTarball).size).padStart(9)}`);
  console.log(`Referrals widgets: entry chunk ${kb(referralsEntryGzip)} gzipped, all chunks ${kb(referralsAllGzip)} gzipped.`);
  console.log(`The proof from outside took ${((performance.now() - started) / 1000).toFixed(0)} s.`);
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  if (process.env.KEEP_OUTSIDE_PROOF) console.log(`kept ${work}`);
  else fs.rmSync(work, { recursive: true, force: true });
}
