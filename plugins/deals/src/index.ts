/**
 * The deals plugin: Deal registration: partner submissions, staff review, collision detection, territory rules, expiry.
 */
import { definePlugin } from '@portico/core';

export const dealsPlugin = definePlugin({
  id: 'deals',
  version: '0.1.0',
  description: 'Deal registration: partner submissions, staff review, collision detection, territory rules, expiry',
  requires: ['access'],
  migrations: new URL('../migrations/', import.meta.url),
});
