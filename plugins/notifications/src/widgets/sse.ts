/**
 * A reader of `text/event-stream` text as the HTML standard parses it (server-sent events), fed the
 * decoded text piece by piece as it arrives: lines end with CRLF, LF or CR (a CRLF may be split across
 * two pieces); `event`, `data` (several lines joined with LF), `id` (kept for the events after it, as
 * `Last-Event-ID`) and `retry` fields; comments (`: ping`) and unknown fields ignored; an event whose
 * blank line never came is dropped. `EventSource` itself cannot send an `Authorization` header, so
 * the live notifications read the stream with the API client's own fetch and this parser.
 */

/** One dispatched event. */
export interface SseEvent {
  /** `message` when the event named none. */
  event: string;
  data: string;
  /** The last `id` seen on this stream, this event's or an earlier one's ('' before any). */
  id: string;
}

export interface SseHandlers {
  onEvent(event: SseEvent): void;
  /** The server's `retry:` (milliseconds before reconnecting). */
  onRetry?(ms: number): void;
}

export interface SseParser {
  /** Reads the next piece of the stream's text. */
  feed(text: string): void;
}

export function createSseParser(handlers: SseHandlers): SseParser {
  let pending = '';
  let started = false;
  let skipLineFeed = false;
  let eventType = '';
  let data = '';
  let lastId = '';

  function dispatch(): void {
    if (data === '') {
      eventType = '';
      return;
    }
    const event: SseEvent = { event: eventType || 'message', data: data.endsWith('\n') ? data.slice(0, -1) : data, id: lastId };
    eventType = '';
    data = '';
    handlers.onEvent(event);
  }

  function line(text: string): void {
    if (text === '') return dispatch();
    if (text.startsWith(':')) return;
    const colon = text.indexOf(':');
    const field = colon < 0 ? text : text.slice(0, colon);
    let value = colon < 0 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    switch (field) {
      case 'event':
        eventType = value;
        break;
      case 'data':
        data += `${value}\n`;
        break;
      case 'id':
        if (!value.includes('\0')) lastId = value;
        break;
      case 'retry':
        if (/^\d+$/.test(value)) handlers.onRetry?.(Number(value));
        break;
      default:
        break;
    }
  }

  return {
    feed(text: string) {
      if (!text) return;
      if (!started) {
        started = true;
        if (text.startsWith('\uFEFF')) text = text.slice(1);
      }
      if (skipLineFeed) {
        skipLineFeed = false;
        if (text.startsWith('\n')) text = text.slice(1);
      }
      pending += text;
      const ends = /\r\n|\r|\n/g;
      let start = 0;
      for (let match = ends.exec(pending); match; match = ends.exec(pending)) {
        line(pending.slice(start, match.index));
        start = ends.lastIndex;
        // A CR that ends this piece may be the first half of a CRLF.
        if (match[0] === '\r' && start === pending.length) skipLineFeed = true;
      }
      pending = pending.slice(start);
    },
  };
}
