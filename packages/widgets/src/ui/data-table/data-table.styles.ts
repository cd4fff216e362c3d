import { css } from 'lit';
import { token } from '../../theme/tokens.js';

export const dataTableStyles = css`
  :host {
    display: block;
  }
  .scroll {
    overflow-x: auto;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block: ${token['space-2']};
  }
  th,
  td {
    text-align: start;
    padding: ${token['space-2']} ${token['space-3']};
    border-bottom: 1px solid ${token['color-border']};
  }
  th {
    font-weight: 600;
    color: ${token['color-muted']};
    white-space: nowrap;
  }
  th.end,
  td.end {
    text-align: end;
  }
  th button {
    font: inherit;
    color: inherit;
    background: none;
    border: 0;
    padding: 0;
    cursor: pointer;
    display: inline-flex;
    gap: ${token['space-1']};
    align-items: center;
  }
  tbody tr.clickable {
    cursor: pointer;
  }
  tbody tr.clickable:hover {
    background: ${token['color-surface-alt']};
  }
  tbody tr:focus-visible {
    outline-offset: -2px;
  }
  .more {
    display: flex;
    justify-content: center;
    padding: ${token['space-3']};
  }
`;
