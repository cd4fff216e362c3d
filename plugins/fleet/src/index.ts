import { definePlugin } from '@portico/core';

/** Being built (issue in progress): the manifest grows as the plugin does. */
export const fleetPlugin = definePlugin({ id: 'fleet', version: '0.1.0' });
