/**
 * A person's preferences: per kind they may receive, how it reaches them (in the centre, by email,
 * both, off), and whether their emails gather into a digest. Mandatory kinds cannot be changed; a
 * choice of null goes back to the tenant's default.
 */
import { problems, type Actor, type AuditEntry, type Extensions, type NotificationChannel, type TenantRef } from '@portico/core';
import type { Knex } from 'knex';
import { declaredKinds, effectiveChannel, effectiveDigest, isMandatory, kindsFor } from './kinds.js';
import type { Digest, Preferences, PreferencesChange } from './schemas.js';
import type { NotificationSettings } from './settings.js';

export interface PreferencesContext {
  db: Knex.Transaction;
  tenant: TenantRef;
  actor: Actor;
  extensions: Extensions;
  settings: NotificationSettings;
}

function personOf(actor: Actor): string {
  if (!actor.personId) throw problems.forbidden('Preferences belong to people; this credential stands for no person.');
  return actor.personId;
}

export async function preferencesOf(ctx: PreferencesContext): Promise<Preferences> {
  const personId = personOf(ctx.actor);
  const [chosen, profile] = await Promise.all([
    ctx.db('notification_preferences').where({ tenantId: ctx.tenant.id, personId }).select('kind', 'channel') as Promise<{ kind: string; channel: NotificationChannel }[]>,
    ctx.db('notification_profiles').where({ tenantId: ctx.tenant.id, personId }).first('digest') as Promise<{ digest: Digest | null } | undefined>,
  ]);
  const own = new Map(chosen.map((c) => [c.kind, c.channel]));
  return {
    digest: effectiveDigest(profile?.digest, ctx.settings),
    kinds: kindsFor(ctx.actor, declaredKinds(ctx.extensions)).map(({ pluginId, declaration }) => {
      const mandatory = isMandatory(declaration, ctx.settings);
      return {
        kind: declaration.kind,
        pluginId,
        label: declaration.label,
        mandatory,
        channel: effectiveChannel(declaration, ctx.settings, own.get(declaration.kind)),
        chosen: !mandatory && own.has(declaration.kind),
      };
    }),
  };
}

export async function changePreferences(ctx: PreferencesContext & { audit(entry: AuditEntry): Promise<void> }, change: PreferencesChange): Promise<Preferences> {
  const personId = personOf(ctx.actor);
  const before = await preferencesOf(ctx);
  const mayReceive = new Map(before.kinds.map((k) => [k.kind, k]));
  for (const [kind, channel] of Object.entries(change.channels ?? {})) {
    const known = mayReceive.get(kind);
    if (!known) throw problems.invalidField(`/channels/${kind}`, `"${kind}" is no notification you can receive.`);
    if (known.mandatory) throw problems.invalidField(`/channels/${kind}`, 'This is a mandatory notice: it is always emailed and cannot be changed.');
    if (channel === null) {
      await ctx.db('notification_preferences').where({ tenantId: ctx.tenant.id, personId, kind }).delete();
    } else {
      await ctx.db('notification_preferences')
        .insert({ tenantId: ctx.tenant.id, personId, kind, channel })
        .onConflict(['person_id', 'kind'])
        .merge({ channel, updatedAt: ctx.db.fn.now() });
    }
  }
  if (change.digest !== undefined) {
    await ctx.db('notification_profiles')
      .insert({ tenantId: ctx.tenant.id, personId, digest: change.digest })
      .onConflict(['person_id'])
      .merge({ digest: change.digest, updatedAt: ctx.db.fn.now() });
  }
  const after = await preferencesOf(ctx);
  const summary = (p: Preferences) => ({ digest: p.digest, channels: Object.fromEntries(p.kinds.filter((k) => k.chosen).map((k) => [k.kind, k.channel])) });
  await ctx.audit({ action: 'notifications.preferences.updated', targetType: 'person', targetId: personId, partnerId: ctx.actor.partnerId, before: summary(before), after: summary(after) });
  return after;
}
