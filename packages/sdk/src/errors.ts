/**
 * What a failed call throws. An answer of the server (4xx/5xx problem+json) is a `PorticoError`;
 * no answer at all is a `PorticoNetworkError`; an aborted call rethrows the signal's own reason
 * (a DOMException named `AbortError` unless the caller gave another), so the three never blur.
 */

export interface FieldError {
  in: 'body' | 'query' | 'params' | 'header';
  /** JSON pointer to the field at fault, e.g. `/customerName`. */
  field: string;
  message: string;
}

export interface PorticoErrorInit {
  status: number;
  type?: string;
  title?: string;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
  requestId?: string;
  retryAfter?: number;
  /** The problem's other members (RFC 9457 extensions), e.g. `escalation` or `retryAllowedAt`. */
  extensions?: Record<string, unknown>;
}

const STANDARD_MEMBERS = new Set(['type', 'title', 'status', 'detail', 'instance', 'errors', 'requestId']);

export class PorticoError extends Error {
  override name = 'PorticoError';
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly instance: string | undefined;
  readonly errors: FieldError[];
  readonly requestId: string | undefined;
  /** Seconds the server asked to wait before trying again (429, 503, and 409 of a request in flight). */
  readonly retryAfter: number | undefined;
  /** The problem's other members (RFC 9457 extensions), e.g. `escalation` or `retryAllowedAt`. */
  readonly extensions: Readonly<Record<string, unknown>>;

  constructor(init: PorticoErrorInit) {
    const title = init.title ?? `HTTP ${init.status}`;
    super(init.detail ?? title);
    this.status = init.status;
    this.type = init.type ?? 'about:blank';
    this.title = title;
    this.detail = init.detail;
    this.instance = init.instance;
    this.errors = init.errors ?? [];
    this.requestId = init.requestId;
    this.retryAfter = init.retryAfter;
    this.extensions = init.extensions ?? {};
  }

  /** The message for one field, given as a JSON pointer (`/name`) or a plain name (`name`). */
  fieldError(field: string): string | undefined {
    const pointer = field.startsWith('/') ? field : `/${field}`;
    return this.errors.find((error) => error.field === pointer)?.message;
  }

  /** Reads a problem+json answer; tolerates any other body, since proxies answer errors too. */
  static async fromResponse(response: Response): Promise<PorticoError> {
    const text = await response.text().catch(() => '');
    let body: Record<string, unknown> = {};
    try {
      const parsed: unknown = text ? JSON.parse(text) : {};
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) body = parsed as Record<string, unknown>;
    } catch {
      // not JSON: the status speaks for itself
    }
    const str = (value: unknown) => (typeof value === 'string' ? value : undefined);
    return new PorticoError({
      status: response.status,
      type: str(body.type),
      title: str(body.title) ?? (response.statusText || undefined),
      detail: str(body.detail),
      instance: str(body.instance),
      errors: Array.isArray(body.errors) ? (body.errors as FieldError[]).filter((e) => e && typeof e.field === 'string') : [],
      requestId: str(body.requestId) ?? response.headers.get('x-request-id') ?? undefined,
      retryAfter: retryAfterSeconds(response.headers.get('retry-after')),
      extensions: Object.fromEntries(Object.entries(body).filter(([key]) => !STANDARD_MEMBERS.has(key))),
    });
  }
}

/** The server could not be reached, or the connection broke before an answer. */
export class PorticoNetworkError extends Error {
  override name = 'PorticoNetworkError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

export function isPorticoError(error: unknown): error is PorticoError {
  return error instanceof PorticoError;
}

/** `Retry-After` as seconds: either delay-seconds or an HTTP date. */
export function retryAfterSeconds(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim());
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}
