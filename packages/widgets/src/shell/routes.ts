/**
 * Client-side routes of the portal: which contributed page a path shows, with its parameters, and
 * which nav entries a person sees. Pure functions, so the rules are tested without a browser.
 */
import type { NavEntry, PageEntry, WidgetContribution } from '../contribution.js';
import type { Session } from '../context.js';
import { hasPermission } from '../permissions.js';

export type Resolution =
  | { kind: 'page'; page: PageEntry; params: Record<string, string>; pluginId: string }
  | { kind: 'not-allowed'; page: PageEntry; pluginId: string }
  | { kind: 'not-found' };

/** Parameters of `pattern` (`/deals/:id`) in `path`, or null when it does not match. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean);
  const got = path.split('/').filter(Boolean);
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    if (want[i].startsWith(':')) {
      try {
        params[want[i].slice(1)] = decodeURIComponent(got[i]);
      } catch {
        return null; // a malformed escape names nothing
      }
    } else if (want[i] !== got[i]) {
      return null;
    }
  }
  return params;
}

/** Literal segments outrank parameters: `/deals/new` wins over `/deals/:id`. */
function specificity(pattern: string): number[] {
  return pattern.split('/').filter(Boolean).map((s) => (s.startsWith(':') ? 1 : 2));
}

function moreSpecific(a: string, b: string): number {
  const [x, y] = [specificity(a), specificity(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (y[i] ?? 0) - (x[i] ?? 0);
  return 0;
}

export function resolveRoute(contributions: readonly WidgetContribution[], session: Session | null, path: string): Resolution {
  const candidates = contributions
    .flatMap((c) => (c.pages ?? []).map((page) => ({ page, pluginId: c.id })))
    .sort((a, b) => moreSpecific(a.page.path, b.page.path));
  for (const { page, pluginId } of candidates) {
    const params = matchPath(page.path, path);
    if (!params) continue;
    if (!hasPermission(session, page.permission)) return { kind: 'not-allowed', page, pluginId };
    return { kind: 'page', page, params, pluginId };
  }
  return { kind: 'not-found' };
}

/** The entries this person may use, in order: hidden when a permission or the audience does not fit. */
export function visibleNav(contributions: readonly WidgetContribution[], session: Session | null): NavEntry[] {
  if (!session) return [];
  const audience = session.person.kind === 'staff' ? 'staff' : 'member';
  return contributions
    .flatMap((c) => c.nav ?? [])
    .filter((entry) => (!entry.audience || entry.audience === audience) && hasPermission(session, entry.permission))
    .sort((a, b) => (a.order ?? 100) - (b.order ?? 100) || a.path.localeCompare(b.path));
}

/** The path below `base` (`/portal` + `/portal/deals` → `/deals`), or null when outside it. */
export function pathWithin(base: string, pathname: string): string | null {
  const prefix = base.replace(/\/+$/, '');
  if (!prefix) return pathname || '/';
  if (pathname === prefix) return '/';
  return pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : null;
}
