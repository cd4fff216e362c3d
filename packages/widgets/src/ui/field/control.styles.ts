import { css } from 'lit';
import { token } from '../../theme/tokens.js';

/** Label, hint and error text shared by field, select and checkbox. */
export const controlStyles = css`
  :host {
    display: block;
  }
  .control {
    display: grid;
    gap: ${token['space-1']};
  }
  label {
    font-weight: 600;
  }
  .required {
    color: ${token['color-danger']};
  }
  .hint {
    color: ${token['color-muted']};
    font-size: 0.875em;
    margin: 0;
  }
  .error {
    color: ${token['color-danger']};
    font-size: 0.875em;
    margin: 0;
  }
  input,
  textarea,
  select {
    font: inherit;
    color: ${token['color-text']};
    background: ${token['color-surface']};
    border: 1px solid ${token['color-border']};
    border-radius: ${token.radius};
    padding: ${token['space-2']} ${token['space-3']};
    min-height: 2.5rem;
    width: 100%;
  }
  textarea {
    min-height: 6rem;
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: ${token['color-danger']};
    border-width: 2px;
  }
`;
