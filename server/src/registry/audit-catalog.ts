/**
 * The audit catalogue: every action the registered plugins declare (`audit.actions`), with its label
 * in each language, and the namers of their target types (`audit.targets`), beside core's own for the
 * targets every plugin shares (people, partners, clients, the tenant). The registry refuses a
 * malformed declaration at start-up; the audit writer refuses an action nobody declares; the audit
 * log reads labels and names through it.
 */
import type { AuditActionInfo, AuditCatalog, AuditLabel, AuditNamingContext, AuditTargetDeclaration, AuditTargetRef, Locale, PluginDefinition } from '@portico/core';
import { LOCALES } from '@portico/core';

/** `<plugin>.<object>.<verb>` or `<plugin>.<verb>`: lowercase words and dashes. */
const AUDIT_ACTION = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*){1,3}$/;
const TARGET_TYPE = /^[a-z][a-z0-9_-]{0,62}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whose namer: a plugin's (its id) or core's. */
const CORE = '';

const byName = (rows: { id: string; name: string }[]) => new Map(rows.map((r) => [r.id, r.name]));

/** The targets core owns: the tables of `@portico/server`'s migrations, read in the caller's transaction. */
export const CORE_TARGETS: Readonly<Record<string, AuditTargetDeclaration>> = {
  person: { name: async ({ db }, ids) => byName(await db('people').whereIn('id', ids).select('id', 'name')) },
  partner: { name: async ({ db }, ids) => byName(await db('partners').whereIn('id', ids).select('id', 'name')) },
  client: { name: async ({ db }, ids) => byName(await db('clients').whereIn('id', ids).select('id', 'name')) },
  tenant: { name: async ({ db, tenant }, ids) => byName(await db('tenants').whereIn('id', ids).where('id', tenant.id).select('id', 'name')) },
};

/** The label of `<plugin>.settings.updated`, which the registry's settings route writes. */
export function settingsLabel(pluginId: string): AuditLabel {
  return { en: `Settings changed (${pluginId})`, fr: `Paramètres modifiés (${pluginId})`, es: `Ajustes modificados (${pluginId})` };
}

/** Checks the plugins' audit declarations (throws, naming the plugin and the fix) and builds the catalogue. */
export function buildAuditCatalog(plugins: readonly PluginDefinition[]): AuditCatalog {
  const actions = new Map<string, AuditActionInfo>();
  const namers = new Map<string, AuditTargetDeclaration>();
  for (const [type, declaration] of Object.entries(CORE_TARGETS)) namers.set(`${CORE}\u0000${type}`, declaration);

  for (const plugin of plugins) {
    const declared = plugin.audit;
    for (const [action, label] of Object.entries(declared?.actions ?? {})) {
      if (!AUDIT_ACTION.test(action) || !action.startsWith(`${plugin.id}.`)) {
        throw new Error(`Plugin "${plugin.id}" declares audit action "${action}": name it \`${plugin.id}.<object>.<verb>\`, e.g. "${plugin.id}.note.created".`);
      }
      const missing = LOCALES.filter((locale) => typeof label?.[locale] !== 'string' || !label[locale].trim());
      if (missing.length > 0) {
        throw new Error(`Plugin "${plugin.id}" declares audit action "${action}" without a label in ${missing.join(', ')}: give it one in every language (${LOCALES.join(', ')}).`);
      }
      const other = actions.get(action);
      if (other) throw new Error(`Audit action "${action}" is declared by both "${other.pluginId}" and "${plugin.id}".`);
      actions.set(action, { action, pluginId: plugin.id, label: Object.freeze({ ...label }) });
    }
    for (const [type, declaration] of Object.entries(declared?.targets ?? {})) {
      if (!TARGET_TYPE.test(type) || typeof declaration?.name !== 'function') {
        throw new Error(`Plugin "${plugin.id}" declares audit target "${type}": give each target type (lowercase) a \`name(ctx, ids)\` function.`);
      }
      namers.set(`${plugin.id}\u0000${type}`, declaration);
    }
    // The settings route audits every plugin's settings changes; its label comes from here unless the plugin gives one.
    if (plugin.settings && !actions.has(`${plugin.id}.settings.updated`)) {
      actions.set(`${plugin.id}.settings.updated`, { action: `${plugin.id}.settings.updated`, pluginId: plugin.id, label: settingsLabel(plugin.id) });
    }
  }

  const list = [...actions.values()].sort((a, b) => a.action.localeCompare(b.action));
  /** The namer of an entry: the declaring plugin's for its target type, else core's; and the key of its names. */
  const namerOf = (entry: AuditTargetRef): string | null => {
    const owner = actions.get(entry.action)?.pluginId ?? entry.action.split('.')[0];
    if (namers.has(`${owner}\u0000${entry.targetType}`)) return `${owner}\u0000${entry.targetType}`;
    if (namers.has(`${CORE}\u0000${entry.targetType}`)) return `${CORE}\u0000${entry.targetType}`;
    return null;
  };
  const targetKey = (entry: AuditTargetRef) => `${namerOf(entry) ?? `?\u0000${entry.targetType}`}\u0000${(entry.targetId ?? '').toLowerCase()}`;

  return {
    actions: () => list,
    has: (action) => actions.has(action),
    label: (action, locale: Locale) => actions.get(action)?.label[locale] ?? null,
    targetKey,
    async nameTargets(ctx: AuditNamingContext, entries: Iterable<AuditTargetRef>): Promise<Map<string, string>> {
      const wanted = new Map<string, Set<string>>();
      for (const entry of entries) {
        // Only UUIDs reach a namer: an id column compared with anything else would fail the transaction.
        if (!entry.targetId || !UUID.test(entry.targetId)) continue;
        const namer = namerOf(entry);
        if (!namer) continue;
        if (!wanted.has(namer)) wanted.set(namer, new Set());
        wanted.get(namer)!.add(entry.targetId.toLowerCase());
      }
      const names = new Map<string, string>();
      for (const [namer, ids] of wanted) {
        const answer = await namers.get(namer)!.name(ctx, [...ids]);
        for (const [id, name] of answer) if (typeof name === 'string' && name) names.set(`${namer}\u0000${id}`, name);
      }
      return names;
    },
  };
}
