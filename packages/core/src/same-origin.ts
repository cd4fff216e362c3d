import { problems, type HttpProblem } from './errors.js';

/**
 * Whether a browser sent this change from another site: Fetch Metadata first (`Sec-Fetch-Site`), then
 * `Origin`. Answers the problem to refuse it with, or null. A request with neither header does not
 * come from a browser's page (a backend, a script) and goes on; what such a caller can send cannot
 * ride on a visitor's cookies.
 */
export function crossSiteProblem(req: { header(name: string): string | undefined; origin: string }): HttpProblem | null {
  const site = req.header('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') return problems.forbidden('Cross-site requests may not change anything.');
  const origin = req.header('origin');
  if (origin && origin !== req.origin) return problems.forbidden('Requests from another origin may not change anything.');
  return null;
}
