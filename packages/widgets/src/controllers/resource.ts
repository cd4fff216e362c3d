/**
 * Loads data for a widget and tracks its state — loading, empty, error (with retry), ready — so
 * every page handles the four the same way. A new load starts when the arguments change; the one
 * in flight is aborted then, and when the element leaves the page.
 *
 *   #deal = new ResourceController(this, {
 *     args: () => [this.client, this.dealId] as const,
 *     load: ([client, id], signal) => client.get('/deals/{id}', { params: { id }, signal }),
 *   });
 *   render() { return renderResource(this.#deal, (deal) => html`<h1>${deal.name}</h1>`); }
 */
import { html } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import '../ui/skeleton/skeleton.js';
import '../ui/empty-state/empty-state.js';
import '../ui/error-state/error-state.js';

export type ResourceStatus = 'idle' | 'loading' | 'empty' | 'error' | 'ready';

export interface ResourceOptions<Args extends readonly unknown[], Value> {
  /** Read on every host update; a change (by identity, item by item) starts a new load. */
  args: () => Args;
  load: (args: Args, signal: AbortSignal) => Promise<Value>;
  /** Whether a loaded value counts as empty (default: an empty array, or `{ items: [] }`). */
  isEmpty?: (value: Value) => boolean;
  /** Do not load while this is false (e.g. the client is not provided yet). Default: every arg is defined. */
  enabled?: (args: Args) => boolean;
}

function defaultIsEmpty(value: unknown): boolean {
  if (Array.isArray(value)) return value.length === 0;
  const items = (value as { items?: unknown } | null)?.items;
  return Array.isArray(items) && items.length === 0;
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException ? error.name === 'AbortError' : (error as { name?: string } | null)?.name === 'AbortError';
}

export class ResourceController<Args extends readonly unknown[], Value> implements ReactiveController {
  status: ResourceStatus = 'idle';
  value: Value | undefined = undefined;
  error: unknown = undefined;

  #host: ReactiveControllerHost;
  #options: ResourceOptions<Args, Value>;
  #args: Args | undefined;
  #abort: AbortController | undefined;
  #settled: Promise<void> = Promise.resolve();

  constructor(host: ReactiveControllerHost, options: ResourceOptions<Args, Value>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** Resolves when the current load has finished (whatever its outcome). */
  get settled(): Promise<void> {
    return this.#settled;
  }

  hostConnected(): void {
    // Back on the page after an aborted load: load again on the next update.
    if (this.status === 'loading' && !this.#abort) {
      this.#args = undefined;
      this.#host.requestUpdate();
    }
  }

  hostUpdate(): void {
    const args = this.#options.args();
    if (this.#args && sameArgs(this.#args, args)) return;
    this.#args = args;
    const enabled = this.#options.enabled ? this.#options.enabled(args) : args.every((arg) => arg !== undefined && arg !== null);
    if (enabled) this.#run(args);
  }

  hostDisconnected(): void {
    this.#abort?.abort();
    this.#abort = undefined;
  }

  /** Loads again with the same arguments (the Retry button). */
  retry(): Promise<void> {
    if (this.#args) this.#run(this.#args);
    return this.#settled;
  }

  #run(args: Args): void {
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    this.status = 'loading';
    this.error = undefined;
    this.#host.requestUpdate();
    this.#settled = this.#options.load(args, abort.signal).then(
      (value) => {
        if (abort.signal.aborted) return;
        this.value = value;
        this.status = (this.#options.isEmpty ?? defaultIsEmpty)(value) ? 'empty' : 'ready';
        this.#finish(abort);
      },
      (error: unknown) => {
        if (abort.signal.aborted || isAbort(error)) return;
        this.error = error;
        this.status = 'error';
        this.#finish(abort);
      },
    );
  }

  #finish(abort: AbortController): void {
    if (this.#abort === abort) this.#abort = undefined;
    this.#host.requestUpdate();
  }
}

function sameArgs(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, index) => Object.is(value, b[index]));
}

/** What rendering needs of a controller, whatever its arguments. */
export interface ResourceState<Value> {
  readonly status: ResourceStatus;
  readonly value: Value | undefined;
  readonly error: unknown;
  retry(): Promise<void>;
}

export interface ResourceTemplates<Value> {
  loading?: () => TemplateResult;
  empty?: () => TemplateResult;
  error?: (error: unknown, retry: () => void) => TemplateResult;
}

/** The usual rendering of each state: a skeleton, an empty state, an error with Retry, or `ready(value)`. */
export function renderResource<Value>(
  resource: ResourceState<Value>,
  ready: (value: Value) => TemplateResult,
  templates: ResourceTemplates<Value> = {},
): TemplateResult {
  const retry = () => void resource.retry();
  switch (resource.status) {
    case 'idle':
    case 'loading':
      return templates.loading?.() ?? html`<portico-skeleton></portico-skeleton>`;
    case 'empty':
      return templates.empty?.() ?? html`<portico-empty-state></portico-empty-state>`;
    case 'error':
      return templates.error?.(resource.error, retry) ?? html`<portico-error-state .error=${resource.error} @portico-retry=${retry}></portico-error-state>`;
    case 'ready':
      return ready(resource.value as Value);
  }
}
