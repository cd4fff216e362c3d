// Spanish strings of the __PLUGIN_NAME__ widgets (ids `__PLUGIN_ID__.*`), merged by the shell with the locale.
// The plugin's name is kept as is: translate it where it is a word of its own.
import { str } from '@lit/localize';

export const templates = {
  '__PLUGIN_ID__.title': '__PLUGIN_NAME__',
  '__PLUGIN_ID__.nav-description': 'Lleve una lista de elementos para su organización.',
  '__PLUGIN_ID__.error.generic': 'Se ha producido un error. Compruebe su conexión e inténtelo de nuevo.',
  '__PLUGIN_ID__.field.title': 'Título',
  '__PLUGIN_ID__.field.note': 'Nota (opcional)',
  '__PLUGIN_ID__.form.heading': 'Añadir un elemento',
  '__PLUGIN_ID__.form.submit': 'Añadir el elemento',
  '__PLUGIN_ID__.form.added': str`«${0}» se ha añadido.`,
  '__PLUGIN_ID__.list.added': 'Añadido el',
  '__PLUGIN_ID__.list.empty': 'Todavía no hay elementos',
  '__PLUGIN_ID__.list.empty.body': 'Los elementos de su organización aparecen aquí.',
};
