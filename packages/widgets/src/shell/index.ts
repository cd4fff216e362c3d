export { PorticoPortal } from './portico-portal.js';
export { resolveRoute, visibleNav, matchPath, pathWithin, type Resolution } from './routes.js';
export type { ContributionLoader } from './contributions.js';
