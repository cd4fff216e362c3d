import { LitElement } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import { sharedStyles } from './shared-styles.js';

/**
 * The base of every Portico element: re-renders when the locale changes (or when a plugin's
 * translations arrive), starts from the shared styles, and dispatches `portico-*` events that
 * cross shadow roots so a host page can listen on any ancestor.
 */
export class PorticoElement extends LitElement {
  static override styles = [sharedStyles];

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  /** Dispatches a bubbling, composed `portico-<name>` event; returns false when a listener cancelled it. */
  protected emit<T>(name: `portico-${string}`, detail?: T, options: { cancelable?: boolean } = {}): boolean {
    return this.dispatchEvent(
      new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }),
    );
  }
}
