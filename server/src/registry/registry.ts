/**
 * The plugin registry: orders plugins by their requirements and refuses, at start-up, every mistake
 * that would otherwise surface as a hole at run time. Each refusal names the plugin and the fix.
 */
import type { AuditCatalog, Authenticator, ContributedValue, EventHandler, Extensions, FeatureDeclaration, FeatureGate, IdentityProvider, PermissionCatalog, EventCatalog, HttpMethod, PermissionDeclaration, PluginDefinition, RouteDefinition, TSchema } from '@portico/core';
import { BUILT_IN_ROLES, isPartnerRole, partnerSideOnly, PERMISSION_KEY } from '@portico/core';
import { SchemaCompiler, type Validator } from './schema-compiler.js';
import type { EnabledPlugins } from '@portico/core';
import { settingsRoutes } from './settings-routes.js';
import { buildAuditCatalog } from './audit-catalog.js';

export class RegistryError extends Error {
  override name = 'RegistryError';
}

export const API_VERSIONS = ['v1'] as const;
export type ApiVersion = (typeof API_VERSIONS)[number];
/** Where a group of routes is mounted: an API version, or `pages` at the root. */
export type RouteGroup = ApiVersion | 'pages';
const ROUTE_GROUPS: readonly RouteGroup[] = [...API_VERSIONS, 'pages'];

export interface MountedRoute {
  plugin: PluginDefinition;
  route: RouteDefinition;
  version: RouteGroup;
  method: HttpMethod;
  /** Koa path, e.g. `/api/v1/deals/:id`, or `/sign-in/confirm` for pages. */
  path: string;
  operationId: string;
  validate: {
    params?: Validator;
    query?: Validator;
    body?: Validator;
    response?: Validator;
  };
}

export interface DeclaredPermission extends PermissionDeclaration {
  key: string;
  pluginId: string;
}

export interface DeclaredEvent {
  type: string;
  pluginId: string;
  schema: TSchema;
  validate: Validator;
}

export interface EventSubscription {
  pluginId: string;
  handler: EventHandler;
}

export interface Registry {
  /** In dependency order: every plugin comes after the plugins it requires. */
  plugins: readonly PluginDefinition[];
  routes: readonly MountedRoute[];
  permissions: ReadonlyMap<string, DeclaredPermission>;
  events: ReadonlyMap<string, DeclaredEvent>;
  subscriptions: ReadonlyMap<string, readonly EventSubscription[]>;
  /** Every plugin's authenticators, in plugin order, each with the plugin that declared it. */
  authenticators: readonly { pluginId: string; authenticator: Authenticator }[];
  /** The plugin that provides identity (sign-in, the session, invitations), if one is registered. */
  identity: { pluginId: string; provider: IdentityProvider } | null;
  /** Every feature a registered plugin declares, by key. */
  features: ReadonlyMap<string, FeatureDeclaration & { key: string; pluginId: string }>;
  /** Every feature gate, in plugin order, with its plugin. */
  gates: readonly { pluginId: string; gate: FeatureGate }[];
  /** The registered plugins' contributions to extension points. */
  extensions: Extensions;
  settings: ReadonlyMap<string, Validator>;
  /**
   * Permissions a built-in role holds by default; `tenant_admin` holds all but a partner's own acts
   * (those granted to partner roles only: registering a deal, taking a course), which no staff may do.
   */
  permissionsOfRole(role: string): Set<string>;
  /** The same knowledge, in the shape handed to plugins. */
  catalog: PermissionCatalog;
  /** The declared events, in the shape handed to plugins. */
  eventCatalog: EventCatalog;
  /** The declared audit actions with their labels, and the namers of audit targets (see `AuditDeclaration`). */
  auditCatalog: AuditCatalog;
  /** What `ctx.plugins` answers a plugin: which of the plugins it declares (required or optional) are registered. */
  pluginsFor(pluginId: string): EnabledPlugins;
}

