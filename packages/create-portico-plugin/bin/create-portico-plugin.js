#!/usr/bin/env node
/**
 * `npm create portico-plugin@latest <name>` runs this: it writes a new Portico plugin into `<name>/`
 * (in the current folder, or in `--dir`), copied from `template/` with its placeholders filled in, in
 * the names of files and in their contents:
 *
 *   __PLUGIN_ID__      the plugin id, e.g. `my-notes` (permissions, events, routes, migrations)
 *   __PLUGIN_NAME__    its display name, e.g. `My Notes`
 *   __CAMEL__          e.g. `myNotes`, for identifiers such as `myNotesPlugin`
 *   __PASCAL__         e.g. `MyNotes`, for types and classes
 *   __TABLE__          the id as an SQL name, e.g. `my_notes` (the table is `my_notes_items`)
 *   __PACKAGE__        the npm name, `portico-plugin-<id>`
 *   __VERSION_RANGE__  `^` + this package's version: the @portico packages are versioned together
 *
 * A template file named `gitignore` becomes `.gitignore` (npm leaves `.gitignore` files out of tarballs).
 * Exit codes: 0 written, 1 refused (the folder exists and is not empty, or writing failed), 2 usage.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TEMPLATE = path.join(PACKAGE_ROOT, 'template');
const ID_PATTERN = /^[a-z][a-z0-9-]{1,39}$/;
/** Plugins every portal may run beside this one: a second plugin of the same id is refused at start-up. */
const BUILT_IN_IDS = ['access', 'deals', 'documents', 'questions', 'training', 'team', 'fleet', 'billing', 'webhooks', 'onboarding'];
/** Names in the template that a published tarball would lose, and what they become. */
const RENAMED = { gitignore: '.gitignore' };

const USAGE = `Usage: create-portico-plugin <name> [--dir <parent folder>] [--id <plugin id>]

Writes a new Portico plugin into <name>/ (inside --dir, by default the current folder).

  <name>        the folder to create, e.g. notes or "My Notes"
  --dir <path>  the folder to create it in (default: the current folder)
  --id <id>     the plugin id (default: from the name, lowercased, other characters
                as "-", without a "portico-plugin-" prefix); 2 to 40 lowercase
                letters, digits or dashes, starting with a letter
  -h, --help    show this help

  npm create portico-plugin@latest notes`;

class UsageError extends Error {}

/** `My Notes` → `my-notes`; `portico-plugin-notes` → `notes`. */
function idFromName(name) {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/^portico-plugin-/, '');
}

const words = (id) => id.split('-').filter(Boolean);
const capitalised = (word) => word.charAt(0).toUpperCase() + word.slice(1);

/** Every placeholder of the template, for one plugin id. */
function placeholdersFor(id, version) {
  const parts = words(id);
  return {
    __PLUGIN_ID__: id,
    __PLUGIN_NAME__: parts.map(capitalised).join(' '),
    __CAMEL__: parts[0] + parts.slice(1).map(capitalised).join(''),
    __PASCAL__: parts.map(capitalised).join(''),
    __TABLE__: id.replace(/-/g, '_'),
    __PACKAGE__: `portico-plugin-${id}`,
    __VERSION_RANGE__: `^${version}`,
  };
}

/** Fills every placeholder in one pass, so that a value is never read as a placeholder itself. */
function fill(text, values) {
  return text.replace(/__(PLUGIN_ID|PLUGIN_NAME|CAMEL|PASCAL|TABLE|PACKAGE|VERSION_RANGE)__/g, (placeholder) => values[placeholder]);
}

/** Copies the template folder into `target`, filling names and contents; answers the files written. */
function copyTemplate(from, to, values, written = []) {
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const source = path.join(from, entry.name);
    const name = RENAMED[entry.name] ?? fill(entry.name, values);
    const destination = path.join(to, name);
    if (entry.isDirectory()) {
      copyTemplate(source, destination, values, written);
    } else if (entry.isFile()) {
      fs.writeFileSync(destination, fill(fs.readFileSync(source, 'utf8'), values));
      written.push(destination);
    }
  }
  return written;
}

