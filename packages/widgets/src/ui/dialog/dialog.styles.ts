import { css } from 'lit';
import { token } from '../../theme/tokens.js';

export const dialogStyles = css`
  dialog {
    border: 0;
    border-radius: ${token.radius};
    padding: 0;
    width: min(32rem, calc(100vw - 2rem));
    background: ${token['color-surface']};
    color: ${token['color-text']};
    box-shadow: 0 10px 40px rgb(0 0 0 / 0.3);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: ${token['space-3']};
    padding: ${token['space-4']} ${token['space-5']} 0;
  }
  h2 {
    margin: 0;
    font-size: 1.25rem;
  }
  .close {
    font: inherit;
    font-size: 1.5rem;
    line-height: 1;
    background: none;
    border: 0;
    color: ${token['color-muted']};
    cursor: pointer;
    padding: ${token['space-1']} ${token['space-2']};
    border-radius: ${token.radius};
  }
  .body {
    padding: ${token['space-4']} ${token['space-5']};
  }
  footer {
    display: flex;
    justify-content: flex-end;
    gap: ${token['space-2']};
    padding: 0 ${token['space-5']} ${token['space-4']};
  }
`;
