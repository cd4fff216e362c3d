import { definePlugin } from '@portico/core';

/** Being built (issue in progress): the manifest grows as the plugin does. */
export const billingPlugin = definePlugin({ id: 'billing', version: '0.1.0' });
