/**
 * Loads what each enabled plugin contributes to the portal, from the chunk URLs in PortalInfo. A
 * plugin whose chunk fails to load is left out (and logged) rather than taking the portal down.
 */
import type { PortalInfo } from '../context.js';
import type { WidgetContribution } from '../contribution.js';
import { registerTranslations } from '../i18n/localization.js';

export type ContributionLoader = (url: string) => Promise<WidgetContribution>;

export const importContribution: ContributionLoader = async (url) => {
  const module = (await import(/* @vite-ignore */ url)) as { default?: WidgetContribution };
  if (!module.default?.id) throw new Error(`${url} has no default export made with defineWidgets()`);
  return module.default;
};

export async function loadContributions(portal: PortalInfo, load: ContributionLoader = importContribution): Promise<WidgetContribution[]> {
  const loaded = await Promise.all(
    portal.plugins
      .filter((p) => p.widgets)
      .map(async (p) => {
        try {
          const contribution = await load(p.widgets!);
          if (contribution.translations) void registerTranslations(contribution.id, contribution.translations);
          return contribution;
        } catch (error) {
          console.error(`Portico: the widgets of plugin "${p.id}" could not be loaded`, error);
          return null;
        }
      }),
  );
  return loaded.filter((c): c is WidgetContribution => c !== null);
}

/** The contributions of a portal, loaded once per portal document (the shell and every slot share them). */
const loadedFor = new WeakMap<PortalInfo, Promise<WidgetContribution[]>>();

export function contributionsOf(portal: PortalInfo, load: ContributionLoader = importContribution): Promise<WidgetContribution[]> {
  let loaded = loadedFor.get(portal);
  if (!loaded) {
    loaded = loadContributions(portal, load);
    loadedFor.set(portal, loaded);
  }
  return loaded;
}
