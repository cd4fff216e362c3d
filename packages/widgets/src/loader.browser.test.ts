import { expect } from '@open-wc/testing';
import { startLoader } from './loader.js';

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

describe('the loader', () => {
  it('defines an element when it appears in the page, and only then', async () => {
    let loads = 0;
    const loader = startLoader({
      'x-lazy-one': async () => {
        loads++;
        customElements.define('x-lazy-one', class extends HTMLElement {});
      },
    });
    try {
      await nextFrame();
      expect(loads).to.equal(0);
      document.body.append(document.createElement('x-lazy-one'));
      await customElements.whenDefined('x-lazy-one');
      expect(loads).to.equal(1);
    } finally {
      loader.stop();
      document.body.innerHTML = '';
    }
  });

  it('defines an element that another element renders inside its shadow root', async () => {
    const loader = startLoader({
      'x-lazy-inner': async () => customElements.define('x-lazy-inner', class extends HTMLElement {}),
    });
    try {
      const host = document.createElement('div');
      document.body.append(host);
      const shadow = host.attachShadow({ mode: 'open' });
      await nextFrame();
      shadow.innerHTML = '<section><x-lazy-inner></x-lazy-inner></section>';
      await customElements.whenDefined('x-lazy-inner');
      expect(customElements.get('x-lazy-inner')).to.exist;
    } finally {
      loader.stop();
      document.body.innerHTML = '';
    }
  });
});
