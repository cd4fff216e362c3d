import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg } from '@lit/localize';
import type { ItemOf, PorticoClient } from '@portico/sdk';
import {
  PorticoElement, ResourceController, applyProblem, clearProblem, clientContext, hasPermission, isProblem, portalContext, readField, renderResource, sessionContext, submitOnEnter, toast,
  type PortalInfo, type SelectOption, type Session,
} from '@portico/widgets';
import { dealPermissions } from '@portico/plugin-deals/public';
import { markdownPreview } from './markdown-preview.js';
import { pageStyles, problemText, type Category, type NewQuestion, type Question } from './shared.js';

type DealOption = Pick<ItemOf<'/deals'>, 'id' | 'title' | 'customerName'>;

/** The deal a link asked about (`/questions/new?dealId=…`), when the page is shown by the portal. */
function dealFromLocation(): string | undefined {
  return new URLSearchParams(globalThis.location?.search ?? '').get('dealId') ?? undefined;
}

/**
 * Asks the vendor a question (`/questions/new`, `questions.ask`): subject, body in Markdown (with a
 * short hint and a preview), an optional category and an optional link to one of the organisation's
 * deals (offered when the portal has the deals plugin, or pre-filled from `deal-id`). Field errors
 * of the server show on their fields (`/dealId`: "No deal with this id was found."). One submit makes
 * one question: the button is busy until the answer, and the SDK sends an Idempotency-Key.
 *
 * @attr deal-id - Pre-selects the deal the question is about (also read from `?dealId=` in the portal).
 * @fires portico-question-asked - After asking (detail `{ question }`).
 * @fires portico-navigate - To the question's page after asking, or back on Cancel (detail `{ path }`).
 * @csspart form, preview
 */
@customElement('portico-question-form')
export class PorticoQuestionForm extends PorticoElement {
  static override styles = [...PorticoElement.styles, pageStyles];

  @property({ attribute: 'deal-id' }) accessor dealId: string | undefined = undefined;
  @consume({ context: clientContext, subscribe: true }) @state() accessor client = undefined as unknown as PorticoClient;
  @consume({ context: portalContext, subscribe: true }) @state() accessor portal: PortalInfo | null = null;
  @consume({ context: sessionContext, subscribe: true }) @state() accessor session: Session | null = null;
  @state() accessor saving = false;
  @state() accessor message = '';
  @state() accessor body = '';
  @state() accessor previewing = false;

