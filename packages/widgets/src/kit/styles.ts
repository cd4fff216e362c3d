/**
 * The page layout every plugin's elements start from. A plugin extends it rather than copying it,
 * `css\`${pageStyles} form { max-width: 40rem; }\``, so that its own rules (widths, link colours, its
 * components) come after these and win, and its elements still list one stylesheet.
 *
 * Classes: `.stack` (a vertical grid like a form), `.row` (fields side by side, wrapping), `.toolbar`
 * (filters above a table), `.heading` (a title with actions on its right), `.actions` (buttons),
 * `.muted` (secondary text), `.alert` (an error line), `.note` (a neutral notice); headings and `dl` term lists are styled too.
 */
import { css } from 'lit';

export const pageStyles = css`
  :host {
    display: block;
  }
  h1 {
    margin: 0 0 var(--portico-space-4, 1rem);
    font-size: 1.5rem;
  }
  h2 {
    font-size: 1.15rem;
    margin: var(--portico-space-5, 1.5rem) 0 var(--portico-space-3, 0.75rem);
  }
  form,
  .stack {
    display: grid;
    gap: var(--portico-space-3, 0.75rem);
  }
  .row {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    gap: var(--portico-space-3, 0.75rem);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--portico-space-3, 0.75rem);
    align-items: end;
    margin-block-end: var(--portico-space-4, 1rem);
  }
  /* Filters share the row evenly and fill it when they wrap (a phone), rather than each keeping its own width. */
  .toolbar > portico-field,
  .toolbar > portico-select {
    flex: 1 1 12rem;
    max-width: 24rem;
  }
  .heading {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
    gap: var(--portico-space-3, 0.75rem);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--portico-space-2, 0.5rem);
  }
  .muted {
    color: var(--portico-color-muted, #555);
  }
  .alert {
    color: var(--portico-color-danger, #b00020);
    margin: 0;
  }
  .note {
    margin: 0;
    padding: var(--portico-space-2, 0.5rem) var(--portico-space-3, 0.75rem);
    border-inline-start: 3px solid var(--portico-color-primary, #2f5bea);
    background: var(--portico-color-surface-alt, #f4f6fb);
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--portico-space-2, 0.5rem) var(--portico-space-4, 1rem);
    margin: 0;
  }
  dt {
    color: var(--portico-color-muted, #555);
  }
  dd {
    margin: 0;
  }
`;
