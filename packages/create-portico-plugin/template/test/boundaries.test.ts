/**
 * The plugin stays inside its boundaries: it imports other plugins only through their root or public
 * face (and only those it requires), and queries no table another plugin's migrations create. The
 * access plugin is checked beside it so that its tables are known.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { accessPlugin } from '@portico/plugin-access';
import { pluginBoundariesSuite } from '@portico/testing';
import { __CAMEL__Plugin } from '../src/index.js';

// The plugin's folder, without a trailing separator (the suite compares paths as strings).
const dir = path.resolve(fileURLToPath(new URL('..', import.meta.url)));

pluginBoundariesSuite([accessPlugin, { plugin: __CAMEL__Plugin, dir }]);
