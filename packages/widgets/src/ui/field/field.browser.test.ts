import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import './field.js';
import type { PorticoField } from './field.js';
import { expectAccessible } from '../../testing/axe.js';

const input = (field: PorticoField) => field.shadowRoot!.querySelector<HTMLInputElement>('input, textarea')!;

describe('<portico-field>', () => {
  it('labels its input and describes it with hint and error', async () => {
    const field = await fixture<PorticoField>(html`<portico-field label="Email" name="email" type="email" hint="Your work address"></portico-field>`);
    const control = input(field);
    const label = field.shadowRoot!.querySelector('label')!;
    expect(label.htmlFor).to.equal(control.id);
    expect(control.type).to.equal('email');
    expect(control.getAttribute('aria-invalid')).to.equal('false');
    const hintId = control.getAttribute('aria-describedby')!;
    expect(field.shadowRoot!.getElementById(hintId)!.textContent).to.equal('Your work address');
    await expectAccessible(field);

    field.error = 'Enter a valid email address';
    await field.updateComplete;
    expect(control.getAttribute('aria-invalid')).to.equal('true');
    const ids = control.getAttribute('aria-describedby')!.split(' ');
    expect(ids).to.have.length(2);
    expect(field.shadowRoot!.getElementById(ids[1]!)!.textContent).to.equal('Enter a valid email address');
    await expectAccessible(field);
  });

  it('hides a secret as it is typed (type password), and still reports its value', async () => {
    const field = await fixture<PorticoField>(html`<portico-field label="Secret key" name="secretKey" type="password"></portico-field>`);
    const control = input(field);
    expect(control.type).to.equal('password');
    control.value = 'sk_test_123';
    control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    expect(field.value).to.equal('sk_test_123');
    await expectAccessible(field);
  });

  it('empties with its form, as a native input does: an upload form keeps no last description (issue 23, item 10)', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <portico-field label="Description" name="description" type="textarea"></portico-field>
      <portico-field label="Title" name="title" value="Untitled"></portico-field>
    </form>`);
    const [description, title] = [...form.querySelectorAll<PorticoField>('portico-field')];
    description!.value = 'Pricing sheet, Q3';
    title!.value = 'Q3 prices';
    description!.error = 'Too long';
    await description!.updateComplete;
    form.reset();
    await description!.updateComplete;
    await title!.updateComplete;
    expect(description!.value).to.equal('');
    expect(input(description!).value).to.equal('');
    expect(description!.error).to.equal('');
    expect(title!.value, 'back to the value written in the markup').to.equal('Untitled');
  });

  it('reports typing and committed values', async () => {
    const field = await fixture<PorticoField>(html`<portico-field label="Name"></portico-field>`);
    const control = input(field);
    control.value = 'Ada';
    const typed = oneEvent(field, 'portico-input');
    control.dispatchEvent(new InputEvent('input', { bubbles: true }));
    expect((await typed).detail).to.deep.equal({ value: 'Ada' });
    const changed = oneEvent(field, 'portico-change');
    control.dispatchEvent(new Event('change'));
    expect((await changed).detail).to.deep.equal({ value: 'Ada' });
    expect(field.value).to.equal('Ada');
  });

  it('renders number, date and textarea controls', async () => {
    for (const type of ['number', 'date'] as const) {
      const field = await fixture<PorticoField>(html`<portico-field label="X" type=${type}></portico-field>`);
      expect(input(field).type).to.equal(type);
    }
    const area = await fixture<PorticoField>(html`<portico-field label="Notes" type="textarea" value="Hello"></portico-field>`);
    expect(input(area).tagName).to.equal('TEXTAREA');
    expect(input(area).value).to.equal('Hello');
    await expectAccessible(area);
  });

  it('takes part in its form', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><portico-field label="Name" name="name" value="Ada"></portico-field></form>`);
    expect(new FormData(form).get('name')).to.equal('Ada');
  });
});
