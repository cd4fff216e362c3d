/**
 * How a plugin contributes to the portal: its widget entry (`plugins/<id>/src/widgets/index.ts`)
 * default-exports `defineWidgets({...})`. The shell reads nav entries and pages from it and knows no
 * plugin by name; elements are defined lazily when a page is first shown.
 */
import type { Locale } from './context.js';

export interface NavEntry {
  /** Client-side path, e.g. `/deals`. */
  path: string;
  /** Localised label; called at render time, so it follows the current locale (use `msg()`). */
  label: () => string;
  /** One localised sentence on what the section is for, shown on the portal's home card (optional). */
  description?: () => string;
  /** Shown only to people holding this permission (hidden otherwise). */
  permission?: string;
  /** Lower comes first. */
  order?: number;
  /** `partner` (members), `staff`, or both when omitted. */
  audience?: 'member' | 'staff';
}

export interface PageEntry {
  /** Client-side route with `:name` parameters, e.g. `/deals/:id`. */
  path: string;
  /** The custom element the shell renders; route parameters are set as its properties. */
  tag: string;
  /** Defines the element (a dynamic import of its module). */
  load: () => Promise<unknown>;
  /** The person needs it; otherwise the shell shows "not allowed". */
  permission?: string;
  title: () => string;
}

/**
 * An element a plugin places into another plugin's page, at a named slot that page renders with
 * `<portico-slot name="…">` (the client 360 of the fleet plugin shows the deadlines and alerts of the
 * supervision plugin this way). The owner of the slot documents its name and the properties its
 * elements receive.
 */
export interface SlotEntry {
  /** The element to render; it receives the slot's properties (e.g. `clientId`). */
  tag: string;
  /** Defines the element (a dynamic import of its module). */
  load: () => Promise<unknown>;
  /** Shown only to people holding this permission. */
  permission?: string;
  /** Lower comes first. */
  order?: number;
}

export interface WidgetContribution {
  /** The server plugin id. */
  id: string;
  nav?: readonly NavEntry[];
  pages?: readonly PageEntry[];
  /** Elements placed into other plugins' pages, by slot name (`<plugin>.<place>`). */
  slots?: Readonly<Record<string, readonly SlotEntry[]>>;
  /** Translations of the plugin's own strings, loaded with the locale (lit-localize templates). */
  translations?: Partial<Record<Exclude<Locale, 'en'>, () => Promise<{ templates: Record<string, unknown> }>>>;
}

export function defineWidgets(contribution: WidgetContribution): WidgetContribution {
  return contribution;
}
