import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ResourceController, renderResource } from './resource.js';
import { FakeProblem } from '../testing/fake-client.js';

interface Call {
  id: string;
  signal: AbortSignal;
  resolve: (value: string[]) => void;
  reject: (error: unknown) => void;
}
const calls: Call[] = [];

@customElement('test-resource-page')
class TestResourcePage extends LitElement {
  @property() accessor dealId: string | undefined = undefined;
  readonly deals = new ResourceController(this, {
    args: () => [this.dealId] as const,
    load: ([id], signal) =>
      new Promise<string[]>((resolve, reject) => {
        calls.push({ id: id!, signal, resolve, reject });
      }),
  });
  protected override render() {
    return renderResource(this.deals, (deals) => html`<ul>${deals.map((deal) => html`<li>${deal}</li>`)}</ul>`);
  }
}

async function flush(page: TestResourcePage) {
  await page.deals.settled;
  await page.updateComplete;
}

describe('ResourceController', () => {
  beforeEach(() => {
    calls.length = 0;
  });

  it('waits for its arguments, shows a skeleton while loading, then the value', async () => {
    const page = await fixture<TestResourcePage>(html`<test-resource-page></test-resource-page>`);
    expect(calls).to.have.length(0);
    page.dealId = 'd1';
    await page.updateComplete;
    expect(page.deals.status).to.equal('loading');
    expect(page.shadowRoot!.querySelector('portico-skeleton')).to.exist;
    calls[0]!.resolve(['Alpha']);
    await flush(page);
    expect(page.deals.status).to.equal('ready');
    expect(page.shadowRoot!.querySelector('li')!.textContent).to.equal('Alpha');
  });

  it('shows an empty state for an empty list', async () => {
    const page = await fixture<TestResourcePage>(html`<test-resource-page dealId="d1"></test-resource-page>`);
    calls[0]!.resolve([]);
    await flush(page);
    expect(page.deals.status).to.equal('empty');
    expect(page.shadowRoot!.querySelector('portico-empty-state')).to.exist;
  });

  it('shows the error with Retry, and Retry loads again', async () => {
    const page = await fixture<TestResourcePage>(html`<test-resource-page dealId="d1"></test-resource-page>`);
    calls[0]!.reject(new FakeProblem(503, 'Try again shortly'));
    await flush(page);
    expect(page.deals.status).to.equal('error');
    const errorState = page.shadowRoot!.querySelector('portico-error-state')!;
    await errorState.updateComplete;
    expect(errorState.shadowRoot!.textContent).to.contain('Try again shortly');
    errorState.dispatchEvent(new CustomEvent('portico-retry'));
    await page.updateComplete;
    expect(calls).to.have.length(2);
    expect(page.deals.status).to.equal('loading');
    calls[1]!.resolve(['Beta']);
    await flush(page);
    expect(page.shadowRoot!.querySelector('li')!.textContent).to.equal('Beta');
  });

  it('aborts the load in flight when the arguments change, and ignores its late answer', async () => {
    const page = await fixture<TestResourcePage>(html`<test-resource-page dealId="d1"></test-resource-page>`);
    page.dealId = 'd2';
    await page.updateComplete;
    expect(calls.map((call) => call.id)).to.deep.equal(['d1', 'd2']);
    expect(calls[0]!.signal.aborted).to.equal(true);
    calls[1]!.resolve(['Second']);
    calls[0]!.resolve(['First, too late']);
    await flush(page);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(page.shadowRoot!.querySelector('li')!.textContent).to.equal('Second');
  });

  it('aborts on disconnect and loads again when put back', async () => {
    const page = await fixture<TestResourcePage>(html`<test-resource-page dealId="d1"></test-resource-page>`);
    const parent = page.parentElement!;
    page.remove();
    expect(calls[0]!.signal.aborted).to.equal(true);
    parent.append(page);
    await page.updateComplete;
    expect(calls).to.have.length(2);
    calls[1]!.resolve(['Back']);
    await flush(page);
    expect(page.deals.status).to.equal('ready');
  });
});
void TestResourcePage;
