import { css } from 'lit';

/**
 * Styles every Portico element starts from. Elements read only `--portico-*` tokens, with fallbacks,
 * so a widget still looks sane when it is used outside `<portico-provider>`.
 */
export const sharedStyles = css`
  :host {
    box-sizing: border-box;
    font-family: var(--portico-font-family, system-ui, sans-serif);
    color: var(--portico-color-text, #1f2933);
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--portico-color-focus, var(--portico-color-primary, #2456d3));
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      animation-duration: 0s !important;
      transition-duration: 0s !important;
    }
  }
`;
