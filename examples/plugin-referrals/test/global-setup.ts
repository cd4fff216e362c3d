// Migrates one template database with these plugins for the whole run; each test file starts from it.
import { migrateTemplate } from '@portico/testing';
import { accessPlugin } from '@portico/plugin-access';
import { referralsPlugin } from '../src/index.js';

export default migrateTemplate(() => [accessPlugin, referralsPlugin]);
