/** The onboarding plugin's handlers, typed from its own declarations (settings and events). */
import { pluginTypes } from '@portico/core';
import { onboardingEvents } from './events.js';
import { OnboardingSettings } from './settings.js';

export const { defineRoute, defineSeed } = pluginTypes({ settings: OnboardingSettings, events: onboardingEvents });
