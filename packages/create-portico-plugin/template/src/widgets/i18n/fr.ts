// French strings of the __PLUGIN_NAME__ widgets (ids `__PLUGIN_ID__.*`), merged by the shell with the locale.
// The plugin's name is kept as is: translate it where it is a word of its own.
import { str } from '@lit/localize';

export const templates = {
  '__PLUGIN_ID__.title': '__PLUGIN_NAME__',
  '__PLUGIN_ID__.nav-description': 'Tenez une liste d’éléments pour votre organisation.',
  '__PLUGIN_ID__.error.generic': 'Une erreur est survenue. Vérifiez votre connexion et réessayez.',
  '__PLUGIN_ID__.field.title': 'Titre',
  '__PLUGIN_ID__.field.note': 'Note (facultatif)',
  '__PLUGIN_ID__.form.heading': 'Ajouter un élément',
  '__PLUGIN_ID__.form.submit': 'Ajouter l’élément',
  '__PLUGIN_ID__.form.added': str`« ${0} » est ajouté.`,
  '__PLUGIN_ID__.list.added': 'Ajouté le',
  '__PLUGIN_ID__.list.empty': 'Aucun élément pour l’instant',
  '__PLUGIN_ID__.list.empty.body': 'Les éléments de votre organisation apparaissent ici.',
};
