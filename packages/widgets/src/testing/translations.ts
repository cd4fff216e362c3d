/** A plugin's translations in browser tests, registered as the portal shell would register them. */
import { registerTranslations, type TranslationLoaders } from '../i18n/localization.js';

/** Registers the translations a plugin's `defineWidgets({ id, translations })` names (its default export). */
export function registerWidgetTranslations(widgets: { id: string; translations?: TranslationLoaders }): void {
  void registerTranslations(widgets.id, widgets.translations ?? {});
}
