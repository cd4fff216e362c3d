/**
 * Feature gates: before a route that belongs to a feature runs, and when the portal asks which
 * features a person may use, every registered gate (billing, programme tiers) is asked in plugin
 * order; the first that refuses decides, with the problem it gives.
 */
import type { Knex } from 'knex';
import type { Actor, HttpProblem, TenantRef } from '@portico/core';
import type { Registry } from './registry/registry.js';
import type { SettingsSnapshot } from './settings.js';

export interface GateScope {
  db: Knex.Transaction;
  tenant: TenantRef;
  actor: Actor | null;
  settings: SettingsSnapshot;
  publicUrl: string;
}

/** The problem the first refusing gate answers for this feature and caller, or null when every gate lets it through. */
export async function featureRefusal(registry: Registry, scope: GateScope, feature: string): Promise<HttpProblem | null> {
  for (const { pluginId, gate } of registry.gates) {
    const problem = await gate.check(
      { db: scope.db, tenant: scope.tenant, actor: scope.actor, publicUrl: scope.publicUrl, settings: () => scope.settings.of(scope.tenant.id, pluginId) },
      feature,
    );
    if (problem) return problem;
  }
  return null;
}
