import { FakeProblem, expect, expectAccessible, fakeClient, fixture, html, oneEvent, settle, waitUntil } from '@portico/widgets/testing';
import { setLocale } from '@portico/widgets';
import '@portico/widgets';
import { category, registerQuestionsTranslations } from './test-support.js';
import './question-categories.js';
import type { PorticoQuestionCategories } from './question-categories.js';

registerQuestionsTranslations();

type Control = HTMLElement & { value: string; error: string };
type Dialog = HTMLElement & { open: boolean };

async function mount(routes: Parameters<typeof fakeClient>[0]) {
  const fake = fakeClient(routes);
  const el = await fixture<PorticoQuestionCategories>(html`<portico-question-categories .client=${fake.client}></portico-question-categories>`);
  await waitUntil(() => el.categories.status !== 'loading' && el.categories.status !== 'idle');
  await el.updateComplete;
  return { el, fake };
}
const root = (el: HTMLElement) => el.shadowRoot!;
const table = (el: HTMLElement) => root(el).querySelector('portico-data-table')!;
const tableText = (el: HTMLElement) => table(el).shadowRoot!.textContent!.replace(/\s+/g, ' ');
const rowButton = (el: HTMLElement, label: string) => table(el).shadowRoot!.querySelector<HTMLElement>(`portico-button[label="${label}"]`)!;
const newForm = (el: HTMLElement) => root(el).querySelector<HTMLFormElement>('form[part=new]')!;
const two = () => ({ items: [category(), category({ id: 'c2', name: 'Licensing', description: '' })], nextCursor: null });

describe('<portico-question-categories>', () => {
  afterEach(() => setLocale('en'));

  it('lists the categories and adds one, with a taken name shown on the name field', async () => {
    let taken = true;
    const { el, fake } = await mount({
      'LIST /question-categories': two,
      'POST /question-categories': ({ body }) => {
        if (taken) throw new FakeProblem(409, 'Conflict', 'A category named “Licensing” already exists.');
        return category({ id: 'c3', ...(body as object) });
      },
    });
    expect(tableText(el)).to.contain('Integrations').and.contain('APIs, webhooks and SSO').and.contain('Licensing');
    await expectAccessible(el);
    const name = newForm(el).querySelector<Control>('[name=name]')!;
    name.value = 'Licensing';
    newForm(el).requestSubmit();
    await waitUntil(() => name.error);
    expect(name.error).to.equal('A category named “Licensing” already exists.');
    taken = false;
    name.value = 'Security';
    newForm(el).querySelector<Control>('[name=description]')!.value = 'SSO, SCIM, audits';
    const changed = oneEvent(el, 'portico-question-categories-changed');
    newForm(el).requestSubmit();
    expect((await changed).detail.categories.map((c: { name: string }) => c.name)).to.deep.equal(['Integrations', 'Licensing', 'Security']);
    expect(fake.calls.filter((c) => c.method === 'POST').at(-1)!.options.body).to.deep.equal({ name: 'Security', description: 'SSO, SCIM, audits' });
    await el.updateComplete;
    expect(tableText(el)).to.contain('Security');
    expect(name.value, 'the form is ready for the next one').to.equal('');
  });

  it('renames a category in a dialog, sending only what changed', async () => {
    const { el, fake } = await mount({
      'LIST /question-categories': two,
      'PATCH /question-categories/{id}': ({ body }) => category({ id: 'c2', name: 'Licences', description: '', ...(body as object) }),
    });
    rowButton(el, 'Change Licensing').click();
    await settle();
    const dialog = root(el).querySelector<Dialog>('portico-dialog#edit')!;
    expect(dialog.open).to.equal(true);
    const name = dialog.querySelector<Control>('[name=name]')!;
    expect(name.value).to.equal('Licensing');
    await expectAccessible(el);
    name.value = 'Licences';
    dialog.querySelector<HTMLFormElement>('form')!.requestSubmit();
    await waitUntil(() => !dialog.open);
    expect(fake.calls.find((c) => c.method === 'PATCH')!.options).to.deep.include({ params: { id: 'c2' }, body: { name: 'Licences' } });
    await el.updateComplete;
    expect(tableText(el)).to.contain('Licences').and.not.contain('Licensing');
  });

  it('deletes an unused category after confirming, and says why one in use stays', async () => {
    const { el, fake } = await mount({
      'LIST /question-categories': two,
      'DELETE /question-categories/{id}': ({ params }) => {
        if (params!.id === 'c1') throw new FakeProblem(409, 'Conflict', 'Questions are filed under this category; rename it instead of deleting it.');
        return undefined;
      },
    });
    rowButton(el, 'Delete Integrations').click();
    await settle();
    const dialog = root(el).querySelector<Dialog>('portico-dialog#delete')!;
    expect(dialog.open).to.equal(true);
    expect(fake.calls.some((c) => c.method === 'DELETE'), 'nothing is deleted before confirming').to.equal(false);
    const confirm = () => [...dialog.querySelectorAll<HTMLElement>('portico-button')].find((b) => b.textContent!.trim() === 'Delete')!.click();
    confirm();
    await waitUntil(() => dialog.querySelector('[role=alert]'));
    expect(dialog.querySelector('[role=alert]')!.textContent).to.contain('rename it instead');
    expect(tableText(el)).to.contain('Integrations');
    await expectAccessible(el);
    [...dialog.querySelectorAll<HTMLElement>('portico-button')].find((b) => b.textContent!.trim() === 'Keep it')!.click();
    await settle();
    rowButton(el, 'Delete Licensing').click();
    await settle();
    expect(dialog.querySelector('[role=alert]'), 'the last refusal is not shown for another category').to.equal(null);
    confirm();
    await waitUntil(() => !tableText(el).includes('Licensing'));
    expect(dialog.open).to.equal(false);
  });

  it('shows the empty state, an error with retry, and speaks French', async () => {
    let fail = true;
    const { el } = await mount({
      'LIST /question-categories': () => {
        if (fail) throw new FakeProblem(503, 'Service unavailable');
        return { items: [], nextCursor: null };
      },
    });
    expect(root(el).querySelector('portico-error-state')).to.exist;
    expect(newForm(el), 'no form before the list is known').to.equal(null);
    fail = false;
    await el.categories.retry();
    await el.updateComplete;
    expect(root(el).querySelector('portico-empty-state')!.getAttribute('heading')).to.equal('No categories yet');
    expect(newForm(el)).to.exist;
    await expectAccessible(el);
    await setLocale('fr');
    await waitUntil(() => root(el).querySelector('h1')!.textContent === 'Catégories de questions');
    expect(root(el).querySelector('portico-empty-state')!.getAttribute('heading')).to.equal('Aucune catégorie pour l’instant');
  });
});
