import { defaultPlugins } from '../src/plugins.js';
import { routeContractSuite } from './support/route-contract.js';
import { notesPlugin } from './fixtures/notes-plugin.js';

// Every built-in plugin, plus a plugin written only against the public contract.
routeContractSuite('built-in plugins and a third-party plugin', [...defaultPlugins(), notesPlugin]);
