import { FakeProblem, expect, waitUntil } from '@portico/widgets/testing';
import { listen, liveMode, noteAllRead, noteChange, type LiveEvent } from './live.js';
import { StreamServer, notification, notificationsFake, quickTiming, restoreTiming } from './test-support.js';

/** Listens to the feed of a new fake client, recording what it is told. */
function listenTo(server: StreamServer, routes: Parameters<typeof notificationsFake>[0] = {}) {
  const fake = notificationsFake(routes, server);
  const events: LiveEvent[] = [];
  const stop = listen(fake.client, (e) => events.push(e));
  const of = <T extends LiveEvent['type']>(type: T) => events.filter((e): e is Extract<LiveEvent, { type: T }> => e.type === type);
  return { fake, events, stop, of };
}

describe('the live notifications feed', () => {
  beforeEach(() => quickTiming());
  afterEach(() => restoreTiming());

  it('reads the stream with the client’s own credentials, and tells the count and each new notification', async () => {
    const server = new StreamServer();
    const { fake, stop, of } = listenTo(server);
    await waitUntil(() => server.opened.length === 1);
    expect(server.opened[0].headers).to.deep.equal({ accept: 'text/event-stream' });
    const n = notification();
    server.last.hello(2, 'n0');
    server.last.arrive(n, 3);
    await waitUntil(() => of('unread').length === 2);
    expect(of('unread').map((e) => e.unread)).to.deep.equal([2, 3]);
    expect(of('notification').map((e) => e.notification)).to.deep.equal([n]);
    expect(liveMode(fake.client)).to.equal('streaming');
    // Nothing else is called while the stream works.
    expect(fake.calls).to.deep.equal([]);
    stop();
    await waitUntil(() => server.last.cancelled);
    expect(liveMode(fake.client)).to.equal('stopped');
  });

  it('shares one connection among its listeners, telling a late one the count at once, and stops with the last', async () => {
    const server = new StreamServer();
    const first = listenTo(server);
    await waitUntil(() => server.opened.length === 1);
    server.last.hello(4);
    await waitUntil(() => first.of('unread').length === 1);
    const late: LiveEvent[] = [];
    const stopLate = listen(first.fake.client, (e) => late.push(e));
    expect(late).to.deep.equal([{ type: 'unread', unread: 4, latest: null }]);
    first.stop();
    expect(server.last.cancelled).to.equal(false);
    stopLate();
    await waitUntil(() => server.last.cancelled);
    expect(server.opened).to.have.length(1);
  });

  it('opens the stream again after the server’s retry when it ends, asking for what came after the last notification seen (Last-Event-ID)', async () => {
    const server = new StreamServer();
    const { stop, of } = listenTo(server);
    await waitUntil(() => server.opened.length === 1);
    const n = notification();
    server.last.hello(1, 'n0', 30);
    server.last.arrive(n, 2);
    await waitUntil(() => of('notification').length === 1);
    server.last.end();
    await waitUntil(() => server.opened.length === 2);
    expect(server.opened[1].headers).to.deep.equal({ accept: 'text/event-stream', 'last-event-id': n.id });
    // What the server replays arrives as any new notification.
    const missed = notification({ title: 'Missed while away' });
    server.last.hello(3, n.id, 30);
    server.last.arrive(missed, 3);
    await waitUntil(() => of('notification').length === 2);
    expect(of('notification')[1].notification.title).to.equal('Missed while away');
    stop();
  });

  it('before any notification, asks on reconnecting for those after the newest the server announced; a dropped connection too', async () => {
    const server = new StreamServer();
    const { stop } = listenTo(server);
    await waitUntil(() => server.opened.length === 1);
    server.last.hello(5, 'latest-1');
    await new Promise((resolve) => setTimeout(resolve, 10));
    server.last.drop();
    await waitUntil(() => server.opened.length === 2);
    expect(server.opened[1].headers['last-event-id']).to.equal('latest-1');
    stop();
  });

  it('waits longer after each failure in a row, then polls', async () => {
    quickTiming({ retryMs: 40, failuresBeforePolling: 3 });
    const server = new StreamServer('network', 'network', 'network');
    const { fake, stop, of } = listenTo(server, { 'GET /notifications/unread': () => ({ unread: 7, latest: 'n9' }) });
    await waitUntil(() => server.opened.length === 2);
    expect(liveMode(fake.client)).to.equal('reconnecting');
    await waitUntil(() => server.opened.length === 3);
    // 40 ms, then 80 ms.
    const [first, second, third] = server.opened.map((o) => o.at);
    expect(second - first).to.be.within(35, 75);
    expect(third - second).to.be.at.least(75);
    await waitUntil(() => of('unread').length === 1);
    expect(liveMode(fake.client)).to.equal('polling');
    expect(of('unread')[0]).to.deep.equal({ type: 'unread', unread: 7, latest: 'n9' });
    stop();
  });

  it('polls GET /notifications/unread when the stream is refused or is no stream, says when something new came, and tries the stream again later', async () => {
    for (const answer of [404, 503, 'not-a-stream'] as const) {
      quickTiming({ streamAgainMs: 250 });
      let latest = 'n1';
      let unread = 1;
      const server = new StreamServer(answer);
      const { fake, stop, of } = listenTo(server, { 'GET /notifications/unread': () => ({ unread, latest }) });
      await waitUntil(() => of('unread').length === 1, `the first poll after ${answer}`);
      expect(liveMode(fake.client)).to.equal('polling');
      expect(of('stale')).to.have.length(0);
      latest = 'n2';
      unread = 2;
      await waitUntil(() => of('stale').length === 1, 'a newer notification seen by polling');
      expect(of('unread').at(-1)!.unread).to.equal(2);
      expect(fake.calls.every((c) => c.method === 'GET' && c.path === '/notifications/unread')).to.equal(true);
      // After a while the stream is tried again, from the newest known.
      await waitUntil(() => server.opened.length === 2, 'the stream tried again');
      expect(server.opened[1].headers['last-event-id']).to.equal('n2');
      await waitUntil(() => liveMode(fake.client) === 'streaming');
      const polls = fake.calls.length;
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(fake.calls.length, 'no polling while streaming').to.equal(polls);
      stop();
    }
  });

  it('stops when the server says the person may not (401, 403), polling or not', async () => {
    const refused = new StreamServer(403);
    const a = listenTo(refused, { 'GET /notifications/unread': () => ({ unread: 0, latest: null }) });
    await waitUntil(() => liveMode(a.fake.client) === 'stopped');
    expect(a.fake.calls).to.deep.equal([]);
    a.stop();

    const b = listenTo(new StreamServer(404), {
      'GET /notifications/unread': () => {
        throw new FakeProblem(401, 'Sign in first');
      },
    });
    await waitUntil(() => liveMode(b.fake.client) === 'stopped');
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(b.fake.calls).to.have.length(1);
    b.stop();
  });

  it('passes on the changes the elements make, and the count follows', async () => {
    const server = new StreamServer();
    const { fake, stop, of } = listenTo(server);
    await waitUntil(() => server.opened.length === 1);
    server.last.hello(3);
    await waitUntil(() => of('unread').length === 1);
    const before = notification();
    const after = { ...before, readAt: new Date().toISOString() };
    noteChange(fake.client, before, after);
    expect(of('changed').map((e) => e.notification)).to.deep.equal([after]);
    expect(of('unread').at(-1)!.unread).to.equal(2);
    noteChange(fake.client, after, { ...after, archivedAt: new Date().toISOString() });
    expect(of('unread').at(-1)!.unread, 'archiving a read one changes no count').to.equal(2);
    noteAllRead(fake.client, 'deals', 1);
    expect(of('all-read').map((e) => e.plugin)).to.deep.equal(['deals']);
    expect(of('unread').at(-1)!.unread).to.equal(1);
    stop();
  });
});
