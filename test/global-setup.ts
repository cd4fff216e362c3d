// Every vitest project of this checkout migrates one template database with the built-in plugins.
import { migrateTemplate } from '@portico/testing';
import { builtInPlugins } from '../portico.config.js';

export default migrateTemplate(builtInPlugins);
