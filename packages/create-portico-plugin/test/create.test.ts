/**
 * The starter's bin, run as `npm create portico-plugin` runs it (`node bin/create-portico-plugin.js`),
 * into a temporary folder: what it writes, how it names things, and what it refuses. No database and
 * no install here: that the generated plugin passes its own tests is checked by building one (see the
 * package's README, "Checking the template").
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(PACKAGE_ROOT, 'bin', 'create-portico-plugin.js');
const VERSION = (JSON.parse(fs.readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const PLACEHOLDER = /__[A-Z][A-Z_]*__/;

let work: string;
beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'create-portico-plugin-'));
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function create(...args: string[]): Run {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd: work, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Every file under `dir`, as paths relative to it with `/`. */
function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

const read = (dir: string, file: string) => fs.readFileSync(path.join(dir, file), 'utf8');

/** What the template writes for a plugin of this id. */
const expectedFiles = (id: string) =>
  [
    '.gitignore',
    'README.md',
    'package.json',
    'tsconfig.json',
    'tsconfig.widgets.json',
    'vitest.config.ts',
    'src/index.ts',
    'src/permissions.ts',
    'src/settings.ts',
    'src/events.ts',
    'src/types.ts',
    'src/schemas.ts',
    'src/elements.ts',
    'src/public.ts',
    'src/service.ts',
    'src/routes.ts',
    `src/migrations/20261207000000_${id}.ts`,
    'src/widgets/index.ts',
    'src/widgets/item-list.ts',
    'src/widgets/i18n/fr.ts',
    'src/widgets/i18n/es.ts',
    'test/global-setup.ts',
    'test/route-contract.test.ts',
    'test/items.test.ts',
    'test/boundaries.test.ts',
  ].sort();

