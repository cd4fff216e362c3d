import { expect, fixture, html } from '@open-wc/testing';
import '../field/field.js';
import '../select/select.js';
import type { PorticoField } from '../field/field.js';
import type { PorticoSelect } from '../select/select.js';
import { applyProblem, clearProblem } from './problem.js';
import { FakeProblem } from '../../testing/fake-client.js';

describe('applyProblem', () => {
  it('puts field errors on the matching controls, focuses the first, and returns the rest', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <portico-field label="Name" name="name"></portico-field>
      <portico-field label="Email" name="email"></portico-field>
      <portico-select label="Stage" name="stage" .options=${[{ value: 'a', label: 'A' }]}></portico-select>
    </form>`);
    const problem = new FakeProblem(400, 'Invalid body', undefined, [
      { in: 'body', field: '/body/email', message: 'Enter a valid email address' },
      { in: 'body', field: 'stage', message: 'Choose a stage' },
      { in: 'body', field: 'owner', message: 'Owner is unknown' },
    ]);
    const rest = applyProblem(problem, form);
    const [name, email] = [...form.querySelectorAll<PorticoField>('portico-field')];
    const stage = form.querySelector<PorticoSelect>('portico-select')!;
    expect(rest).to.deep.equal(['Owner is unknown']);
    expect(name!.error).to.equal('');
    expect(email!.error).to.equal('Enter a valid email address');
    expect(stage.error).to.equal('Choose a stage');
    await email!.updateComplete;
    expect(document.activeElement).to.equal(email);
    expect(email!.shadowRoot!.activeElement!.getAttribute('aria-invalid')).to.equal('true');

    clearProblem(form);
    expect(email!.error).to.equal('');
  });

  it('flags every required field left empty at once, even one the server checks only later (issue 23, item 10)', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <portico-field label="Customer" name="customerName" required></portico-field>
      <portico-field label="Amount" name="amount" required></portico-field>
      <portico-field label="Title" name="title" required .value=${'Renewal'}></portico-field>
      <portico-field label="Notes" name="notes"></portico-field>
    </form>`);
    applyProblem(new FakeProblem(400, 'Invalid body', undefined, [{ in: 'body', field: '/customerName', message: 'must not be blank' }]), form);
    const [customer, amount, title, notes] = [...form.querySelectorAll<PorticoField>('portico-field')];
    expect(customer!.error).to.equal('must not be blank');
    expect(amount!.error).to.equal('Fill this in.');
    expect(title!.error).to.equal('');
    expect(notes!.error).to.equal('');
    await customer!.updateComplete;
    expect(document.activeElement).to.equal(customer);
  });

  it('returns the detail of a problem without field errors, and nothing for other errors', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><portico-field label="Name" name="name"></portico-field></form>`);
    expect(applyProblem(new FakeProblem(409, 'Conflict', 'Already registered'), form)).to.deep.equal(['Already registered']);
    expect(applyProblem(new Error('boom'), form)).to.deep.equal([]);
  });
});