function parse(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { dir: { type: 'string' }, id: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    throw new UsageError(error.message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true };
  if (positionals.length === 0) throw new UsageError('Name the plugin folder to create, e.g. `create-portico-plugin notes`.');
  if (positionals.length > 1) throw new UsageError(`Give one name; got ${positionals.length}: ${positionals.join(' ')}.`);
  const [name] = positionals;
  if (!name.trim() || name === '.' || name === '..' || /[\\/]/.test(name)) {
    throw new UsageError(`"${name}" is not a folder name: give the new folder's name, and --dir for where to create it.`);
  }
  const id = values.id ?? idFromName(name);
  if (!ID_PATTERN.test(id)) {
    const from = values.id === undefined ? ` (made from the name "${name}"; choose one with --id)` : '';
    throw new UsageError(`The plugin id "${id}"${from} is not valid: use 2 to 40 lowercase letters, digits or dashes, starting with a letter, e.g. notes or my-notes.`);
  }
  if (BUILT_IN_IDS.includes(id)) {
    throw new UsageError(`"${id}" is the id of a built-in Portico plugin: a portal cannot run two plugins of one id. Choose another with --id.`);
  }
  return { name, id, parent: path.resolve(values.dir ?? '.') };
}

function isEmptyFolder(folder) {
  return fs.statSync(folder).isDirectory() && fs.readdirSync(folder).length === 0;
}

/** A path as the person types it after `cd`: relative when that is shorter, quoted when it has spaces. */
function shellPath(folder) {
  const relative = path.relative(process.cwd(), folder);
  const shown = relative && !relative.startsWith('..') && relative.length < folder.length ? relative : folder;
  return /[^\w@%+=:,./-]/.test(shown) ? `'${shown.replace(/'/g, `'\\''`)}'` : shown;
}

function main(argv) {
  let options;
  try {
    options = parse(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`create-portico-plugin: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    console.log(USAGE);
    return 0;
  }

  const { name, id, parent } = options;
  const target = path.join(parent, name);
  const existed = fs.existsSync(target);
  if (existed && !isEmptyFolder(target)) {
    console.error(`create-portico-plugin: ${target} already exists and is not an empty folder; nothing was written. Choose another name, or --dir for another place.`);
    return 1;
  }

  const { version } = JSON.parse(fs.readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8'));
  const values = placeholdersFor(id, version);
  let written;
  try {
    written = copyTemplate(TEMPLATE, target, values);
  } catch (error) {
    // Leave nothing half-written behind.
    if (existed) for (const entry of fs.readdirSync(target)) fs.rmSync(path.join(target, entry), { recursive: true, force: true });
    else fs.rmSync(target, { recursive: true, force: true });
    console.error(`create-portico-plugin: could not write ${target}: ${error.message}`);
    return 1;
  }

  const here = shellPath(target);
  const plugin = `${values.__CAMEL__}Plugin`;
  console.log(`Created the "${id}" plugin (${values.__PACKAGE__}) in ${here}:`);
  for (const file of written) console.log(`  ${path.relative(target, file)}`);
  console.log(`
Next steps:
  cd ${here} && npm install && npm test

  npm test type-checks, runs the plugin's tests on an embedded database (PGlite; PORTICO_TEST_DB=postgres
  for PostgreSQL) and builds its widgets. README.md says what each file is for.

Add it to a portal: build it (npm run build), install it in the portal's folder, and list it in
portico.config.js, after the access plugin it requires:

  import { definePorticoConfig } from '@portico/server';
  import { accessPlugin } from '@portico/plugin-access';
  import { ${plugin} } from '${values.__PACKAGE__}';

  export default definePorticoConfig({ plugins: [accessPlugin, ${plugin}] });

then run \`portico migrate\` to create its table.`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
