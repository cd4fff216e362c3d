import { FakeProblem, expect, expectAccessible, fakeClient, fixture, html, settle, waitUntil } from '@portico/widgets/testing';
import { setLocale } from '@portico/widgets';
import '@portico/widgets';
import { registerTrainingTranslations } from './test-support.js';
import './manage.js';
import type { PorticoTrainingManage } from './manage.js';
import type { ModuleSummary, TrainingSettings } from './shared.js';

registerTrainingTranslations();

const summary = (id: string, title: string, status: ModuleSummary['status']): ModuleSummary => ({
  id, title, status, version: 1, questionCount: 4, passThreshold: 80, validForDays: 365, requiredFor: ['salesperson', 'principal'], publishedAt: null, updatedAt: new Date().toISOString(),
});
const modules = [summary('m1', 'Northwind Cloud fundamentals', 'published'), summary('m2', 'Selling security', 'draft')];

async function mount(routes: Parameters<typeof fakeClient>[0] = {}) {
  const fake = fakeClient({
    'LIST /training/modules': ({ query }) => ({ items: modules.filter((m) => !(query as { status?: string }).status || m.status === (query as { status?: string }).status), nextCursor: null }),
    'GET /training/settings': () => ({ retryCooldownMinutes: 60, supersededVersionGraceHours: 24 }),
    ...routes,
  });
  const el = await fixture<PorticoTrainingManage>(html`<portico-training-manage .client=${fake.client}></portico-training-manage>`);
  await waitUntil(() => el.modules.status !== 'loading' && el.settings.status !== 'loading');
  await el.updateComplete;
  return { el, fake };
}

const root = (el: HTMLElement) => el.shadowRoot!;
const tableText = (el: HTMLElement) => root(el).querySelector('portico-data-table')!.shadowRoot!.textContent!;

describe('<portico-training-manage>', () => {
  afterEach(() => setLocale('en'));

  it('lists the modules with their status and filters by status', async () => {
    const { el, fake } = await mount();
    expect(tableText(el)).to.contain('Northwind Cloud fundamentals');
    expect(tableText(el)).to.contain('Published');
    expect(tableText(el)).to.contain('Principal');
    expect(root(el).querySelector('portico-data-table')!.shadowRoot!.querySelector('a[href="/training/manage/m2"]')).to.exist;
    root(el).querySelector('[name=status]')!.dispatchEvent(new CustomEvent('portico-change', { detail: { value: 'draft' } }));
    await settle();
    await el.updateComplete;
    expect(fake.calls.filter((c) => c.path === '/training/modules').at(-1)!.options.query).to.deep.equal({ limit: 50, status: 'draft' });
    expect(tableText(el)).not.to.contain('Northwind Cloud fundamentals');
    await expectAccessible(el);
  });

  it('asks to write the first module when there is none', async () => {
    const { el } = await mount({ 'LIST /training/modules': () => ({ items: [], nextCursor: null }) });
    let path = '';
    el.addEventListener('portico-navigate', (e) => (path = (e as CustomEvent).detail.path));
    const empty = root(el).querySelector('portico-empty-state')!;
    expect(empty.getAttribute('heading')).to.equal('No training module yet');
    (empty.querySelector('portico-button') as HTMLElement).click();
    expect(path).to.equal('/training/manage/new');
  });

  it('saves the settings and shows a server error on its field', async () => {
    const { el, fake } = await mount({
      'PATCH /training/settings': ({ body }) => {
        if ((body as { retryCooldownMinutes: number }).retryCooldownMinutes > 525_600) throw new FakeProblem(400, 'Invalid', undefined, [{ field: '/retryCooldownMinutes', message: 'must be <= 525600' }]);
        return body as TrainingSettings;
      },
    });
    const field = root(el).querySelector<HTMLElement & { value: string; error: string }>('[name=retryCooldownMinutes]')!;
    field.value = '999999';
    root(el).querySelector('form')!.requestSubmit();
    await settle();
    expect(fake.calls.at(-1)!.options.body).to.deep.equal({ retryCooldownMinutes: 999999, supersededVersionGraceHours: 24 });
    expect(field.error).to.equal('must be <= 525600');
    field.value = '120';
    root(el).querySelector('form')!.requestSubmit();
    await settle();
    expect(el.settings.value).to.deep.equal({ retryCooldownMinutes: 120, supersededVersionGraceHours: 24 });
    expect(field.error).to.equal('');
  });

  it('shows an error with retry', async () => {
    let fail = true;
    const { el } = await mount({
      'LIST /training/modules': () => {
        if (fail) throw new FakeProblem(503, 'Service unavailable');
        return { items: modules, nextCursor: null };
      },
    });
    expect(el.modules.status).to.equal('error');
    fail = false;
    root(el).querySelector('portico-error-state')!.dispatchEvent(new CustomEvent('portico-retry'));
    await waitUntil(() => el.modules.status === 'ready');
  });

  it('speaks Spanish', async () => {
    const { el } = await mount();
    await setLocale('es');
    await waitUntil(() => root(el).querySelector('h1')!.textContent!.includes('Módulos de formación'));
  });
});
