import { FakeProblem, expect, expectAccessible, fakeClient, fixture, html, settle, waitUntil } from '@portico/widgets/testing';
import { setLocale } from '@portico/widgets';
import '@portico/widgets';
import { registerAccessTranslations } from './test-support.js';
import type { Brand } from '../schemas.js';
import './brand-settings.js';
import type { PorticoBrandSettings } from './brand-settings.js';

registerAccessTranslations();

const presets = {
  default: { inviteLinkMinutes: 10080, signInLinkMinutes: 30, sessionHours: 720, idleTimeoutMinutes: 0, mfaRequired: false, codeAttempts: 5 },
  strict: { inviteLinkMinutes: 1440, signInLinkMinutes: 10, sessionHours: 12, idleTimeoutMinutes: 30, mfaRequired: true, codeAttempts: 3 },
};

async function mount(routes: Parameters<typeof fakeClient>[0] = {}) {
  const fake = fakeClient({
    'GET /access/settings': () => ({ ...presets.default, partnerDelegable: null }),
    'GET /access/tenant/brand': () => ({ displayName: 'Northwind Hub', primaryColor: '#0b5cad' }),
    ...routes,
  });
  const el = await fixture<PorticoBrandSettings>(html`<portico-brand-settings .client=${fake.client}></portico-brand-settings>`);
  await waitUntil(() => el.policy.status !== 'loading' && el.brand.status !== 'loading');
  return { el, fake };
}
const root = (el: HTMLElement) => el.shadowRoot!;
const buttonIn = (scope: ParentNode, label: string) => [...scope.querySelectorAll<HTMLElement & { disabled: boolean }>('portico-button')].find((b) => b.textContent!.includes(label))!;
const type = (el: HTMLElement, name: string, value: string) => {
  const field = root(el).querySelector(`[name=${name}]`) as HTMLElement & { value: string };
  field.value = value;
  field.dispatchEvent(new CustomEvent('portico-input', { detail: { value } }));
};

describe('<portico-brand-settings>', () => {
  afterEach(() => setLocale('en'));

  it('switches the sign-in policy to the strict preset', async () => {
    const { el, fake } = await mount({ 'PATCH /access/settings': () => ({ ...presets.strict, partnerDelegable: null }) });
    expect(buttonIn(root(el), 'Save policy').disabled).to.equal(true);
    root(el).querySelector('[name=preset]')!.dispatchEvent(new CustomEvent('portico-change', { detail: { value: 'strict' } }));
    await el.updateComplete;
    expect(root(el).querySelector('dl')!.textContent).to.contain('Required for everyone');
    buttonIn(root(el), 'Save policy').click();
    await settle();
    expect(fake.calls.find((c) => c.method === 'PATCH')!.options.body).to.deep.equal(presets.strict);
    await expectAccessible(el);
  });

  it('previews the brand live and saves it, with the server\'s field errors on the fields', async () => {
    let tries = 0;
    const { el, fake } = await mount({
      'PUT /access/tenant/brand': ({ body }) => {
        if (tries++ === 0) throw new FakeProblem(400, 'Invalid request', undefined, [{ field: '/logoUrl', message: 'must be a plain https URL' }]);
        return body as Brand;
      },
    });
    type(el, 'displayName', 'Acme Partners');
    type(el, 'primaryColor', '#7a1fa2');
    await el.updateComplete;
    const preview = root(el).querySelector('[part=preview]')!;
    expect(preview.textContent).to.contain('Acme Partners');
    expect((preview.querySelector('div') as HTMLElement).style.background).to.contain('rgb(122, 31, 162)');
    const poweredBy = root(el).querySelector('[name=poweredBy]')!;
    poweredBy.dispatchEvent(new CustomEvent('portico-change', { detail: { checked: false } }));
    await el.updateComplete;
    expect(preview.textContent).not.to.contain('Powered by Portico');
    type(el, 'logoUrl', 'http://insecure.example/logo.png');
    root(el).querySelector('form')!.requestSubmit();
    await settle();
    expect((root(el).querySelector('[name=logoUrl]') as HTMLElement & { error: string }).error).to.equal('must be a plain https URL');
    type(el, 'logoUrl', '');
    root(el).querySelector('form')!.requestSubmit();
    await settle();
    expect(fake.calls.filter((c) => c.method === 'PUT').at(-1)!.options.body).to.deep.equal({ displayName: 'Acme Partners', primaryColor: '#7a1fa2', poweredBy: false });
  });

  it('shows errors with retry', async () => {
    const { el } = await mount({ 'GET /access/tenant/brand': () => Promise.reject(new FakeProblem(503, 'Unavailable')) });
    expect(root(el).querySelector('portico-error-state')).to.exist;
  });

  it('speaks French', async () => {
    const { el } = await mount();
    await setLocale('fr');
    await waitUntil(() => root(el).querySelector('h1')!.textContent === 'Marque et connexion');
  });
});
