import { FakeProblem, expect, expectAccessible, fixture, html, settle, testSession, waitUntil } from '@portico/widgets/testing';
import { setLocale } from '@portico/widgets';
import '@portico/widgets';
import './billing-tenant-settings.js';
import type { PorticoBillingTenantSettings } from './billing-tenant-settings.js';
import { billingClient, registerBillingTranslations, staff } from './test-support.js';
import type { ProviderStatus, TenantBillingSettings } from './shared.js';

registerBillingTranslations();

type Control = HTMLElement & { value: string; error: string; hint: string; updateComplete: Promise<unknown> };
type Handler = (options: { query?: Record<string, unknown>; body?: unknown }) => unknown;

const admin = testSession({
  person: { id: 'staff2', name: 'Ada Admin', kind: 'staff' },
  roles: ['tenant_admin'],
  permissions: ['billing.read', 'billing.settings.manage'],
});

const current = (overrides: Partial<TenantBillingSettings> = {}): TenantBillingSettings => ({
  gatedFeatures: ['questions.ask'], overdueDays: 3, graceDays: 14, graceWarningDays: 3, paymentTermsDays: 30, invoicePrefix: 'INV', provider: 'manual', ...overrides,
});
const noKeys: ProviderStatus = { provider: 'manual', stripe: { configured: false, secretKeyHint: null, liveMode: null, webhookUrl: 'https://acme.portico.example/api/v1/billing/stripe/webhook' } };
const withKeys: ProviderStatus = { ...noKeys, stripe: { ...noKeys.stripe, configured: true, secretKeyHint: 'sk_test_…4242', liveMode: false } };

async function mount(routes: Record<string, Handler> = {}, session: unknown = admin, wait = true) {
  const fake = billingClient({
    'GET /billing/settings': () => current(),
    'GET /billing/provider': () => noKeys,
    ...routes,
  });
  const el = await fixture<PorticoBillingTenantSettings>(html`<portico-billing-tenant-settings .client=${fake.client} .session=${session}></portico-billing-tenant-settings>`);
  if (wait && session === admin) await waitUntil(() => !['idle', 'loading'].includes(el.settings.status) && !['idle', 'loading'].includes(el.provider.status));
  await settle();
  await el.updateComplete;
  return { el, fake };
}
const root = (el: HTMLElement) => el.shadowRoot!;
const settingsForm = (el: HTMLElement) => root(el).querySelector<HTMLFormElement>('form[part=settings]')!;
const keysForm = (el: HTMLElement) => root(el).querySelector<HTMLFormElement>('form[part=stripe-keys]')!;
const control = (scope: ParentNode, name: string) => scope.querySelector<Control>(`[name="${name}"]`)!;
const buttonIn = (scope: ParentNode, label: string) =>
  [...scope.querySelectorAll<HTMLElement & { disabled: boolean }>('portico-button')].find((b) => b.getAttribute('label') === label || b.textContent!.trim() === label)!;

/** Types into a field as a person would: its inner input, so that it announces the change. */
async function type(field: Control, value: string) {
  await field.updateComplete;
  const input = field.shadowRoot!.querySelector<HTMLInputElement>('input, textarea')!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}
