/**
 * The person's notifications as they happen, one feed per API client however many elements listen
 * (the bell in the header and the centre's page share one connection).
 *
 * The feed reads `GET /notifications/stream` (server-sent events) through the client's `raw()`, so with
 * the same credentials as every call — the session cookie, or the embed's bearer token in
 * `Authorization`, which `EventSource` could not send — and parses it with `sse.ts`:
 *   `event: unread`        `{ unread, latest }`: the count of unread notifications, and the newest's id
 *   `event: notification`  a new Notification (its `id:` is the stream's event id)
 * A stream that ends or breaks is opened again after the server's `retry:` (5 s), then twice as long
 * each time it fails again, up to a minute, with `Last-Event-ID` set to the last notification seen (or,
 * before any, the `latest` the server announced) so that the server replays what came meanwhile.
 * Where the stream cannot be had — answered other than 200 with `text/event-stream` (a proxy, an older
 * server), no readable body, or five failures in a row — the feed asks `GET /notifications/unread`
 * every 30 s instead, tells listeners `stale` when the newest notification changed, and tries the
 * stream again after five minutes. A 401 or 403 stops it. When the last listener leaves (its element
 * left the page), the connection and the timers stop.
 *
 * Changes an element makes (read, archived, all read) go through `noteChange` and `noteAllRead`, so
 * that the count and the other elements follow without asking the server.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PorticoClient } from '@portico/sdk';
import { isProblem } from '@portico/widgets';
import { createSseParser, type SseEvent } from './sse.js';
import { counted, notificationsCall, type Notification, type UnreadCount } from './shared.js';

export type LiveMode = 'connecting' | 'streaming' | 'reconnecting' | 'polling' | 'stopped';

export type LiveEvent =
  /** The count of unread (not archived) notifications, and the newest notification's id. */
  | { type: 'unread'; unread: number; latest: string | null }
  /** A notification just made for the person. */
  | { type: 'notification'; notification: Notification }
  /** An element here changed one (read, unread, archived, back in the inbox). */
  | { type: 'changed'; notification: Notification }
  /** An element here marked all read (of one plugin, or all). */
  | { type: 'all-read'; plugin: string | null; at: string }
  /** Polling saw a newer notification than before: read the list again. */
  | { type: 'stale' }
  | { type: 'mode'; mode: LiveMode };

export type LiveListener = (event: LiveEvent) => void;

/** The feed's timing (milliseconds); tests shorten it. */
export const liveTiming = {
  /** Before reopening a dropped stream, until the server says otherwise with `retry:`. */
  retryMs: 5_000,
  /** The longest wait between two attempts. */
  maxRetryMs: 60_000,
  /** Failures in a row (to open, or of an open stream before it said anything) before polling instead. */
  failuresBeforePolling: 5,
  pollMs: 30_000,
  /** How long polling lasts before the stream is tried again. */
  streamAgainMs: 5 * 60_000,
};

const STREAM = '/notifications/stream';
const refusal = (status: number) => status === 401 || status === 403;

class Feed {
  mode: LiveMode = 'connecting';
  unread: UnreadCount | null = null;
  readonly listeners = new Set<LiveListener>();
  #abort: AbortController | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #lastEventId = '';
  #retryMs = liveTiming.retryMs;
  #failures = 0;
  #stopped = false;

  constructor(readonly client: PorticoClient) {}

