/** Browser tests register the plugin's translations as the shell would from its contribution. */
import { registerWidgetTranslations } from '@portico/widgets/testing';
import widgets from './index.js';

export function registerTrainingTranslations(): void {
  registerWidgetTranslations(widgets);
}
