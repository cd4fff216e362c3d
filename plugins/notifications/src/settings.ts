/**
 * The tenant's notification defaults: how each kind reaches people who have not chosen, which kinds
 * are mandatory on top of those the plugins declare so (security notices), and the digest people
 * start with.
 */
import { defineSettings, problems, Type, type Static } from '@portico/core';
import { notificationKinds } from '@portico/core';
import { P } from './permissions.js';
import { Channel, Digest } from './schemas.js';

const KIND = '^[a-z][a-z0-9-]*\\.[a-z0-9.-]+$';

export const NotificationSettings = Type.Object(
  {
    defaults: Type.Record(Type.String({ pattern: KIND }), Channel, { default: {}, description: 'Per kind: how it reaches people who have not chosen (else the plugin’s declared default)' }),
    mandatory: Type.Array(Type.String({ pattern: KIND }), { default: [], maxItems: 200, description: 'Kinds always emailed at once, whatever people choose (besides those the plugins declare mandatory)' }),
    digest: Type.Union([Digest], { default: 'off', description: 'The digest of people who have not chosen' }),
  },
  { additionalProperties: false },
);
export type NotificationSettings = Static<typeof NotificationSettings>;

export const notificationSettings = defineSettings({
  schema: NotificationSettings,
  read: P.manage,
  manage: P.manage,
  summary: 'Read how each kind of notification reaches people by default, and which are mandatory',
  example: { digest: 'daily' },
  beforeUpdate({ after, change }, ctx) {
    const known = new Set(ctx.extensions.of(notificationKinds).map((c) => c.value.kind));
    if (change.defaults) {
      for (const kind of Object.keys(change.defaults)) {
        if (!known.has(kind)) throw problems.invalidField(`/defaults/${kind}`, `"${kind}" is no notification of this programme.`);
      }
    }
    (change.mandatory ?? []).forEach((kind, i) => {
      if (!known.has(kind)) throw problems.invalidField(`/mandatory/${i}`, `"${kind}" is no notification of this programme.`);
      if (after.mandatory.indexOf(kind) !== i) throw problems.invalidField(`/mandatory/${i}`, `"${kind}" is listed twice.`);
    });
  },
});
