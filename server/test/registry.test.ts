import { describe, expect, it } from 'vitest';
import { definePlugin, defineRoute, Type, type PluginDefinition } from '@portico/core';
import { createRegistry, orderPlugins, RegistryError } from '../src/registry/registry.js';

const route = (over: Record<string, unknown> = {}) =>
  defineRoute({ method: 'GET', path: '/things', name: 'list', summary: 'List', permission: 'things.read', schemas: {}, handler: () => ({}), ...over } as never);

const plugin = (over: Partial<PluginDefinition> = {}): PluginDefinition =>
  definePlugin({ id: 'things', version: '1.0.0', permissions: { 'things.read': { description: 'Read things' } }, routes: { v1: [route()] }, ...over });

function refusal(plugins: PluginDefinition[]): string {
  try {
    createRegistry(plugins);
  } catch (error) {
    expect(error).toBeInstanceOf(RegistryError);
    return (error as Error).message;
  }
  throw new Error('the registry accepted it');
}

describe('plugin registry', () => {
  it('orders plugins after the plugins they require', () => {
    const a = definePlugin({ id: 'alpha', version: '1', requires: ['beta'] });
    const b = definePlugin({ id: 'beta', version: '1', requires: ['gamma'] });
    const c = definePlugin({ id: 'gamma', version: '1' });
    expect(orderPlugins([a, b, c]).map((p) => p.id)).toEqual(['gamma', 'beta', 'alpha']);
  });

  it('refuses a missing requirement, naming the plugin and the fix', () => {
    expect(refusal([plugin({ requires: ['billing'] })])).toMatch(/"things" requires "billing".*Add the "billing" plugin/);
  });

  it('refuses a cycle of requirements and shows it', () => {
    const a = definePlugin({ id: 'alpha', version: '1', requires: ['beta'] });
    const b = definePlugin({ id: 'beta', version: '1', requires: ['alpha'] });
    expect(refusal([a, b])).toMatch(/cycle: alpha → beta → alpha/);
  });

  it('refuses a duplicate plugin id', () => {
    expect(refusal([plugin(), plugin()])).toMatch(/"things" is registered twice/);
  });

  it('refuses a route without a permission, pointing to permission or public', () => {
    expect(refusal([plugin({ routes: { v1: [route({ permission: undefined })] } })])).toMatch(/GET \/things of plugin "things" declares no permission.*public: true/);
  });

  it('refuses a route that is both public and permission-checked', () => {
    expect(refusal([plugin({ routes: { v1: [route({ public: true })] } })])).toMatch(/both public and requires/);
  });

  it('refuses a permission key not namespaced by its plugin', () => {
    expect(refusal([plugin({ permissions: { 'deals.read': { description: 'x' } }, routes: {} })])).toMatch(/permission "deals.read".*namespaced by the plugin, e.g. "things.read"/);
  });

  it('refuses a route requiring an undeclared permission', () => {
    expect(refusal([plugin({ routes: { v1: [route({ permission: 'things.write' })] } })])).toMatch(/requires "things.write", which no plugin declares/);
  });

  it("refuses a route using another plugin's permission without requiring that plugin", () => {
    const other = definePlugin({ id: 'other', version: '1', permissions: { 'other.use': { description: 'x' } } });
    expect(refusal([other, plugin({ routes: { v1: [route({ permission: 'other.use' })] } })])).toMatch(/Add it to `requires`/);
  });

  it('refuses two routes with the same method and path shape, across plugins', () => {
    const other = definePlugin({
      id: 'other',
      version: '1',
      permissions: { 'other.read': { description: 'x' } },
      routes: { v1: [route({ path: '/things', permission: 'other.read' })] },
    });
    expect(refusal([plugin(), other])).toMatch(/duplicates GET \/api\/v1\/things of plugin "things"/);
  });

  it('refuses a params schema that does not match the path parameters', () => {
    expect(refusal([plugin({ routes: { v1: [route({ path: '/things/:id' })] } })])).toMatch(/params schema must declare exactly the path parameters \(id\)/);
  });

  it('refuses a body schema without a valid example', () => {
    const body = Type.Object({ name: Type.String() });
    expect(refusal([plugin({ routes: { v1: [route({ method: 'POST', schemas: { body } })] } })])).toMatch(/needs `examples`/);
    const wrong = Type.Object({ name: Type.String() }, { examples: [{ name: 3 }] });
    expect(refusal([plugin({ routes: { v1: [route({ method: 'POST', schemas: { body: wrong } })] } })])).toMatch(/example does not match/);
  });

  it('refuses handlers for events nobody emits, and events not named <plugin>.<noun>.<verb-past>', () => {
    expect(refusal([plugin({ events: { handles: { 'deals.deal.submitted': async () => {} } } })])).toMatch(/handles event "deals.deal.submitted", which no registered plugin emits/);
    const unprefixed = definePlugin({ id: 'alpha', version: '1', events: { emits: { 'thing.happened': Type.Object({}) } } });
    expect(refusal([unprefixed])).toMatch(/declares event "thing.happened": name it `alpha.<noun>.<verb-past>`/);
    const twoParts = definePlugin({ id: 'alpha', version: '1', events: { emits: { 'alpha.happened': Type.Object({}) } } });
    expect(refusal([twoParts])).toMatch(/declares event "alpha.happened"/);
    const other = definePlugin({ id: 'beta', version: '1', events: { emits: { 'alpha.thing.happened': Type.Object({}) } } });
    expect(refusal([other])).toMatch(/declares event "alpha.thing.happened": name it `beta.<noun>.<verb-past>`/);
  });

  it('grants built-in roles their declared permissions, and tenant_admin all but a partner\'s own acts (issue 23, item 6)', () => {
    const registry = createRegistry([
      plugin({
        permissions: {
          'things.read': { description: 'r', grantedTo: ['partner_user', 'partner_manager'] },
          'things.write': { description: 'w' },
          'things.take': { description: 'a partner\'s own act', grantedTo: ['partner_user', 'partner_admin'], partnerAct: true },
          'things.help': { description: 'granted to partner roles, yet staff may be given it', grantedTo: ['partner_admin'] },
        },
      }),
    ]);
    expect([...registry.permissionsOfRole('partner_user')].sort()).toEqual(['things.read', 'things.take']);
    expect([...registry.permissionsOfRole('tenant_admin')].sort()).toEqual(['things.help', 'things.read', 'things.write']);
    expect([...registry.permissionsOfRole('support')]).toEqual([]);
    expect(refusal([plugin({ permissions: { 'things.take': { description: 't', grantedTo: ['partner_user', 'support'], partnerAct: true } } })])).toMatch(
      /grants "things.take" to "support", but it is a partner's own act/,
    );
  });

  it('orders a registered optional requirement first, and runs without one that is absent', () => {
    const docs = definePlugin({ id: 'docs', version: '1' });
    const learning = definePlugin({ id: 'learning', version: '1', optionalRequires: ['docs'] });
    expect(orderPlugins([learning, docs]).map((p) => p.id)).toEqual(['docs', 'learning']);
    expect(orderPlugins([learning]).map((p) => p.id)).toEqual(['learning']);
    const a = definePlugin({ id: 'alpha', version: '1', optionalRequires: ['beta'] });
    const b = definePlugin({ id: 'beta', version: '1', requires: ['alpha'] });
    expect(refusal([a, b])).toMatch(/cycle: alpha → beta → alpha/);
  });

  it('tells a plugin which of the plugins it declares are enabled, and refuses to answer about others', () => {
    const docs = definePlugin({ id: 'docs', version: '1' });
    const learning = definePlugin({ id: 'learning', version: '1', requires: ['docs'], optionalRequires: ['billing', 'notes'] });
    const notes = definePlugin({ id: 'notes', version: '1' });
    const registry = createRegistry([docs, notes, learning]);
    const plugins = registry.pluginsFor('learning');
    expect([plugins.has('docs'), plugins.has('notes'), plugins.has('billing'), plugins.has('learning')]).toEqual([true, true, false, true]);
    expect(() => registry.pluginsFor('docs').has('learning')).toThrow(/"docs" asked whether "learning" is enabled without declaring it/);
    expect(createRegistry([docs, learning]).pluginsFor('learning').has('notes')).toBe(false);
  });

  it('subscribes a handler of an optional requirement\'s event when that plugin is registered, and leaves it idle when it is not', () => {
    const publishing = definePlugin({ id: 'docs', version: '1', events: { emits: { 'docs.file.published': Type.Object({}) } } });
    const learning = definePlugin({ id: 'learning', version: '1', optionalRequires: ['docs'], events: { handles: { 'docs.file.published': async () => {} } } });
    expect(createRegistry([publishing, learning]).subscriptions.get('docs.file.published')?.map((s) => s.pluginId)).toEqual(['learning']);
    expect(createRegistry([learning]).subscriptions.has('docs.file.published')).toBe(false);
  });

  it('refuses a handler for an event its emitter does not declare, or of a plugin it does not declare at all', () => {
    const publishing = definePlugin({ id: 'docs', version: '1', events: { emits: { 'docs.file.published': Type.Object({}) } } });
    const misspelt = definePlugin({ id: 'learning', version: '1', optionalRequires: ['docs'], events: { handles: { 'docs.file.publisehd': async () => {} } } });
    expect(refusal([publishing, misspelt])).toMatch(/"learning" handles event "docs.file.publisehd", which no registered plugin emits/);
    const undeclared = definePlugin({ id: 'learning', version: '1', events: { handles: { 'docs.file.published': async () => {} } } });
    expect(refusal([undeclared])).toMatch(/"learning" handles event "docs.file.published", which no registered plugin emits/);
  });
});
