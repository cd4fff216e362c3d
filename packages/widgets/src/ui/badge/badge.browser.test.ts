import { expect, fixture, html } from '@open-wc/testing';
import './badge.js';
import type { PorticoBadge } from './badge.js';
import { expectAccessible } from '../../testing/axe.js';

describe('<portico-badge>', () => {
  it('shows its text in the variant’s colour, readable on the surface', async () => {
    for (const variant of ['neutral', 'info', 'success', 'warning', 'danger'] as const) {
      const badge = await fixture<PorticoBadge>(html`<portico-badge variant=${variant}>Pending</portico-badge>`);
      expect(badge.textContent).to.equal('Pending');
      await expectAccessible(badge);
    }
    const danger = await fixture<PorticoBadge>(html`<portico-badge variant="danger">Lost</portico-badge>`);
    expect(getComputedStyle(danger.shadowRoot!.querySelector('span')!).color).to.equal('rgb(180, 35, 24)');
  });
});
