import { css, unsafeCSS } from 'lit';
import type { CSSResult } from 'lit';

/**
 * The theme tokens and their light defaults. Elements read them through `token.*`, which carries the
 * default as the `var()` fallback, so a widget outside `<portico-provider>` still renders sanely.
 */
export const lightDefaults = {
  'color-primary': '#2456d3',
  'color-on-primary': '#ffffff',
  'color-accent': '#0f766e',
  'color-surface': '#ffffff',
  'color-surface-alt': '#f3f5f8',
  'color-text': '#1f2933',
  'color-muted': '#52606d',
  'color-border': '#9aa5b1',
  'color-danger': '#b42318',
  'color-success': '#067647',
  'color-warning': '#93370d',
  'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  radius: '6px',
  'space-1': '4px',
  'space-2': '8px',
  'space-3': '12px',
  'space-4': '16px',
  'space-5': '24px',
  'space-6': '32px',
} as const;

export type TokenName = keyof typeof lightDefaults;

/** Colours that change in the dark scheme; the brand's primary and accent stay as the tenant set them. */
export const darkColors: Partial<Record<TokenName, string>> = {
  'color-surface': '#111827',
  'color-surface-alt': '#1f2937',
  'color-text': '#f3f4f6',
  'color-muted': '#a7b0bd',
  'color-border': '#6b7280',
  'color-danger': '#fda29b',
  'color-success': '#75e0a7',
  'color-warning': '#fec84b',
};

function declarations(values: Partial<Record<TokenName, string>>): string {
  return Object.entries(values)
    .map(([name, value]) => `--portico-${name}: ${value};`)
    .join('\n');
}

export const token = Object.fromEntries(
  Object.entries(lightDefaults).map(([name, value]) => [name, unsafeCSS(`var(--portico-${name}, ${value})`)]),
) as Record<TokenName, CSSResult>;

/**
 * The provider's own rules: light defaults, the dark scheme when the person's system prefers it
 * (unless the page pins `scheme="light"`), and when the page pins `scheme="dark"`.
 */
export const themeStyles = css`
  :host {
    ${unsafeCSS(declarations(lightDefaults))}
    color-scheme: light;
  }
  :host([scheme='dark']) {
    ${unsafeCSS(declarations(darkColors))}
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([scheme='light'])) {
      ${unsafeCSS(declarations(darkColors))}
      color-scheme: dark;
    }
  }
`;
