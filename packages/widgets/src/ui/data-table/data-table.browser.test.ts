import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import './data-table.js';
import type { DataTableColumn, PorticoDataTable } from './data-table.js';
import { expectAccessible } from '../../testing/axe.js';
import { setLocale } from '../../i18n/localization.js';

interface Deal {
  id: string;
  name: string;
  amount: number;
}
const columns: DataTableColumn<Deal>[] = [
  { key: 'name', label: 'Name', sortable: true },
  { key: 'amount', label: () => 'Amount', align: 'end', render: (deal) => `${deal.amount / 100} €` },
];
const rows: Deal[] = [
  { id: 'd1', name: 'Alpha', amount: 1000 },
  { id: 'd2', name: 'Beta', amount: 2550 },
];

async function mount(extra: Partial<PorticoDataTable<Deal>> = {}) {
  const table = await fixture<PorticoDataTable<Deal>>(html`<portico-data-table label="Deals" .columns=${columns} .rows=${rows}></portico-data-table>`);
  Object.assign(table, extra);
  await table.updateComplete;
  return table;
}

describe('<portico-data-table>', () => {
  afterEach(() => setLocale('en'));

  it('renders headers, cells and a caption', async () => {
    const table = await mount();
    const root = table.shadowRoot!;
    expect([...root.querySelectorAll('th')].map((th) => th.textContent!.trim().replace(/[▲▼↕]/, ''))).to.deep.equal(['Name', 'Amount']);
    const cells = [...root.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()));
    expect(cells).to.deep.equal([
      ['Alpha', '10 €'],
      ['Beta', '25.5 €'],
    ]);
    expect(root.querySelector('caption')!.textContent).to.equal('Deals');
    // Read by screen readers, not shown: the page's own heading says it (no "Deals" / "Deals"; issue 23, item 10).
    expect(root.querySelector('caption')!.getBoundingClientRect().height).to.be.at.most(1);
    expect(root.querySelector('table')!.getAttribute('aria-label') ?? root.querySelector('caption')!.textContent).to.equal('Deals');
    await expectAccessible(table);
  });

  it('sorts by a header, announcing the order with aria-sort', async () => {
    const table = await mount();
    const th = table.shadowRoot!.querySelector('th')!;
    expect(th.getAttribute('aria-sort')).to.equal('none');
    expect(table.shadowRoot!.querySelectorAll('th')[1]!.hasAttribute('aria-sort')).to.equal(false);
    let sorted = oneEvent(table, 'portico-sort');
    th.querySelector('button')!.click();
    expect((await sorted).detail).to.deep.equal({ key: 'name', direction: 'ascending' });
    await table.updateComplete;
    expect(th.getAttribute('aria-sort')).to.equal('ascending');
    sorted = oneEvent(table, 'portico-sort');
    th.querySelector('button')!.click();
    expect((await sorted).detail).to.deep.equal({ key: 'name', direction: 'descending' });
    await table.updateComplete;
    expect(th.getAttribute('aria-sort')).to.equal('descending');
  });

  it('asks for the next page with "Load more", translated', async () => {
    const table = await mount({ hasMore: true });
    const more = table.shadowRoot!.querySelector('portico-button')!;
    expect(more.textContent!.trim()).to.equal('Load more');
    const asked = oneEvent(table, 'portico-load-more');
    more.shadowRoot!.querySelector('button')!.click();
    await asked;
    await setLocale('es');
    await table.updateComplete;
    expect(table.shadowRoot!.querySelector('portico-button')!.textContent!.trim()).to.equal('Cargar más');
    table.hasMore = false;
    await table.updateComplete;
    expect(table.shadowRoot!.querySelector('portico-button')).to.equal(null);
  });

  it('activates rows by click and by keyboard when rows are clickable', async () => {
    const table = await mount({ clickableRows: true });
    const [first, second] = [...table.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tbody tr')];
    let clicked = oneEvent(table, 'portico-row-click');
    first!.click();
    expect((await clicked).detail.row.id).to.equal('d1');
    expect(second!.tabIndex).to.equal(0);
    second!.focus();
    clicked = oneEvent(table, 'portico-row-click');
    second!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect((await clicked).detail.row.id).to.equal('d2');
  });

  it('does not make rows focusable when they do nothing', async () => {
    const table = await mount();
    expect(table.shadowRoot!.querySelector('tbody tr')!.hasAttribute('tabindex')).to.equal(false);
  });
});
