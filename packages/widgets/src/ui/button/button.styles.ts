import { css } from 'lit';
import { token } from '../../theme/tokens.js';

export const buttonStyles = css`
  :host {
    display: inline-block;
  }
  button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: ${token['space-2']};
    min-height: 2.5rem;
    padding: ${token['space-2']} ${token['space-4']};
    border: 1px solid transparent;
    border-radius: ${token.radius};
    font: inherit;
    font-weight: 600;
    cursor: pointer;
    background: ${token['color-primary']};
    color: ${token['color-on-primary']};
    width: 100%;
  }
  :host([variant='secondary']) button {
    background: ${token['color-surface']};
    color: ${token['color-text']};
    border-color: ${token['color-border']};
  }
  :host([variant='danger']) button {
    background: ${token['color-danger']};
    color: #ffffff;
  }
  :host([variant='text']) button {
    background: transparent;
    color: ${token['color-primary']};
    padding-inline: ${token['space-2']};
    text-decoration: underline;
  }
  button:hover:not([aria-disabled='true']) {
    filter: brightness(0.93);
  }
  button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .spinner {
    width: 1em;
    height: 1em;
    border: 2px solid currentColor;
    border-right-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
`;
