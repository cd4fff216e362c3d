import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness, TestTenant } from '@portico/testing';
import { LiveHub } from '../src/index.js';
import { api, ok, person, startNotificationsHarness, type Person } from './support.js';

/** One open stream of server-sent events, parsed as it arrives. */
async function openStream(h: Harness, who: Person, lastEventId?: string) {
  const controller = new AbortController();
  const response = await fetch(`${h.url}/api/v1/notifications/stream`, {
    headers: { authorization: who.auth, ...(lastEventId ? { 'last-event-id': lastEventId } : {}) },
    signal: controller.signal,
  });
  const events: { event: string; id?: string; data: any }[] = [];
  const waiters: (() => void)[] = [];
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const pump = (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const fields = Object.fromEntries(block.split('\n').filter((l) => !l.startsWith(':')).map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]));
          if (fields.event) events.push({ event: fields.event, id: fields.id, data: JSON.parse(fields.data) });
          waiters.splice(0).forEach((w) => w());
        }
      }
    } catch {
      // aborted
    }
  })();
  /** Resolves once `count` events of `type` have arrived. */
  const until = async (type: string, count = 1) => {
    while (events.filter((e) => e.event === type).length < count) await new Promise<void>((resolve) => waiters.push(resolve));
    return events.filter((e) => e.event === type);
  };
  return {
    response,
    events,
    until,
    close: async () => {
      controller.abort();
      await pump;
    },
  };
}

describe('the live stream (server-sent events)', () => {
  let h: Harness;
  let t: TestTenant;
  let staff: string;
  const hub = new LiveHub();
  let n = 0;

  beforeAll(async () => {
    h = await startNotificationsHarness(hub);
    t = await h.tenant('alpha');
    staff = h.staff(t, h.allPermissions());
  });
  afterAll(() => h?.close());

  async function happen(people: Person[]): Promise<number> {
    const number = ++n;
    await ok(api(h, staff, 'POST', '/probe/emit', { partnerId: t.partnerId, people: people.map((p) => p.id), n: number }), 204);
    await h.server.events.drain();
    return number;
  }
  const waitForConnections = async (count: number) => {
    while (hub.connections !== count) await new Promise((resolve) => setImmediate(resolve));
  };

  it('opens with the unread count, then brings each new notification and the new count as it is delivered', async () => {
    const ana = await person(h, t, 'partner_user', t.partnerId);
    await happen([ana]);
    const stream = await openStream(h, ana);
    expect(stream.response.status).toBe(200);
    expect(stream.response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const [opening] = await stream.until('unread');
    expect(opening.data.unread).toBe(1);
    await waitForConnections(1);
    const number = await happen([ana]);
    const [arrived] = await stream.until('notification');
    expect(arrived.data).toMatchObject({ title: `Thing ${number}`, readAt: null });
    expect(arrived.id).toBe(arrived.data.id);
    const counts = await stream.until('unread', 2);
    expect(counts[1].data).toEqual({ unread: 2, latest: arrived.data.id });
    // Reading it elsewhere (another tab) lowers the count on this stream.
    await ok(api(h, ana.auth, 'PATCH', `/notifications/${arrived.data.id}`, { read: true }));
    const lowered = await stream.until('unread', 3);
    expect(lowered[2].data.unread).toBe(1);
    await stream.close();
    await waitForConnections(0);
  });

  it('replays what was missed after Last-Event-ID on reconnecting, and nothing of another person', async () => {
    const bea = await person(h, t, 'partner_user', t.partnerId);
    const other = await person(h, t, 'partner_user', t.partnerId);
    const seen = await happen([bea]);
    const first = await openStream(h, bea);
    await first.until('unread');
    await first.close();
    const lastSeen = (await ok(api(h, bea.auth, 'GET', '/notifications'))).items[0];
    expect(lastSeen.title).toBe(`Thing ${seen}`);
    const missed1 = await happen([bea]);
    await happen([other]);
    const missed2 = await happen([bea]);
    const again = await openStream(h, bea, lastSeen.id);
    await again.until('unread');
    expect(again.events.filter((e) => e.event === 'notification').map((e) => e.data.title)).toEqual([`Thing ${missed1}`, `Thing ${missed2}`]);
    await again.close();
  });

  it('refuses a caller without a session (401) like every route', async () => {
    const answer = await fetch(`${h.url}/api/v1/notifications/stream`);
    expect(answer.status).toBe(401);
  });

  it('holds many streams on one server, each told of its own notification', { timeout: 120_000 }, async () => {
    const people = await Promise.all(Array.from({ length: 20 }, () => person(h, t, 'partner_user', t.partnerId)));
    const PER_PERSON = 10;
    const streams = [];
    for (const who of people) for (let i = 0; i < PER_PERSON; i++) streams.push({ who, stream: await openStream(h, who) });
    await Promise.all(streams.map(({ stream }) => stream.until('unread')));
    await waitForConnections(people.length * PER_PERSON);
    expect(hub.connections).toBe(200);
    const number = await happen(people);
    const arrived = await Promise.all(streams.map(({ stream }) => stream.until('notification')));
    for (const events of arrived) expect(events.map((e) => e.data.title)).toEqual([`Thing ${number}`]);
    await Promise.all(streams.map(({ stream }) => stream.close()));
    await waitForConnections(0);
  });
});
