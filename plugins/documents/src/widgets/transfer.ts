/**
 * Moving bytes: download links and multipart uploads with progress. The SDK speaks JSON only, so
 * these two go around it, with the same credentials it would use: the cookie session (plus the
 * request-verification token on a change) in the portal, or the host's bearer token in an embed.
 */
import type { ProblemLike, Session } from '@portico/widgets';

const API_BASE = '/api/v1';
const VERIFICATION_HEADER = 'X-Portico-Verification';

/** How the enclosing `<portico-provider>` reaches the server. */
export interface Connection {
  baseUrl: string;
  auth: 'session' | 'bearer';
  /** Bearer only: a current embed token. */
  token?: () => Promise<string>;
}

interface ProviderLike extends HTMLElement {
  baseUrl?: string;
  auth?: 'session' | 'bearer';
  tokenProvider?: () => Promise<{ token: string }>;
}

/** Asks the host page for a token the way the provider does when it has no `tokenProvider`. */
function tokenFromPage(target: EventTarget): Promise<{ token: string }> {
  let answer: Promise<{ token: string }> | undefined;
  const detail = { respondWith: (token: { token: string } | Promise<{ token: string }>) => (answer ??= Promise.resolve(token)) };
  target.dispatchEvent(new CustomEvent('portico-token-request', { detail, bubbles: true, composed: true }));
  return answer ?? Promise.reject(new Error('No embed token'));
}

/** The connection of the nearest `<portico-provider>` around `element`, across shadow roots. */
export function connectionOf(element: Element): Connection {
  let node: Node | null = element;
  while (node) {
    if (node instanceof HTMLElement && node.localName === 'portico-provider') {
      const provider = node as ProviderLike;
      const baseUrl = (provider.baseUrl ?? '').replace(/\/+$/, '');
      if (provider.auth !== 'bearer') return { baseUrl, auth: 'session' };
      return { baseUrl, auth: 'bearer', token: async () => (await (provider.tokenProvider ? provider.tokenProvider() : tokenFromPage(provider))).token };
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return { baseUrl: '', auth: 'session' };
}

export function apiUrl(connection: Connection, path: string): string {
  return `${connection.baseUrl}${API_BASE}${path}`;
}

export function contentPath(spaceId: string, fileId: string, versionId?: string): string {
  const file = `/documents/spaces/${encodeURIComponent(spaceId)}/files/${encodeURIComponent(fileId)}`;
  return versionId ? `${file}/versions/${encodeURIComponent(versionId)}/content` : `${file}/content`;
}

/** Thrown for a refused upload: reads like the SDK's `PorticoError`, so `applyProblem` and `problemText` take it. */
export class UploadProblem extends Error implements ProblemLike {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: { field: string; message: string }[],
  ) {
    super(detail ?? title);
  }
}

export interface UploadRequest {
  /** API path, e.g. `/documents/spaces/<id>/files`. */
  path: string;
  form: FormData;
  /** Bytes sent so far of the whole request. */
  onProgress: (loaded: number, total: number) => void;
  signal?: AbortSignal;
}

/** Sends a multipart form and answers the JSON reply; a test passes its own. */
export type Uploader = (request: UploadRequest) => Promise<unknown>;

/**
 * An uploader over XMLHttpRequest, the one browser API that reports upload progress on every
 * connection (fetch's request streams need HTTP/2).
 */
export function xhrUploader(connection: Connection, session: () => Session | null): Uploader {
  return async ({ path, form, onProgress, signal }) => {
    const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
    if (connection.auth === 'bearer' && connection.token) headers.authorization = `Bearer ${await connection.token()}`;
    const verification = session()?.verificationToken;
    if (connection.auth === 'session' && verification) headers[VERIFICATION_HEADER] = verification;
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', apiUrl(connection, path));
      for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
      xhr.upload.addEventListener('progress', (event) => {
        if (event.lengthComputable) onProgress(event.loaded, event.total);
      });
      xhr.addEventListener('load', () => {
        let body: Record<string, unknown> | undefined;
        try {
          body = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
        } catch {
          body = undefined;
        }
        if (xhr.status >= 200 && xhr.status < 300) return resolve(body);
        reject(
          new UploadProblem(
            xhr.status,
            typeof body?.title === 'string' ? body.title : xhr.statusText || `HTTP ${xhr.status}`,
            typeof body?.detail === 'string' ? body.detail : undefined,
            Array.isArray(body?.errors) ? (body.errors as { field: string; message: string }[]) : undefined,
          ),
        );
      });
      xhr.addEventListener('error', () => reject(new TypeError('Network error')));
      xhr.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
      signal?.addEventListener('abort', () => xhr.abort(), { once: true });
      xhr.send(form);
    });
  };
}

/**
 * Saves a download fetched with the bearer token (an embed on another site sends no cookie, so a
 * plain link would be refused): through a Blob and a temporary link.
 */
export async function saveThroughBlob(fetchContent: () => Promise<Response>, fallbackName: string): Promise<void> {
  const response = await fetchContent();
  const disposition = response.headers.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const name = encoded ? decodeURIComponent(encoded) : fallbackName;
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