  get #presetDeal(): string | undefined {
    return this.dealId || dealFromLocation();
  }

  /**
   * The picker needs the deals plugin and the right to list deals (a `technical` member may ask
   * without seeing deals); a deal id given by the page still counts.
   */
  get #offerDeals(): boolean {
    return !!this.#presetDeal || (!!this.portal?.plugins.some((p) => p.id === 'deals') && hasPermission(this.session, dealPermissions.read));
  }

  readonly choices = new ResourceController(this, {
    args: () => [this.client, this.#offerDeals] as const,
    enabled: ([client]) => !!client,
    isEmpty: () => false,
    load: async ([client, offerDeals], signal) => {
      const categories = client.list('/question-categories', { query: { limit: 100 }, signal });
      // The picker is a convenience: without the deals (a role without deals.read), the form still asks.
      const deals = offerDeals
        ? client.list('/deals', { query: { limit: 100 }, signal }).then((p) => p.items, () => [] as DealOption[])
        : Promise.resolve([] as DealOption[]);
      return { categories: (await categories).items, deals: await deals };
    },
  });

  #submit = async (event: Event) => {
    event.preventDefault();
    if (this.saving) return;
    const form = event.target as HTMLFormElement;
    this.saving = true;
    this.message = '';
    clearProblem(form);
    try {
      const body: NewQuestion = { subject: readField(form, 'subject'), body: readField(form, 'body') };
      const categoryId = readField(form, 'categoryId');
      const dealId = readField(form, 'dealId');
      if (categoryId) body.categoryId = categoryId;
      if (dealId) body.dealId = dealId;
      const question = await this.client.post('/questions', { body });
      toast(msg('Your question is sent. You will get an email when it is answered.', { id: 'questions.form.sent' }), { variant: 'success' });
      this.emit('portico-question-asked', { question });
      this.emit('portico-navigate', { path: `/questions/${question.id}` });
    } catch (error) {
      this.message = isProblem(error) ? applyProblem(error, form).join(' ') : problemText(error);
    } finally {
      this.saving = false;
    }
  };

  #dealOptions(deals: DealOption[]): SelectOption[] {
    const options: SelectOption[] = [{ value: '', label: msg('No deal', { id: 'questions.form.no-deal' }) }];
    options.push(...deals.map((d) => ({ value: d.id, label: `${d.customerName} — ${d.title}` })));
    const preset = this.#presetDeal;
    if (preset && !deals.some((d) => d.id === preset)) options.push({ value: preset, label: msg('The deal you came from', { id: 'questions.form.this-deal' }) });
    return options;
  }

  #form(categories: Category[], deals: DealOption[]) {
    return html`<form part="form" novalidate @keydown=${submitOnEnter} @submit=${this.#submit}>
      <portico-field name="subject" required label=${msg('Subject', { id: 'questions.field.subject' })}
        hint=${msg('One line that says what you need, e.g. "SAML single sign-on with Azure AD".', { id: 'questions.field.subject.hint' })}></portico-field>
      <portico-field name="body" type="textarea" required .value=${this.body} label=${msg('Your question', { id: 'questions.field.body' })}
        hint=${msg('Markdown: **bold**, *italic*, `code`, - lists, [links](https://…). HTML is shown as text.', { id: 'questions.field.body.hint' })}
        @portico-input=${(e: CustomEvent<{ value: string }>) => (this.body = e.detail.value)}></portico-field>
      <button type="button" class="link-button" aria-expanded=${this.previewing ? 'true' : 'false'} aria-controls="preview"
        @click=${() => (this.previewing = !this.previewing)}>
        ${this.previewing ? msg('Hide the preview', { id: 'questions.form.hide-preview' }) : msg('Preview', { id: 'questions.form.preview' })}
      </button>
      <div id="preview" part="preview" class="preview markdown" ?hidden=${!this.previewing} aria-label=${msg('Preview', { id: 'questions.form.preview' })} role="region">
        ${this.body.trim() ? markdownPreview(this.body) : html`<p class="muted">${msg('Nothing to preview yet.', { id: 'questions.form.preview-empty' })}</p>`}
      </div>
      <div class="row">
        ${categories.length
          ? html`<portico-select name="categoryId" label=${msg('Category (optional)', { id: 'questions.field.category' })}
              .options=${[{ value: '', label: msg('No category', { id: 'questions.form.no-category' }) }, ...categories.map((c) => ({ value: c.id, label: c.name }))]}></portico-select>`
          : nothing}
        ${this.#offerDeals
          ? html`<portico-select name="dealId" .value=${this.#presetDeal ?? ''} label=${msg('About a deal (optional)', { id: 'questions.field.deal' })}
              .options=${this.#dealOptions(deals)}></portico-select>`
          : nothing}
      </div>
      ${this.message ? html`<p class="alert" role="alert">${this.message}</p>` : nothing}
      <div class="actions">
        <portico-button type="submit" ?loading=${this.saving}>${msg('Send the question', { id: 'questions.form.submit' })}</portico-button>
        <portico-button variant="secondary" @click=${() => this.emit('portico-navigate', { path: this.#presetDeal ? `/deals/${this.#presetDeal}` : '/questions' })}>
          ${msg('Cancel', { id: 'questions.cancel' })}
        </portico-button>
      </div>
    </form>`;
  }

  protected override render() {
    return html`<h1>${msg('Ask a question', { id: 'questions.form.title' })}</h1>
      <p class="muted">${msg('The vendor’s team answers by email and here; your colleagues see the question and its answer.', { id: 'questions.form.intro' })}</p>
      <portico-feature-gate feature="questions.ask" .client=${this.client} .session=${this.session}>
        ${renderResource(this.choices, ({ categories, deals }) => this.#form(categories, deals))}
      </portico-feature-gate>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-question-form': PorticoQuestionForm;
  }
}
