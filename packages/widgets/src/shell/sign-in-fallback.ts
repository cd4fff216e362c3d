/**
 * The identity provider's sign-in element until its widgets define the real one: a link to the
 * sign-in page the server renders, which works without any widget.
 */
import { html } from 'lit';
import { msg } from '@lit/localize';
import { PorticoElement } from '../base/portico-element.js';

export class PorticoSignInFallback extends PorticoElement {
  /** The server-rendered sign-in page (the identity provider's `signInPage`). */
  static page = '/sign-in';

  protected override render() {
    return html`<section part="sign-in">
      <h1>${msg('Sign in', { id: 'shell.sign-in.title' })}</h1>
      <p>${msg('Sign in to reach your partner portal.', { id: 'shell.sign-in.lead' })}</p>
      <a part="sign-in-link" href=${(this.constructor as typeof PorticoSignInFallback).page}>${msg('Continue to sign-in', { id: 'shell.sign-in.link' })}</a>
    </section>`;
  }
}

/** Defines the fallback under the identity provider's tag, only if nothing (its widgets) has defined it. */
export function ensureSignInElement(tag: string, page: string): void {
  if (!customElements.get(tag)) customElements.define(tag, class extends PorticoSignInFallback { static override page = page; });
}
