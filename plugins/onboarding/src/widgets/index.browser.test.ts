import { expect } from '@portico/widgets/testing';
import { onboardingElements } from '../elements.js';
import widgets from './index.js';

describe('the onboarding widgets’ contribution', () => {
  it('puts "Getting started" early in the navigation for everyone, the progress and the checklists for staff', () => {
    expect(widgets.nav!.map((n) => [n.path, n.label(), n.permission, n.audience])).to.deep.equal([
      ['/onboarding', 'Getting started', 'onboarding.use', undefined],
      ['/onboarding/progress', 'Onboarding progress', 'onboarding.read', 'staff'],
      ['/onboarding/settings', 'Onboarding checklists', 'onboarding.manage', 'staff'],
    ]);
    expect(widgets.nav![0].order).to.be.below(10);
  });

  it('defines the element of each page and of the banner, with the tag names the plugin declares', async () => {
    const entries = [...widgets.pages!, ...widgets.slots!['portal.banners']];
    expect(entries.map((e) => e.tag).sort()).to.deep.equal(Object.values(onboardingElements).sort());
    for (const entry of entries) {
      await entry.load();
      expect(customElements.get(entry.tag), entry.tag).to.not.equal(undefined);
    }
    expect(widgets.slots!['portal.banners'][0].permission).to.equal('onboarding.use');
  });

  it('has French and Spanish for the same messages', async () => {
    const fr = Object.keys((await widgets.translations!.fr!()).templates).sort();
    const es = Object.keys((await widgets.translations!.es!()).templates).sort();
    expect(fr).to.deep.equal(es);
    expect(fr.every((id) => id.startsWith('onboarding.'))).to.equal(true);
  });
});
