/**
 * The plugin keeps to its own: it imports no other plugin's internals (only a root or public face of
 * a plugin it declares), queries no table but its own and the core's, and its migration references
 * only tables it may. Checked beside access, the plugin it runs with, so that access's tables are
 * known (access is found through its migrations, in the installed package).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { accessPlugin } from '@portico/plugin-access';
import { pluginBoundariesSuite } from '@portico/testing';
import { referralsPlugin } from '../src/index.js';

const dir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

pluginBoundariesSuite([{ plugin: referralsPlugin, dir }, accessPlugin]);
