import { builtInPlugins } from '../../portico.config.js';
import { routeContractSuite } from '@portico/testing';
import { notesPlugin } from './fixtures/notes-plugin.js';

// Every built-in plugin, plus a plugin written only against the public contract.
routeContractSuite('built-in plugins and a third-party plugin', [...builtInPlugins(), notesPlugin]);
