/**
 * The typed Portico client. Paths and their params, query, bodies and answers are checked against
 * the generated OpenAPI types; at run time it adds credentials, the request-verification header,
 * idempotency keys, safe automatic retries, and turns error answers into `PorticoError`s.
 */
import { abortable, BearerTokens, VerificationToken, type AuthOptions, type SessionIdentity } from './auth.js';
import { PorticoError, PorticoNetworkError, retryAfterSeconds } from './errors.js';
import type {
  CreateOptions,
  ItemOf,
  ListOptions,
  ListPaths,
  Operation,
  OptionsArgument,
  Page,
  PathsFor,
  RequestOptions,
  ResponseBody,
} from './types.js';

export const API_BASE = '/api/v1';

export interface ClientOptions {
  /** Origin (and any prefix) of the Portico server; '' for the page's own origin. */
  baseUrl?: string;
  auth?: AuthOptions;
  fetch?: typeof fetch;
  /** Asked on every request, so a change of language applies at once. */
  acceptLanguage?: () => string;
  /** Automatic retries of a request that certainly changed nothing or is idempotent (default 2). */
  retries?: number;
  /** Longest `Retry-After` the client waits out by itself, in seconds (default 5); longer ones are thrown. */
  maxRetryAfter?: number;
  /**
   * Session auth only: the server's identity provider, as `GET /portal` describes it (`identity`).
   * Left out, the client asks `/portal` for it before the first change that needs it.
   */
  identity?: SessionIdentity | null;
}

export interface RawOptions {
  params?: Record<string, string | number>;
  query?: Record<string, unknown>;
  /** Sent as JSON. */
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  idempotencyKey?: string;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface PorticoClient {
  get<P extends PathsFor<'get'>>(path: P, ...options: OptionsArgument<RequestOptions<Operation<'get', P>>>): Promise<ResponseBody<Operation<'get', P>>>;
  post<P extends PathsFor<'post'>>(path: P, ...options: OptionsArgument<CreateOptions<Operation<'post', P>>>): Promise<ResponseBody<Operation<'post', P>>>;
  put<P extends PathsFor<'put'>>(path: P, ...options: OptionsArgument<RequestOptions<Operation<'put', P>>>): Promise<ResponseBody<Operation<'put', P>>>;
  patch<P extends PathsFor<'patch'>>(path: P, ...options: OptionsArgument<RequestOptions<Operation<'patch', P>>>): Promise<ResponseBody<Operation<'patch', P>>>;
  delete<P extends PathsFor<'delete'>>(path: P, ...options: OptionsArgument<RequestOptions<Operation<'delete', P>>>): Promise<ResponseBody<Operation<'delete', P>>>;
  /** One page of a list. */
  list<P extends ListPaths>(path: P, ...options: OptionsArgument<ListOptions<Operation<'get', P>>>): Promise<Page<ItemOf<P>>>;
  /** Every item of a list, following `nextCursor` page by page as the loop asks for more. */
  iterate<P extends ListPaths>(path: P, ...options: OptionsArgument<ListOptions<Operation<'get', P>>>): AsyncIterableIterator<ItemOf<P>>;
  /** For answers that are not JSON (CSV exports, files): the Response of a successful call. */
  raw(method: Method, path: string, options?: RawOptions): Promise<Response>;
  /**
   * Any route by its path, typed by the caller: for a plugin whose routes the generated types do not
   * know (one built outside this repository), which types `T` from its own schemas (`Static<typeof X>`).
   * Credentials, verification, idempotency keys, retries and errors as for the typed methods.
   */
  call<T = unknown>(method: Method, path: string, options?: RawOptions): Promise<T>;
  /** Sets (or with null, forgets, so it is fetched again) the session's request-verification token. */
  setVerificationToken(token: string | null): void;
  /** Hands over the identity provider the portal document names (so the client need not ask for it). */
  setIdentity(identity: SessionIdentity | null): void;
  /** Called when the server answers 401 and the client cannot recover; returns an unsubscribe function. */
  onUnauthenticated(callback: (error: PorticoError) => void): () => void;
}

const JSON_ACCEPT = 'application/json, application/problem+json';
const RETRY_STATUSES = new Set([409, 429, 503]);

function newIdempotencyKey(): string {
  const { crypto } = globalThis;
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // randomUUID exists only in secure contexts; a portal on plain http in a LAN still needs keys.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function expandPath(path: string, params: Record<string, string | number> | undefined): string {
  return path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined || value === null || value === '') throw new TypeError(`Missing path parameter "${name}" for ${path}`);
    return encodeURIComponent(String(value));
  });
}

