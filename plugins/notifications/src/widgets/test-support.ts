/**
 * What the notifications elements' browser tests share: translations registered as the shell would, a
 * fake API typed from the plugin's own schemas (`NotificationsAnswers`, which the elements call
 * through) with a fake live stream (`StreamServer`: each opening of `GET /notifications/stream`
 * answered with a ReadableStream the test writes server-sent events to, an HTTP error, a page that is
 * no stream, or a network failure), the live feed's timing shortened, sessions, and notifications,
 * preferences and the tenant's defaults as the server answers them.
 */
import type { PorticoClient, RawOptions } from '@portico/sdk';
import { FakeProblem, fakeClient, registerWidgetTranslations, testSession, type FakeRoutes } from '@portico/widgets/testing';
import widgets from './index.js';
import { liveTiming } from './live.js';
import type { KindDefault, KindPreference, Notification, NotificationList, NotificationSettings, NotificationsAnswers, Preferences } from './shared.js';

export function registerNotificationsTranslations(): void {
  registerWidgetTranslations(widgets);
}

type Options = { params?: Record<string, string>; query?: Record<string, unknown>; body?: unknown; signal?: AbortSignal };
/** The notifications routes a test answers, each typed by what the server answers. */
export type NotificationsRoutes = { [R in keyof NotificationsAnswers]?: (options: Options) => NotificationsAnswers[R] | Promise<NotificationsAnswers[R]> };

const encoder = new TextEncoder();

/** One opening of the stream as the fake server answered it: the test writes the events. */
export class FakeStream {
  readonly response: Response;
  cancelled = false;
  #controller!: ReadableStreamDefaultController<Uint8Array>;
  #closed = false;

  constructor(signal?: AbortSignal) {
    const body = new ReadableStream<Uint8Array>({
      start: (controller) => {
        this.#controller = controller;
      },
      cancel: () => {
        this.cancelled = true;
      },
    });
    signal?.addEventListener('abort', () => {
      this.cancelled = true;
      this.#fail(new DOMException('Aborted', 'AbortError'));
    });
    this.response = new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream; charset=utf-8' } });
  }

  /** Sends raw text of the stream. */
  send(text: string): void {
    if (!this.#closed) this.#controller.enqueue(encoder.encode(text));
  }

  /** Sends one event, as the server writes it. */
  event(name: string, data: unknown, id?: string): void {
    this.send(`${id ? `id: ${id}\n` : ''}event: ${name}\ndata: ${JSON.stringify(data)}\n\n`);
  }

  /** What the server sends on opening: `retry`, then the count. */
  hello(unread: number, latest: string | null = null, retryMs = 20): void {
    this.send(`retry: ${retryMs}\n\n`);
    this.event('unread', { unread, latest });
  }

  /** A new notification, then the new count, as the server sends them. */
  arrive(n: Notification, unread: number): void {
    this.event('notification', n, n.id);
    this.event('unread', { unread, latest: n.id });
  }

  /** The server ends the stream. */
  end(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#controller.close();
  }

  /** The connection drops. */
  drop(): void {
    this.#fail(new TypeError('network error'));
  }

  #fail(error: unknown): void {
    if (this.#closed) return;
    this.#closed = true;
    try {
      this.#controller.error(error);
    } catch {
      // already closed
    }
  }
}

/** How the fake server answers an opening of the stream. */
export type StreamAnswer = 'stream' | 'network' | 'not-a-stream' | number;

/** The fake server's side of `GET /notifications/stream`. */
export class StreamServer {
  /** Each opening: the headers the client sent, when (`performance.now()`) and, when answered with one, the stream. */
  readonly opened: { headers: Record<string, string>; at: number; stream: FakeStream | null }[] = [];
  /** How the next openings are answered, in order; once none are left, with a stream. */
  readonly next: StreamAnswer[] = [];

  constructor(...answers: StreamAnswer[]) {
    this.next.push(...answers);
  }

  /** The last stream opened. */
  get last(): FakeStream {
    const stream = this.opened.filter((o) => o.stream).at(-1)?.stream;
    if (!stream) throw new Error('No stream was opened');
    return stream;
  }

