import { css } from 'lit';
import { token } from '../theme/tokens.js';

/** `<portico-dashboard>`: a grid of sections, each a card of counted links. */
export const dashboardStyles = css`
  :host {
    display: block;
  }
  h2 {
    margin: 0 0 ${token['space-3']};
    font-size: 1.25rem;
  }
  .sections {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: ${token['space-3']};
    grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
  }
  .section {
    padding: ${token['space-4']};
    background: ${token['color-surface']};
    border: 1px solid ${token['color-border']};
    border-radius: ${token.radius};
  }
  h3 {
    margin: 0 0 ${token['space-2']};
    font-size: 1rem;
    color: ${token['color-muted']};
  }
  .items {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: ${token['space-2']};
  }
  .items a {
    display: flex;
    align-items: baseline;
    gap: ${token['space-2']};
    color: ${token['color-text']};
    text-decoration: none;
    border-radius: ${token.radius};
  }
  .items a:hover .label {
    text-decoration: underline;
  }
  .items a:focus-visible {
    outline: 3px solid ${token['color-primary']};
    outline-offset: 2px;
  }
  .count {
    min-width: 2ch;
    font-size: 1.5rem;
    font-weight: 700;
    line-height: 1.2;
    color: ${token['color-primary']};
    font-variant-numeric: tabular-nums;
  }
  .attention .count {
    color: ${token['color-warning']};
  }
  .failed p {
    margin: 0 0 ${token['space-2']};
    color: ${token['color-muted']};
  }
`;
