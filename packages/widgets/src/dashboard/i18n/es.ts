// Spanish strings of <portico-dashboard> (ids `dashboard.*`), merged into the page's templates when it loads.
export const templates = {
  'dashboard.heading': 'Lo que le espera',
  'dashboard.empty': 'Nada le espera por ahora',
  'dashboard.empty.body': 'Lo que requiera su atención aparecerá aquí.',
  'dashboard.failed': 'No se ha podido contar por ahora.',
  'dashboard.retry': 'Reintentar',
};
