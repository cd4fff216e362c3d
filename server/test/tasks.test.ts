import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { definePlugin } from '@portico/core';
import { createRegistry, RegistryError } from '../src/registry/registry.js';
import { startHarness, type Harness, type TestTenant } from '@portico/testing';

describe('scheduled tasks', () => {
  let h: Harness;
  let alpha: TestTenant;
  let beta: TestTenant;
  const failFor = new Set<string>();
  const seen: { tenant: string; now: string }[] = [];

  const sweeper = definePlugin({
    id: 'sweeper',
    version: '1.0.0',
    audit: { actions: { 'sweeper.swept': { en: 'Swept', fr: 'Balayé', es: 'Barrido' } } },
    tasks: [
      {
        name: 'sweep',
        everyMinutes: 60,
        async run(ctx) {
          await ctx.audit({ action: 'sweeper.swept', targetType: 'tenant', targetId: ctx.tenant.id, after: { at: ctx.now.toISOString() } });
          if (failFor.has(ctx.tenant.slug)) throw new Error('sweep failed');
          seen.push({ tenant: ctx.tenant.slug, now: ctx.now.toISOString() });
        },
      },
    ],
  });

  beforeAll(async () => {
    h = await startHarness({ plugins: [sweeper] });
    alpha = await h.tenant('alpha');
    beta = await h.tenant('beta');
  });
  afterAll(() => h?.close());

  const swept = async (tenantId: string) =>
    h.server.database.knex('audit_events').where({ tenantId, action: 'sweeper.swept' }).orderBy('created_at').select('actor_kind', 'after');

  it('runs a task at once for every active tenant, with the moment it stands for, and audits as the system', async () => {
    const now = new Date('2030-01-01T08:00:00Z');
    await h.server.tasks.run('sweeper', 'sweep', { now });
    expect(seen.filter((s) => s.now === now.toISOString()).map((s) => s.tenant).sort()).toEqual(['alpha', 'beta']);
    const [row] = await swept(alpha.id);
    expect(row.actorKind).toBe('system:sweeper.sweep');
    expect(row.after).toEqual({ at: now.toISOString() });
  });

  it('runs a due task once per interval, even when two servers look at the same time', async () => {
    seen.length = 0;
    const later = new Date('2030-01-02T08:00:00Z');
    await Promise.all([h.server.tasks.runDue(later), h.server.tasks.runDue(later)]);
    expect(seen.map((s) => s.tenant).sort()).toEqual(['alpha', 'beta']);
    await h.server.tasks.runDue(new Date(later.getTime() + 30 * 60_000));
    expect(seen).toHaveLength(2); // not due again before an hour has passed
    await h.server.tasks.runDue(new Date(later.getTime() + 61 * 60_000));
    expect(seen).toHaveLength(4);
  });

  it('leaves out suspended tenants', async () => {
    seen.length = 0;
    await h.server.database.knex('tenants').where({ id: beta.id }).update({ status: 'suspended' });
    try {
      await h.server.tasks.run('sweeper', 'sweep', { now: new Date('2030-02-01T00:00:00Z') });
      expect(seen.map((s) => s.tenant)).toEqual(['alpha']);
    } finally {
      await h.server.database.knex('tenants').where({ id: beta.id }).update({ status: 'active' });
    }
  });

  it("rolls back a failing tenant's run only, records the error, and runs the others", async () => {
    seen.length = 0;
    failFor.add('alpha');
    const before = (await swept(alpha.id)).length;
    try {
      await expect(h.server.tasks.run('sweeper', 'sweep', { now: new Date('2030-03-01T00:00:00Z') })).rejects.toThrow('sweep failed');
    } finally {
      failFor.clear();
    }
    expect(seen.map((s) => s.tenant)).toEqual(['beta']);
    expect(await swept(alpha.id)).toHaveLength(before); // its audit event went with its rollback
    const run = await h.server.database.knex('task_runs').where({ tenantId: alpha.id, task: 'sweeper.sweep' }).first();
    expect(run.lastError).toContain('sweep failed');
    expect(new Date(run.lastSucceededAt).getTime()).toBeLessThan(new Date('2030-03-01T00:00:00Z').getTime());
  });

  it('refuses an unknown task by name', async () => {
    await expect(h.server.tasks.run('sweeper', 'nope')).rejects.toThrow('No scheduled task "nope" in plugin "sweeper"');
  });

  it('is refused at start-up with a duplicate name or a zero interval', () => {
    const twice = definePlugin({ id: 'twice', version: '1.0.0', tasks: [{ name: 'a', everyMinutes: 5, run: async () => {} }, { name: 'a', everyMinutes: 5, run: async () => {} }] });
    expect(() => createRegistry([twice])).toThrow(RegistryError);
    const never = definePlugin({ id: 'never', version: '1.0.0', tasks: [{ name: 'a', everyMinutes: 0, run: async () => {} }] });
    expect(() => createRegistry([never])).toThrow(/every 1 minute or more/);
  });
});
