/**
 * The demo's onboarding: a few steps already behind the demo's partner admins, as if they had done
 * them (Alice: her profile and two-factor; Gaston: his profile), so that the checklist shows progress
 * on first start. Everything else completes itself as the demo is used.
 */
import { defineSeed } from './types.js';

const DONE: Record<string, string[]> = {
  'alice@acme.example': ['profile', 'two-factor'],
  'gaston@globex.example': ['profile'],
};

export const seedDemo = defineSeed(async ({ db, tenant, log }) => {
  if (await db('onboarding_completions').where({ tenantId: tenant.id }).first('id')) return;
  const people = (await db('people').where({ tenantId: tenant.id }).whereIn('email', Object.keys(DONE)).select('id', 'email')) as { id: string; email: string }[];
  const rows = people.flatMap((p) => DONE[p.email].map((stepKey, i) => ({ tenantId: tenant.id, personId: p.id, stepKey, eventType: 'demo.seeded', completedAt: new Date(Date.now() - (3 - i) * 86_400_000) })));
  if (rows.length) await db('onboarding_completions').insert(rows);
  log.info({ completions: rows.length }, 'demo onboarding seeded');
});
