import { FakeProblem, expect, expectAccessible, fakeClient, fixture, html, settle, waitUntil } from '@portico/widgets/testing';
import { setLocale } from '@portico/widgets';
import '@portico/widgets';
import { registerTrainingTranslations } from './test-support.js';
import { status } from './fixtures.js';
import './catalog.js';
import type { PorticoTrainingCatalog } from './catalog.js';
import type { CatalogItem, Page } from './shared.js';

registerTrainingTranslations();

const inAYear = new Date(Date.now() + 365 * 86_400_000).toISOString();
const inAnHour = new Date(Date.now() + 3_600_000).toISOString();
const item = (id: string, title: string, required: boolean, s = status()): CatalogItem => ({
  id, title, descriptionHtml: `<p>About ${title}</p>`, required, version: 1, questionCount: 5, passThreshold: 80, validForDays: 365, status: s,
});
const items = [
  item('m1', 'Northwind Cloud fundamentals', true, status({ state: 'certified', expiresAt: inAYear })),
  item('m2', 'Selling Northwind security', true, status({ state: 'failed', retryAllowedAt: inAnHour })),
  item('m3', 'Migrating to Northwind', false, status({ state: 'in_progress' })),
  item('m4', 'Northwind billing', false),
];

async function mount(list: (options: { cursor?: string | null }) => Page<CatalogItem> | Promise<Page<CatalogItem>> = () => ({ items, nextCursor: null })) {
  const fake = fakeClient({ 'LIST /training/catalog': list });
  const el = await fixture<PorticoTrainingCatalog>(html`<portico-training-catalog .client=${fake.client}></portico-training-catalog>`);
  await el.catalog.settled;
  await el.updateComplete;
  return { el, fake };
}

const root = (el: HTMLElement) => el.shadowRoot!;
const titles = (el: HTMLElement, part: string) => [...root(el).querySelectorAll(`[part=${part}] h3`)].map((h) => h.textContent!.trim());

describe('<portico-training-catalog>', () => {
  afterEach(() => setLocale('en'));

  it('lists required modules first, each with its status', async () => {
    const { el } = await mount();
    expect(titles(el, 'required')).to.deep.equal(['Northwind Cloud fundamentals', 'Selling Northwind security']);
    expect(titles(el, 'others')).to.deep.equal(['Migrating to Northwind', 'Northwind billing']);
    const text = root(el).textContent!;
    expect(text).to.match(/Certified until/);
    expect(text).to.match(/Failed, retry after/);
    expect(text).to.contain('In progress');
    expect(text).to.contain('Not started');
    expect(root(el).querySelector('a[href="/training/m2"]')).to.exist;
    await expectAccessible(el);
  });

  it('embedded on a host site, lets the host handle a module link, or follows it below link-base', async () => {
    const { el } = await mount();
    const asked: string[] = [];
    const handle = (event: Event) => {
      asked.push((event as CustomEvent<{ path: string }>).detail.path);
      event.preventDefault();
    };
    el.addEventListener('portico-navigate', handle);
    const link = root(el).querySelector<HTMLAnchorElement>('a[href="/training/m2"]')!;
    const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, button: 0 });
    link.dispatchEvent(click);
    expect(asked).to.deep.equal(['/training/m2']);
    expect(click.defaultPrevented, 'the host handled it: the browser stays').to.equal(true);
    el.removeEventListener('portico-navigate', handle);

    el.linkBase = 'https://partners.example.com';
    await el.updateComplete;
    const pointed = root(el).querySelector<HTMLAnchorElement>('a[href="https://partners.example.com/training/m2"]')!;
    expect(pointed).to.exist;
    expect(root(el).querySelector('a[href="https://partners.example.com/training/certifications"]')).to.exist;
    const unhandled = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, button: 0 });
    pointed.addEventListener('click', (event) => event.preventDefault(), { once: true }); // keep the test page where it is
    let fired = false;
    el.addEventListener('portico-navigate', () => (fired = true), { once: true });
    pointed.dispatchEvent(unhandled);
    expect(fired).to.equal(true);
  });

  it('searches by title and filters by status', async () => {
    const { el } = await mount();
    root(el).querySelector('[name=search]')!.dispatchEvent(new CustomEvent('portico-input', { detail: { value: 'selling' } }));
    await el.updateComplete;
    expect([...titles(el, 'required'), ...titles(el, 'others')]).to.deep.equal(['Selling Northwind security']);
    root(el).querySelector('[name=search]')!.dispatchEvent(new CustomEvent('portico-input', { detail: { value: '' } }));
    root(el).querySelector('[name=filter]')!.dispatchEvent(new CustomEvent('portico-change', { detail: { value: 'todo' } }));
    await el.updateComplete;
    expect([...titles(el, 'required'), ...titles(el, 'others')]).to.deep.equal(['Selling Northwind security']);
    root(el).querySelector('[name=filter]')!.dispatchEvent(new CustomEvent('portico-change', { detail: { value: 'expired' } }));
    await el.updateComplete;
    const empty = root(el).querySelector('portico-empty-state')!;
    expect(empty.getAttribute('heading')).to.equal('No module matches');
    (empty.querySelector('portico-button') as HTMLElement).click();
    await el.updateComplete;
    expect(titles(el, 'others')).to.have.length(2);
  });

  it('says when nothing is published', async () => {
    const { el } = await mount(() => ({ items: [], nextCursor: null }));
    expect(root(el).querySelector('portico-empty-state')!.getAttribute('heading')).to.equal('No training yet');
  });

  it('shows an error with retry', async () => {
    let fail = true;
    const { el } = await mount(() => {
      if (fail) throw new FakeProblem(503, 'Service unavailable');
      return { items, nextCursor: null };
    });
    expect(el.catalog.status).to.equal('error');
    fail = false;
    root(el).querySelector('portico-error-state')!.dispatchEvent(new CustomEvent('portico-retry'));
    await waitUntil(() => el.catalog.status === 'ready');
  });

  it('loads more modules after the first page', async () => {
    const { el, fake } = await mount(({ cursor }: { cursor?: string | null }) =>
      cursor === 'next' ? { items: items.slice(2), nextCursor: null } : { items: items.slice(0, 2), nextCursor: 'next' });
    expect(titles(el, 'others')).to.deep.equal([]);
    [...root(el).querySelectorAll<HTMLElement>('portico-button')].find((b) => b.textContent!.includes('Load more'))!.click();
    await settle();
    await el.updateComplete;
    expect(fake.calls.at(-1)!.options.cursor).to.equal('next');
    expect(titles(el, 'others')).to.deep.equal(['Migrating to Northwind', 'Northwind billing']);
    expect(titles(el, 'required')).to.have.length(2);
  });

  it('speaks French', async () => {
    const { el } = await mount();
    await setLocale('fr');
    await waitUntil(() => root(el).querySelector('h1')!.textContent!.includes('Formation'));
    expect(root(el).textContent).to.contain('Exigé pour votre rôle');
  });
});
