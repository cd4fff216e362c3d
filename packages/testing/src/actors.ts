/**
 * Test-only actors. Until a test registers this plugin, nothing in a running server lets a request
 * choose its identity; tests add it to the plugins list and mint bearer tokens for actors they build.
 */
import { randomBytes } from 'node:crypto';
import { definePlugin, type Actor } from '@portico/core';

export interface TestActors {
  plugin: ReturnType<typeof definePlugin>;
  /** Registers an actor and returns the Authorization header value that stands for it. */
  mint(actor: Omit<Actor, 'via' | 'permissions'> & { permissions: Iterable<string> }): string;
}

export function createTestActors(): TestActors {
  const actors = new Map<string, Actor>();
  const plugin = definePlugin({
    id: 'test-auth',
    version: '0.0.0',
    authenticators: [
      {
        id: 'test-bearer',
        async authenticate(req) {
          const header = req.header('authorization');
          if (!header?.startsWith('Bearer test.')) return null;
          const actor = actors.get(header.slice('Bearer '.length));
          if (!actor) return null;
          await req.useTenant(actor.tenantId);
          return actor;
        },
      },
    ],
  });
  return {
    plugin,
    mint(actor) {
      const token = `test.${randomBytes(12).toString('hex')}`;
      actors.set(token, { ...actor, via: 'test', permissions: new Set(actor.permissions) });
      return `Bearer ${token}`;
    },
  };
}
