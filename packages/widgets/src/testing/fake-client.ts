/**
 * A stand-in for the SDK client in browser tests: answers by path from a table of handlers and
 * records every call, so a test states what the server says and asserts what the widget asked.
 */
import type { PorticoClient } from '@portico/sdk';

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
type Handler = (options: Options) => unknown | Promise<unknown>;

export interface FakeCall {
  method: string;
  path: string;
  options: Options;
}

export function fakeClient(routes: Record<string, Handler>) {
  const calls: FakeCall[] = [];
  let unauthenticated: (() => void) | undefined;
  const verificationTokens: (string | null)[] = [];
  const call = (method: string) => async (path: string, options: Options = {}) => {
    calls.push({ method, path, options });
    const handler = routes[`${method} ${path}`] ?? routes[path];
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
