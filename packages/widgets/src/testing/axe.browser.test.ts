import { expect, fixture, html } from '@open-wc/testing';
import { expectAccessible } from './axe.js';

describe('axe helper', () => {
  it('fails on a violation inside a shadow root', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.attachShadow({ mode: 'open' }).innerHTML = '<button></button>';
    let failure: unknown;
    await expectAccessible(host).catch((error: unknown) => (failure = error));
    expect(String(failure)).to.contain('button-name');
  });

  it('passes clean markup', async () => {
    const host = await fixture<HTMLDivElement>(html`<div><button>Save</button></div>`);
    await expectAccessible(host);
  });
});
