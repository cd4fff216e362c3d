import { definePlugin } from '@portico/core';

/** Being built (issue in progress): the manifest grows as the plugin does. */
export const notificationsPlugin = definePlugin({ id: 'notifications', version: '0.1.0' });
