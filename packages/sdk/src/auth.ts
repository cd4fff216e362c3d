/**
 * How the client proves who it is, one strategy per kind of caller:
 *   - session: the portal's cookie, plus the request-verification token on every change;
 *   - bearer: short-lived embed tokens from the host page, refreshed before they expire;
 *   - api-key: a tenant backend's secret key.
 */

export interface BearerToken {
  token: string;
  /** ISO timestamp. */
  expiresAt: string;
}

export type AuthOptions =
  | { type: 'session' }
  | { type: 'bearer'; getToken: () => Promise<BearerToken> }
  | { type: 'api-key'; key: string };

/** A token this close to its expiry is replaced before use, so it cannot lapse in flight. */
export const REFRESH_MARGIN_MS = 30_000;

/**
 * What a session client must know of the server's identity provider (from `GET /api/v1/portal`):
 * where the session is, the header its verification token travels in, and which paths start or end a
 * session. The SDK names no plugin's paths itself.
 */
export interface SessionIdentity {
  sessionPath: string;
  verificationHeader: string;
  sessionChangePaths: readonly string[];
}

/** Waits for `promise` but gives up as soon as the signal aborts, with the signal's reason. */
export function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  signal.throwIfAborted();
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/**
 * Bearer tokens from the host's provider: one call at a time (concurrent requests share it), a new
 * one shortly before `expiresAt`, and a forced one after the server refused the token in use.
 */
export class BearerTokens {
  private current: { token: string; expiresAtMs: number } | undefined;
  private pending: Promise<string> | undefined;

  constructor(private readonly getToken: () => Promise<BearerToken>) {}

  token(signal: AbortSignal | undefined, now = Date.now()): Promise<string> {
    const current = this.current;
    // An unreadable expiry is trusted until the server refuses the token.
    if (current && (Number.isNaN(current.expiresAtMs) || current.expiresAtMs - now > REFRESH_MARGIN_MS)) return Promise.resolve(current.token);
    return abortable(this.refresh(), signal);
  }

  /** After a 401: drop the refused token, unless another request already replaced it. */
  refused(token: string): void {
    if (this.current?.token === token) this.current = undefined;
  }

  private refresh(): Promise<string> {
    this.pending ??= this.getToken()
      .then(({ token, expiresAt }) => {
        if (typeof token !== 'string' || !token) throw new TypeError('getToken() answered no token');
        this.current = { token, expiresAtMs: Date.parse(expiresAt) };
        return token;
      })
      .finally(() => {
        this.pending = undefined;
      });
    return this.pending;
  }
}

/** The session's request-verification token: fetched once, shared by concurrent changes. */
export class VerificationToken {
  private value: string | null | undefined;
  private pending: Promise<string | null> | undefined;

  constructor(private readonly fetchToken: () => Promise<string | null>) {}

  set(token: string | null | undefined): void {
    this.value = token ?? undefined;
  }

  get(signal: AbortSignal | undefined): Promise<string | null> {
    if (this.value !== undefined) return Promise.resolve(this.value);
    this.pending ??= this.fetchToken()
      .then((token) => {
        this.value = token;
        return token;
      })
      .finally(() => {
        this.pending = undefined;
      });
    return abortable(this.pending, signal);
  }
}
