import { problems, type HttpProblem } from './errors.js';

/**
 * Whether a browser sent this change from another site. Fetch Metadata (`Sec-Fetch-Site`) decides when
 * the browser sent it: pages cannot set it, and it is right where `Origin` is not (a form posted from a
 * page whose referrer policy is `no-referrer` carries `Origin: null`, even to its own origin).
 * Without it, a foreign `Origin` refuses. Answers the problem to refuse with, or null. A request with
 * neither header does not come from a browser's page (a backend, a script) and goes on: what such a
 * caller sends cannot ride on a visitor's cookies.
 */
export function crossSiteProblem(req: { header(name: string): string | undefined; origin: string }): HttpProblem | null {
  const site = req.header('sec-fetch-site');
  if (site) return site === 'same-origin' || site === 'none' ? null : problems.forbidden('Cross-site requests may not change anything.');
  const origin = req.header('origin');
  if (origin && origin !== req.origin) return problems.forbidden('Requests from another origin may not change anything.');
  return null;
}
