/**
 * One @lit/localize runtime for the page: the core's translations plus every plugin's, merged per
 * locale into a single template map. A plugin chunk that loads after the locale was chosen registers
 * its translations and the page re-renders translated, without a second `setLocale`.
 */
import { configureLocalization, LOCALE_STATUS_EVENT } from '@lit/localize';
import type { LocaleModule } from '@lit/localize';
import type { Locale } from '../context.js';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';

type TargetLocale = (typeof targetLocales)[number];
type Templates = NonNullable<LocaleModule['templates']>;
/** How a plugin hands over its translations: one lazy loader per target locale. */
export type TranslationLoaders = Partial<Record<TargetLocale, () => Promise<{ templates: Record<string, unknown> }>>>;

export const supportedLocales: readonly Locale[] = [sourceLocale, ...targetLocales];

const coreLoaders: Record<TargetLocale, () => Promise<{ templates: Record<string, unknown> }>> = {
  fr: () => import('./generated/fr.js'),
  es: () => import('./generated/es.js'),
};

const pluginLoaders = new Map<string, TranslationLoaders>();
/** The object handed to lit-localize per locale; later plugin templates are merged into it in place. */
const mergedTemplates = new Map<TargetLocale, Templates>();
const mergedSources = new Map<TargetLocale, Set<string>>();

function isTargetLocale(locale: string): locale is TargetLocale {
  return (targetLocales as readonly string[]).includes(locale);
}

async function mergeMissing(locale: TargetLocale): Promise<Templates> {
  let templates = mergedTemplates.get(locale);
  if (!templates) {
    templates = {};
    mergedTemplates.set(locale, templates);
    mergedSources.set(locale, new Set());
  }
  const sources = mergedSources.get(locale)!;
  const pending: [string, () => Promise<{ templates: Record<string, unknown> }>][] = [];
  if (!sources.has('')) pending.push(['', coreLoaders[locale]]);
  for (const [pluginId, loaders] of pluginLoaders) {
    const load = loaders[locale];
    if (load && !sources.has(pluginId)) pending.push([pluginId, load]);
  }
  const loaded = await Promise.all(pending.map(async ([source, load]) => [source, await load()] as const));
  for (const [source, module] of loaded) {
    Object.assign(templates, module.templates);
    sources.add(source);
  }
  return templates;
}

const runtime = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: async (locale) => ({ templates: await mergeMissing(locale as TargetLocale) }),
});

export function getLocale(): Locale {
  return runtime.getLocale() as Locale;
}

/** Switches every Portico element on the page to `locale`; resolves once its templates are loaded. */
export function setLocale(locale: Locale): Promise<void> {
  return runtime.setLocale(locale);
}

/**
 * Adds a plugin's translations. When the active locale is one it translates, they are loaded now
 * and every element re-renders; other locales pick them up when they are chosen.
 */
export async function registerTranslations(pluginId: string, loaders: TranslationLoaders): Promise<void> {
  pluginLoaders.set(pluginId, loaders);
  const active = runtime.getLocale();
  if (!isTargetLocale(active) || !mergedTemplates.has(active)) return;
  await mergeMissing(active);
  if (runtime.getLocale() !== active) return;
  // The templates object lit-localize holds was extended in place; this is the event that
  // `updateWhenLocaleChanges` listens to, so elements re-render with the new strings.
  window.dispatchEvent(new CustomEvent(LOCALE_STATUS_EVENT, { detail: { status: 'ready', readyLocale: active } }));
}

/** Picks the first supported locale from a list of preferences such as `navigator.languages`. */
export function matchLocale(preferences: readonly (string | null | undefined)[]): Locale | undefined {
  for (const preference of preferences) {
    if (!preference) continue;
    const language = preference.toLowerCase().split('-')[0];
    const match = supportedLocales.find((locale) => locale === language);
    if (match) return match;
  }
  return undefined;
}