const PLUGIN_ID = /^[a-z][a-z0-9-]{1,39}$/;
/** `<plugin>.<noun>.<verb-past>`, e.g. `deals.deal.submitted`: the plugin part is checked against the declaring plugin. */
const EVENT_TYPE = /^[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*$/;
/** `<owner plugin>.<name>`, e.g. `notifications.events`. */
const EXTENSION_POINT = /^[a-z][a-z0-9-]*\.[a-z][a-z0-9.-]*$/;

export function orderPlugins(plugins: readonly PluginDefinition[]): PluginDefinition[] {
  const byId = new Map<string, PluginDefinition>();
  for (const plugin of plugins) {
    if (!PLUGIN_ID.test(plugin.id ?? '')) {
      throw new RegistryError(`Plugin id "${plugin.id}" is not valid: use 2-40 lowercase letters, digits or dashes, starting with a letter.`);
    }
    if (byId.has(plugin.id)) {
      throw new RegistryError(`Plugin "${plugin.id}" is registered twice. Remove one of the two from the plugins list.`);
    }
    byId.set(plugin.id, plugin);
  }
  const ordered: PluginDefinition[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (plugin: PluginDefinition, trail: string[]) => {
    const seen = state.get(plugin.id);
    if (seen === 'done') return;
    if (seen === 'visiting') {
      const cycle = [...trail.slice(trail.indexOf(plugin.id)), plugin.id].join(' → ');
      throw new RegistryError(`Plugins require each other in a cycle: ${cycle}. Remove one of these requirements.`);
    }
    state.set(plugin.id, 'visiting');
    for (const required of plugin.requires ?? []) {
      const dependency = byId.get(required);
      if (!dependency) {
        throw new RegistryError(`Plugin "${plugin.id}" requires "${required}", which is not registered. Add the "${required}" plugin to the plugins list.`);
      }
      visit(dependency, [...trail, plugin.id]);
    }
    // An optional requirement that is registered comes first too; one that is not is simply absent.
    for (const optional of plugin.optionalRequires ?? []) {
      const dependency = byId.get(optional);
      if (dependency) visit(dependency, [...trail, plugin.id]);
    }
    state.set(plugin.id, 'done');
    ordered.push(plugin);
  };
  for (const plugin of plugins) visit(plugin, []);
  return ordered;
}

/** Every plugin a plugin may lean on: itself and everything it requires, transitively. */
function reachable(plugin: PluginDefinition, byId: Map<string, PluginDefinition>): Set<string> {
  const out = new Set<string>();
  const walk = (p: PluginDefinition) => {
    if (out.has(p.id)) return;
    out.add(p.id);
    for (const r of p.requires ?? []) walk(byId.get(r)!);
  };
  walk(plugin);
  return out;
}

function routeShape(path: string): string {
  return path.replace(/:[A-Za-z0-9_]+/g, ':');
}

export function createRegistry(input: readonly PluginDefinition[]): Registry {
  const plugins = orderPlugins(input);
  const byId = new Map(plugins.map((p) => [p.id, p]));
  const compiler = new SchemaCompiler();

  const permissions = new Map<string, DeclaredPermission>();
  for (const plugin of plugins) {
    for (const [key, declaration] of Object.entries(plugin.permissions ?? {})) {
      if (!PERMISSION_KEY.test(key) || !key.startsWith(`${plugin.id}.`)) {
        throw new RegistryError(`Plugin "${plugin.id}" declares permission "${key}": permission keys must be namespaced by the plugin, e.g. "${plugin.id}.${key.split('.').pop()}".`);
      }
      if (declaration.backend && declaration.grantedTo?.length) {
        throw new RegistryError(`Plugin "${plugin.id}" grants "${key}" to roles, but it is a backend permission (held only through API keys): remove grantedTo.`);
      }
      for (const role of declaration.grantedTo ?? []) {
        if (!BUILT_IN_ROLES.includes(role)) {
          throw new RegistryError(`Plugin "${plugin.id}" grants "${key}" to "${role}", which is not a built-in role (${BUILT_IN_ROLES.join(', ')}).`);
        }
        if (declaration.partnerAct && !isPartnerRole(role)) {
          throw new RegistryError(`Plugin "${plugin.id}" grants "${key}" to "${role}", but it is a partner's own act (partnerAct), which no staff role holds.`);
        }
      }
      permissions.set(key, { ...declaration, key, pluginId: plugin.id });
    }
  }

  const events = new Map<string, DeclaredEvent>();
  for (const plugin of plugins) {
    for (const [type, schema] of Object.entries(plugin.events?.emits ?? {})) {
      if (!EVENT_TYPE.test(type) || !type.startsWith(`${plugin.id}.`)) {
        throw new RegistryError(`Plugin "${plugin.id}" declares event "${type}": name it \`${plugin.id}.<noun>.<verb-past>\`, e.g. "${plugin.id}.note.created".`);
      }
      const other = events.get(type);
      if (other) throw new RegistryError(`Event "${type}" is declared by both "${other.pluginId}" and "${plugin.id}". Rename one of them.`);
      events.set(type, { type, pluginId: plugin.id, schema, validate: compiler.output(schema) });
    }
  }
  const subscriptions = new Map<string, EventSubscription[]>();
  for (const plugin of plugins) {
    for (const [type, handler] of Object.entries(plugin.events?.handles ?? {})) {
      if (!events.has(type)) {
        // An optional requirement's events are handled when it is registered, and simply never come when
        // it is not; a typo in the name of a registered plugin's event is still refused below.
        const emitter = type.split('.')[0];
        if (plugin.optionalRequires?.includes(emitter) && !byId.has(emitter)) continue;
        throw new RegistryError(`Plugin "${plugin.id}" handles event "${type}", which no registered plugin emits. Check the name or register the plugin that emits it.`);
      }
      subscriptions.set(type, [...(subscriptions.get(type) ?? []), { pluginId: plugin.id, handler }]);
    }
  }

  // A plugin that handles every event is subscribed to each declared one (its named handler, if it has
  // one for an event, takes that event: one delivery per plugin and event).
  for (const plugin of plugins) {
    const handler = plugin.events?.handlesAll;
    if (!handler) continue;
    for (const type of events.keys()) {
      const subscribed = subscriptions.get(type) ?? [];
      if (!subscribed.some((s) => s.pluginId === plugin.id)) subscriptions.set(type, [...subscribed, { pluginId: plugin.id, handler }]);
    }
  }

  for (const plugin of plugins) {
    const taskNames = new Set<string>();
    for (const task of plugin.tasks ?? []) {
      if (!/^[a-z][a-z0-9-]*$/.test(task.name ?? '') || taskNames.has(task.name)) {
        throw new RegistryError(`Plugin "${plugin.id}" declares a task named "${task.name}": give each task a lowercase name, unique within the plugin.`);
      }
      if (!(Number.isFinite(task.everyMinutes) && task.everyMinutes >= 1)) {
        throw new RegistryError(`Task "${task.name}" of plugin "${plugin.id}" must run every 1 minute or more (everyMinutes).`);
      }
      taskNames.add(task.name);
    }
  }

  const identities = plugins.filter((p) => p.identity);
  if (identities.length > 1) {
    throw new RegistryError(`Plugins ${identities.map((p) => `"${p.id}"`).join(' and ')} both provide identity; register only one of them.`);
  }
  const identity = identities[0] ? { pluginId: identities[0].id, provider: identities[0].identity! } : null;

  const features = new Map<string, FeatureDeclaration & { key: string; pluginId: string }>();
  for (const plugin of plugins) {
    for (const [key, declaration] of Object.entries(plugin.features ?? {})) {
      if (!PERMISSION_KEY.test(key) || !key.startsWith(`${plugin.id}.`)) {
        throw new RegistryError(`Plugin "${plugin.id}" declares feature "${key}": feature keys are namespaced by the plugin, e.g. "${plugin.id}.${key.split('.').pop()}".`);
      }
      features.set(key, { ...declaration, key, pluginId: plugin.id });
    }
  }
  const gates: { pluginId: string; gate: FeatureGate }[] = [];
  for (const plugin of plugins) {
    const ids = new Set<string>();
    for (const gate of plugin.gates ?? []) {
      if (!gate.id || ids.has(gate.id)) throw new RegistryError(`Plugin "${plugin.id}" declares a feature gate without an id, or twice the same: give each gate an id unique within the plugin.`);
      ids.add(gate.id);
      gates.push({ pluginId: plugin.id, gate });
    }
  }

  const contributions = new Map<string, ContributedValue<unknown>[]>();
  for (const plugin of plugins) {
    for (const { point, value } of plugin.contributes ?? []) {
      if (!EXTENSION_POINT.test(point)) {
        throw new RegistryError(`Plugin "${plugin.id}" contributes to "${point}", which is not an extension point id (\`<plugin>.<name>\`).`);
      }
      contributions.set(point, [...(contributions.get(point) ?? []), { pluginId: plugin.id, value }]);
    }
  }
  const extensions: Extensions = { of: <T>(point: { id: string }) => (contributions.get(point.id) ?? []) as readonly ContributedValue<T>[] };

  const settings = new Map<string, Validator>();
  for (const plugin of plugins) if (plugin.settings) settings.set(plugin.id, compiler.settings(plugin.settings.schema));

  let auditCatalog: AuditCatalog;
  try {
    auditCatalog = buildAuditCatalog(plugins);
  } catch (error) {
    throw new RegistryError((error as Error).message);
  }

  const routes: MountedRoute[] = [];
  const seenShapes = new Map<string, string>();
  for (const plugin of plugins) {
    const allowedPermissionOwners = reachable(plugin, byId);
    const names = new Set<string>();
    for (const version of ROUTE_GROUPS) {
      const own = version === 'v1' ? settingsRoutes(plugin, () => settings.get(plugin.id)!) : [];
      for (const route of [...own, ...(plugin.routes?.[version] ?? [])]) {
        const where = `Route ${route.method} ${route.path} of plugin "${plugin.id}"`;
        if (!route.path?.startsWith('/')) throw new RegistryError(`${where}: the path must start with "/".`);
        if (!route.name || names.has(route.name)) throw new RegistryError(`${where}: give it a name unique within the plugin (got "${route.name}").`);
        names.add(route.name);
        if (route.public && route.permission) throw new RegistryError(`${where} is both public and requires "${route.permission}": choose one.`);
        if (!route.public && !route.permission) {
          throw new RegistryError(`${where} declares no permission. Add \`permission: '${plugin.id}.<action>'\`, or \`public: true\` if anyone may call it.`);
        }
        if (route.feature && !features.has(route.feature)) {
          throw new RegistryError(`${where} belongs to feature "${route.feature}", which no registered plugin declares. Declare it in the plugin's features.`);
        }
        if (route.permission) {
          const declared = permissions.get(route.permission);
          if (!declared) throw new RegistryError(`${where} requires "${route.permission}", which no plugin declares. Declare it in the plugin's permissions.`);
          if (!allowedPermissionOwners.has(declared.pluginId)) {
            throw new RegistryError(`${where} requires "${route.permission}" of plugin "${declared.pluginId}", which "${plugin.id}" does not require. Add it to \`requires\`.`);
          }
        }
        const path = version === 'pages' ? route.path : `/api/${version}${route.path}`;
        if (version === 'pages' && route.path.startsWith('/api/')) throw new RegistryError(`${where}: pages may not live under /api/.`);
        const shape = `${route.method} ${routeShape(path)}`;
        const clash = seenShapes.get(shape);
        if (clash) throw new RegistryError(`${where} duplicates ${clash}. Change one of the two paths.`);
        seenShapes.set(shape, `${route.method} ${path} of plugin "${plugin.id}"`);

        const pathParams = [...route.path.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => m[1]);
        const declaredParams = Object.keys((route.schemas.params as { properties?: object } | undefined)?.properties ?? {});
        if (pathParams.sort().join() !== declaredParams.sort().join()) {
          throw new RegistryError(`${where}: its params schema must declare exactly the path parameters (${pathParams.join(', ') || 'none'}).`);
        }
        const validate: MountedRoute['validate'] = {};
        if (route.schemas.params) validate.params = compiler.parametersOf(route.schemas.params);
        if (route.schemas.query) validate.query = compiler.parametersOf(route.schemas.query);
        if (route.schemas.body) {
          validate.body = compiler.body(route.schemas.body);
          const examples = (route.schemas.body as { examples?: unknown[] }).examples;
          if (!Array.isArray(examples) || examples.length === 0) {
            throw new RegistryError(`${where}: its body schema needs \`examples\` (at least one valid body), for the API reference and the route tests.`);
          }
          for (const example of examples) {
            if (!validate.body(structuredClone(example))) {
              throw new RegistryError(`${where}: a body example does not match its own schema: ${JSON.stringify(validate.body.errors)}`);
            }
          }
        }
        if ((route.bodyType === 'multipart') !== (typeof route.receive === 'function') || (route.bodyType === 'multipart' && !route.schemas.body)) {
          throw new RegistryError(`${where}: \`bodyType: 'multipart'\` goes with a \`receive\` step and a body schema, and \`receive\` only with it.`);
        }
        if (route.schemas.response) validate.response = compiler.output(route.schemas.response);
        routes.push({ plugin, route, version, method: route.method, path, operationId: `${plugin.id}.${route.name}`, validate });
      }
    }
  }


  const enabled = new Map<string, EnabledPlugins>();
  for (const plugin of plugins) {
    const declared = new Set([plugin.id, ...(plugin.requires ?? []), ...(plugin.optionalRequires ?? [])]);
    enabled.set(plugin.id, {
      has(id) {
        if (!declared.has(id)) {
          throw new RegistryError(`Plugin "${plugin.id}" asked whether "${id}" is enabled without declaring it. Add "${id}" to its requires or optionalRequires.`);
        }
        return byId.has(id);
      },
    });
  }

  const permissionsOfRole = (role: string): Set<string> => {
    const out = new Set<string>();
    for (const p of permissions.values()) {
      if (p.backend) continue; // only API keys hold them
      const grantedTo = (p.grantedTo ?? []) as readonly string[];
      if (grantedTo.includes(role) || (role === 'tenant_admin' && !partnerSideOnly(p))) out.add(p.key);
    }
    return out;
  };

  const catalog: PermissionCatalog = {
    all: () => [...permissions.values()],
    has: (key) => permissions.has(key),
    ofRole: permissionsOfRole,
  };

  const eventList = [...events.values()].map(({ type, pluginId, schema }) => ({ type, pluginId, schema })).sort((a, b) => a.type.localeCompare(b.type));
  const eventCatalog: EventCatalog = { all: () => eventList, has: (type) => events.has(type) };

  return {
    plugins,
    catalog,
    eventCatalog,
    auditCatalog,
    routes,
    permissions,
    events,
    subscriptions,
    authenticators: plugins.flatMap((p) => (p.authenticators ?? []).map((authenticator) => ({ pluginId: p.id, authenticator }))),
    identity,
    features,
    gates,
    extensions,
    settings,
    permissionsOfRole,
    pluginsFor: (pluginId) => {
      const answer = enabled.get(pluginId);
      if (!answer) throw new RegistryError(`Plugin "${pluginId}" is not registered.`);
      return answer;
    },
  };
}