describe('create-portico-plugin', () => {
  it('writes the whole plugin, every placeholder filled in, and says what to do next', () => {
    const run = create('notes');
    expect(run.status, run.stderr).toBe(0);
    const dir = path.join(work, 'notes');
    const files = filesUnder(dir);
    expect(files).toEqual(expectedFiles('notes'));
    // One file for each of the template's, none left behind.
    expect(files).toHaveLength(filesUnder(path.join(PACKAGE_ROOT, 'template')).length);

    for (const file of files) {
      expect(file, 'a placeholder in a file name').not.toMatch(PLACEHOLDER);
      expect(read(dir, file), `a placeholder in ${file}`).not.toMatch(PLACEHOLDER);
    }
    expect(fs.existsSync(path.join(dir, 'gitignore'))).toBe(false);
    expect(read(dir, '.gitignore')).toMatch(/^node_modules\/?$/m);

    const pkg = JSON.parse(read(dir, 'package.json'));
    expect(pkg).toMatchObject({ name: 'portico-plugin-notes', type: 'module', files: ['dist', 'README.md'] });
    expect(pkg.dependencies).toEqual({ '@portico/core': `^${VERSION}` });
    expect(pkg.peerDependencies).toEqual({ '@portico/server': `^${VERSION}`, '@portico/plugin-access': `^${VERSION}` });
    for (const name of ['@portico/testing', '@portico/server', '@portico/plugin-access', '@portico/widgets', '@portico/sdk', '@portico/widget-build']) {
      expect(pkg.devDependencies[name], name).toBe(`^${VERSION}`);
    }
    expect(pkg.exports['./public']).toEqual({ types: './dist/public.d.ts', default: './dist/public.js' });

    expect(read(dir, 'src/index.ts')).toContain("id: 'notes'");
    expect(read(dir, 'src/index.ts')).toContain('export const notesPlugin = definePlugin(');
    expect(read(dir, 'src/widgets/item-list.ts')).toContain("@customElement('portico-notes-list')");
    expect(read(dir, 'src/widgets/item-list.ts')).toContain('export class PorticoNotesList extends PorticoElement');
    expect(read(dir, `src/migrations/20261207000000_notes.ts`)).toContain("createTenantTable(knex, 'notes_items'");
    expect(read(dir, 'README.md')).toMatch(/^# Notes$/m);

    expect(run.stdout).toContain('src/widgets/item-list.ts');
    expect(run.stdout).toContain('cd notes && npm install && npm test');
    expect(run.stdout).toContain('portico.config.js');
    expect(run.stdout).toContain("import { notesPlugin } from 'portico-plugin-notes';");
  });

  it('makes the id from the name, and every other name from the id', () => {
    const run = create('My Notes');
    expect(run.status, run.stderr).toBe(0);
    const dir = path.join(work, 'My Notes');
    expect(filesUnder(dir)).toEqual(expectedFiles('my-notes'));
    expect(read(dir, 'src/index.ts')).toContain("id: 'my-notes'");
    expect(read(dir, 'src/index.ts')).toContain('export const myNotesPlugin = definePlugin(');
    expect(read(dir, 'src/settings.ts')).toContain('export const MyNotesSettings = Type.Object(');
    expect(read(dir, 'src/migrations/20261207000000_my-notes.ts')).toContain("createTenantTable(knex, 'my_notes_items'");
    expect(read(dir, 'src/service.ts')).toContain("const ITEMS = 'my_notes_items';");
    expect(read(dir, 'src/permissions.ts')).toContain("write: 'my-notes.write'");
    expect(read(dir, 'src/events.ts')).toContain("'my-notes.item.created'");
    expect(read(dir, 'src/widgets/item-list.ts')).toContain("@customElement('portico-my-notes-list')");
    expect(read(dir, 'src/widgets/index.ts')).toContain("msg('My Notes', { id: 'my-notes.title' })");
    expect(JSON.parse(read(dir, 'package.json')).name).toBe('portico-plugin-my-notes');
    expect(run.stdout).toContain("cd 'My Notes' && npm install && npm test");
  });

  it('leaves out a portico-plugin- prefix, and takes --id and --dir', () => {
    expect(create('portico-plugin-referral-desk').status).toBe(0);
    expect(read(path.join(work, 'portico-plugin-referral-desk'), 'src/index.ts')).toContain("id: 'referral-desk'");

    const parent = path.join(work, 'nested', 'plugins');
    const run = create('anything', '--dir', parent, '--id', 'field-notes2');
    expect(run.status, run.stderr).toBe(0);
    const dir = path.join(parent, 'anything');
    expect(read(dir, 'src/index.ts')).toContain("id: 'field-notes2'");
    expect(read(dir, 'src/index.ts')).toContain('export const fieldNotes2Plugin');
    expect(fs.existsSync(path.join(dir, 'src/migrations/20261207000000_field-notes2.ts'))).toBe(true);
  });

  it('writes into an empty folder that exists', () => {
    fs.mkdirSync(path.join(work, 'empty'));
    expect(create('empty').status).toBe(0);
    expect(filesUnder(path.join(work, 'empty'))).toEqual(expectedFiles('empty'));
  });

  it('refuses (exit 1) a folder that exists and is not empty, and changes nothing in it', () => {
    const dir = path.join(work, 'taken');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'keep.txt'), 'mine');
    const run = create('taken');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/already exists and is not an empty folder/);
    expect(filesUnder(dir)).toEqual(['keep.txt']);
  });

  it('refuses an invalid plugin id with a usage error (exit 2), writing nothing', () => {
    const cases: [string[], RegExp][] = [
      [['bad-id', '--id', '9lives'], /plugin id "9lives" is not valid/],
      [['bad-id', '--id', 'Notes'], /plugin id "Notes" is not valid/],
      [['bad-id', '--id', `n${'x'.repeat(40)}`], /is not valid/],
      [['!!!'], /plugin id "" \(made from the name "!!!"; choose one with --id\) is not valid/],
      [['bad-id', '--id', 'access'], /built-in Portico plugin/],
      [['bad-id', '--id', 'webhooks'], /built-in Portico plugin/],
    ];
    for (const [args, message] of cases) {
      const run = create(...args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).toContain('Usage: create-portico-plugin <name>');
    }
    expect(fs.existsSync(path.join(work, 'bad-id'))).toBe(false);
    expect(fs.existsSync(path.join(work, '!!!'))).toBe(false);
  });

  it('answers other usage errors with exit 2, and --help with the usage', () => {
    expect(create().status).toBe(2);
    expect(create('one', 'two').status).toBe(2);
    expect(create('one', '--colour', 'blue').status).toBe(2);
    expect(create('../elsewhere').status).toBe(2);
    const help = create('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: create-portico-plugin <name> [--dir <parent folder>] [--id <plugin id>]');
  });
});