  readonly raw = async (method: string, path: string, options: RawOptions = {}): Promise<Response> => {
    if (method !== 'GET' || path !== '/notifications/stream') throw new FakeProblem(404, 'Not found');
    const headers = { ...(options.headers ?? {}) };
    const answer = this.next.shift() ?? 'stream';
    if (answer === 'stream') {
      const stream = new FakeStream(options.signal);
      this.opened.push({ headers, at: performance.now(), stream });
      return stream.response;
    }
    this.opened.push({ headers, at: performance.now(), stream: null });
    if (answer === 'network') throw new TypeError('Failed to fetch');
    if (answer === 'not-a-stream') return new Response('<!doctype html><title>Proxy</title>', { status: 200, headers: { 'content-type': 'text/html' } });
    throw new FakeProblem(answer, answer === 404 ? 'Not found' : 'Unavailable');
  };
}

/**
 * A fake client answering the notifications routes, and the stream from `server` (answering each
 * opening with a stream, unless told otherwise).
 */
export function notificationsFake(routes: NotificationsRoutes, server = new StreamServer(), others: FakeRoutes = {}) {
  const fake = fakeClient({ ...others, ...(routes as FakeRoutes) });
  const client = { ...(fake.client as unknown as Record<string, unknown>), raw: server.raw } as unknown as PorticoClient;
  return { ...fake, client, server };
}

const defaultTiming = { ...liveTiming };

/** The live feed's waits made short for a test (the server's `retry:` still applies); `restoreTiming` puts them back. */
export function quickTiming(overrides: Partial<typeof liveTiming> = {}): void {
  Object.assign(liveTiming, { retryMs: 20, maxRetryMs: 200, pollMs: 60, streamAgainMs: 60_000, failuresBeforePolling: 5 }, overrides);
}

export function restoreTiming(): void {
  Object.assign(liveTiming, defaultTiming);
}

const session = (kind: 'staff' | 'member', permissions: string[], personId = 'me', name = 'Pat Partner') => testSession({ person: { id: personId, name, kind }, permissions });

export const member = session('member', ['notifications.use', 'deals.read']);
/** A member whose tenant took `notifications.use` away. */
export const withoutNotifications = session('member', ['deals.read'], 'nobody', 'Nora Nobody');
/** Staff who may change the tenant's defaults. */
export const manager = session('staff', ['notifications.use', 'notifications.manage'], 'staff2', 'Mia Manager');
/** Staff who may not. */
export const staff = session('staff', ['notifications.use'], 'staff1', 'Sam Staff');

/** An ISO time `minutes` ago. */
export function minutesAgo(minutes: number): string {
  return new Date(Date.now() - minutes * 60_000).toISOString();
}

let counter = 0;

/** A notification: a deal decided five minutes ago, unread, by default. */
export function notification(overrides: Partial<Notification> = {}): Notification {
  counter += 1;
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    kind: 'deals.decided',
    pluginId: 'deals',
    title: 'Deal approved: Acme renewal',
    body: 'Your deal was approved by Sam Staff.',
    link: '/deals/d1',
    createdAt: minutesAgo(5),
    readAt: null,
    archivedAt: null,
    ...overrides,
  };
}

/** Three notifications, newest first: two unread (a deal, a question), one read. */
export function inbox(): Notification[] {
  return [
    notification({ title: 'Deal approved: Acme renewal', createdAt: minutesAgo(5) }),
    notification({ kind: 'questions.answered', pluginId: 'questions', title: 'Your question is answered', body: 'Ana answered “SSO with Okta?”.', link: '/questions/q1', createdAt: minutesAgo(60) }),
    notification({ kind: 'deals.decided', title: 'Deal declined: Globex pilot', body: 'Not this quarter.', link: null, createdAt: minutesAgo(60 * 26), readAt: minutesAgo(60 * 20) }),
  ];
}

/** A page of the centre as the server answers it. */
export function list(items: Notification[], overrides: Partial<NotificationList> = {}): NotificationList {
  return {
    items,
    nextCursor: null,
    unread: items.filter((n) => !n.readAt && !n.archivedAt).length,
    plugins: [...new Set(items.map((n) => n.pluginId))].sort(),
    ...overrides,
  };
}

export function kindPreference(overrides: Partial<KindPreference> = {}): KindPreference {
  return {
    kind: 'deals.decided',
    pluginId: 'deals',
    label: { en: 'A deal of yours is decided', fr: 'Une de vos opportunités est tranchée', es: 'Se ha decidido una de sus oportunidades' },
    mandatory: false,
    channel: 'both',
    chosen: false,
    ...overrides,
  };
}

/** A member's preferences: a deal kind on the default, a question kind chosen, a mandatory security notice. */
export function preferences(overrides: Partial<Preferences> = {}): Preferences {
  return {
    digest: 'off',
    kinds: [
      kindPreference(),
      kindPreference({
        kind: 'questions.answered',
        pluginId: 'questions',
        label: { en: 'Your question is answered', fr: 'Votre question a une réponse', es: 'Su pregunta tiene respuesta' },
        channel: 'email',
        chosen: true,
      }),
      kindPreference({
        kind: 'access.mfa-reset',
        pluginId: 'access',
        label: { en: 'Your two-factor authentication was reset', fr: 'Votre authentification à deux facteurs a été réinitialisée', es: 'Se restableció su autenticación en dos pasos' },
        mandatory: true,
        channel: 'email',
        chosen: false,
      }),
    ],
    ...overrides,
  };
}

export function kindDefault(overrides: Partial<KindDefault> = {}): KindDefault {
  return {
    kind: 'deals.decided',
    pluginId: 'deals',
    label: { en: 'A deal of yours is decided', fr: 'Une de vos opportunités est tranchée', es: 'Se ha decidido una de sus oportunidades' },
    audience: 'partner',
    declaredChannel: 'both',
    declaredMandatory: false,
    ...overrides,
  };
}

/** The kinds of the programme: two of deals, a security notice of access. */
export function kinds(): KindDefault[] {
  return [
    kindDefault(),
    kindDefault({ kind: 'deals.submitted', label: { en: 'A deal awaits review', fr: 'Une opportunité attend sa revue', es: 'Una oportunidad espera revisión' }, audience: 'staff', declaredChannel: 'in-app' }),
    kindDefault({
      kind: 'access.mfa-reset',
      pluginId: 'access',
      label: { en: 'Your two-factor authentication was reset', fr: 'Votre authentification à deux facteurs a été réinitialisée', es: 'Se restableció su autenticación en dos pasos' },
      audience: 'everyone',
      declaredChannel: 'email',
      declaredMandatory: true,
    }),
  ];
}

/** The tenant's settings: deals submitted by email for those who did not choose, nothing else changed. */
export function notificationSettings(overrides: Partial<NotificationSettings> = {}): NotificationSettings {
  return { defaults: { 'deals.submitted': 'email' }, mandatory: [], digest: 'off', ...overrides };
}
