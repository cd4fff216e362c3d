// French strings of <portico-dashboard> (ids `dashboard.*`), merged into the page's templates when it loads.
export const templates = {
  'dashboard.heading': 'Ce qui vous attend',
  'dashboard.empty': 'Rien ne vous attend pour le moment',
  'dashboard.empty.body': 'Ce qui demande votre attention s’affichera ici.',
  'dashboard.failed': 'Impossible de le compter pour le moment.',
  'dashboard.retry': 'Réessayer',
};
