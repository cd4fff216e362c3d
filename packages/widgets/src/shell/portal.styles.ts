import { css } from 'lit';

export const portalStyles = css`
  :host {
    display: grid;
    grid-template-columns: 15rem 1fr;
    grid-template-rows: auto 1fr auto;
    grid-template-areas: 'header header' 'nav main' 'footer footer';
    min-height: 100vh;
    background: var(--portico-color-surface-alt, #f3f5f8);
  }
  .skip-link {
    position: absolute;
    inset-inline-start: var(--portico-space-2, 8px);
    inset-block-start: -100vh;
    z-index: 10;
    padding: var(--portico-space-2, 8px) var(--portico-space-3, 12px);
    background: var(--portico-color-surface, #fff);
    color: var(--portico-color-text, #1f2933);
    border: 1px solid currentColor;
    font: inherit;
  }
  .skip-link:focus {
    inset-block-start: var(--portico-space-2, 8px);
  }
  main:focus {
    outline: none;
  }
  header {
    grid-area: header;
    display: flex;
    align-items: center;
    gap: var(--portico-space-3, 12px);
    padding: var(--portico-space-2, 8px) var(--portico-space-4, 16px);
    background: var(--portico-color-primary, #2456d3);
    color: var(--portico-color-on-primary, #fff);
  }
  .brand {
    display: flex;
    align-items: center;
    gap: var(--portico-space-2, 8px);
    font-weight: 600;
    font-size: 1.1rem;
    color: inherit;
    text-decoration: none;
    margin-inline-end: auto;
  }
  .brand img { height: 32px; width: auto; }
  header select, header button {
    font: inherit;
    color: inherit;
    background: transparent;
    border: 1px solid currentColor;
    border-radius: var(--portico-radius, 6px);
    padding: var(--portico-space-1, 4px) var(--portico-space-2, 8px);
  }
  header select option { color: var(--portico-color-text, #1f2933); }
  /* What plugins place in the header (the notifications bell) sits in the row, side by side. */
  .header-slot { color: inherit; }
  .header-slot::part(items) { grid-auto-flow: column; align-items: center; gap: var(--portico-space-2, 8px); }
  .menu-toggle { display: none; }
  .person-initials { display: none; }
  .person { position: relative; }
  .person-menu {
    position: absolute;
    inset-inline-end: 0;
    top: calc(100% + 4px);
    min-width: 14rem;
    z-index: 10;
    display: grid;
    background: var(--portico-color-surface, #fff);
    color: var(--portico-color-text, #1f2933);
    border: 1px solid var(--portico-color-border, #9aa5b1);
    border-radius: var(--portico-radius, 6px);
    padding: var(--portico-space-2, 8px);
  }
  .person-menu a, .person-menu button {
    display: block;
    text-align: start;
    color: inherit;
    border: 0;
    padding: var(--portico-space-2, 8px);
    text-decoration: none;
  }
  .person-menu .who { padding: var(--portico-space-2, 8px); color: var(--portico-color-muted, #52606d); font-size: 0.9rem; }
  nav {
    grid-area: nav;
    background: var(--portico-color-surface, #fff);
    border-inline-end: 1px solid var(--portico-color-border, #9aa5b1);
    padding: var(--portico-space-3, 12px) 0;
  }
  nav ul { list-style: none; margin: 0; padding: 0; }
  nav a {
    display: block;
    padding: var(--portico-space-2, 8px) var(--portico-space-4, 16px);
    color: var(--portico-color-text, #1f2933);
    text-decoration: none;
    border-inline-start: 3px solid transparent;
  }
  nav a[aria-current='page'] {
    border-inline-start-color: var(--portico-color-primary, #2456d3);
    font-weight: 600;
    background: var(--portico-color-surface-alt, #f3f5f8);
  }
  main { grid-area: main; padding: var(--portico-space-5, 24px); min-width: 0; }
  :host(.signed-out) main { grid-column: 1 / -1; }
  footer {
    grid-area: footer;
    padding: var(--portico-space-3, 12px) var(--portico-space-4, 16px);
    text-align: center;
    font-size: 0.85rem;
    color: var(--portico-color-muted, #52606d);
  }
  footer a { color: inherit; }
  @media (max-width: 48rem) {
    :host { grid-template-columns: 1fr; grid-template-areas: 'header' 'nav' 'main' 'footer'; }
    .menu-toggle { display: inline-block; }
    nav { border-inline-end: 0; border-bottom: 1px solid var(--portico-color-border, #9aa5b1); }
    nav:not(.open) { display: none; }
    .person-name { display: none; }
    .person-initials { display: inline; font-weight: 600; }
    .brand { font-size: 1rem; }
  }
`;
