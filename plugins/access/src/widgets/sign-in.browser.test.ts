import { FakeProblem, expect, expectAccessible, fakeClient, fixture, html, settle, waitUntil } from '@portico/widgets/testing';
import { setLocale } from '@portico/widgets';
import '@portico/widgets';
import { registerAccessTranslations } from './test-support.js';
import './sign-in.js';
import type { PorticoSignIn } from './sign-in.js';

registerAccessTranslations();

async function mount(routes: Parameters<typeof fakeClient>[0], session: unknown = null) {
  const fake = fakeClient(routes);
  const el = await fixture<PorticoSignIn>(html`<portico-sign-in .client=${fake.client} .session=${session}></portico-sign-in>`);
  return { el, fake };
}

function field(el: HTMLElement, name: string) {
  return el.shadowRoot!.querySelector<HTMLElement & { value: string; error: string }>(`[name="${name}"]`)!;
}

async function submit(el: HTMLElement) {
  el.shadowRoot!.querySelector('form')!.requestSubmit();
  await settle();
  await settle();
}

function text(el: HTMLElement) {
  return el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
}

describe('<portico-sign-in>', () => {
  afterEach(() => setLocale('en'));

  it('asks for an email, then says to check the email whatever the server knows', async () => {
    const { el, fake } = await mount({ 'POST /access/sign-in': () => undefined });
    await expectAccessible(el);
    field(el, 'email').value = 'ada@example.com';
    await submit(el);
    expect(fake.calls[0].options.body).to.deep.equal({ email: 'ada@example.com' });
    expect(text(el)).to.contain('Check your email');
    expect(text(el)).to.contain('ada@example.com');
    await expectAccessible(el);
  });

  it('submits on Enter in the email field', async () => {
    const { el, fake } = await mount({ 'POST /access/sign-in': () => undefined });
    field(el, 'email').value = 'ada@example.com';
    field(el, 'email').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await settle();
    expect(fake.calls).to.have.length(1);
  });

  it('shows a rate limit as a wait', async () => {
    const { el } = await mount({
      'POST /access/sign-in': () => {
        throw Object.assign(new FakeProblem(429, 'Too many requests'), { retryAfter: 300 });
      },
    });
    field(el, 'email').value = 'ada@example.com';
    await submit(el);
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('Try again in 5 minutes');
  });

  it('shows the server\'s field error on the email field', async () => {
    const { el } = await mount({
      'POST /access/sign-in': () => {
        throw new FakeProblem(400, 'Invalid request', undefined, [{ field: '/body/email', message: 'must be an email address' }]);
      },
    });
    field(el, 'email').value = 'nope';
    await submit(el);
    expect(field(el, 'email').error).to.equal('must be an email address');
  });

  it('signs in with the code and announces the new session', async () => {
    const { el, fake } = await mount({
      'POST /access/sign-in': () => undefined,
      'POST /access/sign-in/code': () => ({ status: 'signed-in', verificationToken: 'v', redirectTo: '/', mfaRequired: false }),
    });
    field(el, 'email').value = 'ada@example.com';
    await submit(el);
    el.shadowRoot!.querySelector<HTMLElement>('portico-button')!.click();
    await settle();
    expect(text(el)).to.contain('Enter your code');
    let changed = 0;
    document.addEventListener('portico-session-changed', () => changed++, { once: true });
    field(el, 'code').value = '123 456';
    await submit(el);
    expect(fake.calls.at(-1)!.options.body).to.deep.equal({ email: 'ada@example.com', code: '123456' });
    expect(changed).to.equal(1);
  });

  it('says when the code is wrong or expired, and offers a new link', async () => {
    const { el } = await mount({
      'POST /access/sign-in/code': () => {
        throw new FakeProblem(400, 'Invalid request', undefined, [{ field: '/code', message: 'This code is not right, or it has expired.' }]);
      },
    });
    el.email = 'ada@example.com';
    el.step = 'code';
    await el.updateComplete;
    field(el, 'code').value = '000000';
    await submit(el);
    expect(field(el, 'code').error).to.contain('not right');
    expect(text(el)).to.contain('Send a new link');
    await expectAccessible(el);
  });

  it('explains a used link with a way to get a new one', async () => {
    const { el } = await mount({});
    el.link = 'used';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('already used');
    expect(field(el, 'email')).to.exist;
  });

  it('says once why the browser was signed out, as the server noted it (issue 23, item 1)', async () => {
    document.cookie = 'portico_signed_out=idle; Path=/';
    const { el } = await mount({});
    const note = el.shadowRoot!.querySelector('[role=status]');
    expect(note!.textContent).to.contain('signed out after a period of inactivity');
    expect(document.cookie).not.to.contain('portico_signed_out');
    await expectAccessible(el);
    const again = await mount({});
    expect(again.el.shadowRoot!.querySelector('[role=status]')).to.equal(null);
    expect(field(again.el, 'email')).to.exist;
  });

  it('ignores a note it does not know', async () => {
    document.cookie = 'portico_signed_out=%3Cscript%3E; Path=/';
    const { el } = await mount({});
    expect(el.shadowRoot!.querySelector('[role=status]')).to.equal(null);
    expect(document.cookie).not.to.contain('portico_signed_out');
  });

  it('asks for the second factor when the session owes it, with a recovery code as the way out', async () => {
    const { el, fake } = await mount({ 'POST /access/mfa/challenge': () => ({ sessionState: 'verified', method: 'recovery-code', recoveryCodesLeft: 9 }) }, { secondFactorRequired: true, permissions: ['access.mfa'] });
    expect(text(el)).to.contain('Two-factor authentication');
    const toggle = [...el.shadowRoot!.querySelectorAll('portico-button')].find((b) => b.textContent!.includes('recovery code'))!;
    toggle.click();
    await el.updateComplete;
    field(el, 'recoveryCode').value = 'ABCD-EFGH-JKLM';
    let changed = false;
    document.addEventListener('portico-session-changed', () => (changed = true), { once: true });
    await submit(el);
    expect(fake.calls[0].options.body).to.deep.equal({ recoveryCode: 'ABCD-EFGH-JKLM' });
    expect(changed).to.equal(true);
  });

  it('speaks French', async () => {
    const { el } = await mount({});
    await setLocale('fr');
    await waitUntil(() => text(el).includes('Se connecter'));
    expect((field(el, 'email') as unknown as { label: string }).label).to.equal('Adresse e-mail');
  });
});
