/** The notifications plugin's handlers, typed from its own declarations: `ctx.settings()` answers `NotificationSettings`. */
import { pluginTypes } from '@portico/core';
import { NotificationSettings } from './settings.js';

export const { defineRoute, defineTask, defineSeed } = pluginTypes({ settings: NotificationSettings });
