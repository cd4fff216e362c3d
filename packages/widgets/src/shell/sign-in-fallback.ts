/**
 * `<portico-sign-in>` until the access plugin's widgets define the real one: a link to the sign-in
 * page the server renders, which works without any widget.
 */
import { html } from 'lit';
import { msg } from '@lit/localize';
import { PorticoElement } from '../base/portico-element.js';

export class PorticoSignInFallback extends PorticoElement {
  protected override render() {
    return html`<section part="sign-in">
      <h1>${msg('Sign in', { id: 'shell.sign-in.title' })}</h1>
      <p>${msg('Sign in to reach your partner portal.', { id: 'shell.sign-in.lead' })}</p>
      <a part="sign-in-link" href="/sign-in">${msg('Continue to sign-in', { id: 'shell.sign-in.link' })}</a>
    </section>`;
  }
}

/**
 * The tag belongs to the access plugin's widgets; named through a constant so that the bundle
 * build, which maps tags to chunks by reading `customElements.define('…'`, maps it to theirs.
 */
const SIGN_IN_TAG = 'portico-sign-in';

/** Defines the fallback only if nothing (the access plugin's widgets) has defined the tag. */
export function ensureSignInElement(): void {
  if (!customElements.get(SIGN_IN_TAG)) customElements.define(SIGN_IN_TAG, class extends PorticoSignInFallback {});
}