  emit(event: LiveEvent): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch (error) {
        console.error('Portico: a notifications listener failed', error);
      }
    }
  }

  setUnread(unread: UnreadCount): void {
    this.unread = unread;
    this.emit({ type: 'unread', unread: unread.unread, latest: unread.latest });
  }

  start(): void {
    void this.#connect();
  }

  stop(): void {
    this.#stopped = true;
    clearTimeout(this.#timer);
    this.#abort?.abort();
    this.#abort = null;
    this.#mode('stopped');
  }

  #mode(mode: LiveMode): void {
    if (this.mode === mode) return;
    this.mode = mode;
    this.emit({ type: 'mode', mode });
  }

  async #connect(): Promise<void> {
    clearTimeout(this.#timer);
    if (this.#stopped) return;
    const abort = new AbortController();
    this.#abort = abort;
    const headers: Record<string, string> = { accept: 'text/event-stream' };
    if (this.#lastEventId) headers['last-event-id'] = this.#lastEventId;
    let response: Response;
    try {
      response = await this.client.raw('GET', STREAM, { headers, signal: abort.signal });
    } catch (error) {
      if (abort.signal.aborted || this.#stopped) return;
      if (isProblem(error) && error.status > 0) {
        // The server answered, and not with a stream: it will not, for now.
        if (refusal(error.status)) return this.stop();
        return this.#poll();
      }
      return this.#failed();
    }
    const type = response.headers.get('content-type') ?? '';
    if (!response.body || !/^text\/event-stream/i.test(type)) {
      await response.body?.cancel().catch(() => undefined);
      return this.#poll();
    }
    this.#mode('streaming');
    try {
      await this.#read(response.body, abort.signal);
    } catch {
      // the connection dropped: opened again below
    }
    if (abort.signal.aborted || this.#stopped) return;
    this.#failed();
  }

  async #read(body: ReadableStream<Uint8Array>, signal: AbortSignal): Promise<void> {
    const reader = body.getReader();
    const decoder = new TextDecoder();
    const cancel = () => void reader.cancel().catch(() => undefined);
    signal.addEventListener('abort', cancel, { once: true });
    const parser = createSseParser({ onEvent: (event) => this.#onEvent(event), onRetry: (ms) => (this.#retryMs = ms) });
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        parser.feed(decoder.decode(value, { stream: true }));
      }
    } finally {
      signal.removeEventListener('abort', cancel);
    }
  }

  #onEvent(event: SseEvent): void {
    // The stream works: a later drop starts the backoff afresh.
    this.#failures = 0;
    if (event.id) this.#lastEventId = event.id;
    let data: unknown;
    try {
      data = JSON.parse(event.data);
    } catch {
      return;
    }
    if (event.event === 'unread') {
      const unread = data as UnreadCount;
      if (typeof unread?.unread !== 'number') return;
      // Before any notification came on the stream, a reconnection asks for those after the newest known.
      if (!this.#lastEventId && unread.latest) this.#lastEventId = unread.latest;
      this.setUnread({ unread: unread.unread, latest: unread.latest ?? null });
    } else if (event.event === 'notification') {
      const notification = data as Notification;
      if (typeof notification?.id !== 'string') return;
      this.emit({ type: 'notification', notification });
    }
  }

  /** The stream could not be opened for want of a connection, or it dropped: again later, or poll. */
  #failed(): void {
    this.#failures += 1;
    if (this.#failures >= liveTiming.failuresBeforePolling) return this.#poll();
    const delay = Math.min(liveTiming.maxRetryMs, this.#retryMs * 2 ** (this.#failures - 1));
    this.#mode('reconnecting');
    this.#timer = setTimeout(() => void this.#connect(), delay);
  }

  #poll(): void {
    if (this.#stopped) return;
    this.#mode('polling');
    const since = Date.now();
    const abort = new AbortController();
    this.#abort = abort;
    const tick = async () => {
      if (this.#stopped || abort.signal.aborted) return;
      if (Date.now() - since >= liveTiming.streamAgainMs) {
        this.#failures = 0;
        this.#mode('connecting');
        return void this.#connect();
      }
      try {
        const before = this.unread;
        const now = await notificationsCall(this.client, 'GET /notifications/unread', { signal: abort.signal });
        if (this.#stopped || abort.signal.aborted) return;
        this.setUnread(now);
        if (now.latest) this.#lastEventId = now.latest;
        if (before && now.latest && now.latest !== before.latest) this.emit({ type: 'stale' });
      } catch (error) {
        if (this.#stopped || abort.signal.aborted) return;
        if (isProblem(error) && refusal(error.status)) return this.stop();
      }
      this.#timer = setTimeout(() => void tick(), liveTiming.pollMs);
    };
    void tick();
  }
}

const feeds = new WeakMap<PorticoClient, Feed>();

/**
 * Listens to the person's notifications through `client` (opening the feed for the first listener);
 * the listener is told the count at once when it is known. Returns the function that stops listening
 * (the feed stops with its last listener).
 */
export function listen(client: PorticoClient, listener: LiveListener): () => void {
  let feed = feeds.get(client);
  if (!feed) {
    feed = new Feed(client);
    feeds.set(client, feed);
    feed.start();
  }
  const mine = feed;
  mine.listeners.add(listener);
  if (mine.unread) listener({ type: 'unread', unread: mine.unread.unread, latest: mine.unread.latest });
  let listening = true;
  return () => {
    if (!listening) return;
    listening = false;
    mine.listeners.delete(listener);
    if (mine.listeners.size === 0) {
      mine.stop();
      if (feeds.get(client) === mine) feeds.delete(client);
    }
  };
}

/** How the feed of `client` gets its news now (`stopped` without one). */
export function liveMode(client: PorticoClient): LiveMode {
  return feeds.get(client)?.mode ?? 'stopped';
}

/** Tells the listeners of `client` that an element changed a notification (the server answered `after`); the count follows. */
export function noteChange(client: PorticoClient, before: Notification, after: Notification): void {
  const feed = feeds.get(client);
  if (!feed) return;
  feed.emit({ type: 'changed', notification: after });
  const delta = Number(counted(after)) - Number(counted(before));
  if (delta && feed.unread) feed.setUnread({ ...feed.unread, unread: Math.max(0, feed.unread.unread + delta) });
}

/** Tells the listeners of `client` that all (of `plugin`) were marked read, and the count the server answered. */
export function noteAllRead(client: PorticoClient, plugin: string | null, unread: number): void {
  const feed = feeds.get(client);
  if (!feed) return;
  feed.emit({ type: 'all-read', plugin, at: new Date().toISOString() });
  feed.setUnread({ unread, latest: feed.unread?.latest ?? null });
}

/**
 * Listens while the host is on the page and `client()` gives a client (null: the person may not, or
 * nothing is signed in); follows a change of client, and stops in `disconnectedCallback`.
 */
export class LiveController implements ReactiveController {
  #host: ReactiveControllerHost;
  #client: () => PorticoClient | null | undefined;
  #listener: LiveListener;
  #current: PorticoClient | null = null;
  #stop: (() => void) | null = null;

  constructor(host: ReactiveControllerHost, client: () => PorticoClient | null | undefined, listener: LiveListener) {
    this.#host = host;
    this.#client = client;
    this.#listener = listener;
    host.addController(this);
  }

  hostConnected(): void {
    // Back on the page: listen again on the next update.
    this.#host.requestUpdate();
  }

  hostUpdate(): void {
    const client = this.#client() ?? null;
    if (client === this.#current) return;
    this.#end();
    if (client) {
      this.#current = client;
      this.#stop = listen(client, this.#listener);
    }
  }

  hostDisconnected(): void {
    this.#end();
  }

  #end(): void {
    this.#stop?.();
    this.#stop = null;
    this.#current = null;
  }
}
