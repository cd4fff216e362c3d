/**
 * A stand-in for the SDK client in browser tests: answers by path from a table of handlers and
 * records every call, so a test states what the server says and asserts what the widget asked.
 *
 * The table is typed from the API the SDK's client is typed from (the generated OpenAPI types, made
 * from the routes' schemas): a key is `METHOD /path` (`LIST /path` for `client.list`, a bare path for
 * any method), and its handler must answer that route's response shape, so a fake that answers an
 * outdated shape, or a route that no longer exists, fails the widgets' type check.
 */
import type { ApiPaths, HttpMethod, ItemOf, ListPaths, Operation, Page, PathsFor, PorticoClient, ResponseBody } from '@portico/sdk';

export class FakeProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    readonly errors: { in?: string; field: string; message: string }[] = [],
  ) {
    super(title);
  }
}

type Options = { params?: Record<string, string>; query?: Record<string, unknown>; cursor?: string | null; body?: unknown; signal?: AbortSignal };
/** A route's stand-in: answers its response shape (nothing, for a 204), or throws a `FakeProblem`. */
type Handler<T = unknown> = (options: Options) => [T] extends [undefined] ? void | Promise<void> : T | Promise<T>;

type Answer<M extends HttpMethod, P extends PathsFor<M>> = ResponseBody<Operation<M, P>>;
type MethodRoutes<M extends HttpMethod> = { [P in PathsFor<M> as `${Uppercase<M>} ${P}`]?: Handler<Answer<M, P>> };
type AnyMethodAnswer<P extends keyof ApiPaths> = { [M in HttpMethod]: P extends PathsFor<M> ? Answer<M, P> : never }[HttpMethod];

/** The handlers a fake answers with, each typed by the route it stands for. */
export type FakeRoutes = MethodRoutes<'get'> &
  MethodRoutes<'post'> &
  MethodRoutes<'put'> &
  MethodRoutes<'patch'> &
  MethodRoutes<'delete'> & { [P in ListPaths as `LIST ${P}`]?: Handler<Page<ItemOf<P>>> } & { [P in keyof ApiPaths]?: Handler<AnyMethodAnswer<P>> };

export interface FakeCall {
  method: string;
  path: string;
  options: Options;
}

export function fakeClient(routes: FakeRoutes) {
  const table = routes as Record<string, Handler | undefined>;
  const calls: FakeCall[] = [];
  let unauthenticated: (() => void) | undefined;
  const verificationTokens: (string | null)[] = [];
  const call = (method: string) => async (path: string, options: Options = {}) => {
    calls.push({ method, path, options });
    const handler = table[`${method} ${path}`] ?? table[path];
    if (!handler) throw new FakeProblem(404, 'Not found');
    if (options.signal?.aborted) throw new DOMException('Aborted', 'AbortError');
    return handler(options);
  };
  const client = {
    get: call('GET'),
    post: call('POST'),
    put: call('PUT'),
    patch: call('PATCH'),
    delete: call('DELETE'),
    list: call('LIST'),
    call: (method: string, path: string, options?: Options) => call(method)(path, options),
    setVerificationToken: (token: string | null) => verificationTokens.push(token),
    onUnauthenticated: (callback: () => void) => {
      unauthenticated = callback;
      return () => {
        if (unauthenticated === callback) unauthenticated = undefined;
      };
    },
  };
  return {
    client: client as unknown as PorticoClient,
    calls,
    verificationTokens,
    signOut: () => unauthenticated?.(),
  };
}

/** Resolves after pending promises and one animation frame, for renders that follow async loads. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0)).then(() => new Promise((resolve) => requestAnimationFrame(() => resolve())));
}
