/** Bearer embed tokens: the host page mints them server-to-server and hands them to the provider. */

export interface EmbedToken {
  token: string;
  /** ISO timestamp; the SDK asks again shortly before it. */
  expiresAt: string;
}

export type TokenProvider = () => Promise<EmbedToken>;

/**
 * Detail of `portico-token-request`: a host page that prefers events to setting `tokenProvider`
 * answers with `event.detail.respondWith(fetchTokenFromMyBackend())`.
 */
export interface TokenRequestDetail {
  respondWith(token: EmbedToken | Promise<EmbedToken>): void;
}

/** Asks the page for a token through a `portico-token-request` event dispatched on `target`. */
export function requestTokenFromPage(target: EventTarget): Promise<EmbedToken> {
  let answer: Promise<EmbedToken> | undefined;
  const detail: TokenRequestDetail = {
    respondWith(token) {
      answer ??= Promise.resolve(token);
    },
  };
  target.dispatchEvent(new CustomEvent<TokenRequestDetail>('portico-token-request', { detail, bubbles: true, composed: true }));
  return (
    answer ??
    Promise.reject(new Error('No embed token: set tokenProvider on <portico-provider> or answer its portico-token-request event'))
  );
}
