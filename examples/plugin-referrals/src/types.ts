/**
 * The referrals plugin's handlers, typed from its own declarations: `ctx.settings()` answers
 * `ReferralSettings`, and `ctx.emit` takes only the events of events.ts, with their payloads.
 */
import { pluginTypes, type EventContext } from '@portico/core';
import { referralEvents, type ReferralEvents } from './events.js';
import { ReferralSettings } from './settings.js';

export const { defineRoute, defineSeed } = pluginTypes({ settings: ReferralSettings, events: referralEvents });

/** `emit` as the referral rules are handed it. */
export type ReferralsEmit = EventContext<ReferralSettings, ReferralEvents>['emit'];
