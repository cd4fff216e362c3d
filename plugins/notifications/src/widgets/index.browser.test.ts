import { expect } from '@portico/widgets/testing';
import { notificationsElements } from '../elements.js';
import widgets from './index.js';

describe('the notifications widgets’ contribution', () => {
  it('puts "Notifications" early in the navigation and the preferences for everyone, the defaults for staff', () => {
    expect(widgets.nav!.map((n) => [n.path, n.label(), n.permission, n.audience])).to.deep.equal([
      ['/notifications', 'Notifications', 'notifications.use', undefined],
      ['/settings/notifications', 'Notification preferences', 'notifications.use', undefined],
      ['/settings/notification-defaults', 'Notification defaults', 'notifications.manage', 'staff'],
    ]);
    expect(widgets.nav![0].order).to.be.below(10);
  });

  it('places the bell in the shell’s header for those holding notifications.use', () => {
    const header = widgets.slots!['portal.header'];
    expect(header.map((e) => [e.tag, e.permission])).to.deep.equal([['portico-notification-bell', 'notifications.use']]);
  });

  it('defines the element of each page and of the bell, with the tag names the plugin declares', async () => {
    const entries = [...widgets.pages!, ...widgets.slots!['portal.header']];
    expect(entries.map((e) => e.tag).sort()).to.deep.equal(Object.values(notificationsElements).sort());
    for (const entry of entries) {
      await entry.load();
      expect(customElements.get(entry.tag), entry.tag).to.not.equal(undefined);
    }
  });

  it('has French and Spanish for the same messages', async () => {
    const fr = Object.keys((await widgets.translations!.fr!()).templates).sort();
    const es = Object.keys((await widgets.translations!.es!()).templates).sort();
    expect(fr).to.deep.equal(es);
    expect(fr.every((id) => id.startsWith('notifications.'))).to.equal(true);
  });
});