async function choose(select: Control, value: string) {
  await select.updateComplete;
  const inner = select.shadowRoot!.querySelector<HTMLSelectElement>('select')!;
  inner.value = value;
  inner.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

describe('<portico-billing-tenant-settings>', () => {
  afterEach(() => setLocale('en'));

  it('shows the current settings, the gated features and whether Stripe keys are stored', async () => {
    const { el } = await mount();
    const form = settingsForm(el);
    expect(control(form, 'gatedFeatures.0').value).to.equal('questions.ask');
    expect(control(form, 'overdueDays').value).to.equal('3');
    expect(control(form, 'graceDays').value).to.equal('14');
    expect(control(form, 'graceWarningDays').value).to.equal('3');
    expect(control(form, 'paymentTermsDays').value).to.equal('30');
    expect(control(form, 'invoicePrefix').value).to.equal('INV');
    expect(control(form, 'provider').value).to.equal('manual');
    expect(control(form, 'provider').hint).to.contain('Store the Stripe keys below');
    expect(buttonIn(form, 'Save settings').disabled, 'nothing to save yet').to.equal(true);
    const stripe = root(el).querySelector('[part=stripe]')!;
    expect(stripe.textContent).to.contain('Not stored').and.contain('https://acme.portico.example/api/v1/billing/stripe/webhook');
    expect(keysForm(el)).to.exist;
    await expectAccessible(el);
  });

  it('saves only what changed, shows it saved, and undoes unsaved changes', async () => {
    const { el, fake } = await mount({ 'PATCH /billing/settings': ({ body }) => ({ ...current(), ...(body as Partial<TenantBillingSettings>) }) });
    let form = settingsForm(el);
    await type(control(form, 'graceDays'), '21');
    buttonIn(form, 'Add a feature').click();
    await el.updateComplete;
    await type(control(form, 'gatedFeatures.1'), ' deals.register ');
    await el.updateComplete;
    expect(buttonIn(form, 'Save settings').disabled).to.equal(false);
    form.requestSubmit();
    await waitUntil(() => fake.calls.some((c) => c.method === 'PATCH'));
    expect(fake.calls.find((c) => c.method === 'PATCH')!.options.body).to.deep.equal({ gatedFeatures: ['questions.ask', 'deals.register'], graceDays: 21 });
    await waitUntil(() => root(el).querySelector('[part=settings] [role=status]')?.textContent?.includes('Billing settings saved.'));
    form = settingsForm(el);
    expect(control(form, 'graceDays').value).to.equal('21');
    expect(buttonIn(form, 'Save settings').disabled).to.equal(true);

    // Changed, then undone: the form shows the saved values again.
    await type(control(form, 'invoicePrefix'), 'ACME');
    await el.updateComplete;
    expect(root(el).querySelector('[part=settings] [role=status]')).to.equal(null);
    buttonIn(form, 'Undo changes').click();
    await el.updateComplete;
    form = settingsForm(el);
    expect(control(form, 'invoicePrefix').value).to.equal('INV');
    expect(buttonIn(form, 'Save settings').disabled).to.equal(true);
    expect(fake.calls.filter((c) => c.method === 'PATCH')).to.have.length(1);
  });

  it('shows a feature that can never be gated on its own row, and removes rows', async () => {
    const { el, fake } = await mount({
      'GET /billing/settings': () => current({ gatedFeatures: [] }),
      'PATCH /billing/settings': () => {
        throw new FakeProblem(400, 'Invalid request', undefined, [{ field: '/gatedFeatures/0', message: '"billing.invoices" cannot be gated. Billing itself stays open.' }]);
      },
    });
    const form = settingsForm(el);
    expect(form.textContent).to.contain('No feature is gated');
    buttonIn(form, 'Add a feature').click();
    await el.updateComplete;
    buttonIn(form, 'Add a feature').click();
    await el.updateComplete;
    await type(control(form, 'gatedFeatures.1'), 'billing.invoices');
    await el.updateComplete;
    expect(control(form, 'gatedFeatures.1').hint).to.contain('cannot be gated');
    form.requestSubmit();
    await waitUntil(() => control(form, 'gatedFeatures.1').error);
    // The server saw one feature (the empty row is not sent): its error lands on the row it came from.
    expect(fake.calls.find((c) => c.method === 'PATCH')!.options.body).to.deep.equal({ gatedFeatures: ['billing.invoices'] });
    expect(control(form, 'gatedFeatures.1').error).to.contain('"billing.invoices" cannot be gated');
    expect(control(form, 'gatedFeatures.0').error).to.equal('');
    buttonIn(form, 'Remove feature 1').click();
    await el.updateComplete;
    expect(control(form, 'gatedFeatures.0').value).to.equal('billing.invoices');
    expect(form.querySelector('[name="gatedFeatures.1"]')).to.equal(null);
    await expectAccessible(el);
  });

  it('shows the server’s refusal of Stripe before its keys on the provider', async () => {
    const { el, fake } = await mount({
      'PATCH /billing/settings': () => {
        throw new FakeProblem(400, 'Invalid request', undefined, [{ field: '/provider', message: 'Store the Stripe keys first (Billing settings → Stripe), then choose Stripe.' }]);
      },
    });
    const form = settingsForm(el);
    await choose(control(form, 'provider'), 'stripe');
    await el.updateComplete;
    form.requestSubmit();
    await waitUntil(() => control(form, 'provider').error);
    expect(fake.calls.find((c) => c.method === 'PATCH')!.options.body).to.deep.equal({ provider: 'stripe' });
    expect(control(form, 'provider').error).to.contain('Store the Stripe keys first');
    expect(root(el).querySelector('[part=settings] [role=alert]')).to.equal(null);
  });

  it('stores the Stripe keys and shows only their mode and last characters, with the server’s field errors', async () => {
    let attempt = 0;
    const { el, fake } = await mount({
      'PUT /billing/provider/stripe': () => {
        if (attempt++ === 0) throw new FakeProblem(400, 'Invalid request', undefined, [{ field: '/body/webhookSecret', message: 'must match pattern "^whsec_[A-Za-z0-9+/=]+$"' }]);
        return withKeys;
      },
    });
    let form = keysForm(el);
    await type(control(form, 'secretKey'), 'sk_test_51Secret0000004242');
    await type(control(form, 'webhookSecret'), 'not-a-secret');
    form.requestSubmit();
    await waitUntil(() => control(form, 'webhookSecret').error);
    expect(control(form, 'webhookSecret').error).to.contain('whsec_');
    await type(control(form, 'webhookSecret'), 'whsec_Signing0000secret');
    form.requestSubmit();
    await waitUntil(() => attempt === 2 && !keysForm(el));
    expect(fake.calls.filter((c) => c.method === 'PUT').at(-1)!.options.body).to.deep.equal({ secretKey: 'sk_test_51Secret0000004242', webhookSecret: 'whsec_Signing0000secret' });
    await el.updateComplete;
    const stripe = root(el).querySelector<HTMLElement>('[part=stripe]')!;
    expect(stripe.textContent).to.contain('Stored').and.contain('sk_test_…4242').and.contain('Test');
    expect(stripe.shadowRoot?.textContent ?? stripe.textContent).not.to.contain('sk_test_51Secret');
    expect(control(settingsForm(el), 'provider').hint).not.to.contain('Store the Stripe keys below');
    buttonIn(stripe, 'Replace the keys').click();
    await el.updateComplete;
    form = keysForm(el);
    expect(control(form, 'secretKey').value, 'never shown back').to.equal('');
    await expectAccessible(el);
  });

  it('removes the keys after confirming, and says why when partners still pay with Stripe', async () => {
    let inUse = true;
    let stored = true;
    const { el, fake } = await mount({
      'GET /billing/provider': () => (stored ? withKeys : noKeys),
      'DELETE /billing/provider/stripe': () => {
        if (inUse) throw new FakeProblem(409, 'Conflict', 'Partners pay with Stripe: choose the manual provider in the billing settings first.');
        stored = false;
      },
    });
    const stripe = root(el).querySelector<HTMLElement>('[part=stripe]')!;
    buttonIn(stripe, 'Remove the keys').click();
    const dialog = root(el).querySelector<HTMLElement & { open: boolean }>('#remove-keys')!;
    await waitUntil(() => dialog.open);
    buttonIn(dialog, 'Remove the keys').click();
    await waitUntil(() => dialog.querySelector('[role=alert]'));
    expect(dialog.querySelector('[role=alert]')!.textContent).to.contain('choose the manual provider');
    inUse = false;
    buttonIn(dialog, 'Remove the keys').click();
    await waitUntil(() => !dialog.open);
    await waitUntil(() => el.provider.status === 'ready' && !el.provider.value!.stripe.configured);
    await el.updateComplete;
    expect(fake.calls.filter((c) => c.method === 'DELETE')).to.have.length(2);
    expect(keysForm(el)).to.exist;
  });

  it('shows loading, then an error it can retry', async () => {
    let release!: () => void;
    const pending = new Promise<void>((resolve) => (release = resolve));
    let fail = true;
    const { el } = await mount(
      {
        'GET /billing/settings': async () => {
          await pending;
          if (fail) throw new FakeProblem(503, 'Service unavailable');
          return current();
        },
      },
      admin,
      false,
    );
    expect(el.settings.status).to.equal('loading');
    expect(root(el).querySelector('portico-skeleton')).to.exist;
    expect(settingsForm(el)).to.equal(null);
    await expectAccessible(el);
    release();
    await waitUntil(() => el.settings.status === 'error');
    await el.updateComplete;
    expect(root(el).querySelector('portico-error-state')).to.exist;
    fail = false;
    await el.settings.retry();
    await el.updateComplete;
    expect(settingsForm(el)).to.exist;
  });

  it('is for the staff who manage billing settings', async () => {
    const { el, fake } = await mount({}, staff);
    expect(fake.calls).to.have.length(0);
    expect(root(el).querySelector('[role=status]')!.textContent).to.contain('changed by the programme’s staff');
  });

  it('speaks French and Spanish', async () => {
    const { el } = await mount();
    await setLocale('fr');
    await waitUntil(() => root(el).querySelector('h1')!.textContent === 'Paramètres de facturation');
    expect(root(el).textContent).to.contain('Relances et restrictions').and.contain('Non enregistrées');
    await setLocale('es');
    await waitUntil(() => root(el).querySelector('h1')!.textContent === 'Configuración de facturación');
    expect(control(settingsForm(el), 'gatedFeatures.0').getAttribute('name')).to.equal('gatedFeatures.0');
  });
});
