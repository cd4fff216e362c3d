import { FakeProblem, expect, expectAccessible, fakeClient, fixture, html, settle, waitUntil } from '@portico/widgets/testing';
import { setLocale } from '@portico/widgets';
import '@portico/widgets';
import { registerAccessTranslations } from './test-support.js';
import type { MfaStatus } from './shared.js';
import './mfa-settings.js';
import type { PorticoMfaSettings } from './mfa-settings.js';

registerAccessTranslations();

const off: MfaStatus = { enrolled: false, confirmedAt: null, required: false, recoveryCodesLeft: 0, sessionState: 'none' };
const on: MfaStatus = { enrolled: true, confirmedAt: new Date().toISOString(), required: false, recoveryCodesLeft: 10, sessionState: 'verified' };
const qr = 'data:image/svg+xml;base64,' + btoa('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
const codes = Array.from({ length: 10 }, (_, i) => `AAAA-BBBB-CC${i}${i}`);

async function mount(routes: Parameters<typeof fakeClient>[0]) {
  const fake = fakeClient(routes);
  const el = await fixture<PorticoMfaSettings>(html`<portico-mfa-settings .client=${fake.client}></portico-mfa-settings>`);
  await waitUntil(() => el.status.status !== 'loading');
  return { el, fake };
}
const root = (el: HTMLElement) => el.shadowRoot!;
const text = (el: HTMLElement) => root(el).textContent!.replace(/\s+/g, ' ');
const button = (el: HTMLElement, label: string) => [...root(el).querySelectorAll<HTMLElement>('portico-button')].find((b) => b.textContent!.includes(label))!;
const field = (el: HTMLElement, name: string) => root(el).querySelector<HTMLElement & { value: string; error: string }>(`[name="${name}"]`)!;

describe('<portico-mfa-settings>', () => {
  afterEach(() => setLocale('en'));

  it('enrols: QR code and key, a first code, then recovery codes shown once', async () => {
    let status = off;
    const { el, fake } = await mount({
      'GET /access/mfa': () => status,
      'POST /access/mfa/enrolment': () => ({ id: 'f1', secret: 'JBSWY3DPEHPK3PXP', otpauthUrl: 'otpauth://totp/x', qrCode: qr }),
      'POST /access/mfa/enrolment/confirm': () => {
        status = on;
        return { recoveryCodes: codes };
      },
    });
    expect(text(el)).to.contain('Off');
    button(el, 'Set up').click();
    await settle();
    expect(root(el).querySelector('img')!.getAttribute('src')).to.equal(qr);
    expect(text(el)).to.contain('JBSWY3DPEHPK3PXP');
    await expectAccessible(el);
    field(el, 'code').value = '123 456';
    root(el).querySelector('form')!.requestSubmit();
    await waitUntil(() => root(el).querySelector('.codes'));
    expect(fake.calls.find((c) => c.path === '/access/mfa/enrolment/confirm')!.options.body).to.deep.equal({ code: '123456' });
    expect(root(el).querySelectorAll('.codes li')).to.have.length(10);
    await expectAccessible(el);
    button(el, 'I have saved them').click();
    await settle();
    expect(root(el).querySelector('.codes')).to.equal(null);
    expect(text(el)).to.contain('10 unused recovery codes');
  });

  it('shows a wrong code on the code field', async () => {
    const { el } = await mount({
      'GET /access/mfa': () => on,
      'POST /access/mfa/recovery-codes': () => {
        throw new FakeProblem(400, 'Invalid request', undefined, [{ field: '/code', message: 'This code is not right.' }]);
      },
    });
    button(el, 'Replace recovery codes').click();
    await settle();
    field(el, 'code').value = '000000';
    root(el).querySelector('form')!.requestSubmit();
    await settle();
    expect(field(el, 'code').error).to.equal('This code is not right.');
  });

  it('turns off with a recovery code when the phone is lost', async () => {
    let status = on;
    const { el, fake } = await mount({
      'GET /access/mfa': () => status,
      'POST /access/mfa/disable': () => {
        status = off;
      },
    });
    button(el, 'Turn off').click();
    await settle();
    button(el, 'recovery code').click();
    await settle();
    field(el, 'recoveryCode').value = 'AAAA-BBBB-CC00';
    root(el).querySelector('form')!.requestSubmit();
    await waitUntil(() => text(el).includes('Set up two-factor'));
    expect(fake.calls.find((c) => c.path === '/access/mfa/disable')!.options.body).to.deep.equal({ recoveryCode: 'AAAA-BBBB-CC00' });
  });

  it('says when the programme requires it and offers no way to turn it off', async () => {
    const { el } = await mount({ 'GET /access/mfa': () => ({ ...on, required: true }) });
    expect(button(el, 'Turn off')).to.equal(undefined);
    expect(text(el)).to.contain('cannot be turned off');
  });

  it('shows an error with retry when the status cannot load', async () => {
    const { el } = await mount({ 'GET /access/mfa': () => Promise.reject(new FakeProblem(503, 'Service unavailable')) });
    expect(root(el).querySelector('portico-error-state')).to.exist;
  });

  it('speaks French', async () => {
    const { el } = await mount({ 'GET /access/mfa': () => ({ ...off, required: true }) });
    await setLocale('fr');
    await waitUntil(() => text(el).includes('Requise'));
  });
});