function queryString(query: Record<string, unknown> | undefined): string {
  if (!query) return '';
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    for (const one of Array.isArray(value) ? value : [value]) search.append(key, String(one));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return abortable(new Promise((resolve) => setTimeout(resolve, ms)), signal);
}

/** Whether resending after a lost connection cannot do a change twice. */
function resendable(method: Method, idempotencyKey: string | undefined): boolean {
  return method === 'GET' || method === 'PUT' || method === 'DELETE' || (method === 'POST' && !!idempotencyKey);
}

async function readJson(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (!text) return undefined;
  return /\bjson\b/i.test(response.headers.get('content-type') ?? '') ? JSON.parse(text) : text;
}

export function createClient(options: ClientOptions = {}): PorticoClient {
  const baseUrl = (options.baseUrl ?? '').replace(/\/+$/, '');
  const auth: AuthOptions = options.auth ?? { type: 'session' };
  const fetchImpl = options.fetch ?? ((...args: Parameters<typeof fetch>) => globalThis.fetch(...args));
  const retries = options.retries ?? 2;
  const maxRetryAfter = options.maxRetryAfter ?? 5;
  const listeners = new Set<(error: PorticoError) => void>();

  const bearer = auth.type === 'bearer' ? new BearerTokens(auth.getToken) : undefined;
  let identity: SessionIdentity | null | undefined = options.identity;
  let identityPending: Promise<SessionIdentity | null> | undefined;
  /** The identity provider, asked of the portal document once when it was not handed over. */
  function knownIdentity(signal: AbortSignal | undefined): Promise<SessionIdentity | null> {
    if (identity !== undefined) return Promise.resolve(identity);
    identityPending ??= request('GET', '/portal', {})
      .then((portal) => (identity = (portal as { identity?: SessionIdentity | null } | undefined)?.identity ?? null))
      .finally(() => {
        identityPending = undefined;
      });
    return abortable(identityPending, signal);
  }
  const changesSession = (path: string) => !!identity?.sessionChangePaths.some((p) => path === p || path.startsWith(`${p}/`));

  const verification = new VerificationToken(async () => {
    try {
      const known = await knownIdentity(undefined);
      if (!known) return null;
      const session = (await request('GET', known.sessionPath, {})) as { verificationToken?: string | null } | undefined;
      return session?.verificationToken ?? null;
    } catch (error) {
      // Signed out there is no session to prove, and public changes (asking for a sign-in link) need no token.
      if (error instanceof PorticoError && error.status === 401) return null;
      throw error;
    }
  });

  async function credentials(method: Method, signal: AbortSignal | undefined): Promise<{ headers: Record<string, string>; bearerToken?: string }> {
    if (auth.type === 'api-key') return { headers: { authorization: `Bearer ${auth.key}` } };
    if (bearer) {
      const token = await bearer.token(signal);
      return { headers: { authorization: `Bearer ${token}` }, bearerToken: token };
    }
    if (method === 'GET') return { headers: {} };
    const token = await verification.get(signal);
    return { headers: token && identity ? { [identity.verificationHeader]: token } : {} };
  }

  function unauthenticated(error: PorticoError): void {
    if (auth.type === 'session') verification.set(undefined);
    for (const listener of listeners) {
      try {
        listener(error);
      } catch {
        // a listener's failure must not hide the 401 from the caller
      }
    }
  }

  /** Sends one call, retrying only where that cannot repeat a change; answers the successful Response. */
  async function send(method: Method, path: string, opts: RawOptions, accept: string | undefined): Promise<Response> {
    const url = `${baseUrl}${API_BASE}${expandPath(path, opts.params)}${queryString(opts.query)}`;
    const idempotencyKey = method === 'POST' ? (opts.idempotencyKey ?? newIdempotencyKey()) : undefined;
    const body = opts.body === undefined ? undefined : JSON.stringify(opts.body);
    const { signal } = opts;
    let attempt = 0;
    let askedForNewToken = false;
    for (;;) {
      signal?.throwIfAborted();
      const { headers: authHeaders, bearerToken } = await credentials(method, signal);
      const headers: Record<string, string> = { ...authHeaders };
      if (accept) headers.accept = accept;
      const language = options.acceptLanguage?.();
      if (language) headers['accept-language'] = language;
      if (body !== undefined) headers['content-type'] = 'application/json';
      if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
      Object.assign(headers, opts.headers);

      let response: Response;
      try {
        response = await fetchImpl(url, {
          method,
          headers,
          body,
          signal,
          credentials: auth.type === 'session' ? 'same-origin' : 'omit',
        });
      } catch (error) {
        if (signal?.aborted) throw signal.reason;
        if (attempt < retries && resendable(method, idempotencyKey)) {
          attempt += 1;
          await sleep(250 * 2 ** (attempt - 1), signal);
          continue;
        }
        throw new PorticoNetworkError(`Could not reach Portico (${method} ${path})`, { cause: error });
      }
      if (response.ok) return response;

      if (response.status === 401 && bearer && bearerToken && !askedForNewToken) {
        askedForNewToken = true;
        await response.body?.cancel();
        bearer.refused(bearerToken);
        continue;
      }
      const retryAfter = retryAfterSeconds(response.headers.get('retry-after'));
      // These answers promise that nothing was done, so any method may be sent again.
      if (RETRY_STATUSES.has(response.status) && retryAfter !== undefined && retryAfter <= maxRetryAfter && attempt < retries) {
        attempt += 1;
        await response.body?.cancel();
        await sleep(retryAfter * 1000, signal);
        continue;
      }
      const error = await PorticoError.fromResponse(response);
      if (response.status === 401) unauthenticated(error);
      throw error;
    }
  }

  async function request(method: Method, path: string, opts: RawOptions): Promise<unknown> {
    const response = await send(method, path, opts, JSON_ACCEPT);
    const body = await readJson(response);
    if (identity && path === identity.sessionPath && method === 'GET' && body && typeof body === 'object' && 'verificationToken' in body) {
      verification.set((body as { verificationToken: string | null }).verificationToken);
    } else if (method !== 'GET' && changesSession(path)) {
      // Signing in or out changes the session, and the token belongs to one session.
      verification.set(undefined);
    }
    return body;
  }

  const call =
    (method: Method) =>
    (path: string, opts: RawOptions = {}) =>
      request(method, path, opts);

  async function list(path: string, opts: RawOptions & { cursor?: string | null } = {}): Promise<Page<unknown>> {
    const { cursor, ...rest } = opts;
    const query = { ...(rest.query ?? {}), ...(cursor ? { cursor } : {}) };
    return (await request('GET', path, { ...rest, query })) as Page<unknown>;
  }

  async function* iterate(path: string, opts: RawOptions & { cursor?: string | null } = {}): AsyncGenerator<unknown> {
    let cursor = opts.cursor ?? null;
    do {
      const page = await list(path, { ...opts, cursor });
      yield* page.items;
      cursor = page.nextCursor;
    } while (cursor);
  }

  const client = {
    get: call('GET'),
    post: call('POST'),
    put: call('PUT'),
    patch: call('PATCH'),
    delete: call('DELETE'),
    list,
    iterate,
    raw: (method: Method, path: string, opts: RawOptions = {}) => send(method, path, opts, undefined),
    call: (method: Method, path: string, opts: RawOptions = {}) => request(method, path, opts),
    setVerificationToken: (token: string | null) => verification.set(token),
    setIdentity: (given: SessionIdentity | null) => {
      identity = given;
    },
    onUnauthenticated(callback: (error: PorticoError) => void) {
      listeners.add(callback);
      return () => {
        listeners.delete(callback);
      };
    },
  };
  // The typed surface is checked at the call sites; inside, every path is a string.
  return client as unknown as PorticoClient;
}
