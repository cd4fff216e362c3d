import { expect } from '@portico/widgets/testing';
import { createSseParser, type SseEvent } from './sse.js';

function parse(pieces: string[]) {
  const events: SseEvent[] = [];
  const retries: number[] = [];
  const parser = createSseParser({ onEvent: (e) => events.push(e), onRetry: (ms) => retries.push(ms) });
  for (const piece of pieces) parser.feed(piece);
  return { events, retries };
}

describe('the server-sent events parser', () => {
  const stream = 'retry: 5000\n\nevent: unread\ndata: {"unread":2,"latest":null}\n\n: ping\n\nid: n1\nevent: notification\ndata: {"id":"n1"}\n\nevent: unread\ndata: {"unread":3,"latest":"n1"}\n\n';

  it('reads events, their ids and the server’s retry; comments are ignored', () => {
    const { events, retries } = parse([stream]);
    expect(retries).to.deep.equal([5000]);
    expect(events).to.deep.equal([
      { event: 'unread', data: '{"unread":2,"latest":null}', id: '' },
      { event: 'notification', data: '{"id":"n1"}', id: 'n1' },
      // The last id seen stays the stream's, as Last-Event-ID.
      { event: 'unread', data: '{"unread":3,"latest":"n1"}', id: 'n1' },
    ]);
  });

  it('reads the same whatever the pieces the network cut it into, one character at a time too', () => {
    const whole = parse([stream]).events;
    expect(parse(stream.split('')).events).to.deep.equal(whole);
    expect(parse([stream.slice(0, 17), stream.slice(17, 60), stream.slice(60)]).events).to.deep.equal(whole);
  });

  it('ends lines with CRLF, CR or LF, a CRLF cut in two included, and drops a leading byte-order mark', () => {
    const crlf = '\uFEFFevent: a\r\ndata: 1\r\n\r\nevent: b\rdata: 2\r\rdata: 3\n\n';
    const expected = [
      { event: 'a', data: '1', id: '' },
      { event: 'b', data: '2', id: '' },
      { event: 'message', data: '3', id: '' },
    ];
    expect(parse([crlf]).events).to.deep.equal(expected);
    expect(parse(crlf.split('')).events).to.deep.equal(expected);
    expect(parse(['event: a\r', '\ndata: 1\r', '\n\r', '\n']).events).to.deep.equal([{ event: 'a', data: '1', id: '' }]);
  });

  it('joins data lines with a line feed, takes "field" without a colon, and one space after it only', () => {
    const { events } = parse(['data: first\ndata:  second\ndata\ndata:third\n\n']);
    expect(events).to.deep.equal([{ event: 'message', data: 'first\n second\n\nthird', id: '' }]);
  });

  it('dispatches nothing for an event without data, nor for one the stream ended before its blank line', () => {
    const { events } = parse(['event: lonely\n\nid: 7\n\nunknown: x\n\nevent: cut\ndata: never']);
    expect(events).to.deep.equal([]);
    const after = parse(['id: 7\n\ndata: x\n\n']).events;
    expect(after).to.deep.equal([{ event: 'message', data: 'x', id: '7' }]);
  });

  it('ignores a retry that is not a number', () => {
    expect(parse(['retry: soon\nretry: 2500\n\n']).retries).to.deep.equal([2500]);
  });
});
