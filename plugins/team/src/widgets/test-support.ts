/** Browser tests register the plugin's translations as the shell would from its contribution. */
import { registerTranslations } from '@portico/widgets';

export function registerTeamTranslations(): void {
  void registerTranslations('team', { fr: () => import('./i18n/fr.js'), es: () => import('./i18n/es.js') });
}
