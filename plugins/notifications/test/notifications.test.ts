import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness, TestTenant } from '@portico/testing';
import { LiveHub } from '../src/index.js';
import { api, expectProblem, ok, person, startNotificationsHarness, type Person } from './support.js';

describe('notifications', () => {
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

  const settle = () => h.server.events.drain();
  /** Emits the probe's event for `people` of `partnerId`, and waits for its delivery. */
  async function happen(people: Person[], partnerId: string | null = t.partnerId): Promise<number> {
    const number = ++n;
    await ok(api(h, staff, 'POST', '/probe/emit', { partnerId, people: people.map((p) => p.id), n: number }), 204);
    await settle();
    return number;
  }
  const inbox = (who: Person, query = '') => ok(api(h, who.auth, 'GET', `/notifications${query}`));
  const mails = (who: Person) => h.mailTo(who.email);

  describe('recipients, resolved on the server', () => {
    it('tells the people the declaration names, in their language, in the centre and by email', async () => {
      const ana = await person(h, t, 'partner_user', t.partnerId, 'fr');
      const number = await happen([ana]);
      const list = await inbox(ana);
      expect(list.items).toHaveLength(1);
      expect(list.items[0]).toMatchObject({ kind: 'probe.happened', pluginId: 'probe', title: `Chose ${number}`, link: `/things/${number}`, readAt: null, archivedAt: null });
      expect(list).toMatchObject({ unread: 1, plugins: ['probe'], nextCursor: null });
      const [mail] = await mails(ana);
      expect(mail).toMatchObject({ kind: 'probe.happened', subject: `Chose ${number}` });
      expect(mail.text).toContain(`Bonjour partner_user`);
      expect(mail.text).toContain(`https://partners.example.test/things/${number}`);
      expect(mail.html).toContain('Tenant alpha');
    });

    it('never tells a partner’s person of another organisation’s event, whatever the declaration names; staff may be told', async () => {
      const mine = await person(h, t, 'partner_user', t.partnerId);
      const stranger = await person(h, t, 'partner_admin', t.otherPartnerId);
      const manager = await person(h, t, 'partner_manager', null);
      await happen([mine, stranger, manager], t.partnerId);
      expect((await inbox(mine)).items).toHaveLength(1);
      expect((await inbox(manager)).items).toHaveLength(1);
      expect((await inbox(stranger)).items).toHaveLength(0);
      expect(await mails(stranger)).toEqual([]);
      // An event of the tenant itself (no organisation) reaches no partner's person at all.
      await happen([mine, manager], null);
      expect((await inbox(mine)).items).toHaveLength(1);
      expect((await inbox(manager)).items).toHaveLength(2);
    });

    it('tells nobody twice when an event is delivered again', async () => {
      const bea = await person(h, t, 'partner_user', t.partnerId);
      await happen([bea]);
      const event = await h.server.database.knex('outbox_events').where({ type: 'probe.thing.happened' }).orderBy('created_at', 'desc').first('id');
      await h.server.database.knex('outbox_deliveries').where({ eventId: event.id }).delete();
      await h.server.events.drain();
      expect((await inbox(bea)).items).toHaveLength(1);
      expect(await mails(bea)).toHaveLength(1);
    });

    it('tells people of another tenant nothing, and keeps each person’s centre their own', async () => {
      const other = await h.tenant('beta');
      const them = await person(h, other, 'partner_user', other.partnerId);
      const me = await person(h, t, 'partner_user', t.partnerId);
      await happen([me, them]);
      expect((await inbox(them)).items).toHaveLength(0);
      const [item] = (await inbox(me)).items;
      expectProblem(await api(h, them.auth, 'PATCH', `/notifications/${item.id}`, { read: true }), 404);
      const colleague = await person(h, t, 'partner_user', t.partnerId);
      expectProblem(await api(h, colleague.auth, 'PATCH', `/notifications/${item.id}`, { read: true }), 404);
    });
  });

  describe('preferences', () => {
    it('off: nothing; in the portal: no email; by email: no line in the centre', async () => {
      const off = await person(h, t, 'partner_user', t.partnerId);
      const portal = await person(h, t, 'partner_user', t.partnerId);
      const email = await person(h, t, 'partner_user', t.partnerId);
      await ok(api(h, off.auth, 'PATCH', '/notifications/preferences', { channels: { 'probe.happened': 'off' } }));
      await ok(api(h, portal.auth, 'PATCH', '/notifications/preferences', { channels: { 'probe.happened': 'in-app' } }));
      const prefs = await ok(api(h, email.auth, 'PATCH', '/notifications/preferences', { channels: { 'probe.happened': 'email' } }));
      expect(prefs.kinds.find((k: { kind: string }) => k.kind === 'probe.happened')).toMatchObject({ channel: 'email', chosen: true, mandatory: false, label: { fr: 'Il s’est passé quelque chose' } });
      await happen([off, portal, email]);
      expect((await inbox(off)).items).toHaveLength(0);
      expect(await mails(off)).toEqual([]);
      expect((await inbox(portal)).items).toHaveLength(1);
      expect(await mails(portal)).toEqual([]);
      expect((await inbox(email)).items).toHaveLength(0);
      expect(await mails(email)).toHaveLength(1);
      // Back to the default (null): both again.
      const back = await ok(api(h, off.auth, 'PATCH', '/notifications/preferences', { channels: { 'probe.happened': null } }));
      expect(back.kinds.find((k: { kind: string }) => k.kind === 'probe.happened')).toMatchObject({ channel: 'both', chosen: false });
      const audit = await h.server.database.knex('audit_events').where({ action: 'notifications.preferences.updated', targetId: off.id });
      expect(audit).toHaveLength(2);
    });

    it('a digest: one mail for several notifications, once the day has passed', async () => {
      const dora = await person(h, t, 'partner_user', t.partnerId);
      await ok(api(h, dora.auth, 'PATCH', '/notifications/preferences', { digest: 'daily' }));
      const first = await happen([dora]);
      const second = await happen([dora]);
      expect(await mails(dora)).toEqual([]);
      expect((await inbox(dora)).items).toHaveLength(2);
      await h.runTask('notifications', 'send-digests', new Date(Date.now() + 3_600_000));
      expect(await mails(dora)).toEqual([]);
      await h.runTask('notifications', 'send-digests', new Date(Date.now() + 25 * 3_600_000));
      const sent = await mails(dora);
      expect(sent).toHaveLength(1);
      expect(sent[0]).toMatchObject({ kind: 'notifications.digest', subject: 'Tenant alpha: 2 notifications' });
      expect(sent[0].text).toContain(`Thing ${first}`);
      expect(sent[0].text).toContain(`Thing ${second}`);
      // Nothing left: the next run sends nothing.
      await h.runTask('notifications', 'send-digests', new Date(Date.now() + 50 * 3_600_000));
      expect(await mails(dora)).toHaveLength(1);
    });

    it('mandatory kinds: the tenant makes one mandatory; it cannot be turned off, and skips the digest', async () => {
      const eve = await person(h, t, 'partner_user', t.partnerId);
      await ok(api(h, eve.auth, 'PATCH', '/notifications/preferences', { digest: 'weekly', channels: { 'probe.happened': 'off' } }));
      await ok(api(h, staff, 'PATCH', '/notifications/settings', { mandatory: ['probe.happened'] }));
      try {
        expectProblem(await api(h, eve.auth, 'PATCH', '/notifications/preferences', { channels: { 'probe.happened': 'in-app' } }), 400, '/channels/probe.happened');
        const prefs = await ok(api(h, eve.auth, 'GET', '/notifications/preferences'));
        expect(prefs.kinds.find((k: { kind: string }) => k.kind === 'probe.happened')).toMatchObject({ mandatory: true, channel: 'both' });
        await happen([eve]);
        expect((await inbox(eve)).items).toHaveLength(1);
        const [mail] = await mails(eve);
        expect(mail.kind).toBe('probe.happened');
        // A mandatory notice has no unsubscribe link.
        expect(mail.headers).not.toHaveProperty('List-Unsubscribe');
      } finally {
        await ok(api(h, staff, 'PATCH', '/notifications/settings', { mandatory: [] }));
      }
    });

    it('refuses unknown kinds and bad channels, naming the field; staff settings refuse unknown kinds', async () => {
      const fay = await person(h, t, 'partner_user', t.partnerId);
      expectProblem(await api(h, fay.auth, 'PATCH', '/notifications/preferences', { channels: { 'nothing.such': 'off' } }), 400, '/channels/nothing.such');
      expectProblem(await api(h, fay.auth, 'PATCH', '/notifications/preferences', { channels: { 'probe.happened': 'loud' } }), 400);
      expectProblem(await api(h, fay.auth, 'PATCH', '/notifications/preferences', { digest: 'hourly' }), 400, '/digest');
      expectProblem(await api(h, staff, 'PATCH', '/notifications/settings', { mandatory: ['nothing.such'] }), 400, '/mandatory/0');
      expectProblem(await api(h, staff, 'PATCH', '/notifications/settings', { defaults: { 'nothing.such': 'off' } }), 400, '/defaults/nothing.such');
      expectProblem(await api(h, fay.auth, 'PATCH', '/notifications/settings', { digest: 'daily' }), 403);
    });

    it('the tenant’s default applies to people who have not chosen', async () => {
      const gil = await person(h, t, 'partner_user', t.partnerId);
      await ok(api(h, staff, 'PATCH', '/notifications/settings', { defaults: { 'probe.happened': 'in-app' } }));
      try {
        await happen([gil]);
        expect((await inbox(gil)).items).toHaveLength(1);
        expect(await mails(gil)).toEqual([]);
      } finally {
        await ok(api(h, staff, 'PATCH', '/notifications/settings', { defaults: {} }));
      }
    });
  });

  describe('one-click unsubscribe (RFC 8058)', () => {
    it('carries List-Unsubscribe headers; a POST to the link stops that kind’s emails without a session', async () => {
      const hal = await person(h, t, 'partner_user', t.partnerId);
      await happen([hal]);
      const [mail] = await mails(hal);
      expect(mail.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
      const url = new URL(mail.headers['List-Unsubscribe'].slice(1, -1));
      expect(url.origin).toBe('https://partners.example.test');
      const path = `${url.pathname}${url.search}`;
      const page = await h.api('GET', path);
      expect(page.status, page.text).toBe(200);
      expect(page.text).toContain('Something happened');
      const forged = path.replace(/s=[^&]+/, 's=AAAA');
      expect((await h.api('POST', forged, { form: { 'List-Unsubscribe': 'One-Click' }})).status).toBe(404);
      const done = await h.api('POST', path, { form: { 'List-Unsubscribe': 'One-Click' }});
      expect(done.status, done.text).toBe(200);
      const prefs = await ok(api(h, hal.auth, 'GET', '/notifications/preferences'));
      expect(prefs.kinds.find((k: { kind: string }) => k.kind === 'probe.happened')).toMatchObject({ channel: 'in-app', chosen: true });
      await happen([hal]);
      expect(await mails(hal)).toHaveLength(1);
      expect((await inbox(hal)).items).toHaveLength(2);
      const audit = await h.server.database.knex('audit_events').where({ action: 'notifications.preferences.unsubscribed', targetId: hal.id }).first();
      expect(audit.actorPersonId).toBe(hal.id);
    });
  });

  describe('the centre', () => {
    it('marks read and unread, archives, reads all, filters and pages by cursor, audited', async () => {
      const ian = await person(h, t, 'partner_user', t.partnerId);
      for (let i = 0; i < 5; i++) await happen([ian]);
      const first = await inbox(ian, '?limit=2');
      expect(first.items).toHaveLength(2);
      const second = await inbox(ian, `?limit=2&cursor=${first.nextCursor}`);
      const third = await inbox(ian, `?limit=2&cursor=${second.nextCursor}`);
      expect(third.nextCursor).toBeNull();
      const ids = [...first.items, ...second.items, ...third.items].map((i: { id: string }) => i.id);
      expect(new Set(ids).size).toBe(5);
      const titles = [...first.items, ...second.items, ...third.items].map((i: { title: string }) => Number(i.title.split(' ')[1]));
      expect(titles).toEqual([...titles].sort((a, b) => b - a));
      const read = await ok(api(h, ian.auth, 'PATCH', `/notifications/${ids[0]}`, { read: true }));
      expect(read.readAt).not.toBeNull();
      expect((await ok(api(h, ian.auth, 'GET', '/notifications/unread'))).unread).toBe(4);
      expect((await inbox(ian, '?status=unread')).items).toHaveLength(4);
      await ok(api(h, ian.auth, 'PATCH', `/notifications/${ids[1]}`, { archived: true }));
      expect((await inbox(ian)).items).toHaveLength(4);
      expect((await inbox(ian, '?status=archived')).items.map((i: { id: string }) => i.id)).toEqual([ids[1]]);
      expect((await inbox(ian, '?plugin=deals')).items).toEqual([]);
      const all = await ok(api(h, ian.auth, 'POST', '/notifications/read-all', {}));
      expect(all).toEqual({ updated: 3, unread: 0 });
      const unread = await ok(api(h, ian.auth, 'PATCH', `/notifications/${ids[0]}`, { read: false }));
      expect(unread.readAt).toBeNull();
      const actions = (await h.server.database.knex('audit_events').where({ actorPersonId: ian.id }).select('action')).map((a) => a.action).sort();
      expect(actions).toEqual(['notifications.notification.all-read', 'notifications.notification.archived', 'notifications.notification.read', 'notifications.notification.unread']);
      expectProblem(await api(h, ian.auth, 'GET', '/notifications?cursor=nonsense'), 400, '/cursor');
    });
  });
});
